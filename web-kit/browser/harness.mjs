// The browser journeys' harness, shared by the citizen portal's and the officer console's: Debian's
// Chromium driven by playwright-core (the caller passes its `chromium`, so this file needs no
// packages of its own), every page a journey passes through checked by axe-core (WCAG 2.0/2.1/2.2 A
// and AA: a serious or critical violation fails the journey, the others are printed) and, at phone
// width, for sideways scrolling; a failed journey keeps screenshots in <module>/target/browser-failures/.
// A journey prints one JSON line of what it saw (for e2e) and logs to stderr.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const PHONE = { width: 360, height: 640 };
export const TABLET = { width: 820, height: 1180 };
export const DESKTOP = { width: 1280, height: 800 };
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BLOCKING_IMPACTS = ["serious", "critical"];
const STEP_TIMEOUT_MS = 30_000;

export const log = (...parts) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

export class JourneyFailure extends Error {}

export function expect(condition, message) {
  if (!condition) throw new JourneyFailure(message);
}

// ---------------------------------------------------------------- the browser and the checks

/** One browser for the journey; the pages it opens are checked, and photographed when it fails. */
export class Browser {
  constructor(browser, options) {
    this.browser = browser;
    this.options = options;
    this.pages = [];
    /** Every axe-core violation seen: { page, id, impact, help, targets }. */
    this.violations = [];
    this.checked = [];
  }

  /**
   * options: chromium (playwright-core's), axeSource (axe.min.js's text), module (the app's directory,
   * for target/), locale (ar-IQ).
   */
  static async launch(options) {
    const browser = await options.chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
    });
    return new Browser(browser, options);
  }

  async context(viewport = PHONE) {
    return this.browser.newContext({ viewport, locale: this.options.locale ?? "ar-IQ", timezoneId: "Asia/Baghdad" });
  }

  async page(context) {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") log(`browser ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => log(`page error: ${error.message}`));
    this.pages.push(page);
    return page;
  }

  /**
   * The accessibility and layout checks of the page as it is now: axe-core evaluated in the page
   * (the app's CSP, script-src 'self', refuses an injected script tag; an evaluation through the
   * DevTools protocol is not a script the page loads), and at phone width, nothing wider than the screen.
   */
  async check(page, name) {
    const viewport = page.viewportSize();
    if (viewport && viewport.width <= PHONE.width) {
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      if (width > viewport.width) {
        this.violations.push({ page: name, id: "sideways-scroll", impact: "serious",
          help: `the page is ${width} px wide on a ${viewport.width} px screen`, targets: await widest(page, viewport.width) });
      }
    }
    // from the top of the page: scrolled, the sticky bar covers whatever is under it, and axe's
    // target-size would judge the radios it happens to cover (reported to the lead)
    await page.evaluate(() => window.scrollTo(0, 0));
    if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(this.options.axeSource);
    const found = await page.evaluate(async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")) }));
    }, AXE_TAGS);
    for (const violation of found) this.violations.push({ page: name, ...violation });
    this.checked.push(name);
  }

  blocking() {
    return this.violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact));
  }

  async failureScreenshots(journey) {
    const failures = join(this.options.module, "target", "browser-failures");
    mkdirSync(failures, { recursive: true });
    const kept = [];
    for (const [index, page] of this.pages.entries()) {
      if (page.isClosed()) continue;
      const path = join(failures, `${journey}-${index + 1}.png`);
      await page.screenshot({ path, fullPage: true }).then(() => kept.push(path), () => undefined);
    }
    return kept;
  }

  async close() {
    await this.browser.close();
  }
}

/** The elements sticking out past the screen's edge, for the report. */
async function widest(page, width) {
  return page.evaluate((limit) => Array.from(document.querySelectorAll("body *"))
    .filter((element) => { const box = element.getBoundingClientRect(); return box.right > limit + 1 || box.left < -1; })
    .slice(0, 5).map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${element.className}`), width);
}

/** A token by the password grant of the local realm's test client (setting up and checking only). */
export async function token(keycloak, user, password = user) {
  const response = await fetch(`${keycloak}/realms/sanad/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: "sanad-console", username: user, password }),
  });
  expect(response.ok, `Keycloak refused a token to ${user}: ${response.status}`);
  return (await response.json()).access_token;
}

/** An axe-core source read from the caller's own node_modules. */
export function axeSourceFrom(require) {
  return readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
}

/**
 * Runs the journey named on the command line with its arguments, prints its JSON line and exits
 * 0 or 1. `options` are Browser.launch's, plus `describe` (a line of what it runs against).
 */
export async function runJourney(journeys, options, usage) {
  const [name, ...args] = process.argv.slice(2);
  const journey = journeys[name];
  if (!journey) {
    console.error(`usage: ${usage} <${Object.keys(journeys).join("|")}> [arguments]`);
    process.exit(2);
  }
  const browser = await Browser.launch(options);
  let outcome;
  try {
    log(`${name} against ${options.describe}`);
    const result = await journey(browser, ...args);
    const blocking = browser.blocking();
    for (const v of browser.violations) {
      log(`axe ${v.impact}: ${v.page}: ${v.id} (${v.help}) at ${v.targets.join(", ")}`);
    }
    if (blocking.length) throw new JourneyFailure(`${blocking.length} serious or critical accessibility violations`);
    outcome = { journey: name, ok: true, ...result, pagesChecked: browser.checked.length,
      otherViolations: browser.violations.map(({ page, id, impact }) => `${impact} ${id} on ${page}`) };
  } catch (error) {
    const screenshots = await browser.failureScreenshots(name);
    log(`${name} failed: ${error instanceof JourneyFailure ? error.message : error.stack}`);
    log(`screenshots: ${screenshots.join(", ")}`);
    outcome = { journey: name, ok: false, error: error.message, screenshots };
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(outcome));
  process.exit(outcome.ok ? 0 : 1);
}
