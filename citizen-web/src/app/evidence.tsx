// Adding evidence: files chosen on the device go one by one to the complaint, each with its
// progress, a retry when the connection drops, and the receipt: the SHA-256 the service computed
// as the bytes arrived, next to the one this device computed before sending them. Files the API
// would refuse (type, size) are named at once and not sent.
import { useState } from "preact/hooks";
import type { Evidence } from "@sanad/client/complaints";
import { LOGIN_ENDED, problemOf, retryable, UNEXPECTED } from "@sanad/web-kit/problem";
import { usePortal } from "./context";
import { bytes } from "./reference";

export type EvidenceTarget = { complaintId: string } | { trackingNumber: string; secret: string };

interface Upload {
  key: number;
  file: File;
  sent: number;
  state: "waiting" | "sending" | "done" | "failed" | "refused";
  message: string | null;
  localSha256: string | null;
  receipt: Evidence | null;
}

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

let nextKey = 0;

export function EvidenceUpload(props: { target: EvidenceTarget; onAdded?: (evidence: Evidence) => void }) {
  const { t, language, reference, api } = usePortal();
  const limits = reference.evidence;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (key: number, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const send = async (upload: Upload) => {
    update(upload.key, { state: "sending", sent: 0, message: null });
    try {
      const localSha256 = upload.localSha256 ?? await sha256(upload.file);
      update(upload.key, { localSha256 });
      const receipt = await api.upload(props.target, upload.file, (sent) => update(upload.key, { sent }));
      update(upload.key, { state: "done", sent: upload.file.size, receipt });
      props.onAdded?.(receipt);
    } catch (failure) {
      const problem = await problemOf(failure, t("problem.offline"));
      update(upload.key, retryable(problem) ? { state: "failed", message: t("evidence.cut") }
        : problem.status === LOGIN_ENDED ? { state: "failed", message: t("problem.loginEnded") }
        : problem.status === UNEXPECTED ? { state: "refused", message: t("problem.unexpected") }
        : { state: "refused", message: problem.detail ?? problem.title });
    }
  };

  const choose = (files: FileList | null) => {
    if (!files) return;
    const added: Upload[] = Array.from(files).map((file) => {
      const wrongType = !limits.allowedMediaTypes.includes(file.type);
      const tooBig = file.size > limits.maxFileBytes;
      return {
        key: nextKey++, file, sent: 0, localSha256: null, receipt: null,
        state: wrongType || tooBig ? "refused" : "waiting",
        message: wrongType ? t("evidence.wrongType") : tooBig ? t("evidence.tooBig", { max: bytes(limits.maxFileBytes, language) }) : null,
      };
    });
    setUploads((current) => [...current, ...added]);
    void (async () => {
      for (const upload of added.filter((u) => u.state === "waiting")) await send(upload);
    })();
  };

  return (
    <section class="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t("evidence.title")}</h2>
      <p class="hint" id="evidence-hint">{t("evidence.hint", { max: bytes(limits.maxFileBytes, language) })}</p>
      {/* the browser's own file button speaks the browser's language: it is hidden, its label is the button */}
      <input id="evidence-files" class="visually-hidden" type="file" multiple accept={limits.allowedMediaTypes.join(",")}
        aria-describedby="evidence-hint"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          choose(input.files);
          input.value = "";
        }} />
      <label class="file" for="evidence-files">{t("evidence.choose")}</label>
      <ul class="uploads" aria-live="polite">
        {uploads.map((upload) => (
          <li key={upload.key} class={`upload ${upload.state}`}>
            <span class="name" dir="auto">{upload.file.name}</span>{" "}
            <span class="size">{bytes(upload.file.size, language)}</span>
            {upload.state === "sending" && (
              <progress max={upload.file.size} value={upload.sent} aria-label={t("evidence.sending", { name: upload.file.name })} />
            )}
            {upload.message && <p class="error">{upload.message}</p>}
            {upload.state === "failed" && (
              <button type="button" onClick={() => void send(upload)}>{t("evidence.retry")}</button>
            )}
            {upload.receipt && (
              <p class="receipt">
                {t("evidence.received")}{" "}
                <code class="sha256" dir="ltr">{upload.receipt.sha256}</code>{" "}
                {upload.localSha256 === upload.receipt.sha256 ? t("evidence.matches") : t("evidence.differs")}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
