// Every word the console shows is in the message files, the same keys in Arabic and English, with
// the same placeholders; the code holds none of its own (no text between JSX tags, no Arabic, no
// key that is not in the files), and each area's keys live in its own file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { jsxText, placeholders } from "../../web-kit/test/message-rules";

const areas = readdirSync("src/app/messages/ar").map((file) => file.replace(/\.json$/, ""));
const read = (language: string, area: string) =>
  JSON.parse(readFileSync(`src/app/messages/${language}/${area}.json`, "utf8")) as Record<string, string>;
const ar: Record<string, string> = Object.assign({}, ...areas.map((area) => read("ar", area)));
const sources = readdirSync("src/app", { recursive: true }).map(String).filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(join("src/app", file), "utf8") }));

test("English has the Arabic keys of every area and no others", () => {
  assert.deepEqual(readdirSync("src/app/messages/en").sort(), readdirSync("src/app/messages/ar").sort());
  for (const area of areas) {
    assert.deepEqual(Object.keys(read("en", area)).sort(), Object.keys(read("ar", area)).sort(), `en/${area}.json`);
  }
});

test("an area's keys are named after it (common holds the shared ones), and no key is in two files", () => {
  const seen = new Set<string>();
  for (const area of areas) {
    for (const key of Object.keys(read("ar", area))) {
      assert.ok(!seen.has(key), `${key} is in two files`);
      seen.add(key);
      if (area !== "common") assert.ok(key.startsWith(`${area}.`), `${area}.json holds ${key}`);
    }
  }
});

test("a message has the same placeholders in both languages, and no message is empty", () => {
  for (const area of areas) {
    const en = read("en", area);
    for (const [key, message] of Object.entries(read("ar", area))) {
      assert.ok(message.trim() && en[key]?.trim(), `${key} is empty`);
      assert.deepEqual(placeholders(en[key]!), placeholders(message), key);
    }
  }
});

test("every key the code names is in the messages", () => {
  const named = new Set<string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/\bt\("([\w.-]+)"/g)) named.add(match[1]!);
    for (const match of text.matchAll(/label: "([\w.-]+)"/g)) named.add(match[1]!);
  }
  assert.ok(named.size > 50, `only ${named.size} keys found: the pattern no longer matches the code`);
  for (const key of named) assert.ok(key in ar, `${key} is used in the code but not in the messages`);
});

test("no words are written in the code: no letters between JSX tags, no Arabic anywhere", () => {
  for (const { file, text } of sources) {
    const code = text.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    assert.doesNotMatch(code, /[\u0600-\u06ff]/, `${file} holds Arabic text`);
    if (file.endsWith(".tsx")) assert.deepEqual(jsxText(file, text), [], `${file} writes text between tags`);
  }
});
