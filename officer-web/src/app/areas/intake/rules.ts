// The intake rules the console shows before the API is asked: which triage outcomes a complaint's
// status allows (complaints-service's ComplaintStatus.canMoveTo, which decides), what each outcome
// must say, what makes a complaint urgent at a glance, the time left to a triage deadline (the API
// sets it and escalates a missed one), which risk alerts are new to the officer, and the count of
// what waits in the tab's title.
import type { ComplaintStatus, ComplaintSummary, TriageOutcome } from "@sanad/client/complaints";
import { durationText } from "../../duration";
import type { Translate } from "../../i18n";

const NEXT: Partial<Record<ComplaintStatus, readonly TriageOutcome[]>> = {
  SUBMITTED: ["UNDER_REVIEW", "DUPLICATE", "REJECTED"],
  UNDER_REVIEW: ["NEEDS_INFORMATION", "ACCEPTED", "DUPLICATE", "REJECTED"],
  NEEDS_INFORMATION: ["UNDER_REVIEW", "DUPLICATE", "REJECTED"],
};

/** The outcomes an officer may choose for a complaint in this status (none once it is decided). */
export function outcomesFrom(status: ComplaintStatus): readonly TriageOutcome[] {
  return NEXT[status] ?? [];
}

/** The field an outcome cannot go without (the API refuses it otherwise). */
export function requiredFor(outcome: TriageOutcome): "question" | "duplicateOf" | "reason" | null {
  switch (outcome) {
    case "NEEDS_INFORMATION": return "question";
    case "DUPLICATE": return "duplicateOf";
    case "REJECTED": return "reason";
    default: return null;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The extortionist's deadline falls within the next 24 hours (or has just passed). */
export function deadlineImminent(deadline: Date | null, now: Date): boolean {
  if (!deadline) return false;
  const left = deadline.getTime() - now.getTime();
  return left <= DAY_MS && left > -DAY_MS;
}

/** What makes a complaint urgent at a glance: self-harm risk, a minor victim, an imminent deadline. */
export function urgent(item: Pick<ComplaintSummary, "selfHarmRisk" | "victim" | "deadline">, now: Date): boolean {
  return item.selfHarmRisk || item.victim.minor || deadlineImminent(item.deadline, now);
}

const MINUTE_MS = 60 * 1000;

/**
 * How long until a triage deadline, or how long past it, in whole minutes (rounded down: a deadline
 * 59 seconds away has under a minute left; one a second past is overdue).
 */
export function timeLeft(due: Date, now: Date): { overdue: boolean; minutes: number } {
  const difference = due.getTime() - now.getTime();
  return { overdue: difference < 0, minutes: Math.floor(Math.abs(difference) / MINUTE_MS) };
}

/** A triage deadline in the officer's words: "2 hours, 20 minutes left", "Overdue by 3 days" (`locale` writes the span). */
export function dueWords(due: Date, now: Date, t: Translate, locale: string): { overdue: boolean; text: string } {
  const { overdue, minutes } = timeLeft(due, now);
  const time = minutes < 1 ? t("intake.due.underAMinute") : durationText(minutes, locale);
  return { overdue, text: overdue ? t("intake.due.overdue", { time }) : t("intake.due.left", { time }) };
}

/** The roles complaints-service lets read the risk alerts (GET /alerts): the console asks for nobody else. */
export function readsAlerts(roles: readonly string[]): boolean {
  return roles.includes("intake-officer") || roles.includes("supervisor");
}

/**
 * The alerts of this read that were not announced before, in the API's order (newest first): each
 * alert is said once, however many reads show it again; `announced` keeps the ids said so far.
 */
export function unannounced<A extends { id: string }>(alerts: readonly A[], announced: Set<string>): A[] {
  const fresh = alerts.filter((alert) => !announced.has(alert.id));
  for (const alert of fresh) announced.add(alert.id);
  return fresh;
}

/**
 * The number in the tab's title: the complaints that need the officer now, each once, whether an
 * unacknowledged alert names it or the screen counts it urgent (the queue's urgent lines). A bare
 * number: the title shows on the taskbar and a shared screen, so it says nothing of what they are.
 */
export function waitingCount(alerted: readonly { complaintId: string }[], urgentOnScreen: readonly string[]): number {
  return new Set([...alerted.map((alert) => alert.complaintId), ...urgentOnScreen]).size;
}
