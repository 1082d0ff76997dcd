// The risk alerts: complaints that must not wait unseen (filed with a self-harm risk, a minor victim
// or the extortionist's deadline within 24 hours, or left untriaged past their deadline), live from
// the console's watch. Each names its complaint (a link to it), who must act and why, and is
// acknowledged by the officer who takes it on; someone else's acknowledgement first (the API's 409)
// is explained, and the alert leaves the list either way. On every other screen, a line says how
// many wait, and a polite live region says each new alert once.
import { useMemo, useRef, useState } from "preact/hooks";
import { AlertsApi, type AlertReason, type RiskAlertView } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { useConsole } from "../../context";
import { dateLocale, Heading, ProblemNotice, useLabels, useNow, When } from "../../components";
import { TriageDue } from "./due";
import { ALERTS_EVERY_MS } from "./watch";

type Outcome = { kind: "acknowledged" | "taken" | "failed"; tracking: string; problem?: Problem };

export function Alerts() {
  const { t, language, apis, officer, alerts: watch } = useConsole();
  const labels = useLabels();
  const now = useNow();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const said = useRef<HTMLDivElement | null>(null);
  if (!watch) return null;
  const alerts = watch.alerts;

  const acknowledge = async (alert: RiskAlertView) => {
    setBusy(alert.id);
    setOutcome(null);
    try {
      await new AlertsApi(apis.complaints).alertAcknowledge({ id: alert.id });
      watch.settle(alert.id);
      setOutcome({ kind: "acknowledged", tracking: alert.trackingNumber });
    } catch (error) {
      const problem = await problemOf(error, t("problem.offline"));
      // someone else acknowledged it first: they are on it, and it leaves this list too
      if (problem.status === 409) watch.settle(alert.id);
      setOutcome({ kind: problem.status === 409 ? "taken" : "failed", tracking: alert.trackingNumber, problem });
    } finally {
      setBusy(null);
      // the line (and its button) may be gone: the focus goes to what happened
      requestAnimationFrame(() => said.current?.querySelector<HTMLElement>("[tabindex]")?.focus());
    }
  };

  const updated = watch.readAt
    ? new Intl.DateTimeFormat(dateLocale(language), { timeStyle: "medium" }).format(watch.readAt) : null;
  return (
    <>
      <Heading>{t("intake.alerts.title")}</Heading>
      <p>{t("intake.alerts.lead")}</p>
      <p class="muted" id="alerts-updated">
        {updated ? t("intake.alerts.updated", { time: updated, seconds: ALERTS_EVERY_MS / 1000 }) : t("common.loading")}
      </p>
      <div ref={said}>
        {outcome?.kind === "acknowledged" && (
          <p class="ok" role="status" id="alert-acknowledged" tabIndex={-1}>
            {t("intake.alerts.acknowledged", { tracking: outcome.tracking })}
          </p>
        )}
        {outcome?.kind === "taken" && outcome.problem && (
          <div class="problem" role="alert" id="alert-taken" data-status={outcome.problem.status}>
            <p tabIndex={-1}><strong>{t("intake.alerts.takenTitle", { tracking: outcome.tracking })}</strong></p>
            {outcome.problem.detail && <p>{outcome.problem.detail}</p>}
            <p>{t("intake.alerts.takenDetail")}</p>
          </div>
        )}
        {outcome?.kind === "failed" && outcome.problem && (
          <div tabIndex={-1}><ProblemNotice problem={outcome.problem} /></div>
        )}
      </div>
      {watch.problem && <ProblemNotice problem={watch.problem} />}
      {alerts && alerts.length === 0 && <p class="note" id="alerts-none">{t("intake.alerts.none")}</p>}
      {alerts && alerts.length > 0 && (
        <div class="table-wrap">
          <table id="alerts">
            <caption>{t(watch.more ? "intake.alerts.captionMore" : "intake.alerts.caption", { count: alerts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("intake.alerts.complaint")}</th>
                <th scope="col">{t("intake.alerts.why")}</th>
                <th scope="col">{t("intake.alerts.level")}</th>
                {officer.governorate === null && <th scope="col">{t("intake.alerts.governorate")}</th>}
                <th scope="col">{t("intake.alerts.raised")}</th>
                <th scope="col">{t("intake.alerts.triage")}</th>
                <th scope="col"><span class="visually-hidden">{t("intake.alerts.acknowledge")}</span></th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={alert.id} data-alert-id={alert.id} data-complaint-id={alert.complaintId}>
                  <td>
                    <ComplaintLink alert={alert} />
                    <div class={`priority-${alert.priority}`}>{labels("Priority", alert.priority)}</div>
                  </td>
                  <td><Reasons reasons={alert.reasons} /></td>
                  <td>{labels("AlertLevel", alert.level)}</td>
                  {officer.governorate === null && <td>{labels("region", alert.governorate)}</td>}
                  <td><When at={alert.raisedAt} /></td>
                  <td><TriageDue due={alert.triageDueAt} now={now} /></td>
                  <td>
                    <button type="button" class="small primary" id={`acknowledge-${alert.id}`} disabled={busy !== null}
                      aria-label={t("intake.alerts.acknowledgeOne", { tracking: alert.trackingNumber })}
                      onClick={() => void acknowledge(alert)}>
                      {t("intake.alerts.acknowledge")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ComplaintLink(props: { alert: RiskAlertView }) {
  const { go } = useConsole();
  return (
    <button type="button" class="link" onClick={() => go({ area: "intake", screen: "complaint", id: props.alert.complaintId })}>
      <bdi>{props.alert.trackingNumber}</bdi>
    </button>
  );
}

const REASON_CLASSES: Record<AlertReason, string> = {
  SELF_HARM: "self-harm", MINOR_VICTIM: "minor", DEADLINE_WITHIN_24H: "deadline", TRIAGE_OVERDUE: "overdue",
};

/** Why an alert was raised, each reason a flag in the queue's colours, said in words. */
export function Reasons(props: { reasons: readonly AlertReason[] }) {
  const labels = useLabels();
  return (
    <span class="flags">
      {props.reasons.map((reason) => <span key={reason} class={`flag ${REASON_CLASSES[reason]}`}>{labels("AlertReason", reason)}</span>)}
    </span>
  );
}

const NONE: readonly RiskAlertView[] = [];

/**
 * What the shell shows the officers who act on alerts, above every screen: the live region that
 * says each new alert once (one by its complaint and reasons, several by their number, in the
 * language of the moment it came), and, away from the alerts screen, a line with how many wait and
 * the way there.
 */
export function AlertLine() {
  const { t, language, alerts: watch, route, go } = useConsole();
  const labels = useLabels();
  const fresh = watch?.fresh ?? NONE;
  // written when a read brings new alerts, and only then: switching the language must not say them again
  const said = useMemo(() => {
    const [only] = fresh;
    const text = fresh.length > 1 ? t("intake.alerts.newMany", { count: fresh.length })
      : only ? t("intake.alerts.newOne", { tracking: only.trackingNumber,
        reasons: only.reasons.map((reason) => labels("AlertReason", reason)).join(t("common.separator")) })
      : "";
    return { text, language };
  }, [fresh]);
  if (!watch) return null;
  const waiting = watch.alerts?.length ?? 0;
  const here = route.area === "intake" && route.screen === "alerts";
  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="alerts-live" lang={said.language}>
        {said.text}
      </p>
      {waiting > 0 && !here && (
        <p class="alert-line" id="alert-line">
          <span>{t(watch.more ? "intake.alerts.waitingMore" : "intake.alerts.waiting", { count: waiting })}</span>{" "}
          <button type="button" class="link" id="alert-line-open" onClick={() => go({ area: "intake", screen: "alerts" })}>
            {t("intake.alerts.open")}
          </button>
        </p>
      )}
    </>
  );
}
