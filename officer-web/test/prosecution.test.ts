// What the prosecution screens decide before the API does: the referral form's gaps (ReferralInput's
// constraints), the courts that take a governorate, what each status lets the prosecutor do, which
// version holds the court's replies, where each of the court's reasons belongs, and If-Match.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Court, Referral } from "@sanad/client/referrals";
import {
  amendDraftsNextVersion, canAmend, canClose, canSubmit, caseIdFrom, checkReferral, choicesOf, courtsFor, formOf, ifMatchOf,
  inputOf, reasonsByItem, repliedVersion, toggleCharge, toggleDefendant, type ReferralForm,
} from "../src/app/areas/prosecution/rules";

const filled: ReferralForm = {
  courtCode: "IQ-PMC",
  summary: "  هدد المتهم الضحية بنشر صورها  ",
  defendants: [{ suspectId: "s1", charges: ["IQ-PC-430"] }],
  evidenceItemIds: ["e1"],
};

test("a filled referral has no gaps; each missing part is named at its field", () => {
  assert.deepEqual(checkReferral(filled), {});
  assert.deepEqual(checkReferral({ courtCode: "", summary: " \n ", defendants: [], evidenceItemIds: [] }),
    { courtCode: "required", summary: "required", defendants: "required" });
  assert.deepEqual(checkReferral({ ...filled, defendants: [{ suspectId: "s1", charges: ["IQ-PC-430"] }, { suspectId: "s2", charges: [] }] }),
    { "defendants[1].charges": "noCharge" }, "a defendant without a charge is named by its place in the list");
});

test("the API's limits are checked too: the summary's length, 50 defendants, 20 charges, 500 items", () => {
  assert.equal(checkReferral({ ...filled, summary: "ا".repeat(20_001) })["summary"], "tooLong");
  assert.equal(checkReferral({ ...filled, summary: "ا".repeat(20_000) })["summary"], undefined);
  const many = Array.from({ length: 51 }, (_, i) => ({ suspectId: `s${i}`, charges: ["IQ-PC-430"] }));
  assert.equal(checkReferral({ ...filled, defendants: many })["defendants"], "tooMany");
  const charges = Array.from({ length: 21 }, (_, i) => `C-${i}`);
  assert.equal(checkReferral({ ...filled, defendants: [{ suspectId: "s1", charges }] })["defendants[0].charges"], "tooMany");
  assert.equal(checkReferral({ ...filled, evidenceItemIds: Array.from({ length: 501 }, (_, i) => `e${i}`) })["evidenceItemIds"], "tooMany");
});

test("no evidence chosen is sent as an empty manifest, not left out (which would list all the case's items)", () => {
  const input = inputOf({ ...filled, evidenceItemIds: [] }, "case-1");
  assert.deepEqual(input.evidenceItemIds, []);
  assert.equal(input.caseId, "case-1");
  assert.equal(input.summary, "هدد المتهم الضحية بنشر صورها", "the summary is trimmed");
  assert.ok(!("caseId" in inputOf(filled)), "an amendment does not name the case");
});

test("defendants keep the suspects' order and charges the catalogue's, whatever order they are ticked in", () => {
  const suspects = ["s1", "s2", "s3"];
  const statutes = ["IQ-PC-430", "IQ-PC-431", "IQ-PC-452"];
  let form: ReferralForm = { ...filled, defendants: [] };
  form = toggleDefendant(form, "s3", suspects);
  form = toggleDefendant(form, "s1", suspects);
  assert.deepEqual(form.defendants.map((d) => d.suspectId), ["s1", "s3"]);
  form = toggleCharge(form, "s1", "IQ-PC-452", statutes);
  form = toggleCharge(form, "s1", "IQ-PC-430", statutes);
  assert.deepEqual(form.defendants[0]?.charges, ["IQ-PC-430", "IQ-PC-452"]);
  form = toggleCharge(form, "s1", "IQ-PC-452", statutes);
  assert.deepEqual(form.defendants[0]?.charges, ["IQ-PC-430"]);
  form = toggleDefendant(form, "s1", suspects);
  assert.deepEqual(form.defendants.map((d) => d.suspectId), ["s3"], "dropping a defendant drops their charges");
});

test("the courts offered are those of the case's governorate and those of every governorate", () => {
  const court = (code: string, governorates: string[]): Court => ({ code, nameAr: code, nameEn: code, governorates, timeZone: "Asia/Baghdad" });
  const courts = [court("IQ-PMC", ["*"]), court("IQ-BG-INV", ["IQ-BG"]), court("IQ-BA-INV", ["IQ-BA"])];
  assert.deepEqual(courtsFor(courts, "IQ-BG").map((c) => c.code), ["IQ-PMC", "IQ-BG-INV"]);
  assert.deepEqual(courtsFor(courts, "IQ-NI").map((c) => c.code), ["IQ-PMC"]);
});

