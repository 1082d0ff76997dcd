// Who is logged in, as the access token says: the console shows each officer only the screens of
// their roles. This is for showing, not for deciding: every API refuses what the token does not
// allow (role, governorate, court), and the console shows that refusal as it comes.

/** The governorate claim of an officer of a national unit, who serves every governorate. */
const NATIONAL = "NATIONAL";

export const ROLES = ["intake-officer", "investigator", "supervisor", "prosecutor", "auditor", "admin"] as const;
export type Role = typeof ROLES[number];

export interface Officer {
  /** The token's subject: how the services name the officer (a case's lead investigator, an audit entry's actor). */
  subject: string;
  /** The login name (preferred_username). */
  username: string;
  /** The officer's own name when the realm has it, else the login name. */
  name: string;
  roles: Role[];
  /** The governorate the officer serves (ISO 3166-2, e.g. IQ-BG); null for a national one (claim NATIONAL, or none). */
  governorate: string | null;
}

function payload(token: string): Record<string, unknown> {
  const part = token.split(".")[1];
  if (!part) throw new Error("not a JWT");
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** The officer an access token names: its roles among the console's, its governorate claim. */
export function officerOf(token: string): Officer {
  const claims = payload(token);
  const realm = claims["realm_access"] as { roles?: unknown } | undefined;
  const roles = Array.isArray(realm?.roles) ? realm.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(String(r))) : [];
  const claim = claims["governorate"];
  const named = typeof claim === "string" && claim ? claim : Array.isArray(claim) && typeof claim[0] === "string" ? claim[0] : null;
  // the realm names a national unit's officers' governorate NATIONAL (the services' Caller.NATIONAL)
  const governorate = named === NATIONAL ? null : named;
  const username = typeof claims["preferred_username"] === "string" ? claims["preferred_username"] : String(claims["sub"] ?? "");
  const name = typeof claims["name"] === "string" && claims["name"] ? claims["name"] : username;
  const subject = typeof claims["sub"] === "string" ? claims["sub"] : "";
  return { subject, username, name, roles, governorate };
}
