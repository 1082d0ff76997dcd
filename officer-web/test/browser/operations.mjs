// The operator's journey: each service's dead hand-offs with the receivers' answers (or the empty
// state), a re-queue when one is there, and the master keys' use with the rotation's confirmation.
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { api, expectNothingCacheable, logIn, open, shoot, token } from "./console.mjs";

const SERVICES = ["complaints", "cases", "referrals"];

export const journeys = {
  /**
   * operate (operator): the dead hand-offs of the three services photographed (the empty state when
   * none is dead), the first dead one re-queued when there is one, then the keys' status of each
   * service photographed, and a rotation's confirmation opened and cancelled (a rotation rewrites
   * stored data: the journey does not run one). Answers how many were dead per service and each
   * service's active key.
   */
  async operate(browser, user = "operator") {
    const bearer = await token(user);
    const operator = await logIn(browser, user);
    const { page } = operator;
    await open(page, "operations", "handoffs");
    const dead = {};
    for (const service of SERVICES) {
      await page.waitForSelector(`#dead-${service}-table, #dead-${service}-empty`);
      dead[service] = await page.locator(`#dead-${service}-table tbody tr`).count();
    }
    await shoot(browser, page, "operations-handoffs", { tablet: true });
    const withDead = SERVICES.find((service) => dead[service] > 0);
    let requeued = null;
    if (withDead) {
      const first = page.locator(`#dead-${withDead}-table tbody tr`).first();
      const id = await first.getAttribute("data-event-id");
      await page.click(`#requeue-${withDead}-${id}`);
      await page.waitForSelector(`#dead-${withDead}-done`);
      await page.waitForSelector(`#dead-${withDead}-table tbody tr[data-event-id="${id}"]`, { state: "detached" });
      requeued = { service: withDead, id };
      log(`re-queued ${withDead}'s dead hand-off ${id}`);
      await shoot(browser, page, "operations-handoffs-requeued");
    } else {
      for (const service of SERVICES) expect(await page.locator(`#dead-${service}-empty`).count(), `${service}: no table and no empty state`);
      log("no hand-off is dead: the empty state is shown for each service");
    }

    await open(page, "operations", "keys");
    const active = {};
    for (const service of SERVICES) {
      await page.waitForSelector(`#keys-${service}-table`);
      active[service] = (await page.textContent(`#keys-${service}-table tbody tr:first-child th code`))?.trim();
    }
    const complaintsKeys = (await api("complaints", "/evidence-keys", { bearer })).body;
    expect(active.complaints === complaintsKeys.activeKeyId, `the screen's active key ${active.complaints} is not the API's ${complaintsKeys.activeKeyId}`);
    await shoot(browser, page, "operations-keys", { tablet: true });
    await page.click("#rotate-complaints");
    await page.waitForSelector("#rotate-complaints-confirm");
    await shoot(browser, page, "operations-keys-confirm");
    await page.click("#rotate-complaints-cancel");
    await page.waitForSelector("#rotate-complaints");
    expectNothingCacheable(operator);
    return { dead, requeued, activeKeys: active };
  },
};
