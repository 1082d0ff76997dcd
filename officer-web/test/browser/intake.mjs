// The intake officer's journeys: the queue with a complaint's flags, keyboard only from the queue to
// the triage decision, and the decision recorded (under review, then accepted into a case).
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { expectNothingCacheable, logIn, shoot } from "./console.mjs";

export const journeys = {
  /**
   * officer (officer.baghdad) triages the complaint: its line in the queue (found by the victim's
   * phone when it is not among the first fifty) shows the flags and the title counts the urgent
   * ones; from the queue to the decision with the keyboard only; under review, then accepted.
   */
  async intake(browser, complaintId, victimPhone, user = "officer.baghdad") {
    expect(complaintId, "intake needs the complaint's id");
    const officer = await logIn(browser, user);
    const { page } = officer;
    await page.waitForSelector("#queue");
    const title = await page.title();
    await shoot(browser, page, "intake-queue", { tablet: true });
    const line = page.locator(`#queue tr[data-complaint-id="${complaintId}"]`);
    if (!(await line.count()) && victimPhone) {
      // not among the most urgent fifty: the victim's phone finds it, in whatever spelling the victim gave
      await page.fill("#q-victimPhone", victimPhone);
      await page.click("#q-search");
      await page.waitForSelector(`#queue tr[data-complaint-id="${complaintId}"], #q-empty`);
      await shoot(browser, page, "intake-queue-phone-search");
    }
    await line.waitFor();
    // the keyboard alone: the first line takes focus, ↓ walks to the complaint, Enter opens it
    await page.locator("#queue tbody tr").first().focus();
    for (let steps = 0; steps < 50 && !(await line.evaluate((row) => row === document.activeElement)); steps++) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await line.evaluate((row) => row === document.activeElement), "the keyboard did not reach the complaint's line");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#triage-outcome, #triage-closed");
    await shoot(browser, page, "intake-complaint", { tablet: true });
    const decide = async (outcome) => {
      await page.selectOption("#triage-outcome", outcome);
      await page.click("#triage-decide");
      await page.waitForSelector("#triage-done");
    };
    if (await page.locator('#triage-outcome option[value="UNDER_REVIEW"]').count()) await decide("UNDER_REVIEW");
    // a rejection sent without its reason is stopped at the field, before the API is asked
    await page.selectOption("#triage-outcome", "REJECTED");
    await page.click("#triage-decide");
    await page.waitForSelector("#triage-reason-error");
    await shoot(browser, page, "intake-triage-missing-reason");
    await decide("ACCEPTED");
    await page.waitForSelector("#triage-closed");
    const caseNumber = (await page.textContent("#case-number").catch(() => null))?.trim() ?? null;
    log(`accepted ${complaintId} (case ${caseNumber ?? "being opened"})`);
    expectNothingCacheable(officer);
    return { complaintId, title, caseNumber };
  },
};
