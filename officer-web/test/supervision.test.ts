// What the supervision screens decide themselves: which cases come first, how an investigator
// stands against a victim's same-gender request, the statistics' default range, its months and the
// checks of a chosen one, the bars' widths, and the CSV (quoting, formulas, Arabic, the byte-order mark).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  barWidth, byGenderFit, csvField, csvOf, everyMonth, genderFit, largestFirst, lastDayOf, lastTwelveMonths, monthsOf, parseDay,
  rangeProblems, statisticsRows, unassignedFirst,
} from "../src/app/areas/supervision/rules";

test("cases without a lead come first, the API's order kept within each group", () => {
  const cases = [{ id: "a", leadInvestigator: "x" }, { id: "b", leadInvestigator: null }, { id: "c", leadInvestigator: "y" },
    { id: "d", leadInvestigator: null }];
  assert.deepEqual(unassignedFirst(cases).map((c) => c.id), ["b", "d", "a", "c"]);
});

test("an investigator meets, differs from or is unknown to a request; without a request there is nothing to meet", () => {
  assert.equal(genderFit(null, "MALE"), "none");
  assert.equal(genderFit("FEMALE", "FEMALE"), "meets");
  assert.equal(genderFit("FEMALE", "MALE"), "differs");
  assert.equal(genderFit("FEMALE", null), "unknown");
  assert.equal(genderFit("FEMALE", "UNDISCLOSED"), "unknown");
});

test("those who meet the request are listed first, then the unknown, then the others, by name within each", () => {
  const officers = [
    { displayName: "Zaid", gender: "MALE" }, { displayName: "Huda", gender: "FEMALE" },
    { displayName: "Amal", gender: null }, { displayName: "Basma", gender: "FEMALE" }, { displayName: "Ali", gender: "MALE" },
  ];
  assert.deepEqual(byGenderFit(officers, "FEMALE").map((o) => o.displayName), ["Basma", "Huda", "Amal", "Ali", "Zaid"]);
  assert.deepEqual(byGenderFit(officers, null).map((o) => o.displayName), ["Ali", "Amal", "Basma", "Huda", "Zaid"]);
});

test("the default range is the twelve months up to today: from the first of the month eleven months back, to tomorrow", () => {
  assert.deepEqual(lastTwelveMonths(new Date("2026-12-07T10:00:00Z")), { from: "2026-01-01", to: "2026-12-08" });
  assert.deepEqual(lastTwelveMonths(new Date("2026-03-31T23:30:00Z")), { from: "2025-04-01", to: "2026-04-01" });
  assert.equal(monthsOf("2026-01-01", "2026-12-08").length, 12);
});

test("a range's months run from the first day's month to the last counted day's, across years", () => {
  assert.deepEqual(monthsOf("2025-11-15", "2026-02-01"), ["2025-11", "2025-12", "2026-01"]);
  assert.deepEqual(monthsOf("2026-03-01", "2026-03-02"), ["2026-03"]);
  assert.deepEqual(monthsOf("2026-03-02", "2026-03-01"), []);
});

test("the last day a range counts is the day before its end, across a month and a year", () => {
  assert.equal(lastDayOf("2026-12-08"), "2026-12-07");
  assert.equal(lastDayOf("2026-03-01"), "2026-02-28");
  assert.equal(lastDayOf("2027-01-01"), "2026-12-31");
});

test("a month without complaints is shown at zero, in the range's order", () => {
  assert.deepEqual(everyMonth([{ key: "2026-02", count: 4 }], "2026-01-01", "2026-04-01"),
    [{ key: "2026-01", count: 0 }, { key: "2026-02", count: 4 }, { key: "2026-03", count: 0 }]);
});

test("a chosen range needs two real days, the second after the first", () => {
  assert.deepEqual(rangeProblems("2026-01-01", "2026-02-01"), {});
  assert.deepEqual(rangeProblems("", "2026-02-01"), { from: "missing" });
  assert.deepEqual(rangeProblems("2026-02-30", "2026-03-01"), { from: "invalid" });
  assert.deepEqual(rangeProblems("2026-02-01", "2026-02-01"), { to: "notAfter" });
  assert.deepEqual(rangeProblems("2026-02-01", "soon"), { to: "invalid" });
  assert.equal(parseDay("2026-13-01"), null);
});

test("bars are whole percents of the longest: nothing is 0, something at least 1, the longest 100", () => {
  assert.equal(barWidth(0, 10), 0);
  assert.equal(barWidth(10, 10), 100);
  assert.equal(barWidth(5, 10), 50);
  assert.equal(barWidth(1, 1000), 1, "a bar that is there must show");
  assert.equal(barWidth(2, 3), 67);
  assert.equal(barWidth(3, 0), 0);
});

test("the largest count comes first, ties by key", () => {
  assert.deepEqual(largestFirst([{ key: "b", count: 1 }, { key: "c", count: 5 }, { key: "a", count: 1 }]).map((c) => c.key),
    ["c", "a", "b"]);
});

test("a CSV field is quoted when it must be, its quotes doubled, and a formula defused", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField(12), "12");
  assert.equal(csvField("a, b"), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(csvField("-1+2"), "'-1+2");
  assert.equal(csvField("فيسبوك، انستغرام"), "فيسبوك، انستغرام", "the Arabic comma is no separator");
});

test("the statistics' CSV: a byte-order mark, the header, one CRLF line per count, Arabic labels as they are", () => {
  const rows = statisticsRows(["القسم", "الرمز", "الاسم", "العدد"], [
    { name: "total", counts: [{ key: "total", count: 7 }], label: () => "مجموع الشكاوى" },
    { name: "platform", counts: [{ key: "FACEBOOK", count: 5 }, { key: "OTHER", count: 2 }],
      label: (key) => (key === "FACEBOOK" ? "فيسبوك" : "أخرى, غير ذلك") },
    { name: "cases", counts: [{ key: "medianDaysToFirstArrest", count: null }], label: () => "الوسيط" },
  ]);
  const csv = csvOf(rows);
  assert.ok(csv.startsWith("\uFEFF"), "Excel reads the Arabic as UTF-8 only after a byte-order mark");
  assert.equal(csv.slice(1), "القسم,الرمز,الاسم,العدد\r\ntotal,total,مجموع الشكاوى,7\r\nplatform,FACEBOOK,فيسبوك,5\r\n"
    + 'platform,OTHER,"أخرى, غير ذلك",2\r\ncases,medianDaysToFirstArrest,الوسيط,\r\n');
  assert.deepEqual(rows.slice(1).map((r) => r[3]), [7, 5, 2, ""], "a figure the API could not give is an empty cell");
});
