// The portal's words: every string a person reads is in messages/<language>.json, keyed the same in
// each (test/messages.test.ts checks it); Arabic first. The labels of the API's values (platforms,
// threats, statuses, regions) come from the API's reference data instead, in the jurisdiction's
// languages, so the portal and the officers' screens call a thing by the same name.
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";

export type Language = "ar" | "en" | "fr";
export type MessageKey = keyof typeof ar;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { ar, en, fr };

export const LANGUAGES: readonly Language[] = ["ar", "en", "fr"];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

export function direction(language: Language): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}

// a placeholder's value is isolated from the text around it (U+2068 … U+2069), so a number or a
// Latin name keeps its own direction inside an Arabic sentence
const ISOLATE = "\u2068";
const END_ISOLATE = "\u2069";

/** A language's messages, with {name} placeholders filled in. */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, values) => {
    const message = messages[key] ?? catalogues.ar[key] ?? key;
    return values
      ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? `${ISOLATE}${values[name]}${END_ISOLATE}` : whole))
      : message;
  };
}

/** A label from the API's reference data in the language, else Arabic, else the value itself. */
export function label(labels: Record<string, string> | undefined, language: Language, fallback: string): string {
  return labels?.[language] ?? labels?.["ar"] ?? fallback;
}
