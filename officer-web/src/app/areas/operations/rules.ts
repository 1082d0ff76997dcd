// What the operations screens work out from the services' answers: how each master key stands (the
// active one, the retired ones still holding data, values not yet sealed) and whether a rotation
// has work to do; and a receiver's answer made short enough for a table.

/** A key's line: its id, what it holds (evidence objects, sealed field values), whether it is the active one. */
export interface KeyLine {
  keyId: string;
  objects: number;
  values: number;
  active: boolean;
}

/** Where values are kept in the clear (referrals-service counts them under this key id). */
export const CLEAR = "(clear)";

/**
 * The keys' lines, the active one first then by id, from a service's counts per key (the evidence
 * services count objects and field values; referrals-service values only).
 */
export function keyLines(activeKeyId: string, objectsByKey: Record<string, number>, valuesByKey: Record<string, number>): KeyLine[] {
  const ids = new Set([activeKeyId, ...Object.keys(objectsByKey), ...Object.keys(valuesByKey)]);
  return [...ids].map((keyId) => ({ keyId, objects: objectsByKey[keyId] ?? 0, values: valuesByKey[keyId] ?? 0, active: keyId === activeKeyId }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.keyId.localeCompare(b.keyId));
}

/** Where the fields' first, unbound form is counted: under "<key id>(enc1)". */
const FIRST_FORM = /\(enc1\)$/;

/** What a line is: the active key, a retired one, values of the first form to seal again, or values in the clear. */
export function keyKind(line: KeyLine): "active" | "retired" | "firstForm" | "clear" {
  if (line.active) return "active";
  if (line.keyId === CLEAR) return "clear";
  return FIRST_FORM.test(line.keyId) ? "firstForm" : "retired";
}

/** What a rotation would move: everything held by a key that is not the active one (values in the clear included). */
export function awaitingRotation(lines: readonly KeyLine[]): number {
  return lines.filter((line) => !line.active).reduce((sum, line) => sum + line.objects + line.values, 0);
}

/** A receiver's answer for a table line: its problem's title when it is problem+json, else its first 200 characters. */
export function answerSummary(lastError: string | null): string | null {
  if (!lastError) return null;
  try {
    const problem = JSON.parse(lastError) as { title?: unknown; detail?: unknown; type?: unknown };
    const said = [problem.title, problem.detail].filter((part): part is string => typeof part === "string" && part.trim() !== "");
    if (said.length) return said.join(": ");
    if (typeof problem.type === "string") return problem.type;
  } catch {
    // not JSON: the text as it came
  }
  return lastError.length > 200 ? `${lastError.slice(0, 200)}…` : lastError;
}
