import { test } from "node:test";
import assert from "node:assert/strict";
import { check, emptyDraft, isMinor, request, stepOf, type Draft } from "../src/app/draft";

const complete = (): Draft => ({
  ...emptyDraft(), relation: "SELF", ageBand: "FROM_18_TO_24", gender: "FEMALE", governorate: "IQ-BG", selfHarm: "no",
  platforms: ["INSTAGRAM"], threats: ["PUBLISH_INTIMATE_IMAGES"], narrative: "يهددني بنشر صوري إن لم أدفع",
  notify: { ...emptyDraft().notify, channel: "NONE" },
});

test("an empty draft names every required field by the API's path, each on its step", () => {
  const errors = check(emptyDraft());
  assert.deepEqual(Object.keys(errors).sort(),
    ["governorate", "narrative", "notifications.channel", "platforms", "reporterRelation", "selfHarmRisk", "threatTypes", "victim.ageBand",
      "victim.gender"]);
  assert.deepEqual(Object.keys(errors).map(stepOf).sort(), [0, 0, 0, 0, 1, 2, 2, 5, 6]);
});

test("a complete draft passes, and becomes the request the API reads", () => {
  const draft = { ...complete(), phone: " ٠٧٧٠ ١٢٣ ٤٥٦٧ ", identifiers: [{ type: "PHONE", value: " 0750 987 6543 " }, { type: "EMAIL", value: "" }],
    demandTypes: ["MONEY"], amount: "٥٠٬٠٠٠", paid: "" };
  assert.deepEqual(check(draft), {});
  const body = request(draft, "IQD");
  assert.equal(body.victim.contactPhone, "٠٧٧٠ ١٢٣ ٤٥٦٧");
  assert.equal(body.victim.minor, false);
  assert.deepEqual(body.identifiers, [{ type: "PHONE", value: "0750 987 6543" }]);
  assert.deepEqual(body.demand, { types: ["MONEY"], money: { amount: 50000, currency: "IQD" } });
  assert.equal(body.amountPaid, undefined);
  assert.equal(body.selfHarmRisk, false);
  assert.equal("name" in body.victim, false);
  assert.equal("notifications" in body, false, "no messages: no choice is sent");
});

test("SMS to the number given in the report is asked for in the request, in the language chosen", () => {
  const draft = { ...complete(), phone: "٠٧٧٠ ١٢٣ ٤٥٦٧", notify: { ...complete().notify, channel: "SMS", language: "ckb" } };
  assert.deepEqual(check(draft), {});
  assert.deepEqual(request(draft, "IQD").notifications, { channel: "SMS", language: "ckb", phone: "0770 123 4567" });
  assert.deepEqual(Object.keys(check({ ...draft, phone: "" })), ["notifications.phone"]);
  assert.equal(stepOf("notifications.pushSubscription.endpoint"), 6);
});

test("money is sent only with a money demand; a deadline as a moment", () => {
  const body = request({ ...complete(), demandTypes: ["MORE_IMAGES"], amount: "500", deadline: "2026-12-08T10:30" }, "IQD");
  assert.deepEqual(body.demand, { types: ["MORE_IMAGES"] });
  assert.ok(body.deadline instanceof Date && !Number.isNaN(body.deadline.getTime()));
});

test("a minor is told by the age band, and asked only when the band is unknown", () => {
  assert.equal(isMinor({ ...complete(), ageBand: "UNDER_15" }), true);
  assert.equal(isMinor({ ...complete(), ageBand: "OVER_50" }), false);
  assert.equal(isMinor({ ...complete(), ageBand: "UNKNOWN" }), null);
  assert.equal(isMinor({ ...complete(), ageBand: "UNKNOWN", minor: "yes" }), true);
  assert.deepEqual(Object.keys(check({ ...complete(), ageBand: "UNKNOWN" })), ["victim.minor"]);
});

test("slips are caught at their fields: a phone, an email, an amount", () => {
  const errors = check({ ...complete(), phone: "hello", identifiers: [{ type: "PHONE", value: "123" }, { type: "EMAIL", value: "x@" }],
    demandTypes: ["MONEY"], amount: "lots", paid: "-3" });
  assert.deepEqual(Object.keys(errors).sort(),
    ["amountPaid.amount", "demand.money.amount", "identifiers[0].value", "identifiers[1].value", "victim.contactPhone"]);
});
