// What the investigation screens decide before the API does: the status moves a case offers (the
// same as cases-service's CaseStatus.canMoveTo), the fields an action's form needs (an arrest its
// suspect, place and unit; a note its text), which flags this case decides, and the go-to field.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  actionFields, actionProblems, caseReference, decidableHere, localInputValue, movesFrom, needsObservedHash, OFFICER_ACTIONS,
  sha256Of, type ActionDraft,
} from "../src/app/areas/investigation/rules";

test("a case moves one investigation step forward or closes; the court's steps and a closed case offer no move", () => {
  assert.deepEqual(movesFrom("OPEN"), ["INVESTIGATING", "CLOSED"]);
  assert.deepEqual(movesFrom("INVESTIGATING"), ["SUSPECT_IDENTIFIED", "CLOSED"]);
  assert.deepEqual(movesFrom("SUSPECT_IDENTIFIED"), ["ARREST_MADE", "CLOSED"]);
  assert.deepEqual(movesFrom("ARREST_MADE"), ["CLOSED"], "referring is the prosecutor's, through referrals-service");
  assert.deepEqual(movesFrom("REFERRED"), ["CLOSED"]);
  assert.deepEqual(movesFrom("HEARING_SCHEDULED"), ["CLOSED"]);
  assert.deepEqual(movesFrom("DECIDED"), ["CLOSED"]);
  assert.deepEqual(movesFrom("CLOSED"), []);
});

test("officers record no court entry: those come from referrals-service", () => {
  assert.ok(OFFICER_ACTIONS.includes("ARREST"));
  assert.ok(OFFICER_ACTIONS.every((type) => !type.startsWith("COURT_")));
});

const now = new Date("2026-12-07T10:00:00Z");
const draft = (over: Partial<ActionDraft>): ActionDraft => ({ type: "", occurredAt: localInputValue(new Date("2026-12-07T09:00:00Z")),
  details: "", place: "", unit: "", suspectId: "", answersActionId: "", ...over });

test("an arrest cannot go without its suspect, place and unit, each named at its field", () => {
  assert.deepEqual(actionFields("ARREST").required, ["suspectId", "place", "unit"]);
  assert.deepEqual(actionProblems(draft({ type: "ARREST" }), now), { suspectId: "required", place: "required", unit: "required" });
  assert.deepEqual(actionProblems(draft({ type: "ARREST", suspectId: "s", place: "الكرادة", unit: "  " }), now), { unit: "required" });
  assert.deepEqual(actionProblems(draft({ type: "ARREST", suspectId: "s", place: "الكرادة", unit: "Cybercrime Baghdad" }), now), {});
});

test("a note needs its text; other actions need only their type and time", () => {
  assert.deepEqual(actionProblems(draft({ type: "NOTE" }), now), { details: "required" });
  assert.deepEqual(actionProblems(draft({ type: "TAKEDOWN_REQUEST" }), now), {});
  assert.deepEqual(actionProblems(draft({}), now), { type: "required" });
  assert.ok(actionFields("PLATFORM_ANSWER").shown.includes("answersActionId"));
  assert.ok(!actionFields("NOTE").shown.includes("suspectId"));
});

test("when it happened is required, not in the future and within ten years", () => {
  const type = "TAKEDOWN_REQUEST";
  assert.deepEqual(actionProblems(draft({ type, occurredAt: "" }), now), { occurredAt: "required" });
  assert.deepEqual(actionProblems(draft({ type, occurredAt: "soon" }), now), { occurredAt: "unreadable" });
  assert.deepEqual(actionProblems(draft({ type, occurredAt: localInputValue(new Date("2026-12-08T10:00:00Z")) }), now), { occurredAt: "future" });
  assert.deepEqual(actionProblems(draft({ type, occurredAt: localInputValue(new Date("2016-11-01T10:00:00Z")) }), now), { occurredAt: "tooOld" });
});

test("a flag is decided in the case it was raised on, and only while it is open", () => {
  assert.ok(decidableHere({ caseId: "a", status: "OPEN" }, "a"));
  assert.ok(!decidableHere({ caseId: "b", status: "OPEN" }, "a"), "a flag on another case is decided there");
  assert.ok(!decidableHere({ caseId: "a", status: "LINKED" }, "a"));
  assert.ok(!decidableHere({ caseId: "a", status: "DISMISSED" }, "a"));
});

test("the go-to field takes a case's id or number, in any case and with spaces around", () => {
  assert.deepEqual(caseReference(" 5B0F8E4C-2D7A-4C1E-9F3B-6A8D2E71C940 "), { id: "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940" });
  assert.deepEqual(caseReference("bg-2026-00042"), { number: "BG-2026-00042" });
  assert.equal(caseReference("IQ-2026-7K3Q-9MZD"), null, "a complaint's tracking number is not a case's");
  assert.equal(caseReference(""), null);
});

test("a hash is 64 hex digits, read without spaces and capitals; a device's item needs one to be verified", () => {
  const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  assert.equal(sha256Of(hash.toUpperCase().replace(/(.{16})/g, "$1 ")), hash);
  assert.equal(sha256Of(hash.slice(1)), null);
  assert.ok(needsObservedHash({ source: "REGISTERED", fileName: undefined }));
  assert.ok(!needsObservedHash({ source: "REGISTERED", fileName: "extract.png" }));
  assert.ok(!needsObservedHash({ source: "COMPLAINT_EVIDENCE", fileName: undefined }));
});
