// What every page of the portal is given: the person's language and its words, the
// jurisdiction's reference data, the API (with the login when there is one), and the way to
// another page. Pages change in memory only: the browser's history keeps one entry for the whole
// portal, which the quick exit replaces.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ReferenceData, ReferenceHelpLine } from "@sanad/client/complaints";
import type { Api } from "./api";
import type { Session } from "@sanad/web-kit/auth";
import type { Language, Translate } from "./i18n";

export type Route =
  | { page: "start" }
  | { page: "report"; anonymous: boolean }
  | { page: "filed"; complaintId: string; trackingNumber: string; secret: string | null;
      /** The help lines the API's answer carried, when the filing signalled a risk (riskSignals); else empty. */
      helpLines: ReferenceHelpLine[]; riskSignals: string[] }
  | { page: "track" }
  | { page: "tracked"; trackingNumber: string; secret: string }
  | { page: "mine" }
  | { page: "complaint"; complaintId: string };

export interface Portal {
  language: Language;
  t: Translate;
  reference: ReferenceData;
  api: Api;
  session: Session | null;
  go(route: Route): void;
  login(then: Route): void;
}

export const PortalContext = createContext<Portal | null>(null);

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error("a page outside the portal");
  return portal;
}
