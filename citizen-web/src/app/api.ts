// The portal's one way to the API: the published npm client (@sanad/client, generated from
// complaints-service's public contract), with the person's language on every call and, once they
// have logged in, their token. A refusal comes back as a Problem whose field messages the forms
// show at the fields they name; a lost connection as a Problem of its own, with nothing typed lost.
import {
  AnonymousApi, ComplaintsApi, Configuration, EvidenceApi, EvidenceFromJSON, FetchError, NotificationsApi, ReferenceDataApi,
  ResponseError, type Evidence,
} from "@sanad/client/complaints";
import type { Session } from "@sanad/web-kit/auth";

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

  get notifications(): NotificationsApi {
    return new NotificationsApi(this.configuration);
  }

  /** The key the service signs its pushes with; null when it sends none (or cannot be reached now). */
  async webPushKey(): Promise<string | null> {
    return this.notifications.webPushKeyRead({ acceptLanguage: this.language })
      .then((key) => key.applicationServerKey, () => null);
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
