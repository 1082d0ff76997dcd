// What every screen of the console is given: the officer and their language and words, the APIs
// with the officer's token, complaints-service's reference data (labels), and the way to another
// screen. Screens change in memory: the address bar keeps nothing of a complaint or a case.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ReferenceData } from "@sanad/client/complaints";
import type { Apis } from "./api";
import type { Language, Translate } from "./i18n";
import type { Officer } from "./officer";
import type { AlertWatch } from "./areas/intake/watch";

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
  /** The risk alerts, watched live; null for an officer whose roles cannot read them. */
  alerts: AlertWatch | null;
  go(route: Route): void;
  /**
   * The complaints the screen counts urgent (the queue's urgent lines), for the tab's title, which
   * counts them with the alerted ones, each complaint once; null clears them.
   */
  announce(urgent: readonly string[] | null): void;
}

export const ConsoleContext = createContext<Console | null>(null);

export function useConsole(): Console {
  const console = useContext(ConsoleContext);
  if (!console) throw new Error("a screen outside the console");
  return console;
}
