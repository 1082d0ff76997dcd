// The console's words: every string an officer reads is in messages/<language>/<area>.json, one file
// per area of the console (common, intake, investigation, supervision, prosecution, audit,
// operations), keyed the same in each language (test/messages.test.ts checks it); Arabic first.
// The labels of the API's values (platforms, threats, statuses, regions) come from complaints-
// service's reference data instead, so the console and the portal call a thing by the same name.
import arAudit from "./messages/ar/audit.json";
import arCommon from "./messages/ar/common.json";
import arIntake from "./messages/ar/intake.json";
import arInvestigation from "./messages/ar/investigation.json";
import arOperations from "./messages/ar/operations.json";
import arProsecution from "./messages/ar/prosecution.json";
import arSupervision from "./messages/ar/supervision.json";
import enAudit from "./messages/en/audit.json";
import enCommon from "./messages/en/common.json";
import enIntake from "./messages/en/intake.json";
import enInvestigation from "./messages/en/investigation.json";
import enOperations from "./messages/en/operations.json";
import enProsecution from "./messages/en/prosecution.json";
import enSupervision from "./messages/en/supervision.json";
import { fill } from "@sanad/web-kit/messages";

export { direction, label } from "@sanad/web-kit/messages";

const ar = { ...arCommon, ...arIntake, ...arInvestigation, ...arSupervision, ...arProsecution, ...arAudit, ...arOperations };
const en = { ...enCommon, ...enIntake, ...enInvestigation, ...enSupervision, ...enProsecution, ...enAudit, ...enOperations };

export type Language = "ar" | "en";
export type MessageKey = keyof typeof ar;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Language, Record<string, string>> = { ar, en };

export const LANGUAGES: readonly Language[] = ["ar", "en"];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** A language's messages, with {name} placeholders filled in. */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, values) => fill(messages[key] ?? catalogues.ar[key] ?? key, values);
}