test("a draft and a returned referral may change; a returned one into its next version; only a decided one closes", () => {
  assert.ok(canAmend("DRAFT") && canAmend("RETURNED"));
  for (const status of ["SUBMITTED", "RECEIVED", "ACCEPTED", "HEARING_SCHEDULED", "DECIDED", "CLOSED"] as const) {
    assert.ok(!canAmend(status), status);
    assert.ok(!canSubmit({ status, draft: false }), status);
  }
  assert.ok(amendDraftsNextVersion({ status: "RETURNED", draft: false }));
  assert.ok(!amendDraftsNextVersion({ status: "RETURNED", draft: true }), "the next version is already drafted: it is edited");
  assert.ok(!amendDraftsNextVersion({ status: "DRAFT", draft: true }));
  assert.ok(canSubmit({ status: "DRAFT", draft: true }));
  assert.ok(canSubmit({ status: "RETURNED", draft: true }), "a returned referral's next version is submitted");
  assert.ok(!canSubmit({ status: "RETURNED", draft: false }), "the returned version itself is not sent again");
  assert.ok(canClose("DECIDED"));
  assert.ok(!canClose("HEARING_SCHEDULED") && !canClose("CLOSED"));
});

test("the court's replies are those to the version shown, or, for a new draft, to the version it returned", () => {
  assert.equal(repliedVersion({ draft: false, versionNumber: 1 }), 1);
  assert.equal(repliedVersion({ draft: true, versionNumber: 1 }), null, "a first draft has no replies");
  assert.equal(repliedVersion({ draft: true, versionNumber: 3 }), 2);
});

test("the court's reasons are sorted by what they concern; an unknown item is kept with the general ones", () => {
  const sorted = reasonsByItem([
    { item: "summary", reason: "الملخص لا يذكر تاريخ التهديد" },
    { item: "defendant:s1", reason: "لا دليل على القبض" },
    { item: "charge:IQ-PC-452", reason: "لم يُسلَّم مال" },
    { item: "evidence:e1", reason: "البصمة لا تطابق" },
    { item: "evidence:e1", reason: "سجل الحيازة ناقص" },
    { reason: "أعيدت لأسباب شكلية" },
    { item: "witness:w1", reason: "?" },
  ]);
  assert.deepEqual(sorted.summary, ["الملخص لا يذكر تاريخ التهديد"]);
  assert.deepEqual(sorted.defendant, { s1: ["لا دليل على القبض"] });
  assert.deepEqual(sorted.charge, { "IQ-PC-452": ["لم يُسلَّم مال"] });
  assert.deepEqual(sorted.evidence, { e1: ["البصمة لا تطابق", "سجل الحيازة ناقص"] });
  assert.deepEqual(sorted.general, ["أعيدت لأسباب شكلية", "?"]);
  assert.deepEqual(reasonsByItem(undefined).general, []);
});

const version = (defendants: string[], evidence: string[]) => ({
  court: { code: "IQ-PMC", nameAr: "", nameEn: "", governorates: ["*"], timeZone: "Asia/Baghdad" },
  summary: "ملخص",
  defendants: defendants.map((id) => ({ suspectId: id, name: id, aliases: [], arrests: [],
    charges: [{ statuteCode: "IQ-PC-430", law: "", article: "430", titleAr: "", titleEn: "" }] })),
  evidence: evidence.map((id) => ({ itemId: id, kind: "FILE", description: id, fileName: null, contentType: null, sizeBytes: null,
    sha256: "0".repeat(64), custody: { entries: 1, hashChecks: 0, allChecksMatched: true, lastAction: null, lastAt: null } })),
}) as unknown as Referral;

test("the next version starts from the newest version's content, and may choose again what an earlier one held", () => {
  const form = formOf(version(["s1"], ["e1", "e2"]));
  assert.deepEqual(form, { courtCode: "IQ-PMC", summary: "ملخص", defendants: [{ suspectId: "s1", charges: ["IQ-PC-430"] }],
    evidenceItemIds: ["e1", "e2"] });
  const choices = choicesOf([version(["s1"], ["e2"]), version(["s1", "s2"], ["e1", "e2"])]);
  assert.deepEqual(choices.defendants.map((d) => d.suspectId), ["s1", "s2"]);
  assert.deepEqual(choices.evidence.map((e) => e.itemId), ["e2", "e1"]);
});

test("If-Match is the version read, as a strong tag; a tag that is no version is not sent", () => {
  assert.equal(ifMatchOf('"7"'), '"7"');
  assert.equal(ifMatchOf('W/"12"'), '"12"');
  assert.throws(() => ifMatchOf(null));
  assert.throws(() => ifMatchOf('"abc"'));
});

test("a case is named by its id, or by the number of a listed case", () => {
  const listed = [{ id: "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940", caseNumber: "BG-2026-00123" }];
  assert.equal(caseIdFrom(" 5B0F8E4C-2D7A-4C1E-9F3B-6A8D2E71C940 ", []), "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940");
  assert.equal(caseIdFrom("bg-2026-00123", listed), "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940");
  assert.equal(caseIdFrom("BG-2026-00999", listed), null);
  assert.equal(caseIdFrom("", listed), null);
});
