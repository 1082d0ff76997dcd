// A length of time in words, as the statistics (time to triage) and the queue (time left to a
// triage deadline) write it: its two largest units, in each language's own grammar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { durationParts, durationText } from "../src/app/duration";

const AR = "ar-IQ-u-nu-latn-ca-gregory";

test("a duration reads as its two largest parts that are not zero", () => {
  assert.deepEqual(durationParts(0), [{ unit: "minute", value: 0 }]);
  assert.deepEqual(durationParts(45.4), [{ unit: "minute", value: 45 }]);
  assert.deepEqual(durationParts(125), [{ unit: "hour", value: 2 }, { unit: "minute", value: 5 }]);
  assert.deepEqual(durationParts(1440 * 3 + 7), [{ unit: "day", value: 3 }], "minutes do not matter after days and no hours");
  assert.deepEqual(durationParts(1440 + 60 * 5 + 30), [{ unit: "day", value: 1 }, { unit: "hour", value: 5 }]);
});

test("in Arabic, one and two take the noun's singular and dual, three to ten its plural, with Latin digits", () => {
  assert.equal(durationText(60, AR), "ساعة");
  assert.equal(durationText(140, AR), "ساعتان و20 دقيقة");
  assert.equal(durationText(3 * 1440, AR), "3 أيام");
  assert.equal(durationText(2, AR), "دقيقتان");
  assert.equal(durationText(11 * 60, AR), "11 ساعة");
});

test("in English, units with their plurals", () => {
  assert.equal(durationText(140, "en-GB"), "2 hours, 20 minutes");
  assert.equal(durationText(1440 + 60, "en-GB"), "1 day, 1 hour");
  assert.equal(durationText(1, "en-GB"), "1 minute");
});
