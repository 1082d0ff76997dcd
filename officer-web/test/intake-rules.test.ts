// What the intake screens decide before the API does: the outcomes a status offers (the same moves
// complaints-service's ComplaintStatus allows), the field each outcome needs, and urgency.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deadlineImminent, outcomesFrom, requiredFor, urgent } from "../src/app/areas/intake/rules";

test("a decided complaint offers no outcome; an open one the moves the service allows", () => {
  assert.deepEqual(outcomesFrom("SUBMITTED"), ["UNDER_REVIEW", "DUPLICATE", "REJECTED"]);
  assert.ok(outcomesFrom("UNDER_REVIEW").includes("ACCEPTED"));
  assert.ok(!outcomesFrom("SUBMITTED").includes("ACCEPTED"), "accepting needs a review first");
  for (const decided of ["ACCEPTED", "DUPLICATE", "REJECTED", "WITHDRAWN"] as const) assert.deepEqual(outcomesFrom(decided), []);
});

test("each outcome names the field it cannot go without", () => {
  assert.equal(requiredFor("NEEDS_INFORMATION"), "question");
  assert.equal(requiredFor("DUPLICATE"), "duplicateOf");
  assert.equal(requiredFor("REJECTED"), "reason");
  assert.equal(requiredFor("ACCEPTED"), null);
  assert.equal(requiredFor("UNDER_REVIEW"), null);
});

test("a deadline is imminent within the next 24 hours, or just passed, and not otherwise", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  assert.ok(deadlineImminent(new Date("2026-12-08T09:59:00Z"), now));
  assert.ok(deadlineImminent(new Date("2026-12-07T08:00:00Z"), now));
  assert.ok(!deadlineImminent(new Date("2026-12-08T10:01:00Z"), now));
  assert.ok(!deadlineImminent(new Date("2026-12-05T10:00:00Z"), now));
  assert.ok(!deadlineImminent(null, now));
});

test("self-harm, a minor victim or an imminent deadline each make a complaint urgent", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const calm = { selfHarmRisk: false, victim: { minor: false, prefersSameGenderOfficer: false }, deadline: null };
  assert.ok(!urgent(calm, now));
  assert.ok(urgent({ ...calm, selfHarmRisk: true }, now));
  assert.ok(urgent({ ...calm, victim: { minor: true, prefersSameGenderOfficer: false } }, now));
  assert.ok(!urgent({ ...calm, victim: { minor: false, prefersSameGenderOfficer: true } }, now), "a preference is shown, not urgent");
  assert.ok(urgent({ ...calm, deadline: new Date("2026-12-07T20:00:00Z") }, now));
});
