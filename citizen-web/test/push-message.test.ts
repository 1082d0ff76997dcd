// What the service worker shows for a push: the service's neutral title and text, nothing else of
// the payload, and the portal's neutral name when it cannot read one.
import { test } from "node:test";
import assert from "node:assert/strict";
import ar from "../src/app/messages/ar.json";
import en from "../src/app/messages/en.json";
import { linkOn, shownFor } from "../src/worker/message";

const PORTAL = "https://portal.sanad.example";
const FOLLOW = "https://portal.sanad.example/?follow";

test("the title and text the service wrote are shown as they are, and nothing else of the payload", () => {
  const payload = JSON.stringify({ title: "خدمات", body: "جديد في طلبك IQ-2026-7K3Q-9MZD", phone: "+9647701234567", url: `${PORTAL}/?follow` });
  assert.deepEqual(shownFor(payload, ["en-GB"], PORTAL), { title: "خدمات", body: "جديد في طلبك IQ-2026-7K3Q-9MZD", url: FOLLOW });
});

test("a push it cannot read shows the portal's neutral name, in the browser's language, Arabic otherwise", () => {
  assert.deepEqual(shownFor(null, ["en-US", "ar"], PORTAL), { title: en["app.title"], body: en["push.fallback"], url: FOLLOW });
  assert.deepEqual(shownFor("not json", ["de-DE"], PORTAL), { title: ar["app.title"], body: ar["push.fallback"], url: FOLLOW });
  assert.deepEqual(shownFor(JSON.stringify({ title: 42, body: "  " }), ["ar-IQ"], PORTAL), { title: ar["app.title"], body: ar["push.fallback"], url: FOLLOW });
  assert.deepEqual(shownFor(JSON.stringify({ body: "news" }), ["en"], PORTAL), { title: en["app.title"], body: "news", url: FOLLOW });
});

test("an overlong title or text is cut", () => {
  const shown = shownFor(JSON.stringify({ title: "x".repeat(500), body: "y".repeat(5000) }), ["en"], PORTAL);
  assert.equal(shown.title.length, 100);
  assert.equal(shown.body.length, 300);
});

test("a click opens the service's link only on the portal's own origin, else the portal's follow page", () => {
  assert.equal(linkOn(PORTAL, `${PORTAL}/?follow`), FOLLOW);
  assert.equal(linkOn(PORTAL, "/?follow"), FOLLOW);
  assert.equal(linkOn(PORTAL, "https://elsewhere.example/?follow"), FOLLOW);
  assert.equal(linkOn(PORTAL, "https://portal.sanad.example.evil.example/"), FOLLOW);
  assert.equal(linkOn(PORTAL, "javascript:alert(1)"), FOLLOW);
  assert.equal(linkOn(PORTAL, 42), FOLLOW);
});
