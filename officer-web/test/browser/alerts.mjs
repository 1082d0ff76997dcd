// The risk alerts' journey: complaints filed at risk reach the intake officer's console while it is
// open (read every 15 s while the tab is visible, none while it is hidden), each said once by the
// live region, counted in the navigation and the tab's title; the alerts screen, a complaint opened
// from it with its time left to triage and the messages to the victim, the queue's triage column;
// a colleague's acknowledgement first explained, the officer's own recorded; a national supervisor
// sees every governorate's alerts; an investigator's console never asks for them.
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { api, APIS, expectNothingCacheable, logIn, open, shoot, token } from "./console.mjs";

const POLL_MS = 15_000;
const isAlertsRead = (request) => request.method() === "GET" && request.url().startsWith(`${APIS.complaints}/alerts`);

const complaint = (changes) => ({
  reporterRelation: "SELF",
  victim: { ageBand: "FROM_18_TO_24", minor: false, gender: "FEMALE", prefersSameGenderOfficer: false },
  governorate: "IQ-BG", platforms: ["INSTAGRAM"], threatTypes: ["PUBLISH_INTIMATE_IMAGES"],
  narrative: "يهددني بنشر صوري الخاصة إن لم أرسل له المال", selfHarmRisk: false,
  ...changes,
});

