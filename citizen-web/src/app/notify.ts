// How a person chooses to be told of their report's news (SMS, notifications in this browser, or
// nothing), as they are choosing it: what the portal offers on this browser, its own checks keyed
// by the API's field paths, the choice the API reads, and the notes the person reads beside it.
// Kept in memory only, like the rest of the draft. The API checks everything again.
import type { NotificationChoice, PushSubscription as PushKeys } from "@sanad/client/complaints";
import { asciiDigits, looksLikePhone, phoneDigits } from "./digits";
import type { MessageKey } from "./i18n";

export type Channel = "SMS" | "WEB_PUSH" | "NONE";
export const CHANNELS: readonly Channel[] = ["SMS", "WEB_PUSH", "NONE"];

/** The languages messages can be written in (the API's templates). */
export const MESSAGE_LANGUAGES = ["ar", "en", "fr", "ckb"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export interface NotifyDraft {
  /** "SMS", "WEB_PUSH", "NONE", or "" while unanswered. */
  channel: string;
  /** For SMS: the number already given in the report ("given"), or another one typed here ("other"). */
  phoneSource: "given" | "other";
  phone: string;
  language: string;
  /** This browser's push subscription, once the person allowed notifications. */
  push: PushKeys | null;
}

/** Nothing chosen yet; SMS would go to the number given in the report, if there is one. */
export function emptyNotify(language: string): NotifyDraft {
  return { channel: "", phoneSource: "given", phone: "", language, push: null };
}

/** What the browser and the service allow for Web Push. */
export interface PushAbility {
  /** The browser has service workers, the Push API and notifications, in a secure context. */
  supported: boolean;
  /** Notification permission as the browser holds it now. */
  permission: "default" | "granted" | "denied";
  /** The service has a key to sign with (GET /notifications/web-push-key answered). */
  serverKey: string | null;
}

/**
 * The channels offered here, in order: SMS and nothing always; this browser's notifications only
 * where the browser can receive them, the service can send them and the person has not refused them.
 */
export function offeredChannels(push: PushAbility): Channel[] {
  const browser = push.supported && push.serverKey !== null && push.permission !== "denied";
  return CHANNELS.filter((channel) => channel !== "WEB_PUSH" || browser);
}

/** The message languages offered: those the jurisdiction speaks, Arabic and English always. */
export function messageLanguages(jurisdictionLanguages: string[]): MessageLanguage[] {
  return MESSAGE_LANGUAGES.filter((code) => code === "ar" || code === "en" || jurisdictionLanguages.includes(code));
}

/** A number's last two digits, all that the pages show of it ("…67" from the API as "67"). */
export function ending(phone: string): string {
  return phoneDigits(phone).replace(/\D/g, "").slice(-2);
}

/** The number that would be texted, as typed: the one given in the report, or the one typed here. */
export function smsNumber(notify: NotifyDraft, givenPhone: string): string {
  return (notify.phoneSource === "given" && givenPhone.trim() ? givenPhone : notify.phone).trim();
}

/**
 * The portal's own checks, path → message key; `prefix` is where the choice sits in the request
 * ("notifications." when filing, "" when changing it later). A citizen may leave the number empty
 * when changing the choice (`phoneOptional`): the API then texts the report's own contact phone.
 */
export function checkNotify(notify: NotifyDraft, givenPhone: string, prefix: string, phoneOptional = false): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!notify.channel) errors[`${prefix}channel`] = "check.choose";
  if (notify.channel === "SMS") {
    const number = smsNumber(notify, givenPhone);
    if (!number && !phoneOptional) errors[`${prefix}phone`] = "check.required";
    else if (number && !looksLikePhone(number)) errors[`${prefix}phone`] = "check.phone";
  }
  if (notify.channel === "WEB_PUSH" && !notify.push) errors[`${prefix}pushSubscription`] = "notify.check.allowFirst";
  if (notify.channel && notify.channel !== "NONE" && !(MESSAGE_LANGUAGES as readonly string[]).includes(notify.language)) {
    errors[`${prefix}language`] = "check.choose";
  }
  return errors;
}

/** The choice the API reads; null for "nothing" (no choice is sent, and none is kept). */
export function notificationChoice(notify: NotifyDraft, givenPhone: string): NotificationChoice | null {
  const language = notify.language as MessageLanguage;
  if (notify.channel === "SMS") {
    const number = asciiDigits(smsNumber(notify, givenPhone));
    return { channel: "SMS", language, ...(number ? { phone: number } : {}) };
  }
  if (notify.channel === "WEB_PUSH" && notify.push) return { channel: "WEB_PUSH", language, pushSubscription: notify.push };
  return null;
}

/**
 * What the person reads beside the choice: for someone reporting without their name, first, what
 * being told costs in anonymity; that the words are neutral, always; once a channel is chosen, how
 * its contact is kept; for this browser's notifications, that they show on this device's screen.
 */
export function notes(anonymous: boolean, channel: string): MessageKey[] {
  const shown: MessageKey[] = [];
  if (anonymous) shown.push("notify.anonymous.cost");
  shown.push("notify.neutral");
  if (channel === "SMS" || channel === "WEB_PUSH") shown.push("notify.protected");
  if (channel === "WEB_PUSH") shown.push("notify.push.onScreen");
  return shown;
}

/** The step of the report a field path of the choice is on (after the story, before the last look). */
export const NOTIFY_STEP = 6;
