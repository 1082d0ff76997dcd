// How a person chooses to be told of news: what is offered on which browser, the checks of the
// choice at the API's field paths, the request made from it, and the notes shown beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkNotify, emptyNotify, ending, messageLanguages, notes, notificationChoice, offeredChannels, type NotifyDraft } from "../src/app/notify";

const KEYS = { p256dh: "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4", auth: "BTBZMqHH6r4Tts7J_aSIgg" };
const subscription = { endpoint: "https://fcm.googleapis.com/fcm/send/abc", ...KEYS };
const choosing = (change: Partial<NotifyDraft>): NotifyDraft => ({ ...emptyNotify("ar"), ...change });

test("this browser's notifications are offered only where the browser can have them, the service sends them and they were not refused", () => {
  const able = { supported: true, permission: "default" as const, serverKey: "BKey" };
  assert.deepEqual(offeredChannels(able), ["SMS", "WEB_PUSH", "NONE"]);
  assert.deepEqual(offeredChannels({ ...able, permission: "granted" }), ["SMS", "WEB_PUSH", "NONE"]);
  assert.deepEqual(offeredChannels({ ...able, supported: false }), ["SMS", "NONE"]);
  assert.deepEqual(offeredChannels({ ...able, serverKey: null }), ["SMS", "NONE"]);
  assert.deepEqual(offeredChannels({ ...able, permission: "denied" }), ["SMS", "NONE"]);
});

test("the messages' languages are Arabic and English everywhere, French and Kurdish where the jurisdiction speaks them", () => {
  assert.deepEqual(messageLanguages(["ar", "ckb", "en"]), ["ar", "en", "ckb"]);
  assert.deepEqual(messageLanguages(["ar", "fr"]), ["ar", "en", "fr"]);
  assert.deepEqual(messageLanguages([]), ["ar", "en"]);
});

test("an unanswered choice is asked for at the channel, in the language the page is in", () => {
  assert.equal(emptyNotify("en").language, "en");
  assert.deepEqual(checkNotify(emptyNotify("ar"), "", "notifications."), { "notifications.channel": "check.choose" });
  assert.deepEqual(checkNotify(choosing({ channel: "NONE" }), "", "notifications."), {});
});

test("SMS needs a number that could be one: the one given in the report, or another typed here", () => {
  assert.deepEqual(checkNotify(choosing({ channel: "SMS" }), "", "notifications."), { "notifications.phone": "check.required" });
  assert.deepEqual(checkNotify(choosing({ channel: "SMS" }), "0770 123 4567", "notifications."), {});
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phoneSource: "other" }), "0770 123 4567", "notifications."),
    { "notifications.phone": "check.required" });
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phoneSource: "other", phone: "call me" }), "", ""), { phone: "check.phone" });
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phone: "12" }), "", ""), { phone: "check.phone" });
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phone: "٠٧٥٠ ٩٨٧ ٦٥٤٣" }), "", ""), {});
  // a citizen changing the choice may leave it empty: the API texts the report's own phone
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phoneSource: "other" }), "", "", true), {});
  assert.deepEqual(checkNotify(choosing({ channel: "SMS", phoneSource: "other", phone: "abc" }), "", "", true), { phone: "check.phone" });
});

test("this browser's notifications need the subscription the person allowed, and a language the API knows", () => {
  assert.deepEqual(checkNotify(choosing({ channel: "WEB_PUSH" }), "", "notifications."),
    { "notifications.pushSubscription": "notify.check.allowFirst" });
  assert.deepEqual(checkNotify(choosing({ channel: "WEB_PUSH", push: subscription }), "", "notifications."), {});
  assert.deepEqual(checkNotify(choosing({ channel: "WEB_PUSH", push: subscription, language: "de" }), "", ""), { language: "check.choose" });
});

test("the choice the API reads: the number in ASCII digits, the subscription as the browser gave it, nothing for no messages", () => {
  assert.deepEqual(notificationChoice(choosing({ channel: "SMS" }), " ٠٧٧٠ ١٢٣ ٤٥٦٧ "), { channel: "SMS", language: "ar", phone: "0770 123 4567" });
  assert.deepEqual(notificationChoice(choosing({ channel: "SMS", phoneSource: "other", phone: "+964 750 987 6543", language: "ckb" }), "0770 123 4567"),
    { channel: "SMS", language: "ckb", phone: "+964 750 987 6543" });
  assert.deepEqual(notificationChoice(choosing({ channel: "SMS", phoneSource: "other" }), ""), { channel: "SMS", language: "ar" });
  assert.deepEqual(notificationChoice(choosing({ channel: "WEB_PUSH", push: subscription, language: "en" }), "0770 123 4567"),
    { channel: "WEB_PUSH", language: "en", pushSubscription: subscription });
  assert.equal(notificationChoice(choosing({ channel: "NONE" }), "0770 123 4567"), null);
  assert.equal(notificationChoice(choosing({ channel: "WEB_PUSH" }), ""), null);
});

test("the cost in anonymity is told to someone reporting without their name only, before anything else", () => {
  for (const channel of ["", "SMS", "WEB_PUSH", "NONE"]) {
    assert.equal(notes(true, channel)[0], "notify.anonymous.cost", channel);
    assert.ok(!notes(false, channel).includes("notify.anonymous.cost"), channel);
    assert.ok(notes(false, channel).includes("notify.neutral"), channel);
  }
});

test("how the contact is kept is said once there is one; that notifications show on the screen, for them only", () => {
  assert.deepEqual(notes(false, "SMS"), ["notify.neutral", "notify.protected"]);
  assert.deepEqual(notes(false, "WEB_PUSH"), ["notify.neutral", "notify.protected", "notify.push.onScreen"]);
  assert.deepEqual(notes(false, "NONE"), ["notify.neutral"]);
  assert.deepEqual(notes(true, ""), ["notify.anonymous.cost", "notify.neutral"]);
});

test("all the pages show of a number is its last two digits, whatever digits it was typed in", () => {
  assert.equal(ending("٠٧٧١ ٢٣٤ ٥٦٧٨"), "78");
  assert.equal(ending("…42"), "42");
  assert.equal(ending(""), "");
});
