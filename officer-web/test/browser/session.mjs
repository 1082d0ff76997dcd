// The console's session journeys: an unattended screen logs out by itself and keeps nothing to show.
import { expect } from "../../../web-kit/browser/harness.mjs";
import { CONSOLE, logIn, shoot } from "./console.mjs";

export const journeys = {
  /**
   * An officer opens a complaint and leaves the screen: after the idle timeout (config.json's
   * idleMinutes, the clock moved forward) the console has ended the realm's session and shows the
   * first page saying why; the complaint is no longer on the screen, Back does not bring it up, and
   * logging in asks for the password again.
   */
  async idle(browser, complaintId, user = "officer.baghdad") {
    const idleMinutes = (await (await fetch(`${CONSOLE}/config.json`)).json()).idleMinutes;
    const officer = await logIn(browser, user, { clock: true });
    const { page } = officer;
    await page.waitForSelector("#queue");
    if (complaintId) {
      const line = page.locator(`#queue tr[data-complaint-id="${complaintId}"]`);
      if (await line.count()) {
        await line.focus();
        await page.keyboard.press("Enter");
        await page.waitForSelector("#facts");
      }
    }
    const shown = await page.textContent("main");
    await page.clock.fastForward(`${String(idleMinutes + 1).padStart(2, "0")}:00`);
    await page.waitForURL((url) => url.href.startsWith(`${CONSOLE}/`) && !url.search.includes("ended="), { timeout: 30_000 });
    await page.waitForSelector("#ended-idle");
    const endedIdle = (await page.textContent("#ended-idle"))?.includes(String(idleMinutes)) ?? false;
    expect(endedIdle, "the first page does not say the session ended after the idle minutes");
    await shoot(browser, page, "session-ended-idle");
    expect(!(await page.textContent("body")).includes(shown.slice(0, 60)), "the screen still shows what the officer had open");
    await page.goBack().catch(() => undefined);
    await page.waitForLoadState();
    expect(!(await page.locator("#officer").count()), "Back brought the officer's screens up again");
    await page.goto(`${CONSOLE}/`);
    const kept = await page.evaluate(async () => ({ localStorage: localStorage.length, indexedDB: (await indexedDB.databases()).length }));
    expect(kept.localStorage === 0 && kept.indexedDB === 0, `the console's origin keeps ${JSON.stringify(kept)}`);
    await page.click("#login");
    await page.waitForSelector("#password");
    const passwordAsked = await page.locator("#password").isVisible();
    return { idleMinutes, endedIdle, passwordAsked, ...kept };
  },
};
