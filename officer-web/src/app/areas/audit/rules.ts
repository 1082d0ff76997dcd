// What the auditor's screens work out before showing: the search's time range (the officer types
// local times, the API takes instants, [from, to)), and the chain verification said in plain words:
// which sentences describe this walk's result, in the order an auditor reads them.

/** The services whose log the console reads, each with its own log and chain. */
export { SERVICES, type Service } from "../../services";

export interface Search {
  actor: string;
  recordId: string;
  action: string;
  /** `datetime-local` values (the device's zone), or empty. */
  from: string;
  to: string;
}

/**
 * The API's filters from the form: blanks left out, local times as UTC instants; a time that is no
 * time is refused at its field, "to" before "from" at "to".
 */
export function filtersOf(search: Search): { filters: Record<string, string>; error: { field: "from" | "to"; why: "toBeforeFrom" | "badTime" } | null } {
  const filters: Record<string, string> = {};
  for (const key of ["actor", "recordId", "action"] as const) {
    const value = search[key].trim();
    if (value) filters[key] = value;
  }
  const instant = (local: string) => {
    if (!local) return null;
    const at = new Date(local);
    return Number.isNaN(at.getTime()) ? undefined : at;
  };
  const from = instant(search.from);
  const to = instant(search.to);
  if (from === undefined) return { filters, error: { field: "from", why: "badTime" } };
  if (to === undefined) return { filters, error: { field: "to", why: "badTime" } };
  if (from && to && to.getTime() < from.getTime()) return { filters, error: { field: "to", why: "toBeforeFrom" } };
  if (from) filters["from"] = from.toISOString();
  if (to) filters["to"] = to.toISOString();
  return { filters, error: null };
}

/** The verification's result as the API answers it (the three services answer the same shape). */
export interface Verification {
  intact: boolean;
  fromSequence: number;
  checkedEntries: number;
  headSequence: number | null;
  unsealedEntries: number;
  breaks: readonly { sequence: number; entryId: number | null; problem: string }[];
  breakCount: number;
  anchor: { state: string; sequence: number | null; anchoredAt: Date | null } | null;
  lastFullWalk: { walkedAt: Date; checkedEntries: number; headSequence: number | null; breakCount: number } | null;
}

/** One sentence of the explanation: its message (under audit.verify.) and its values. */
export interface Sentence {
  key: string;
  values: Record<string, string | number>;
}

const PROBLEMS = ["CHANGED", "MISSING_BEFORE", "LINK_BROKEN", "ANCHOR_MISMATCH", "ANCHOR_FORGED"];

/** The message explaining a break's problem (an unknown problem is said as such, with its code). */
export function problemKey(problem: string, entryId: number | null): string {
  if (problem === "MISSING_BEFORE" && entryId === null) return "problem.REMOVED_TO_END";
  return PROBLEMS.includes(problem) ? `problem.${problem}` : "problem.OTHER";
}

/** The walk's result in plain words: the verdict, what was walked, the anchor, what is not sealed yet, the last full walk. */
export function explain(v: Verification, full: boolean): Sentence[] {
  const said: Sentence[] = [];
  if (v.headSequence === null) {
    said.push({ key: "empty", values: {} });
  } else if (v.intact) {
    said.push({ key: "intact", values: { checked: v.checkedEntries, from: v.fromSequence, head: v.headSequence } });
  } else {
    const first = v.breaks[0];
    said.push({ key: "broken", values: { count: v.breakCount } });
    if (first) said.push({ key: "firstBreak", values: { sequence: first.sequence, entry: first.entryId ?? "—" } });
    said.push({ key: "brokenMeaning", values: {} });
  }
  if (v.headSequence !== null && v.fromSequence > 1) said.push({ key: full ? "fromCheckpointFull" : "fromCheckpoint", values: { from: v.fromSequence } });
  if (v.headSequence !== null && v.fromSequence <= 1) said.push({ key: "fromFirst", values: {} });
  if (v.anchor === null) said.push({ key: "anchor.NOT_ANCHORED", values: {} });
  else {
    const state = ["HOLDS", "MISMATCH", "NONE", "UNAVAILABLE"].includes(v.anchor.state) ? v.anchor.state : "OTHER";
    said.push({ key: `anchor.${state}`, values: { sequence: v.anchor.sequence ?? "—", state: v.anchor.state } });
  }
  if (v.unsealedEntries > 0) said.push({ key: "unsealed", values: { count: v.unsealedEntries } });
  if (v.lastFullWalk === null) said.push({ key: "noFullWalk", values: {} });
  else if (v.lastFullWalk.breakCount === 0) said.push({ key: "lastFullWalkIntact", values: { checked: v.lastFullWalk.checkedEntries } });
  else said.push({ key: "lastFullWalkBroken", values: { checked: v.lastFullWalk.checkedEntries, count: v.lastFullWalk.breakCount } });
  return said;
}
