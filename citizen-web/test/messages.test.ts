// Every word the portal shows is in the message files, the same keys in each language, with the
// same placeholders; the code holds none of its own (no text between JSX tags, no key that is
// not in the files).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ar from "../src/app/messages/ar.json";
import en from "../src/app/messages/en.json";
import fr from "../src/app/messages/fr.json";
import { jsxText, placeholders } from "../../web-kit/test/message-rules";

const catalogues: Record<string, Record<string, string>> = { ar, en, fr };
const sources = ["src/app", "src/worker"].flatMap((directory) => readdirSync(directory, { recursive: true }).map(String)
  .filter((file) => /\.tsx?$/.test(file)).map((file) => ({ file, text: readFileSync(join(directory, file), "utf8") })));

test("every language has the Arabic keys and no others", () => {
  for (const [language, messages] of Object.entries(catalogues)) {
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(ar).sort(), `${language}.json`);
  }
});

test("a message has the same placeholders in every language, and no message is empty", () => {
  for (const key of Object.keys(ar)) {
    for (const [language, messages] of Object.entries(catalogues)) {
      assert.ok(messages[key]!.trim(), `${language}: ${key} is empty`);
      assert.deepEqual(placeholders(messages[key]!), placeholders((ar as Record<string, string>)[key]!), `${language}: ${key}`);
    }
  }
});

test("every key the code names is in the messages", () => {
  const named = new Set<string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/\bt\("([\w.]+)"/g)) named.add(match[1]!);
    for (const match of text.matchAll(/"((?:report\.step|check|notify|push)\.[\w.]+)"/g)) named.add(match[1]!);
  }
  assert.ok(named.size > 100, `only ${named.size} keys found: the pattern no longer matches the code`);
  for (const key of named) assert.ok(key in ar, `${key} is used in the code but not in ar.json`);
});

test("the keys built from the API's values are all there", () => {
  for (const status of ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION", "ACCEPTED", "DUPLICATE", "REJECTED", "WITHDRAWN"]) {
    assert.ok(`status.${status}` in ar, status);
  }
  for (const step of ["INVESTIGATION_UNDER_WAY", "ARREST_MADE", "REFERRED_TO_COURT", "HEARING_SCHEDULED", "COURT_DECIDED", "CLOSED"]) {
    assert.ok(`investigation.${step}` in ar, step);
  }
});

test("no words are written in the code: no letters between JSX tags, no Arabic anywhere", () => {
  for (const { file, text } of sources) {
    const code = text.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    assert.doesNotMatch(code, /[\u0600-\u06ff]/, `${file} holds Arabic text`);
    if (file.endsWith(".tsx")) assert.deepEqual(jsxText(file, text), [], `${file} writes text between tags`);
  }
});
