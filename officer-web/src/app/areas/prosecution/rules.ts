// The prosecution rules the console shows before the API is asked: what a referral's form must hold
// (referrals-service's ReferralInput constraints, which decide), which courts take the case's
// governorate, what a referral's status lets the prosecutor do (ReferralStatus.isAmendable and the
// service's submit/close checks), which version holds the court's replies, and where each of the
// court's reasons belongs in the form.
import type { Court, Referral, ReferralInput, ReferralStatus, ReviewReason } from "@sanad/client/referrals";

export const SUMMARY_MAX = 20_000;
export const DEFENDANTS_MAX = 50;
export const CHARGES_MAX = 20;
export const EVIDENCE_MAX = 500;

/** A defendant being chosen: the case's suspect and the statutes charged. */
export interface DefendantDraft {
  suspectId: string;
  charges: string[];
}

/** The referral's form as the prosecutor fills it. */
export interface ReferralForm {
  courtCode: string;
  summary: string;
  defendants: DefendantDraft[];
  evidenceItemIds: string[];
}

/** What is missing or too long, by the form's field: "courtCode", "summary", "defendants", "defendants[i].charges", "evidenceItemIds". */
export type FormErrors = Record<string, "required" | "tooLong" | "tooMany" | "noCharge">;

/** The form's gaps, checked before sending (the API checks again and names the fields it refuses). */
export function checkReferral(form: ReferralForm): FormErrors {
  const errors: FormErrors = {};
  if (!form.courtCode) errors["courtCode"] = "required";
  if (!form.summary.trim()) errors["summary"] = "required";
  else if (form.summary.length > SUMMARY_MAX) errors["summary"] = "tooLong";
  if (form.defendants.length === 0) errors["defendants"] = "required";
  else if (form.defendants.length > DEFENDANTS_MAX) errors["defendants"] = "tooMany";
  form.defendants.forEach((defendant, index) => {
    if (defendant.charges.length === 0) errors[`defendants[${index}].charges`] = "noCharge";
    else if (defendant.charges.length > CHARGES_MAX) errors[`defendants[${index}].charges`] = "tooMany";
  });
  if (form.evidenceItemIds.length > EVIDENCE_MAX) errors["evidenceItemIds"] = "tooMany";
  return errors;
}

/** The body the API takes: the summary trimmed, the prosecutor's choice of evidence sent as chosen. */
export function inputOf(form: ReferralForm, caseId?: string): ReferralInput {
  return {
    ...(caseId ? { caseId } : {}),
    courtCode: form.courtCode,
    summary: form.summary.trim(),
    defendants: form.defendants.map((d) => ({ suspectId: d.suspectId, charges: [...d.charges] })),
    evidenceItemIds: [...form.evidenceItemIds],
  };
}

/** Brings a suspect as a defendant, or drops them; the defendants keep the order of the suspects' list. */
export function toggleDefendant(form: ReferralForm, suspectId: string, order: readonly string[]): ReferralForm {
  const present = form.defendants.some((d) => d.suspectId === suspectId);
  const defendants = present
    ? form.defendants.filter((d) => d.suspectId !== suspectId)
    : [...form.defendants, { suspectId, charges: [] }];
  defendants.sort((a, b) => order.indexOf(a.suspectId) - order.indexOf(b.suspectId));
  return { ...form, defendants };
}

/** Charges a defendant with a statute, or withdraws it; the charges keep the catalogue's order. */
export function toggleCharge(form: ReferralForm, suspectId: string, statute: string, order: readonly string[]): ReferralForm {
  return {
    ...form,
    defendants: form.defendants.map((d) => {
      if (d.suspectId !== suspectId) return d;
      const charges = d.charges.includes(statute) ? d.charges.filter((c) => c !== statute) : [...d.charges, statute];
      charges.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { ...d, charges };
    }),
  };
}

/** The courts that take a case of the governorate (a court of every governorate names `*`). */
export function courtsFor(courts: readonly Court[], governorate: string): Court[] {
  return courts.filter((court) => court.governorates.includes("*") || court.governorates.includes(governorate));
}

