// The investigator's journeys: a case opened from the list with the keyboard, a pending correlation
// flag linked, a suspect added with a phone number, an arrest recorded through the arrest form (its
// missing fields stopped at the fields first), an evidence item re-verified, the identifier looked
// up; and an investigator of Basra typing a Baghdad case's id, who gets the API's refusal and nothing
// of the case. Without a case id, `investigate` sets up its own case through the APIs, as e2e's
// SuiteIT does: two citizens' complaints naming the same extortionist's number, the first with a
// screenshot, accepted one after the other (the second is flagged to the first's case), and the
// case assigned to the investigator.
import { randomInt, randomUUID } from "node:crypto";
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { api, expectNothingCacheable, logIn, open, shoot, token } from "./console.mjs";

const HAND_OFF_MS = 60_000;

async function until(what, probe, timeoutMs = HAND_OFF_MS) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => null);
    if (found) return found;
    expect(Date.now() < end, `waited ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const subjectOf = (bearer) => JSON.parse(Buffer.from(bearer.split(".")[1], "base64url").toString()).sub;

const complaint = (victim, phone) => ({
  reporterRelation: "SELF",
  victim: { name: victim, ageBand: "FROM_18_TO_24", minor: false, gender: "FEMALE", prefersSameGenderOfficer: true },
  governorate: "IQ-BG", platforms: ["INSTAGRAM", "WHATSAPP"], identifiers: [{ type: "PHONE", value: phone }],
  threatTypes: ["PUBLISH_INTIMATE_IMAGES"], demand: { types: ["MONEY"], money: { amount: 5000000, currency: "IQD" } },
  narrative: "يهددني بنشر صوري الخاصة إن لم أرسل له المال", selfHarmRisk: false,
});

async function accept(officer, id) {
  for (const outcome of ["UNDER_REVIEW", "ACCEPTED"]) {
    const current = await api("complaints", `/complaints/${id}`, { bearer: officer });
    await api("complaints", `/complaints/${id}/triage`, { method: "POST", bearer: officer, body: { outcome },
      headers: { "If-Match": current.etag } });
  }
}

/**
 * A Baghdad case of one extortionist with two victims: Amal's complaint with a screenshot opens it,
 * Huda's naming the same number is flagged to it; the supervisor makes investigator.baghdad its lead.
 */
async function setUpCase(investigatorUser) {
  const phone = `077${10_000_000 + randomInt(89_999_999)}`;
  const officer = await token("officer.baghdad");
  const investigator = await token(investigatorUser);
  const supervisor = await token("supervisor.baghdad");
  const amals = (await api("complaints", "/complaints", { method: "POST", bearer: await token("amal"),
    body: complaint("آمال", `+964 ${phone.slice(1, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`) })).body;
  const screenshot = Buffer.from(`\u0089PNG\r\n\u001a\n threat screenshot ${randomUUID()}`, "latin1");
  const upload = await fetch(`${process.env.COMPLAINTS_URL ?? "http://localhost:8081"}/complaints/${amals.id}/evidence?fileName=threat.png`,
    { method: "POST", headers: { Authorization: `Bearer ${officer}`, "Content-Type": "image/png", Accept: "application/json" },
      body: screenshot });
  expect(upload.ok, `the screenshot was refused: ${upload.status} ${await upload.text()}`);
  await accept(officer, amals.id);
  const caseId = await until("Amal's complaint to reach its case",
    async () => (await api("complaints", `/complaints/${amals.id}`, { bearer: officer })).body.caseId);
  const hudas = (await api("complaints", "/complaints", { method: "POST", bearer: await token("huda"),
    body: complaint("هدى", phone) })).body;
  await accept(officer, hudas.id);
  await until("Huda's complaint to be flagged to Amal's case", async () =>
    (await api("cases", `/cases/${caseId}/correlations`, { bearer: investigator })).body.items.find((f) => f.complaintId === hudas.id));
  await until("the screenshot to be an evidence item of the case", async () =>
    (await api("cases", `/cases/${caseId}/evidence`, { bearer: investigator })).body.items.length > 0);
  const current = await api("cases", `/cases/${caseId}`, { bearer: supervisor });
  await api("cases", `/cases/${caseId}/assignment`, { method: "PUT", bearer: supervisor, headers: { "If-Match": current.etag },
    body: { leadInvestigator: subjectOf(investigator) } });
  log(`set up case ${current.body.caseNumber} (${caseId}): Amal's and Huda's complaints name ${phone}`);
  return { caseId };
}

/** A line of the cases list reached and opened with the keyboard alone: ↓ from the first line, then Enter. */
async function openFromList(page, caseId) {
  const line = page.locator(`#cases tr[data-case-id="${caseId}"]`);
  await line.waitFor();
  await page.waitForLoadState("networkidle");
  await page.locator("#cases tbody tr").first().focus();
  for (let steps = 0; steps < 60 && !(await line.evaluate((row) => row === document.activeElement)); steps++) {
    await page.keyboard.press("ArrowDown");
  }
  expect(await line.evaluate((row) => row === document.activeElement), "the keyboard did not reach the case's line");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#case-facts");
}

export const journeys = {
  /**
   * investigator.baghdad works a case: opens it from the list (theirs, or the governorate's found
   * by its complaint's tracking number), links a pending flag, adds a suspect with a phone number,
   * records an arrest through the arrest form, verifies an evidence item, looks the number up.
   * Without a case id it sets one up first. Answers what it linked, arrested, verified and found.
   */
  async investigate(browser, caseId, user = "investigator.baghdad") {
    let phone = `077${10_000_000 + randomInt(89_999_999)}`;
    if (!caseId || caseId === "new") ({ caseId } = await setUpCase(user));
    const bearer = await token(user);
    const investigation = (await api("cases", `/cases/${caseId}`, { bearer })).body;
    // the suspect gets the number the case's first complaint names, when it names one
    const first = investigation.complaints[0]
      && (await api("complaints", `/complaints/${investigation.complaints[0].complaintId}`, { bearer })).body;
    const named = first?.identifiers.find((identifier) => identifier.type === "PHONE")?.value;
    if (named) phone = named;
    const officer = await logIn(browser, user);
    const { page } = officer;
    await page.waitForSelector("#cases, #cases-empty");
    if (investigation.leadInvestigator !== subjectOf(bearer)) {
      await page.selectOption("#cases-scope", "governorate");
      await page.selectOption("#cases-status", "");
      const tracking = investigation.complaints[0]?.trackingNumber;
      if (tracking) await page.fill("#cases-q", tracking);
      await page.click("#cases-search");
    }
    await page.locator(`#cases tr[data-case-id="${caseId}"]`).waitFor();
    await shoot(browser, page, "investigation-cases", { tablet: true });
    await openFromList(page, caseId);
    await page.waitForSelector("#flags, #flags-none");
    await page.waitForSelector("#evidence-items, #evidence-none");
    await page.waitForSelector("#timeline, #timeline-none");
    await shoot(browser, page, "investigation-case", { tablet: true });

    // a pending flag: linked into this case
    let linked = null;
    const link = page.locator("button[data-link-flag]").first();
    if (await link.count()) {
      const flagId = await link.getAttribute("data-link-flag");
      const matched = (await page.locator(`#flags tr[data-flag-id="${flagId}"] td`).first().textContent())?.trim();
      await link.click();
      await page.waitForSelector(`#flag-decided[data-flag-id="${flagId}"][data-flag-status="LINKED"]`);
      await page.waitForSelector(`#flags tr[data-flag-id="${flagId}"][data-flag-status="LINKED"]`);
      linked = { flagId, matched };
      await shoot(browser, page, "investigation-flag-linked");
    }

    // a suspect with the extortionist's number
    await page.fill("#suspect-displayName", "مجهول يستخدم اسم الوردة السوداء");
    await page.selectOption("#suspect-identifier-type-0", "PHONE");
    await page.fill("#suspect-identifier-value-0", phone);
    await page.click("#suspect-add");
    await page.waitForSelector("#suspect-added");
    const suspect = page.locator("#suspects li.card").last();
    await suspect.waitFor();
    const suspectId = await suspect.getAttribute("data-suspect-id");

    // the arrest form: sent without its place and unit, it is stopped at the fields
    await page.selectOption("#action-type", "ARREST");
    await page.waitForSelector("#arrest-note");
    await page.click("#action-record");
    await page.waitForSelector("#action-place-error");
    expect(await page.locator("#action-unit-error").count(), "the arrest's missing unit was not said at its field");
    await shoot(browser, page, "investigation-arrest-missing");
    await page.selectOption("#action-suspectId", suspectId);
    await page.fill("#action-place", "بغداد، الكرادة");
    await page.fill("#action-unit", "مديرية مكافحة الجرائم الإلكترونية");
    await page.click("#action-record");
    await page.waitForSelector('#action-done[data-action-type="ARREST"]');
    await page.waitForSelector('#case-status[data-status="ARREST_MADE"]');
    await page.waitForSelector('#timeline li[data-action-type="ARREST"]');
    await shoot(browser, page, "investigation-arrested", { tablet: true });

    // "verify now" on the first evidence item, when the case has one
    let verified = null;
    const verify = page.locator("button[data-verify]").first();
    if (await verify.count()) {
      const itemId = await verify.getAttribute("data-verify");
      await verify.click();
      const result = page.locator("#verify-result");
      await result.waitFor();
      verified = { itemId, matched: (await result.getAttribute("data-matched")) === "true",
        recomputed: (await page.locator("#verify-observed").textContent())?.trim() };
      await page.click(`button[data-custody="${itemId}"]`);
      await page.waitForSelector('#custody li[data-custody-action="VERIFIED"]');
      await shoot(browser, page, "investigation-verified");
    }

    // who else named the number: from the suspect's identifier to the look-up
    await suspect.locator("button").first().click();
    await page.waitForSelector("#lookup-value");
    expect((await page.inputValue("#lookup-value")).length > 0, "the look-up did not take the suspect's number");
    await page.click("#lookup-run");
    await page.waitForSelector("#lookup-result");
    const complaintCount = Number(await page.getAttribute("#lookup-count", "data-count"));
    const lookedUpCases = await page.locator("#lookup-cases tbody tr").count();
    expect(complaintCount >= (named ? 1 : 0), "the look-up found no complaint naming the case's number");
    await shoot(browser, page, "investigation-lookup", { tablet: true });
    await open(page, "investigation", "lookup");

    expectNothingCacheable(officer);
    log(`${user} worked case ${investigation.caseNumber}: linked ${linked?.flagId ?? "nothing"}, arrested ${suspectId}`);
    return { caseId, caseNumber: investigation.caseNumber, linked, suspectId, arrest: true, verified,
      lookup: { phone, complaintCount, cases: lookedUpCases } };
  },

  /**
   * investigator.basra types a Baghdad case's id in the go-to field: the case's screen shows the
   * API's refusal (403) plainly, and no fact of the case. Without an id, the newest Baghdad case.
   */
  async refusedCase(browser, caseId, user = "investigator.basra") {
    if (!caseId) {
      const cases = (await api("cases", "/cases?limit=1", { bearer: await token("investigator.baghdad") })).body.items;
      expect(cases.length, "no Baghdad case to try");
      caseId = cases[0].id;
    }
    const officer = await logIn(browser, user);
    const { page } = officer;
    await page.waitForSelector("#goto-case");
    await page.fill("#goto-case", caseId);
    await page.click("#goto-open");
    const problem = page.locator('.problem[data-status="403"]');
    await problem.waitFor();
    expect(await page.locator("#case-facts, #case-number, #flags, #suspects, #timeline, #evidence-items").count() === 0,
      "the refused case's facts are on the screen");
    const title = (await problem.locator("strong").first().textContent())?.trim();
    await shoot(browser, page, "investigation-refused");
    expectNothingCacheable(officer);
    log(`${user} was refused case ${caseId}: ${title}`);
    return { caseId, status: 403, title };
  },
};
