// The prosecutor's journeys: a case referred through the form (court, a defendant from the
// suspects, a charge, an Arabic summary, the evidence), submitted; a referral followed through the
// court's replies (and, when the court returned it, its next version drafted beside the court's
// reasons and submitted). Two set-up steps play the other sides through the APIs: `referralCase`
// builds a Baghdad case with a suspect, an arrest and an evidence item (a citizen files, an officer
// accepts, an investigator adds the rest); `court` plays the court system's replies.
import { randomUUID } from "node:crypto";
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { api, expectNothingCacheable, KEYCLOAK, logIn, open, shoot, token } from "./console.mjs";

const COURT = "court-iq-pmc";
const SUMMARY = "هدّد المتهم الضحية بنشر صورها الخاصة عبر إنستغرام وواتساب ما لم تدفع له خمسة ملايين دينار.";

/** A machine client's token (client credentials): the demo court systems' secret is "<client>-secret". */
async function clientToken(client) {
  const response = await fetch(`${KEYCLOAK}/realms/sanad/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: client, client_secret: `${client}-secret` }),
  });
  expect(response.ok, `Keycloak refused a token to ${client}: ${response.status}`);
  return (await response.json()).access_token;
}

async function until(what, check, seconds = 60) {
  for (let waited = 0; waited < seconds * 2; waited++) {
    const found = await check().catch(() => null);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`waited ${seconds} s for ${what}`);
}


/** Opens a referral from the list (the most recently changed come first). */
async function openReferral(page, referralId) {
  await open(page, "prosecution", "referrals");
  const row = page.locator(`#referrals tr[data-referral-id="${referralId}"]`);
  await row.waitFor();
  await row.locator("button").click();
  await page.waitForSelector(`#referral[data-referral-id="${referralId}"]`);
}

export const journeys = {
  /** Set-up: a Baghdad case ready to refer. Answers its id, number, suspect and evidence item. */
  async referralCase() {
    const phone = `077${10_000_000 + Math.floor(Math.random() * 89_999_999)}`;
    const citizen = await token("amal");
    const filed = await api("complaints", "/complaints", { method: "POST", bearer: citizen, headers: { "Idempotency-Key": randomUUID() },
      body: {
        reporterRelation: "SELF",
        victim: { name: "آمال", ageBand: "FROM_18_TO_24", minor: false, gender: "FEMALE", prefersSameGenderOfficer: true },
        governorate: "IQ-BG", platforms: ["INSTAGRAM", "WHATSAPP"], identifiers: [{ type: "PHONE", value: phone }],
        threatTypes: ["PUBLISH_INTIMATE_IMAGES"], demand: { types: ["MONEY"], money: { amount: 5000000, currency: "IQD" } },
        narrative: "يهددني بنشر صوري الخاصة إن لم أرسل له المال", selfHarmRisk: false,
      } });
    const complaintId = filed.body.id;
    const officer = await token("officer.baghdad");
    for (const outcome of ["UNDER_REVIEW", "ACCEPTED"]) {
      const { etag } = await api("complaints", `/complaints/${complaintId}`, { bearer: officer });
      await api("complaints", `/complaints/${complaintId}/triage`, { method: "POST", bearer: officer, headers: { "If-Match": etag },
        body: { outcome } });
    }
    const caseId = await until("the complaint's case", async () =>
      (await api("complaints", `/complaints/${complaintId}`, { bearer: officer })).body.caseId);
    const investigator = await token("investigator.baghdad");
    const suspect = await api("cases", `/cases/${caseId}/suspects`, { method: "POST", bearer: investigator,
      body: { displayName: `المشتبه به ${phone.slice(7)}`, aliases: ["أبو علي"], identifiers: [{ type: "PHONE", value: phone }] } });
    await api("cases", `/cases/${caseId}/actions`, { method: "POST", bearer: investigator, body: {
      type: "ARREST", occurredAt: new Date(Date.now() - 3_600_000).toISOString(), place: "الكرادة، بغداد", unit: "Cybercrime Baghdad",
      suspectId: suspect.body.id } });
    const item = await api("cases", `/cases/${caseId}/evidence`, { method: "POST", bearer: investigator, body: {
      kind: "EXTRACTION", description: "محادثات واتساب المستخرجة من هاتف المشتبه به",
      sha256: Array.from({ length: 64 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("") } });
    const { body: found } = await api("cases", `/cases/${caseId}`, { bearer: investigator });
    log(`case ${found.caseNumber} (${caseId}) is ready to refer`);
    return { caseId, caseNumber: found.caseNumber, complaintId, suspectId: suspect.body.id, evidenceItemId: item.body.id };
  },

  /**
   * Set-up: the court (court-iq-pmc) replies to the referral's current version through the API.
   * plan "return": receipt, then the review RETURNED with a reason about the summary, the defendant,
   * the charge and an evidence item; plan "decide": receipt (if not yet), ACCEPTED, a hearing, the decision.
   */
  async court(browser, referralId, plan = "decide") {
    expect(referralId, "court needs the referral's id");
    const court = await clientToken(COURT);
    const read = async () => (await api("referrals", `/court/referrals/${referralId}`, { bearer: court })).body;
    const reply = (what, body) => api("referrals", `/court/referrals/${referralId}/${what}`, { method: "POST", bearer: court,
      headers: { "Idempotency-Key": randomUUID() }, body });
    let referral = await read();
    const version = referral.versionNumber;
    if (referral.status === "SUBMITTED") referral = (await reply("receipt", { version })).body;
    const defendant = referral.defendants[0];
    if (plan === "return") {
      expect(referral.status === "RECEIVED", `the court cannot return a referral ${referral.status}`);
      referral = (await reply("review", { version, outcome: "RETURNED", reasons: [
        { item: "summary", reason: "لا يذكر الملخص تاريخ أول تهديد ولا وسيلة الدفع المطلوبة" },
        { item: `defendant:${defendant.suspectId}`, reason: "يُرجى إرفاق محضر القبض على المتهم" },
        { item: `charge:${defendant.charges[0].statuteCode}`, reason: "بيّنوا الطلب المقترن بالتهديد" },
        ...(referral.evidence[0] ? [{ item: `evidence:${referral.evidence[0].itemId}`, reason: "سجل الحيازة لا يبيّن من استخرج المحادثات" }] : []),
      ] })).body;
    } else {
      if (referral.status === "RECEIVED") referral = (await reply("review", { version, outcome: "ACCEPTED" })).body;
      if (referral.status === "ACCEPTED") {
        referral = (await reply("hearings", { version, scheduledFor: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          chamber: "الهيئة الثانية", note: "تُبلَّغ الضحايا عبر الادعاء العام" })).body;
      }
      if (referral.status === "HEARING_SCHEDULED") {
        referral = (await reply("decision", { version, decidedOn: new Date().toISOString().slice(0, 10), note: "حكم حضوري",
          verdicts: referral.defendants.flatMap((d) => d.charges.map((c) => ({ suspectId: d.suspectId, statuteCode: c.statuteCode,
            outcome: "CONVICTED", sentence: "الحبس سنتين" }))) })).body;
      }
    }
    log(`${COURT} left referral ${referralId} ${referral.status} at version ${version}`);
    return { referralId, status: referral.status, version };
  },

  /**
   * prosecutor refers the case through the form: the case by its id, the form's gaps said at their
   * fields, then the Publishing and Media Court, the first suspect with a charge, an Arabic summary,
   * the case's evidence; saved as a draft, then submitted. Answers the referral's id.
   */
  async refer(browser, caseId, user = "prosecutor") {
    expect(caseId, "refer needs the case's id (the referralCase set-up makes one)");
    const officer = await logIn(browser, user);
    const { page } = officer;
    await open(page, "prosecution", "new");
    await page.waitForSelector("#case-id");
    await page.waitForSelector("#cases, #cases-refused, #cases-empty, .problem");
    await shoot(browser, page, "prosecution-choose-case", { tablet: true });
    const listed = page.locator(`#cases tr[data-case-id="${caseId}"] button`);
    if (await listed.count()) {
      await listed.click();
    } else {
      await page.fill("#case-id", caseId);
      await page.click("#case-open");
    }
    await page.waitForSelector("#referral-form");

    // sent empty: each gap is said at its field, before the API is asked
    await page.click("#ref-save");
    await page.waitForSelector("#ref-summary-error");
    expect(await page.locator("#ref-defendants-error").count() === 1, "a referral without a defendant was not stopped at the field");
    await shoot(browser, page, "prosecution-form-gaps");

    await page.selectOption("#ref-court", "IQ-PMC");
    const suspect = page.locator('#ref-defendants input[id^="ref-suspect-"]').first();
    const suspectId = (await suspect.getAttribute("id")).replace("ref-suspect-", "");
    await suspect.check();
    await page.click("#ref-save");
    await page.waitForSelector(`#ref-charges-${suspectId}-error`);
    await page.check(`#ref-charge-${suspectId}-IQ-PC-430`);
    await page.fill("#ref-summary", SUMMARY);
    const evidence = await page.locator('#ref-evidence input[type="checkbox"]:checked').count();
    expect(evidence > 0, "the case's evidence was not offered, chosen, for the manifest");
    await shoot(browser, page, "prosecution-form-filled", { tablet: true });
    await page.click("#ref-save");
    await page.waitForSelector('#referral[data-status="DRAFT"]');
    const referralId = await page.getAttribute("#referral", "data-referral-id");
    expect((await page.textContent("#referral-summary")).includes(SUMMARY), "the draft does not hold the summary written");
    await shoot(browser, page, "prosecution-draft", { tablet: true });

    await page.click("#ref-submit");
    await page.waitForSelector("#ref-submit-confirm");
    await shoot(browser, page, "prosecution-confirm-submit");
    await page.click("#ref-submit-confirm");
    await page.waitForSelector('#referral[data-status="SUBMITTED"]');
    await page.waitForSelector("#submitted");
    await shoot(browser, page, "prosecution-submitted");
    await open(page, "prosecution", "referrals");
    await page.waitForSelector(`#referrals tr[data-referral-id="${referralId}"]`);
    await shoot(browser, page, "prosecution-referrals", { tablet: true });
    log(`referred case ${caseId}: referral ${referralId}`);
    expectNothingCacheable(officer);
    return { caseId, referralId, status: "SUBMITTED", evidenceItems: evidence };
  },

  /**
   * prosecutor follows the referral: where it stands and the court's replies (receipt, review with its
   * reasons, hearings, decision with verdicts). A returned referral's next version is drafted beside
   * the court's reasons (the summary completed) and submitted. With "close", a decided referral is closed.
   */
  async followReferral(browser, referralId, then = "", user = "prosecutor") {
    expect(referralId, "followReferral needs the referral's id");
    const officer = await logIn(browser, user);
    const { page } = officer;
    await openReferral(page, referralId);
    const status = await page.getAttribute("#referral", "data-status");
    const shown = [];
    for (const [selector, name] of [["#reply-receipt", "receipt"], ["#reply-review", "review"], [".reply-hearing", "hearing"],
      ["#reply-decision", "decision"]]) {
      if (await page.locator(selector).count()) shown.push(name);
    }
    await shoot(browser, page, `prosecution-follow-${status.toLowerCase()}`, { tablet: true });
    const result = { referralId, status, replies: shown };

    if (status === "RETURNED" && (await page.locator("#ref-amend").count())) {
      expect(shown.includes("review") && (await page.locator("#review-reasons tbody tr").count()) > 0,
        "the court's reasons for returning the referral are not shown");
      const returnedVersion = Number(/\d+/.exec(await page.textContent("#referral-version"))[0]);
      await page.click("#ref-amend");
      await page.waitForSelector("#referral-form");
      expect(await page.locator("#reasons-summary").count() === 1, "the court's reason about the summary is not beside it");
      await shoot(browser, page, "prosecution-next-version", { tablet: true });
      await page.fill("#ref-summary", `${await page.inputValue("#ref-summary")} بدأ التهديد في الأول من تشرين الثاني، وطُلب التحويل عبر زين كاش.`);
      await page.click("#ref-save");
      await page.waitForSelector('#referral[data-status="RETURNED"] #ref-submit');
      await shoot(browser, page, "prosecution-next-draft");
      await page.click("#ref-submit");
      await page.click("#ref-submit-confirm");
      await page.waitForSelector('#referral[data-status="SUBMITTED"]');
      await shoot(browser, page, "prosecution-resubmitted");
      result.status = "SUBMITTED";
      result.version = returnedVersion + 1;
    } else if (status === "DECIDED" || status === "CLOSED") {
      expect(shown.includes("decision"), "the court's decision is not shown");
      result.verdicts = await page.locator("#verdicts tbody tr").count();
      expect(result.verdicts > 0, "the decision shows no verdict");
      if (then === "close" && status === "DECIDED") {
        await page.click("#ref-close");
        await page.click("#ref-close-confirm");
        await page.waitForSelector('#referral[data-status="CLOSED"]');
        await shoot(browser, page, "prosecution-closed");
        result.status = "CLOSED";
      }
    }
    log(`followed referral ${referralId}: ${JSON.stringify(result)}`);
    expectNothingCacheable(officer);
    return result;
  },
};