/** The prosecutor may change the content: a first draft, or a returned referral (into its next version). */
export function canAmend(status: ReferralStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** Amending this referral drafts a new version (the returned one stays as the court saw it). */
export function amendDraftsNextVersion(referral: Pick<Referral, "status" | "draft">): boolean {
  return referral.status === "RETURNED" && !referral.draft;
}

/** There is a draft version to submit to the court. */
export function canSubmit(referral: Pick<Referral, "status" | "draft">): boolean {
  return canAmend(referral.status) && referral.draft;
}

/** Only a decided referral is closed. */
export function canClose(status: ReferralStatus): boolean {
  return status === "DECIDED";
}

/**
 * The version holding the court's replies to show beside this one: itself once submitted; the
 * version before a returned referral's new draft (the one the court returned); none for a first draft.
 */
export function repliedVersion(referral: Pick<Referral, "draft" | "versionNumber">): number | null {
  if (!referral.draft) return referral.versionNumber;
  return referral.versionNumber > 1 ? referral.versionNumber - 1 : null;
}

/** The form filled with a version's content, to draft the next version from it. */
export function formOf(referral: Pick<Referral, "court" | "summary" | "defendants" | "evidence">): ReferralForm {
  return {
    courtCode: referral.court.code,
    summary: referral.summary,
    defendants: referral.defendants.map((d) => ({ suspectId: d.suspectId, charges: d.charges.map((c) => c.statuteCode) })),
    evidenceItemIds: referral.evidence.map((item) => item.itemId),
  };
}

/** The court's reasons, sorted by what they are about (`summary`, `defendant:<id>`, `charge:<code>`, `evidence:<id>`). */
export interface ReasonsByItem {
  summary: string[];
  defendant: Record<string, string[]>;
  charge: Record<string, string[]>;
  evidence: Record<string, string[]>;
  /** Reasons about the referral as a whole, or about an item the console does not know. */
  general: string[];
}

export function reasonsByItem(reasons: readonly ReviewReason[] | undefined): ReasonsByItem {
  const sorted: ReasonsByItem = { summary: [], defendant: {}, charge: {}, evidence: {}, general: [] };
  for (const { item, reason } of reasons ?? []) {
    const [kind, ...rest] = (item ?? "").split(":");
    const key = rest.join(":").trim();
    if (kind === "summary" && !key) sorted.summary.push(reason);
    else if ((kind === "defendant" || kind === "charge" || kind === "evidence") && key) (sorted[kind][key] ??= []).push(reason);
    else sorted.general.push(reason);
  }
  return sorted;
}

/** The If-Match of a version read from an ETag (`"7"`, or a weak `W/"7"`): the strong tag the API takes. */
export function ifMatchOf(etag: string | null): string {
  const bare = (etag ?? "").trim().replace(/^W\//, "").replace(/"/g, "");
  if (!/^\d+$/.test(bare)) throw new Error(`not a version tag: ${etag}`);
  return `"${bare}"`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The case the prosecutor names: its id as typed, or the id of the listed case with that number
 * (a number is only known from the cases the console has listed); null when neither.
 */
export function caseIdFrom(text: string, listed: readonly { id: string; caseNumber: string }[]): string | null {
  const typed = text.trim();
  if (UUID.test(typed)) return typed.toLowerCase();
  const number = typed.toUpperCase();
  return listed.find((c) => c.caseNumber.toUpperCase() === number)?.id ?? null;
}

/**
 * What a next version may choose from, when the console knows the referral and not its case: the
 * defendants and evidence of the versions read (the newest first), each once. A suspect or an item
 * the case gained since is not among them (the referral does not name its case's id).
 */
export function choicesOf(versions: readonly Pick<Referral, "defendants" | "evidence">[]): Pick<Referral, "defendants" | "evidence"> {
  const defendants = new Map<string, Referral["defendants"][number]>();
  const evidence = new Map<string, Referral["evidence"][number]>();
  for (const version of versions) {
    for (const d of version.defendants) if (!defendants.has(d.suspectId)) defendants.set(d.suspectId, d);
    for (const e of version.evidence) if (!evidence.has(e.itemId)) evidence.set(e.itemId, e);
  }
  return { defendants: [...defendants.values()], evidence: [...evidence.values()] };
}
