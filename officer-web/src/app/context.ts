// What every screen of the console is given: the officer and their language and words, the APIs
// with the officer's token, complaints-service's reference data (labels), and the way to another
// screen. Screens change in memory: the address bar keeps nothing of a complaint or a case.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ReferenceData } from "@sanad/client/complaints";
import type { Apis } from "./api";
import type { Language, Translate } from "./i18n";
import type { Officer } from "./officer";

/** Where the officer is: an area of the console, one of its screens, and the record it shows. */
export interface Route {
  area: string;
  screen: string;
  /** The record the screen shows (a complaint's, a case's, a referral's id), when it shows one. */
  id?: string;
}

export interface Console {
  officer: Officer;
  language: Language;
  t: Translate;
  apis: Apis;
  reference: ReferenceData;
  route: Route;
  go(route: Route): void;
  /** Counts the screen wants in the tab's title (e.g. the queue's urgent complaints); null clears it. */
  announce(count: number | null): void;
}

export const ConsoleContext = createContext<Console | null>(null);

export function useConsole(): Console {
  const console = useContext(ConsoleContext);
  if (!console) throw new Error("a screen outside the console");
  return console;
}
