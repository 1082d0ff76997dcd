// The supervision rules the console applies before the API is asked or after it answers: which
// cases need a lead first, what a victim's same-gender request means for the choice of an
// investigator (cases-service decides nothing from it: it records whether the lead meets it), the
// statistics' date range and months, the bars' widths and the CSV of the counts.
import type { CaseSummary } from "@sanad/client/cases";

/** The cases without a lead investigator first, the API's order (priority, then newest) kept otherwise. */
export function unassignedFirst<T extends Pick<CaseSummary, "leadInvestigator">>(cases: readonly T[]): T[] {
  return [...cases.filter((c) => !c.leadInvestigator), ...cases.filter((c) => c.leadInvestigator)];
}

/**
 * How an investigator stands against a victim's request for an officer of their own gender (the
 * case's requestedOfficerGender, which complaints-service sets only when the victim asked and gave
 * their gender): none (no request), meets, differs, or unknown (the directory has no gender for them).
 * cases-service accepts any investigator of the governorate; it only records whether the request is met.
 */
export type GenderFit = "none" | "meets" | "differs" | "unknown";

export function genderFit(requested: string | null | undefined, officerGender: string | null | undefined): GenderFit {
  if (!requested) return "none";
  if (!officerGender || officerGender === "UNDISCLOSED") return "unknown";
  return officerGender === requested ? "meets" : "differs";
}

/** The investigators who meet the request first, then those the directory knows nothing of, then the others; by name within each. */
export function byGenderFit<T extends { gender: string | null; displayName: string }>(officers: readonly T[],
    requested: string | null | undefined): T[] {
  const rank: Record<GenderFit, number> = { meets: 0, none: 0, unknown: 1, differs: 2 };
  return [...officers].sort((a, b) => rank[genderFit(requested, a.gender)] - rank[genderFit(requested, b.gender)]
    || a.displayName.localeCompare(b.displayName));
}

// ---------------------------------------------------------------- the statistics' range

/** A day as the API reads it: YYYY-MM-DD (UTC). */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD that names a real day, or null. */
export function parseDay(text: string): Date | null {
  const match = DAY.exec(text.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day(date) === text.trim() ? date : null;
}

/**
 * The last twelve months as [from, to): from the first day of the month eleven months before this
 * one, to tomorrow (today counts), so the months chart shows twelve months, this one so far.
 */
export function lastTwelveMonths(now: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return { from: day(from), to: day(to) };
}

/** The last day a [from, to) range counts: the day before `to`. */
export function lastDayOf(to: string): string {
  const end = parseDay(to);
  return end ? day(new Date(end.getTime() - 24 * 60 * 60 * 1000)) : to;
}

/** What is wrong with a range, field by field: a day each, and the first before the second. */
export function rangeProblems(from: string, to: string): { from?: "missing" | "invalid"; to?: "missing" | "invalid" | "notAfter" } {
  const problems: { from?: "missing" | "invalid"; to?: "missing" | "invalid" | "notAfter" } = {};
  const start = parseDay(from);
  const end = parseDay(to);
  if (!from.trim()) problems.from = "missing";
  else if (!start) problems.from = "invalid";
  if (!to.trim()) problems.to = "missing";
  else if (!end) problems.to = "invalid";
  else if (start && end.getTime() <= start.getTime()) problems.to = "notAfter";
  return problems;
}

/** The months (YYYY-MM) a [from, to) range of days touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end || end.getTime() <= start.getTime()) return [];
  const last = parseDay(lastDayOf(to)) ?? end;
  const months: string[] = [];
  // months counted from year 0, so a range across years is one loop
  for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); m <= last.getUTCFullYear() * 12 + last.getUTCMonth(); m++) {
    months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

export interface Count {
  key: string;
  count: number;
}

/** Every month of the range with its count, a month without complaints at 0 (the API leaves it out). */
export function everyMonth(counts: readonly Count[], from: string, to: string): Count[] {
  const known = new Map(counts.map((c) => [c.key, c.count]));
  const months = monthsOf(from, to);
  const extra = counts.filter((c) => !months.includes(c.key));
  return [...months.map((key) => ({ key, count: known.get(key) ?? 0 })), ...extra];
}

/** The largest first (ties by key), for the charts of governorates, platforms and threats. */
export function largestFirst(counts: readonly Count[]): Count[] {
  return [...counts].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * A bar's length in whole percent of the longest: 0 for nothing, at least 1 for something (a bar
 * that is there must show), 100 for the longest.
 */
export function barWidth(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(100, Math.max(1, Math.round((count * 100) / max)));
}

// ---------------------------------------------------------------- CSV

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled; a
 * text a spreadsheet would take for a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV of rows, the first being the header: CRLF line ends, and a byte-order mark first so a
 * spreadsheet reads the Arabic as UTF-8.
 */
export function csvOf(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A section of the statistics: its name in the CSV, its counts (a figure the API could not give is null) and how its keys read. */
export interface CountSection {
  name: string;
  counts: readonly { key: string; count: number | null }[];
  label: (key: string) => string;
}

/** The rows of the statistics' CSV: section, key, label, count, one row per count (only counts, nothing of a person; an empty cell for no figure). */
export function statisticsRows(header: readonly string[], sections: readonly CountSection[]): (string | number)[][] {
  return [[...header], ...sections.flatMap((s) => s.counts.map((c) => [s.name, c.key, s.label(c.key), c.count ?? ""]))];
}