/** What the live region said, each change once, from when this is installed. */
async function listenToLiveRegion(page) {
  await page.waitForSelector("#alerts-live", { state: "attached" });
  await page.evaluate(() => {
    const region = document.getElementById("alerts-live");
    window.alertsSaid = [];
    new MutationObserver(() => {
      const text = region.textContent.replace(/[\u2068\u2069]/g, "");
      if (text && text !== window.alertsSaid.at(-1)) window.alertsSaid.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const said = (page) => page.evaluate(() => window.alertsSaid);

/**
 * Waits for the live region to say a new alert on a complaint: by its tracking number, or among
 * several that came in the same read (said by their number), after the first `before` things it said.
 */
async function waitForSaid(page, tracking, before) {
  await page.waitForFunction(({ number, from }) => window.alertsSaid.slice(from)
    .some((text) => text.includes(number) || /^(New risk alerts|تنبيهات خطر جديدة)/.test(text)), { number: tracking, from: before },
    { timeout: POLL_MS * 2 });
}

const timesNamed = async (page, tracking) => (await said(page)).filter((text) => text.includes(tracking)).length;

/** The page as if the officer switched to another tab (the Page Visibility API), or back. */
async function setHidden(page, hidden) {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    } else {
      delete document.hidden;
      delete document.visibilityState;
    }
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

export const journeys = {
  /**
   * alerts (officer.baghdad): two complaints filed at risk (self-harm; a minor victim) while the
   * console is open, each announced once; the alerts screen, a complaint opened from it, the queue's
   * triage column; supervisor.baghdad acknowledges one first through the API (the console explains
   * the 409), the officer the other; no reads while the tab is hidden; supervisor.national sees the
   * governorate; investigator.baghdad's console never reads the alerts.
   */
  async alerts(browser, user = "officer.baghdad", colleague = "supervisor.baghdad", national = "supervisor.national",
      investigator = "investigator.baghdad") {
    const officer = await logIn(browser, user);
    const { page } = officer;
    const reads = [];
    page.on("request", (request) => {
      if (isAlertsRead(request)) reads.push(Date.now());
    });
    await page.waitForSelector("#nav-intake-alerts");
    await listenToLiveRegion(page);
    await page.waitForResponse((response) => isAlertsRead(response.request()), { timeout: POLL_MS * 2 }).catch(() => null);

    const citizen = await token("amal");
    let before = (await said(page)).length;
    const selfHarm = (await api("complaints", "/complaints", { method: "POST", bearer: citizen,
      body: complaint({ selfHarmRisk: true }) })).body;
    log(`filed ${selfHarm.trackingNumber} with a self-harm risk`);
    await waitForSaid(page, selfHarm.trackingNumber, before);
    // said once: two more reads bring the same alert, and the live region does not name it again
    for (let i = 0; i < 2; i++) await page.waitForResponse((response) => isAlertsRead(response.request()), { timeout: POLL_MS * 2 });
    const named = await timesNamed(page, selfHarm.trackingNumber);
    expect(named <= 1, `the live region named ${selfHarm.trackingNumber} ${named} times: ${JSON.stringify(await said(page))}`);
    await page.waitForSelector("#alert-line");
    const title = await page.title();
    expect(/^\(\u2068?\d+\u2069?\) /.test(title), `the tab's title counts nothing: ${title}`);
    expect(await page.locator("#nav-intake-alerts .count").count() === 1, "the navigation does not count the alerts");
    await shoot(browser, page, "alerts-line", { tablet: true });

    before = (await said(page)).length;
    const minor = (await api("complaints", "/complaints", { method: "POST", bearer: citizen,
      body: complaint({ victim: { ageBand: "FROM_15_TO_17", minor: true, gender: "FEMALE", prefersSameGenderOfficer: true } }) })).body;
    log(`filed ${minor.trackingNumber} for a minor victim`);
    await waitForSaid(page, minor.trackingNumber, before);

    // the alerts screen: both lines, each with its complaint, reasons and time left to triage
    await open(page, "intake", "alerts");
    const lineOf = (id) => page.locator(`#alerts tr[data-complaint-id="${id}"]`);
    await lineOf(selfHarm.id).waitFor();
    await lineOf(minor.id).waitFor();
    await shoot(browser, page, "alerts", { tablet: true });

    // a complaint opened from its alert: the time left to triage, the messages to the victim
    await lineOf(selfHarm.id).locator("button.link").click();
    await page.waitForSelector("#triage-due");
    await page.waitForSelector("#notifications, #notifications-none");
    const due = (await page.textContent("#triage-due")).replace(/[\u2068\u2069]/g, "").trim();
    await shoot(browser, page, "alerts-complaint", { tablet: true });

    // the queue: the triage column on the complaint's line
    await open(page, "intake", "queue");
    const queueLine = page.locator(`#queue tr[data-complaint-id="${selfHarm.id}"]`);
    if (await queueLine.count()) {
      expect((await queueLine.locator(".triage-due").textContent()).trim().length > 0, "the queue's line has no triage deadline");
    }
    await shoot(browser, page, "alerts-queue", { tablet: true });

    // a national supervisor: every governorate's alerts, the governorate said on each line
    const nationwide = await logIn(browser, national);
    await open(nationwide.page, "intake", "alerts");
    await nationwide.page.locator(`#alerts tr[data-complaint-id="${selfHarm.id}"]`).waitFor();
    expect(await nationwide.page.locator("#alerts th").filter({ hasText: /المحافظة|Governorate/ }).count() === 1,
      "a national supervisor's alerts do not say the governorate");
    await shoot(browser, nationwide.page, "alerts-national");
    expectNothingCacheable(nationwide);
    await nationwide.context.close();

    // hidden (the officer switched tabs), the console reads nothing: and no read can take a line
    // away while the officer works it here
    await open(page, "intake", "alerts");
    await lineOf(minor.id).waitFor();
    await setHidden(page, true);
    const hiddenAt = Date.now();

    // a colleague acknowledges the minor's alert first: the officer's click is answered 409, explained
    const minorsAlert = await lineOf(minor.id).getAttribute("data-alert-id");
    await api("complaints", `/alerts/${minorsAlert}/acknowledgement`, { method: "POST", bearer: await token(colleague) });
    await page.click(`#acknowledge-${minorsAlert}`);
    await page.waitForSelector('#alert-taken[data-status="409"]');
    await lineOf(minor.id).waitFor({ state: "detached" });
    await shoot(browser, page, "alerts-taken");

    // the officer's own acknowledgement
    const selfHarmsAlert = await lineOf(selfHarm.id).getAttribute("data-alert-id");
    await page.click(`#acknowledge-${selfHarmsAlert}`);
    await page.waitForSelector("#alert-acknowledged");
    await lineOf(selfHarm.id).waitFor({ state: "detached" });
    const acknowledged = await api("complaints", "/alerts?acknowledged=true&limit=200", { bearer: await token(user) });
    const mine = acknowledged.body.items.find((alert) => alert.id === selfHarmsAlert);
    expect(mine?.acknowledgedAt, `the self-harm alert is not acknowledged: ${JSON.stringify(mine)}`);

    const quiet = hiddenAt + POLL_MS + 5_000 - Date.now();
    if (quiet > 0) await page.waitForTimeout(quiet);
    const whileHidden = reads.filter((at) => at > hiddenAt + 500).length;
    expect(whileHidden === 0, `the hidden tab read the alerts ${whileHidden} times`);
    const shownAt = Date.now();
    // (listening before the page is shown: the read may go out before setHidden returns)
    const readOnShowing = page.waitForRequest(isAlertsRead, { timeout: 3_000 });
    await setHidden(page, false);
    await readOnShowing;
    log(`no read in ${Math.round((shownAt - hiddenAt) / 1000)} s hidden; read ${Date.now() - shownAt} ms after showing again`);
    expectNothingCacheable(officer);

    // an investigator cannot read the alerts: the console neither asks nor offers them
    const other = await logIn(browser, investigator);
    await other.page.waitForTimeout(3_000);
    // every request the page made since it loaded, the login's return included
    const asked = await other.page.evaluate((alerts) => performance.getEntriesByType("resource")
      .filter((entry) => entry.name.startsWith(alerts)).length, `${APIS.complaints}/alerts`);
    expect(asked === 0 && (await other.page.locator("#nav-intake-alerts, #alerts-live").count()) === 0,
      `an investigator's console read the alerts ${asked} times or shows them`);
    await other.context.close();

    return { selfHarm: selfHarm.trackingNumber, minor: minor.trackingNumber, title, due, said: await said(page),
      acknowledgedBy: mine.acknowledgedBy };
  },
};
