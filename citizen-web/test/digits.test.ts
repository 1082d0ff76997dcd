import { test } from "node:test";
import assert from "node:assert/strict";
import { asciiDigits, looksLikePhone, parseAmount, phoneDigits } from "../src/app/digits";

test("Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits, other text stays", () => {
  assert.equal(asciiDigits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  assert.equal(asciiDigits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  assert.equal(asciiDigits("رقم ٠٧٧٠-123"), "رقم 0770-123");
});

test("a phone number in any writing gives its digits, a leading + or 00 kept as +", () => {
  assert.equal(phoneDigits("٠٧٧٠ ١٢٣-٤٥٦٧"), "07701234567");
  assert.equal(phoneDigits("+964 (770) 123 4567"), "+9647701234567");
  assert.equal(phoneDigits("00212 6 12 34 56 78"), "+212612345678");
});

test("what could be a phone number is told from what could not", () => {
  for (const phone of ["07701234567", "٠٧٧٠ ١٢٣ ٤٥٦٧", "+212 6 12 34 56 78", "(0770) 123-4567"]) assert.ok(looksLikePhone(phone), phone);
  for (const text of ["12345", "abc 0770123", "0770123456789012", "", "@handle"]) assert.ok(!looksLikePhone(text), text);
});

test("amounts are read in any digits with separators, up to two decimals, above zero", () => {
  assert.equal(parseAmount("٥٠٬٠٠٠"), 50000);
  assert.equal(parseAmount("50,000,000"), 50000000);
  assert.equal(parseAmount("12٫5"), 12.5);
  assert.equal(parseAmount("1 000.25"), 1000.25);
  assert.equal(parseAmount("1500,50"), 1500.5);
  assert.equal(parseAmount("1 500,5"), 1500.5);
  assert.equal(parseAmount("1,500"), 1500);
  for (const text of ["0", "-5", "1.234", "ten", "", "1e5"]) assert.equal(parseAmount(text), null, text);
});
