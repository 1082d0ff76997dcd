// What went wrong, ready to show: the API's problem+json answer (RFC 9457), a lost connection, an
// ended login, or anything else. Every generated client (@sanad/client/complaints, /cases,
// /referrals) has its own ResponseError and FetchError classes, so they are told apart by name.
import { LoginEnded } from "./auth";

/** A refusal or a failure: a title, a detail, and the messages of named fields. */
export interface Problem {
  /** 0 when the service could not be reached at all. */
  status: number;
  title: string;
  detail: string | null;
  /** Field path as the API names it (victim.contactPhone, identifiers[1].value) → its message. */
  fields: Record<string, string>;
}

export const OFFLINE = 0;
/** The login has ended (the realm refused to renew it): the person must log in again. */
export const LOGIN_ENDED = 401;
/** Anything else that went wrong in the page itself (a file the device cannot read, say). */
export const UNEXPECTED = -1;
/** Someone else changed the record since it was read (409, or 412 on If-Match): read it again. */
export function changedMeanwhile(problem: Problem): boolean {
  return problem.status === 409 || problem.status === 412;
}

/** Answers worth sending again as they are: a lost connection, a timeout, too many requests, the server's own trouble. */
export function retryable(problem: Problem): boolean {
  return problem.status === OFFLINE || problem.status === 408 || problem.status === 429 || problem.status >= 500;
}

interface ProblemBody {
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

/** Never thrown again, so a screen always says what happened. */
export async function problemOf(error: unknown, offlineTitle: string): Promise<Problem> {
  if (named(error, "ResponseError") && (error as { response?: unknown }).response instanceof Response) {
    const response = (error as { response: Response }).response;
    const body = await response.json().catch(() => null) as ProblemBody | null;
    const fields: Record<string, string> = {};
    for (const violation of body?.errors ?? []) fields[violation.field] = violation.message;
    return { status: response.status, title: body?.title ?? response.statusText, detail: body?.detail ?? null, fields };
  }
  if (named(error, "FetchError") || error instanceof TypeError) {
    return { status: OFFLINE, title: offlineTitle, detail: null, fields: {} };
  }
  if (error instanceof LoginEnded) {
    return { status: LOGIN_ENDED, title: "", detail: null, fields: {} };
  }
  return { status: UNEXPECTED, title: "", detail: null, fields: {} };
}
