// The intake rules the console shows before the API is asked: which triage outcomes a complaint's
// status allows (complaints-service's ComplaintStatus.canMoveTo, which decides), what each outcome
// must say, and what makes a complaint urgent at a glance.
import type { ComplaintStatus, ComplaintSummary, TriageOutcome } from "@sanad/client/complaints";

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
