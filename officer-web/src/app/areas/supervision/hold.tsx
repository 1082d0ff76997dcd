// A legal hold, on a case (cases-service) or a complaint (complaints-service): whether one is set,
// by whom, when and why; placing or replacing one with the reason the API requires (checked here
// first, at the field); releasing it after a confirmation, since the evidence's retention then runs
// again and files past their period may be purged.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { useConsole } from "../../context";
import { namesOf } from "./officers";
import { Confirm, Loaded, ProblemNotice, TextArea, useAction, useLoad, When } from "../../components";

/** A hold as both services answer it. */
export interface Hold {
  reason: string;
  placedBy: string;
  placedAt: Date;
}

/** What the panel asks of the service that keeps the record. */
export interface HoldApi {
  read(): Promise<Hold>;
  place(reason: string): Promise<Hold>;
  release(): Promise<void>;
}

/**
 * The hold, or none: the services answer 404 when none is set (the generated clients' ResponseError),
 * which is not a failure here. Wrapped, since a screen's loaded value cannot be null.
 */
export async function holdOrNone(read: () => Promise<Hold>): Promise<{ hold: Hold | null }> {
  try {
    return { hold: await read() };
  } catch (error) {
    const response = (error as { name?: string; response?: unknown }).response;
    if ((error as Error).name === "ResponseError" && response instanceof Response && response.status === 404) return { hold: null };
    throw error;
  }
}

/**
 * id: the prefix of the panel's element ids (journeys click them); record: the case's or complaint's
 * id (the hold is read again when it changes).
 */
export function HoldPanel(props: { id: string; record: string; governorate: string | null; title: string; api: HoldApi; note: string }) {
  const { t, apis } = useConsole();
  const load = useLoad(() => holdOrNone(() => props.api.read()), [props.record, apis]);
  // who placed it, by name when the officer directory knows the supervisor
  const names = useLoad(() => props.governorate ? namesOf(apis, props.governorate, "supervisor") : Promise.resolve(new Map<string, string>()),
    [props.governorate, apis]);
  const action = useAction();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<"placed" | "released" | null>(null);
  const prefix = `${props.id}-hold`;

  const place = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    if (!reason.trim()) {
      setMissing(true);
      document.getElementById(`${prefix}-reason`)?.focus();
      return;
    }
    setMissing(false);
    if (await action.run(() => props.api.place(reason.trim()))) {
      setReason("");
      setDone("placed");
      load.reload();
    }
  };
  const release = async () => {
    setDone(null);
    if (await action.run(() => props.api.release())) {
      setConfirming(false);
      setDone("released");
      load.reload();
    }
  };

  return (
    <section class="panel" aria-labelledby={`${prefix}-title`} id={prefix}>
      <h2 id={`${prefix}-title`} tabIndex={-1}>{props.title}</h2>
      <p class="muted">{props.note}</p>
      {done && <p class="ok" role="status" id={`${prefix}-done`}>{t(done === "placed" ? "supervision.hold.placed" : "supervision.hold.released")}</p>}
      <Loaded load={load}>
        {({ hold }) => hold ? (
          <dl class="facts" id={`${prefix}-state`} data-held="true">
            <dt>{t("supervision.hold.state")}</dt><dd><strong>{t("supervision.hold.set")}</strong></dd>
            <dt>{t("supervision.hold.reason")}</dt><dd>{hold.reason}</dd>
            <dt>{t("supervision.hold.by")}</dt><dd><bdi>{names.value?.get(hold.placedBy) ?? hold.placedBy}</bdi></dd>
            <dt>{t("supervision.hold.at")}</dt><dd><When at={hold.placedAt} /></dd>
          </dl>
        ) : <p id={`${prefix}-state`} data-held="false">{t("supervision.hold.none")}</p>}
      </Loaded>
      {action.problem && <ProblemNotice problem={action.problem} onReload={load.reload} />}
      <form onSubmit={place} noValidate>
        <TextArea id={`${prefix}-reason`} label={t(load.value?.hold ? "supervision.hold.newReason" : "supervision.hold.reasonLabel")}
          hint={t("supervision.hold.reasonHint")} required rows={2} value={reason}
          error={action.problem?.fields["reason"] ?? (missing ? t("supervision.hold.reasonRequired") : undefined)}
          onInput={setReason} />
        <div class="actions">
          <button type="submit" class="primary" id={`${prefix}-place`} disabled={action.busy}>
            {t(load.value?.hold ? "supervision.hold.replace" : "supervision.hold.place")}
          </button>
          {load.value?.hold && !confirming && (
            <button type="button" id={`${prefix}-release`} disabled={action.busy} onClick={() => setConfirming(true)}>
              {t("supervision.hold.release")}
            </button>
          )}
        </div>
      </form>
      {load.value?.hold && confirming && (
        <Confirm id={`${prefix}-release`} warning={t("supervision.hold.releaseWarning")} confirm={t("supervision.hold.releaseConfirm")}
          danger busy={action.busy} onConfirm={release} onCancel={() => setConfirming(false)} />
      )}
    </section>
  );
}
