// A complaint as the person is writing it (what they typed, as they typed it), the request the API
// reads made from it, and the portal's own checks of it, keyed by the API's field paths so they
// show at the same fields as the API's own refusals. Kept in memory only.
import type { AgeBand, DemandType, Gender, IdentifierType, NewComplaint, Platform, ReporterRelation, ThreatType } from "@sanad/client/complaints";
import { looksLikePhone, parseAmount } from "./digits";
import type { MessageKey } from "./i18n";
import { checkNotify, emptyNotify, NOTIFY_STEP, notificationChoice, type NotifyDraft } from "./notify";

export interface IdentifierDraft {
  type: string;
  value: string;
}

export interface Draft {
  relation: string;
  name: string;
  phone: string;
  ageBand: string;
  /** Asked only when the age band does not say it: "yes", "no" or unanswered. */
  minor: string;
  gender: string;
  sameGender: boolean;
  governorate: string;
  selfHarm: string;
  deadline: string;
  platforms: string[];
  threats: string[];
  identifiers: IdentifierDraft[];
  demandTypes: string[];
  amount: string;
  demandDetails: string;
  paid: string;
  narrative: string;
  /** How the person wants to be told of the report's news. */
  notify: NotifyDraft;
}

/** A blank report; the messages about it would be in `language`, the page's. */
export function emptyDraft(language = "ar"): Draft {
  return {
    relation: "", name: "", phone: "", ageBand: "", minor: "", gender: "", sameGender: false, governorate: "",
    selfHarm: "", deadline: "", platforms: [], threats: [], identifiers: [{ type: "PHONE", value: "" }],
    demandTypes: [], amount: "", demandDetails: "", paid: "", narrative: "", notify: emptyNotify(language),
  };
}

const MINOR_BANDS = ["UNDER_15", "FROM_15_TO_17"];

/** Whether the victim is a minor, from the age band where it says, else from the answer. */
export function isMinor(draft: Draft): boolean | null {
  if (MINOR_BANDS.includes(draft.ageBand)) return true;
  if (draft.ageBand && draft.ageBand !== "UNKNOWN") return false;
  return draft.minor === "yes" ? true : draft.minor === "no" ? false : null;
}

/** The request, from what was typed (blank optional fields left out). */
export function request(draft: Draft, currency: string): NewComplaint {
  const amount = parseAmount(draft.amount);
  const paid = parseAmount(draft.paid);
  const notifications = notificationChoice(draft.notify, draft.phone);
  const identifiers = draft.identifiers.filter((identifier) => identifier.value.trim() !== "")
    .map((identifier) => ({ type: identifier.type as IdentifierType, value: identifier.value.trim() }));
  return {
    reporterRelation: draft.relation as ReporterRelation,
    victim: {
      ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      ...(draft.phone.trim() ? { contactPhone: draft.phone.trim() } : {}),
      ageBand: draft.ageBand as AgeBand,
      minor: isMinor(draft) ?? false,
      gender: draft.gender as Gender,
      prefersSameGenderOfficer: draft.sameGender,
    },
    governorate: draft.governorate,
    platforms: draft.platforms as Platform[],
    ...(identifiers.length ? { identifiers } : {}),
    threatTypes: draft.threats as ThreatType[],
    ...(draft.demandTypes.length ? {
      demand: {
        types: draft.demandTypes as DemandType[],
        ...(draft.demandTypes.includes("MONEY") && amount !== null ? { money: { amount, currency } } : {}),
        ...(draft.demandDetails.trim() ? { details: draft.demandDetails.trim() } : {}),
      },
    } : {}),
    ...(draft.deadline ? { deadline: new Date(draft.deadline) } : {}),
    ...(paid !== null ? { amountPaid: { amount: paid, currency } } : {}),
    narrative: draft.narrative.trim(),
    selfHarmRisk: draft.selfHarm === "yes",
    ...(notifications ? { notifications } : {}),
  };
}

/** The portal's own checks: API field path → the message's key. The API checks everything again. */
export function check(draft: Draft): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!draft.relation) errors["reporterRelation"] = "check.choose";
  if (!draft.ageBand) errors["victim.ageBand"] = "check.choose";
  if (draft.ageBand === "UNKNOWN" && !draft.minor) errors["victim.minor"] = "check.choose";
  if (!draft.gender) errors["victim.gender"] = "check.choose";
  if (draft.phone.trim() && !looksLikePhone(draft.phone)) errors["victim.contactPhone"] = "check.phone";
  if (!draft.governorate) errors["governorate"] = "check.choose";
  if (!draft.selfHarm) errors["selfHarmRisk"] = "check.choose";
  if (draft.deadline && Number.isNaN(new Date(draft.deadline).getTime())) errors["deadline"] = "check.date";
  if (!draft.platforms.length) errors["platforms"] = "check.chooseOne";
  if (!draft.threats.length) errors["threatTypes"] = "check.chooseOne";
  draft.identifiers.forEach((identifier, index) => {
    const value = identifier.value.trim();
    if (!value) return;
    const path = `identifiers[${index}].value`;
    if (identifier.type === "PHONE" && !looksLikePhone(value)) errors[path] = "check.phone";
    if (identifier.type === "EMAIL" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors[path] = "check.email";
    if (identifier.type === "PROFILE_URL" && !/^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(value)) errors[path] = "check.url";
  });
  if (draft.demandTypes.includes("MONEY") && parseAmount(draft.amount) === null) errors["demand.money.amount"] = "check.amount";
  if (draft.paid.trim() && parseAmount(draft.paid) === null) errors["amountPaid.amount"] = "check.amount";
  if (draft.narrative.trim().length < 10) errors["narrative"] = "check.narrative";
  return { ...errors, ...checkNotify(draft.notify, draft.phone, "notifications.") };
}

/**
 * The step of the form a field path is on (the steps: who, safety, what, who threatens, the demand,
 * the story, how to be told of news).
 */
export function stepOf(path: string): number {
  if (path.startsWith("notifications")) return NOTIFY_STEP;
  if (path.startsWith("reporterRelation") || path.startsWith("victim") || path.startsWith("governorate")) return 0;
  if (path.startsWith("selfHarmRisk") || path.startsWith("deadline")) return 1;
  if (path.startsWith("platforms") || path.startsWith("threatTypes")) return 2;
  if (path.startsWith("identifiers")) return 3;
  if (path.startsWith("demand") || path.startsWith("amountPaid")) return 4;
  return 5;
}
