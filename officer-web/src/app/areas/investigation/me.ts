// The officer's user id as cases-service names a lead investigator (the token's subject: caseList's
// `assignee`, Case.leadInvestigator). The console's Officer carries the login name only, so it is read
// here from the token the APIs are called with (it should move to officer.ts: see the area's report).
import type { Configuration } from "@sanad/client/cases";

export async function subjectOf(configuration: Configuration): Promise<string> {
  const token = await configuration.accessToken?.();
  const part = token?.split(".")[1];
  if (!part) throw new Error("no access token");
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))) as { sub?: unknown };
  if (typeof claims.sub !== "string") throw new Error("a token without a subject");
  return claims.sub;
}
