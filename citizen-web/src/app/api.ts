// The portal's one way to the API: the published npm client (@sanad/client, generated from
// complaints-service's public contract), with the person's language on every call and, once they
// have logged in, their token. A refusal comes back as a Problem whose field messages the forms
// show at the fields they name; a lost connection as a Problem of its own, with nothing typed lost.
import {
  AnonymousApi, ComplaintsApi, Configuration, EvidenceApi, EvidenceFromJSON, FetchError, ReferenceDataApi,
  ResponseError, type Evidence,
} from "@sanad/client/complaints";
import { LoginEnded, type Session } from "./auth";

/** A refusal or a failure, ready to show: a title, a detail, and the messages of named fields. */
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
/** Anything else that went wrong in the page itself (a file the phone cannot read, say). */
export const UNEXPECTED = -1;

/** Answers worth sending again as they are: a lost connection, a timeout, too many requests, the server's own trouble. */
export function retryable(problem: Problem): boolean {
  return problem.status === OFFLINE || problem.status === 408 || problem.status === 429 || problem.status >= 500;
}

/**
 * What went wrong, read from the API's problem+json answer (RFC 9457), the lost connection, the
 * ended login, or anything else: never thrown again, so a form always says what happened.
 */
export async function problemOf(error: unknown, offlineTitle: string): Promise<Problem> {
  if (error instanceof ResponseError) {
    const body = await error.response.json().catch(() => null) as
      { title?: string; detail?: string; errors?: { field: string; message: string }[] } | null;
    const fields: Record<string, string> = {};
    for (const violation of body?.errors ?? []) fields[violation.field] = violation.message;
    return { status: error.response.status, title: body?.title ?? error.response.statusText, detail: body?.detail ?? null, fields };
  }
  if (error instanceof FetchError || error instanceof TypeError) {
    return { status: OFFLINE, title: offlineTitle, detail: null, fields: {} };
  }
  if (error instanceof LoginEnded) {
    return { status: LOGIN_ENDED, title: "", detail: null, fields: {} };
  }
  return { status: UNEXPECTED, title: "", detail: null, fields: {} };
}

export class Api {
  private readonly configuration: Configuration;

  constructor(private readonly basePath: string, private readonly language: string, private readonly session: Session | null) {
    this.configuration = new Configuration({
      basePath,
      headers: { "Accept-Language": language },
      credentials: "omit",
      ...(session ? { accessToken: () => session.accessToken() } : {}),
    });
  }

  get complaints(): ComplaintsApi {
    return new ComplaintsApi(this.configuration);
  }

  get anonymous(): AnonymousApi {
    return new AnonymousApi(this.configuration);
  }

  get evidence(): EvidenceApi {
    return new EvidenceApi(this.configuration);
  }

  get referenceData(): ReferenceDataApi {
    return new ReferenceDataApi(this.configuration);
  }

  /**
   * Sends one evidence file with its own media type, reporting progress (the generated client's
   * fetch can do neither): to the filer's complaint when logged in, to the tracking number with its
   * secret when anonymous. Resolves with what the service recorded, its SHA-256 included.
   */
  async upload(target: { complaintId: string } | { trackingNumber: string; secret: string }, file: File,
      onProgress: (sent: number, total: number) => void): Promise<Evidence> {
    const path = "complaintId" in target
      ? `/complaints/${encodeURIComponent(target.complaintId)}/evidence`
      : `/tracking/${encodeURIComponent(target.trackingNumber)}/evidence`;
    const url = `${this.basePath}${path}?${new URLSearchParams({ fileName: file.name || "evidence" })}`;
    const headers: Record<string, string> = {
      "Content-Type": file.type || "application/octet-stream",
      "Accept-Language": this.language,
      "Accept": "application/json",
    };
    if ("secret" in target) headers["X-Tracking-Secret"] = target.secret;
    if (this.session) headers["Authorization"] = `Bearer ${await this.session.accessToken()}`;
    const response = await new Promise<Response>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open("POST", url);
      for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
      request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      request.onload = () => resolve(new Response(request.responseText || null, {
        status: request.status, statusText: request.statusText,
        headers: { "Content-Type": request.getResponseHeader("Content-Type") ?? "application/json" },
      }));
      request.onerror = () => reject(new FetchError(new Error("network"), "the upload was cut"));
      request.onabort = () => reject(new DOMException("aborted", "AbortError"));
      request.send(file);
    });
    if (!response.ok) throw new ResponseError(response, "upload refused");
    return EvidenceFromJSON(await response.json());
  }
}
