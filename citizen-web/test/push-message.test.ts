// What the service worker shows for a push: the service's neutral title and text, nothing else of
// the payload, and the portal's neutral name when it cannot read one.
import { test } from "node:test";
import assert from "node:assert/strict";
import ar from "../src/app/messages/ar.json";
import en from "../src/app/messages/en.json";
import { FOLLOW_PAGE, shownFor } from "../src/worker/message";

test("the title and text the service wrote are shown as they are, and nothing else of the payload", () => {
  const payload = JSON.stringify({ title: "خدمات", body: "جديد في طلبك IQ-2026-7K3Q-9MZD", phone: "+9647701234567", url: "https://elsewhere.example" });
  assert.deepEqual(shownFor(payload, ["en-GB"]), { title: "خدمات", body: "جديد في طلبك IQ-2026-7K3Q-9MZD" });
});

test("a push it cannot read shows the portal's neutral name, in the browser's language, Arabic otherwise", () => {
  assert.deepEqual(shownFor(null, ["en-US", "ar"]), { title: en["app.title"], body: en["push.fallback"] });
  assert.deepEqual(shownFor("not json", ["de-DE"]), { title: ar["app.title"], body: ar["push.fallback"] });
  assert.deepEqual(shownFor(JSON.stringify({ title: 42, body: "  " }), ["ar-IQ"]), { title: ar["app.title"], body: ar["push.fallback"] });
  assert.deepEqual(shownFor(JSON.stringify({ body: "news" }), ["en"]), { title: en["app.title"], body: "news" });
});

test("an overlong title or text is cut, and a click leads to the portal's own follow page", () => {
  const shown = shownFor(JSON.stringify({ title: "x".repeat(500), body: "y".repeat(5000) }), ["en"]);
  assert.equal(shown.title.length, 100);
  assert.equal(shown.body.length, 300);
  assert.equal(FOLLOW_PAGE, "/?follow");
});
