// Following an anonymous report: the tracking number and the secret, typed or pasted, read once.
// A notification opens this page too (main.tsx), so it also leads to the reports made with an account.
import { useState } from "preact/hooks";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "../context";
import { ProblemNotice } from "../problem-notice";
import { asciiDigits } from "../digits";
import { TextField } from "../fields";
import { PageTitle } from "./heading";

export function TrackPage() {
  const { t, api, language, go, login, session } = usePortal();
  const [trackingNumber, setTrackingNumber] = useState("");
  const [secret, setSecret] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ number?: string; secret?: string }>({});

  const open = async () => {
    const number = asciiDigits(trackingNumber).trim().toUpperCase();
    const key = secret.trim();
    const missing = { ...(number ? {} : { number: t("check.required") }), ...(key ? {} : { secret: t("check.required") }) };
    setErrors(missing);
    if (missing.number || missing.secret) return;
    setBusy(true);
    setProblem(null);
    try {
      await api.anonymous.trackingTrack({ trackingNumber: number, xTrackingSecret: key, acceptLanguage: language });
      go({ page: "tracked", trackingNumber: number, secret: key });
    } catch (failure) {
      const answer = await problemOf(failure, t("problem.offline"));
      setProblem(answer.status === 401 || answer.status === 403 || answer.status === 404
        ? { ...answer, title: t("track.notFound"), detail: t("track.notFoundDetail") } : answer);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t("track.title")}</PageTitle>
      <p>{t("track.lead")}</p>
      {problem && <ProblemNotice problem={problem} />}
      <form noValidate onSubmit={(event) => { event.preventDefault(); void open(); }}>
        <TextField id="f-tracking-number" label={t("filed.trackingNumber")} value={trackingNumber} onInput={setTrackingNumber}
          dir="ltr" maxLength={40} error={errors.number} required spellCheck={false} />
        <TextField id="f-tracking-secret" label={t("filed.secret")} value={secret} onInput={setSecret} dir="ltr" maxLength={200}
          error={errors.secret} required spellCheck={false} />
        <div class="actions">
          <button type="button" onClick={() => go({ page: "start" })}>{t("common.back")}</button>
          <button type="submit" class="primary" id="track-open" disabled={busy}>{t("track.open")}</button>
        </div>
      </form>
      <p>{t("track.withAccount")}</p>
      <button type="button" id="track-mine" onClick={() => (session ? go({ page: "mine" }) : login({ page: "mine" }))}>
        {t("start.follow.mine")}
      </button>
    </>
  );
}
