// The auditor's journey: who read a victim's complaint, from complaints-service's own log searched by
// the complaint's id (and its read action), every read listed with its actor; then the verification of
// that log's hash chain, its result said in plain words.
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { expectNothingCacheable, logIn, open, shoot } from "./console.mjs";

const READ = "complaint.read";

export const journeys = {
  /**
   * auditor searches complaints-service's log by the complaint's id: every entry is listed with its
   * actor; the reads (complaint.read) counted over every page; the chain verified. Answers the count of
   * reads, their actors and whether the chain is intact.
   */
  async audit(browser, complaintId, user = "auditor") {
    expect(complaintId, "audit needs the complaint's id");
    const officer = await logIn(browser, user);
    const { page } = officer;
    await open(page, "audit", "log");
    await page.selectOption("#a-service", "complaints");
    await page.fill("#a-recordId", complaintId);
    // a period that ends before it starts is refused at the field
    await page.fill("#a-from", "2026-12-02T00:00");
    await page.fill("#a-to", "2026-12-01T00:00");
    await page.click("#a-search");
    await page.waitForSelector("#a-to-error");
    await page.fill("#a-from", "");
    await page.fill("#a-to", "");
    await page.click("#a-search");
    await page.waitForSelector("#audit-entries, #a-empty");
    const entries = await page.locator("#audit-entries tbody tr").count();
    expect(entries > 0, `no audit entry names the complaint ${complaintId}`);
    expect(await page.locator(`#audit-entries tbody tr:not([data-actor])`).count() === 0, "an entry without its actor");
    await shoot(browser, page, "audit-record", { tablet: true });

    // the reads alone, over every page
    await page.fill("#a-action", READ);
    await page.click("#a-search");
    await page.waitForSelector("#audit-entries, #a-empty");
    const actors = [];
    let others = 0;
    for (;;) {
      for (const row of await page.locator("#audit-entries tbody tr").all()) {
        if (await row.getAttribute("data-action") === READ) actors.push(await row.getAttribute("data-actor"));
        else others++;
      }
      const next = page.locator("#a-next");
      if (!(await next.count())) break;
      const first = await page.getAttribute("#audit-entries tbody tr", "data-entry-id");
      await next.click();
      await page.waitForFunction((id) => document.querySelector("#audit-entries tbody tr")?.getAttribute("data-entry-id") !== id, first);
    }
    await shoot(browser, page, "audit-reads");

    await open(page, "audit", "chain");
    await page.selectOption("#v-service", "complaints");
    await page.click("#v-run");
    await page.waitForSelector("#v-result");
    const intact = (await page.getAttribute("#v-result", "data-intact")) === "true";
    const breaks = Number(await page.getAttribute("#v-result", "data-breaks"));
    const verdict = (await page.textContent("#v-verdict"))?.trim();
    await shoot(browser, page, "audit-chain", { tablet: true });
    await page.check("#v-full");
    await page.click("#v-run");
    await page.waitForSelector("#v-result");
    await shoot(browser, page, "audit-chain-full");
    if (others) log(`the action filter let ${others} entries of other actions through (a service without the action filter)`);
    log(`${actors.length} reads of ${complaintId}; the chain is ${intact ? "intact" : `broken (${breaks})`}`);
    expectNothingCacheable(officer);
    return { complaintId, entries, reads: actors.length, readers: [...new Set(actors)], intact, breaks, verdict };
  },
};
