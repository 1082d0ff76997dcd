// The jurisdiction's help lines, from the API's reference data (complaints-service's configuration):
// shown on every page, and first of all when someone says they are thinking of harming themself.
import type { ReferenceData } from "@sanad/client/complaints";

export interface HelpLine {
  id: string;
  kind: string;
  number: string;
  labels: Record<string, string>;
  forSelfHarm: boolean;
}

/** The help lines in the reference data (none when a deployment configured none). */
export function helpLines(reference: ReferenceData): HelpLine[] {
  const lines = (reference as ReferenceData & { helpLines?: HelpLine[] }).helpLines;
  return Array.isArray(lines) ? lines : [];
}

/** The number as a tel: link, digits and a leading + only. */
export function dialable(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
