// The portal's words: every string a person reads is in messages/<language>.json, keyed the same in
// each (test/messages.test.ts checks it); Arabic first. The labels of the API's values (platforms,
// threats, statuses, regions) come from the API's reference data instead, in the jurisdiction's
// languages, so the portal and the officers' screens call a thing by the same name.
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import { fill } from "@sanad/web-kit/messages";

export { direction, label } from "@sanad/web-kit/messages";

export type Language = "ar" | "en" | "fr";
export type MessageKey = keyof typeof ar;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { ar, en, fr };

export const LANGUAGES: readonly Language[] = ["ar", "en", "fr"];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** A language's messages, with {name} placeholders filled in. */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, values) => fill(messages[key] ?? catalogues.ar[key] ?? key, values);
}

