// What the intake screens decide before the API does: the outcomes a status offers (the same moves
// complaints-service's ComplaintStatus allows), the field each outcome needs, urgency, the time left
// to a triage deadline, the alerts announced once and the count in the title.
import { test } from "node:test";
import assert from "node:assert/strict";
import { translator } from "../src/app/i18n";
import {
  deadlineImminent, dueWords, outcomesFrom, readsAlerts, requiredFor, timeLeft, unannounced, urgent, waitingCount,
} from "../src/app/areas/intake/rules";

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

test("the time left to a deadline is in whole minutes, rounded down; past it, overdue by as long", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  assert.deepEqual(timeLeft(new Date("2026-12-07T10:45:30Z"), now), { overdue: false, minutes: 45 });
  assert.deepEqual(timeLeft(new Date("2026-12-09T12:20:00Z"), now), { overdue: false, minutes: 2 * 1440 + 140 });
  assert.deepEqual(timeLeft(new Date("2026-12-07T10:00:40Z"), now), { overdue: false, minutes: 0 }, "under a minute left");
  assert.deepEqual(timeLeft(new Date("2026-12-07T09:30:00Z"), now), { overdue: true, minutes: 30 });
  assert.deepEqual(timeLeft(new Date("2026-12-07T09:59:59Z"), now), { overdue: true, minutes: 0 }, "a second late is late");
  assert.deepEqual(timeLeft(now, now), { overdue: false, minutes: 0 }, "due this instant is not yet overdue");
});

test("a deadline is said as the time left, or overdue by how long, in Arabic and English; under a minute in words too", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const ar = (iso: string) => dueWords(new Date(iso), now, translator("ar"), "ar-IQ-u-nu-latn-ca-gregory");
  const en = (iso: string) => dueWords(new Date(iso), now, translator("en"), "en-GB");
  const plain = (words: { overdue: boolean; text: string }) => ({ ...words, text: words.text.replace(/[\u2068\u2069]/g, "") });
  assert.deepEqual(plain(en("2026-12-07T12:20:00Z")), { overdue: false, text: "2 hours, 20 minutes left" });
  assert.deepEqual(plain(ar("2026-12-07T12:20:00Z")), { overdue: false, text: "المتبقي: ساعتان و20 دقيقة" });
  assert.deepEqual(plain(en("2026-12-04T09:00:00Z")), { overdue: true, text: "Overdue by 3 days, 1 hour" });
  assert.deepEqual(plain(ar("2026-12-07T09:00:00Z")), { overdue: true, text: "متأخر: مضى على الموعد ساعة" });
  assert.deepEqual(plain(en("2026-12-07T10:00:30Z")), { overdue: false, text: "less than a minute left" });
  assert.deepEqual(plain(en("2026-12-07T09:59:30Z")), { overdue: true, text: "Overdue by less than a minute" });
});

test("each alert is announced once, however many reads show it again; new ones come in the API's order", () => {
  const announced = new Set<string>();
  assert.deepEqual(unannounced([{ id: "a" }, { id: "b" }], announced).map((a) => a.id), ["a", "b"], "the first read says what waits");
  assert.deepEqual(unannounced([{ id: "a" }, { id: "b" }], announced), [], "the same alerts again: nothing to say");
  assert.deepEqual(unannounced([{ id: "c" }, { id: "a" }], announced).map((a) => a.id), ["c"]);
  assert.deepEqual(unannounced([{ id: "c" }], announced), [], "b acknowledged meanwhile: still nothing new");
  assert.deepEqual(unannounced([], announced), []);
});

test("the title counts each complaint that needs the officer once, whether alerted, urgent on the screen or both", () => {
  const alerts = [{ complaintId: "x" }, { complaintId: "x" }, { complaintId: "y" }];
  assert.equal(waitingCount(alerts, []), 2, "two alerts on one complaint count once");
  assert.equal(waitingCount(alerts, ["y", "z"]), 3);
  assert.equal(waitingCount([], ["z"]), 1);
  assert.equal(waitingCount([], []), 0);
});

test("only intake officers and supervisors read the alerts: the console polls for nobody else", () => {
  assert.ok(readsAlerts(["intake-officer"]));
  assert.ok(readsAlerts(["supervisor", "investigator"]));
  for (const role of ["investigator", "prosecutor", "auditor", "admin"]) assert.ok(!readsAlerts([role]), role);
  assert.ok(!readsAlerts([]));
});
