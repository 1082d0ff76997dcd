// What the audit screens work out before showing: the search's filters (blanks left out, local times
// as instants, a period that ends before it starts refused) and the chain verification in plain words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { explain, filtersOf, problemKey, type Verification } from "../src/app/areas/audit/rules";

test("blank conditions are left out; the others are sent trimmed, local times as UTC instants", () => {
  const { filters, error } = filtersOf({ actor: " ", recordId: " 5b0f8e4c ", action: "complaint.read", from: "2026-12-01T08:00", to: "" });
  assert.equal(error, null);
  assert.deepEqual(Object.keys(filters).sort(), ["action", "from", "recordId"]);
  assert.equal(filters["recordId"], "5b0f8e4c");
  assert.equal(filters["from"], new Date("2026-12-01T08:00").toISOString());
  assert.match(filters["from"] ?? "", /Z$/);
});

test("a period that ends before it starts, or a time that is none, is refused before the API is asked", () => {
  assert.deepEqual(filtersOf({ actor: "", recordId: "", action: "", from: "2026-12-02T00:00", to: "2026-12-01T00:00" }).error, { field: "to", why: "toBeforeFrom" });
  assert.deepEqual(filtersOf({ actor: "", recordId: "", action: "", from: "not a time", to: "" }).error, { field: "from", why: "badTime" });
  assert.deepEqual(filtersOf({ actor: "", recordId: "", action: "", from: "", to: "not a time" }).error, { field: "to", why: "badTime" });
  assert.equal(filtersOf({ actor: "", recordId: "", action: "", from: "2026-12-01T00:00", to: "2026-12-01T00:00" }).error, null);
});

const intact: Verification = {
  intact: true, fromSequence: 148, checkedEntries: 53, headSequence: 200, unsealedEntries: 1, breaks: [], breakCount: 0,
  anchor: null, lastFullWalk: null,
};

test("an intact chain walked from a checkpoint says so, where it began, that nothing is anchored, what is unsealed", () => {
  assert.deepEqual(explain(intact, false).map((s) => s.key),
    ["intact", "fromCheckpoint", "anchor.NOT_ANCHORED", "unsealed", "noFullWalk"]);
  assert.deepEqual(explain(intact, false)[0]?.values, { checked: 53, from: 148, head: 200 });
  const full = explain({ ...intact, fromSequence: 1, unsealedEntries: 0,
    anchor: { state: "HOLDS", sequence: 190, anchoredAt: new Date() },
    lastFullWalk: { walkedAt: new Date(), checkedEntries: 150, headSequence: 150, breakCount: 0 } }, true);
  assert.deepEqual(full.map((s) => s.key), ["intact", "fromFirst", "anchor.HOLDS", "lastFullWalkIntact"]);
});

test("a broken chain says how many breaks, where the first is, and what a break means; each problem is explained", () => {
  const broken = explain({ ...intact, intact: false, breakCount: 2, unsealedEntries: 0,
    breaks: [{ sequence: 160, entryId: 161, problem: "CHANGED" }, { sequence: 170, entryId: 171, problem: "LINK_BROKEN" }],
    anchor: { state: "MISMATCH", sequence: 190, anchoredAt: null },
    lastFullWalk: { walkedAt: new Date(), checkedEntries: 150, headSequence: 150, breakCount: 1 } }, false);
  assert.deepEqual(broken.map((s) => s.key),
    ["broken", "firstBreak", "brokenMeaning", "fromCheckpoint", "anchor.MISMATCH", "lastFullWalkBroken"]);
  assert.deepEqual(broken[1]?.values, { sequence: 160, entry: 161 });
  assert.equal(problemKey("CHANGED", 3), "problem.CHANGED");
  assert.equal(problemKey("MISSING_BEFORE", null), "problem.REMOVED_TO_END", "no entry at the position: all from there on were removed");
  assert.equal(problemKey("SOMETHING_NEW", 3), "problem.OTHER");
});

test("an empty log is said as such, and an anchor state the console does not know is shown as it came", () => {
  assert.equal(explain({ ...intact, headSequence: null, checkedEntries: 0, unsealedEntries: 0 }, false)[0]?.key, "empty");
  const other = explain({ ...intact, anchor: { state: "LATER", sequence: null, anchoredAt: null } }, false);
  assert.ok(other.some((s) => s.key === "anchor.OTHER" && s.values["state"] === "LATER"));
});
