// What every console journey uses: the suite's addresses, logging an officer in through the real
// Keycloak login page, photographing a screen in Arabic and English at desktop and tablet sizes
// (each photographed state checked by axe-core in both languages), the APIs for setting up and
// checking, and the no-store check on every API answer the console reads.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DESKTOP, expect, log, TABLET, token as tokenFor } from "../../../web-kit/browser/harness.mjs";

export const MODULE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOTS = join(MODULE, "target", "screenshots");
const trimmed = (url) => url.replace(/\/$/, "");
export const CONSOLE = trimmed(process.env.CONSOLE_URL ?? "http://localhost:8095");
export const KEYCLOAK = trimmed(process.env.KEYCLOAK_URL ?? "http://localhost:8180");
export const APIS = {
  complaints: trimmed(process.env.COMPLAINTS_URL ?? "http://localhost:8081"),
  cases: trimmed(process.env.CASES_URL ?? "http://localhost:8082"),
  referrals: trimmed(process.env.REFERRALS_URL ?? "http://localhost:8083"),
};

export const token = (user, password = user) => tokenFor(KEYCLOAK, user, password);

/** A call to a service's API with a token (for setting up and checking): its body and ETag; fails on an error status. */
export async function api(service, path, { method = "GET", bearer, body, headers = {}, ok = true } = {}) {
  const response = await fetch(`${APIS[service]}${path}`, {
    method,
    headers: { Accept: "application/json", ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...(body ? { "Content-Type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (ok) expect(response.ok, `${method} ${service} ${path} answered ${response.status}: ${text}`);
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, etag: response.headers.get("ETag") };
}

/** The documents that hold nothing of anyone and say how long they may be cached (reference data, catalogues). */
const CATALOGUES = ["/reference-data", "/courts", "/statutes"];

/**
 * An officer's console in a new browser context, logged in through Keycloak's own page. Every API
 * answer the console reads but the catalogues is checked for Cache-Control: no-store (nothing of a
 * victim may stay in a station's browser cache); `officer.cacheable` lists any that was not.
 */
export async function logIn(browser, user, { password = user, viewport = DESKTOP, language = "ar", clock = false } = {}) {
  const context = await browser.context(viewport);
  // a clock the journey can move forward (the idle timeout), running as the real one until then
  if (clock) await context.clock.install();
  const page = await browser.page(context);
  const cacheable = [];
  const apiOrigins = Object.values(APIS).map((url) => new URL(url).origin);
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (!apiOrigins.includes(url.origin) || response.request().method() === "OPTIONS" || CATALOGUES.includes(url.pathname)) return;
    const cache = response.headers()["cache-control"] ?? "";
    if (!/no-store/.test(cache)) cacheable.push(`${response.request().method()} ${url.pathname} (${cache || "no Cache-Control"})`);
  });
  await page.goto(language === "ar" ? `${CONSOLE}/` : `${CONSOLE}/?lang=${language}`);
  await page.click("#login");
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK}/`));
  await page.waitForSelector("#password");
  if (await page.locator("#username").isVisible()) await page.fill("#username", user);
  await page.fill("#password", password);
  await page.click("#kc-login");
  await page.waitForURL((url) => url.href.startsWith(`${CONSOLE}/`) && !url.search.includes("code="));
  await page.waitForSelector("#officer");
  log(`${user} is logged in to the console`);
  return { context, page, cacheable, user };
}

/** Fails when any API answer the officer's console read could be cached. */
export function expectNothingCacheable(officer) {
  expect(officer.cacheable.length === 0, `${officer.user}'s console read cacheable API answers: ${officer.cacheable.join("; ")}`);
}

/** The language switch in the bar: the console's other language. */
export async function switchLanguage(page, language) {
  const button = page.locator(`nav.languages button[lang="${language}"]`);
  if (await button.count()) await button.click();
  await page.waitForFunction((code) => document.documentElement.lang === code, language);
}

/**
 * The screen as it is now, checked by axe-core and photographed in Arabic and English (the language
 * switched in the page, so nothing typed is lost), at the page's size and, when `tablet` is set, at
 * a tablet's too: target/screenshots/<name>-<language>-<size>.png. Ends in Arabic.
 */
export async function shoot(browser, page, name, { tablet = false } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const sizes = [page.viewportSize() ?? DESKTOP, ...(tablet ? [TABLET] : [])];
  const first = sizes[0];
  for (const language of ["ar", "en"]) {
    await switchLanguage(page, language);
    await browser.check(page, `${name} (${language})`);
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language}-${size.width}.png`), fullPage: true });
    }
    await page.setViewportSize(first);
  }
  await switchLanguage(page, "ar");
}

/** Goes to a screen of the navigation (its id is nav-<area>-<screen>). */
export async function open(page, area, screen) {
  await page.click(`#nav-${area}-${screen}`);
  await page.waitForSelector(`#nav-${area}-${screen}[aria-current="page"]`);
}
