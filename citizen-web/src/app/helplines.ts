// The jurisdiction's help lines, from the API's reference data (complaints-service's configuration):
// shown on every page, and first of all when someone says they are thinking of harming themself.
import type { ReferenceData, ReferenceHelpLine } from "@sanad/client/complaints";

/** Every help line, those for someone thinking of harming themself first. */
export function helpLines(reference: ReferenceData): ReferenceHelpLine[] {
  return [...reference.helpLines].sort((a, b) => Number(b.forSelfHarm) - Number(a.forSelfHarm));
}

/** The lines for someone thinking of harming themself (all of them when none is marked so). */
export function selfHarmLines(reference: ReferenceData): ReferenceHelpLine[] {
  const marked = reference.helpLines.filter((line) => line.forSelfHarm);
  return marked.length ? marked : reference.helpLines;
}

/** The number as a tel: link, digits and a leading + only. */
export function dialable(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
