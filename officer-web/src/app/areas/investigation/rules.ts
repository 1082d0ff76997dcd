// What the investigation screens decide before the API is asked: the status moves an officer may
// offer (cases-service's CaseStatus.canMoveTo, which decides), the actions an officer records (the
// court's come from referrals-service) and the fields each one shows and cannot go without
// (ActionService.check: an arrest needs its place, unit and suspect; a note its text), which flags
// this case decides, and what the "go to a case" field was given.
import type { ActionType, CaseStatus, CorrelationFlag, EvidenceItem } from "@sanad/client/cases";

export const CASE_STATUSES: readonly CaseStatus[] = [
  "OPEN", "INVESTIGATING", "SUSPECT_IDENTIFIED", "ARREST_MADE", "REFERRED", "HEARING_SCHEDULED", "DECIDED", "CLOSED",
];
const COURT_STAGES: readonly CaseStatus[] = ["REFERRED", "HEARING_SCHEDULED", "DECIDED"];

/** The statuses an officer may move a case to: the next investigation step, or closing; nothing once closed. */
export function movesFrom(status: CaseStatus): CaseStatus[] {
  if (status === "CLOSED") return [];
  const next = CASE_STATUSES[CASE_STATUSES.indexOf(status) + 1];
  return next && next !== "CLOSED" && !COURT_STAGES.includes(next) ? [next, "CLOSED"] : ["CLOSED"];
}

/** The actions an officer records on a timeline (COURT_* entries are the court's, through referrals-service). */
export const OFFICER_ACTIONS: readonly ActionType[] = [
  "NOTE", "PLATFORM_DATA_REQUEST", "TAKEDOWN_REQUEST", "PLATFORM_ANSWER", "CONTENT_REMOVED", "ACCOUNT_RECOVERED",
  "VICTIM_SUPPORT_REFERRAL", "STING_OPERATION", "ARREST", "INTERVIEW", "STATEMENT_RECORDED", "DEVICE_SEIZURE", "WARRANT",
];

export type ActionField = "details" | "place" | "unit" | "suspectId" | "answersActionId";

/** The fields an action's form shows, in order, and those it cannot go without. */
export function actionFields(type: ActionType): { shown: readonly ActionField[]; required: readonly ActionField[] } {
  switch (type) {
    case "ARREST": return { shown: ["suspectId", "place", "unit", "details"], required: ["suspectId", "place", "unit"] };
    case "NOTE": return { shown: ["details"], required: ["details"] };
    case "PLATFORM_ANSWER": return { shown: ["answersActionId", "details"], required: [] };
    case "STING_OPERATION":
    case "DEVICE_SEIZURE": return { shown: ["suspectId", "place", "unit", "details"], required: [] };
    case "INTERVIEW":
    case "STATEMENT_RECORDED":
    case "WARRANT": return { shown: ["suspectId", "place", "details"], required: [] };
    default: return { shown: ["details"], required: [] };
  }
}

/** The requests a platform's answer can answer. */
export const ANSWERABLE: readonly ActionType[] = ["PLATFORM_DATA_REQUEST", "TAKEDOWN_REQUEST"];

export interface ActionDraft {
  type: ActionType | "";
  occurredAt: string;
  details: string;
  place: string;
  unit: string;
  suspectId: string;
  answersActionId: string;
}

export type ActionProblem = "required" | "future" | "tooOld" | "unreadable";

const TEN_YEARS_MS = 3653 * 24 * 60 * 60 * 1000;

/** What keeps a drafted action from being sent, by field (empty when it can go). */
export function actionProblems(draft: ActionDraft, now: Date): Partial<Record<keyof ActionDraft, ActionProblem>> {
  const problems: Partial<Record<keyof ActionDraft, ActionProblem>> = {};
  if (!draft.type) {
    problems.type = "required";
    return problems;
  }
  if (!draft.occurredAt.trim()) {
    problems.occurredAt = "required";
  } else {
    const at = new Date(draft.occurredAt);
    if (Number.isNaN(at.getTime())) problems.occurredAt = "unreadable";
    else if (at.getTime() > now.getTime() + 60_000) problems.occurredAt = "future";
    else if (now.getTime() - at.getTime() > TEN_YEARS_MS) problems.occurredAt = "tooOld";
  }
  for (const field of actionFields(draft.type).required) {
    if (!draft[field].trim()) problems[field] = "required";
  }
  return problems;
}

/** A flag this case decides (link or dismiss): an open one raised on it; one raised on another case is decided there. */
export function decidableHere(flag: Pick<CorrelationFlag, "caseId" | "status">, caseId: string): boolean {
  return flag.status === "OPEN" && flag.caseId === caseId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CASE_NUMBER = /^[A-Z]{1,3}-\d{4}-\d{5,}$/;

/** What the "go to a case" field was given: a case's id, a case's number (such as BG-2026-00042), or neither. */
export function caseReference(text: string): { id: string } | { number: string } | null {
  const trimmed = text.trim();
  if (UUID.test(trimmed)) return { id: trimmed.toLowerCase() };
  const upper = trimmed.toUpperCase();
  return CASE_NUMBER.test(upper) ? { number: upper } : null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** A SHA-256 as the API takes it: 64 lower-case hex digits (spaces dropped, capitals lowered). */
export function sha256Of(text: string): string | null {
  const hash = text.replace(/\s+/g, "").toLowerCase();
  return SHA256.test(hash) ? hash : null;
}

/** An item whose bytes the suite does not hold (a seized device): verifying it needs the hash just taken. */
export function needsObservedHash(item: Pick<EvidenceItem, "source" | "fileName">): boolean {
  return item.source === "REGISTERED" && !item.fileName;
}

/** The custody steps an officer records by hand (RECEIVED, VERIFIED and PURGED are the service's own). */
export const CUSTODY_STEPS = ["TRANSFERRED", "EXAMINED", "SEALED", "RELEASED"] as const;

/** A date-time input's value (local time, to the minute) for a moment. */
export function localInputValue(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
