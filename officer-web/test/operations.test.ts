// What the operations screens work out themselves: the keys' lines (the active one first), what a
// rotation still has to move (retired keys, the first encryption form, values in the clear), and a
// receiver's answer made short for a table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerSummary, awaitingRotation, CLEAR, keyKind, keyLines } from "../src/app/areas/operations/rules";

test("the active key comes first, even when it holds nothing yet, then the others by id", () => {
  const lines = keyLines("k202612", { k202603: 4 }, { k202603: 10, [CLEAR]: 2 });
  assert.deepEqual(lines.map((l) => [l.keyId, l.objects, l.values, l.active]),
    [["k202612", 0, 0, true], [CLEAR, 0, 2, false], ["k202603", 4, 10, false]]);
});

test("a rotation has to move everything outside the active key, and nothing once all is under it", () => {
  assert.equal(awaitingRotation(keyLines("new", { old: 4, new: 7 }, { old: 10, new: 3, [CLEAR]: 2 })), 16);
  assert.equal(awaitingRotation(keyLines("new", { new: 7 }, { new: 3 })), 0);
});

test("a line is the active key, a retired one, the first encryption form or values in the clear", () => {
  const kinds = keyLines("k2", {}, { k2: 1, k1: 1, "k2(enc1)": 1, [CLEAR]: 1 }).map((l) => [l.keyId, keyKind(l)]);
  assert.deepEqual(kinds, [["k2", "active"], [CLEAR, "clear"], ["k1", "retired"], ["k2(enc1)", "firstForm"]]);
  assert.equal(awaitingRotation(keyLines("k2", {}, { k2: 1, "k2(enc1)": 5 })), 5, "the first form is sealed again too");
});

test("a receiver's problem answer is summed up by its title and detail; other text is cut at 200 characters", () => {
  assert.equal(answerSummary('{"type":"urn:sanad:problem:validation","status":400,"title":"Invalid request","detail":"governorate is unknown"}'),
    "Invalid request: governorate is unknown");
  assert.equal(answerSummary('{"type":"urn:sanad:problem:validation","status":400}'), "urn:sanad:problem:validation");
  assert.equal(answerSummary("Bad Gateway"), "Bad Gateway");
  assert.equal(answerSummary("x".repeat(300)), `${"x".repeat(200)}…`);
  assert.equal(answerSummary(null), null);
});
