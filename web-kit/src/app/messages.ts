// Words from message files: every string a person reads is in messages/<language>.json of the app,
// keyed the same in each language. A placeholder's value is isolated from the text around it
// (U+2068 … U+2069), so a number or a Latin name keeps its own direction inside an Arabic sentence.

const ISOLATE = "\u2068";
const END_ISOLATE = "\u2069";

/** The message with its {name} placeholders filled in, each value isolated. */
export function fill(message: string, values?: Record<string, string | number>): string {
  return values
    ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? `${ISOLATE}${values[name]}${END_ISOLATE}` : whole))
    : message;
}

/** Right to left for Arabic (and Kurdish in Arabic script), left to right otherwise. */
export function direction(language: string): "rtl" | "ltr" {
  return language === "ar" || language === "ckb" ? "rtl" : "ltr";
}

/** A label from the API's reference data in the language, else Arabic, else the value itself. */
export function label(labels: Record<string, string> | undefined, language: string, fallback: string): string {
  return labels?.[language] ?? labels?.["ar"] ?? fallback;
}
