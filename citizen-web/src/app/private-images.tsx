// Images the victim will not send. The phone computes a fingerprint of each intimate image (PDQ)
// or video (MD5), as StopNCII and Take It Down do; only the fingerprints go to the complaint, so
// investigators can ask platforms to find and remove copies. The files are read on the device and
// nowhere else: nothing of them is sent, stored or kept, not even their names.
import { useState } from "preact/hooks";
import type { ImageHash, ImageHashInput } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "./context";
import { ProblemNotice } from "./problem-notice";
import { hashOnDevice } from "../hashing/files";

interface Fingerprint {
  key: number;
  input: ImageHashInput | null;
  lowQuality: boolean;
  state: "hashing" | "ready" | "failed";
  progress: number;
}

/** PDQ's own advice: a hash below this quality is unreliable for matching. */
const PDQ_RELIABLE_QUALITY = 50;

let nextKey = 0;

export function PrivateImages(props: { held: ImageHash[]; send: (hashes: ImageHashInput[]) => Promise<void> }) {
  const { t } = usePortal();
  const [prints, setPrints] = useState<Fingerprint[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(0);
  const update = (key: number, change: Partial<Fingerprint>) =>
    setPrints((current) => current.map((print) => (print.key === key ? { ...print, ...change } : print)));

  const choose = async (files: FileList | null) => {
    if (!files) return;
    const chosen = Array.from(files).map((file) => ({ file, key: nextKey++ }));
    setPrints((current) => [...current, ...chosen.map(({ key }) => ({ key, input: null, lowQuality: false, state: "hashing" as const, progress: 0 }))]);
    for (const { file, key } of chosen) {
      try {
        const hash = await hashOnDevice(file, { onProgress: (read, total) => update(key, { progress: total ? read / total : 0 }) });
        update(key, hash.kind === "pdq"
          ? { state: "ready", input: { algorithm: "PDQ", value: hash.hash, quality: hash.quality }, lowQuality: hash.quality < PDQ_RELIABLE_QUALITY }
          : { state: "ready", input: { algorithm: "MD5", value: hash.hash } });
      } catch {
        update(key, { state: "failed" });
      }
    }
  };

  const readyPrints = prints.filter((print) => print.state === "ready" && print.input);
  const ready = readyPrints.map((print) => print.input!);
  const hashing = prints.some((print) => print.state === "hashing");
  const send = async () => {
    const sentKeys = readyPrints.map((print) => print.key);
    setSending(true);
    setProblem(null);
    try {
      await props.send(ready);
      setSent(ready.length);
      // only what was sent leaves the list: a file still being fingerprinted stays
      setPrints((current) => current.filter((print) => !sentKeys.includes(print.key)));
    } catch (failure) {
      setProblem(await problemOf(failure, t("problem.offline")));
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="private-images" aria-labelledby="private-title">
      <h2 id="private-title">{t("private.title")}</h2>
      <p>{t("private.explain")}</p>
      <p class="hint" id="private-hint">{t("private.hint")}</p>
      {props.held.length > 0 && <p id="private-held">{t("private.held", { count: props.held.length })}</p>}
      <input id="private-files" class="visually-hidden" type="file" multiple accept="image/*,video/*" aria-describedby="private-hint"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          void choose(input.files);
          input.value = "";
        }} />
      <label class="file" for="private-files">{t("private.choose")}</label>
      <ul class="uploads" aria-live="polite">
        {prints.map((print, index) => (
          <li key={print.key} class={`upload ${print.state}`}>
            <span>{t("private.item", { n: index + 1 })}</span>{" "}
            {print.state === "hashing" && <progress max={1} value={print.progress} aria-label={t("private.hashing", { n: index + 1 })} />}
            {print.state === "failed" && <span class="error">{t("private.failed")}</span>}
            {print.input && <code class="sha256" dir="ltr">{print.input.algorithm} {print.input.value}</code>}
            {print.lowQuality && <p class="hint">{t("private.lowQuality")}</p>}
          </li>
        ))}
      </ul>
      {problem && <ProblemNotice problem={problem} />}
      {ready.length > 0 && (
        <button type="button" class="primary" id="private-send" disabled={sending || hashing} onClick={() => void send()}>
          {t("private.send", { count: ready.length })}
        </button>
      )}
      {sent > 0 && <p role="status">{t("private.sent", { count: sent })}</p>}
    </section>
  );
}
