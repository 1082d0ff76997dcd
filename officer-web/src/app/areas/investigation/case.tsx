// A case as an investigator works it: its facts (number, status, priority, governorate, lead,
// legal hold), the status moves the service allows, its complaints, the correlation flags with what
// matched, its suspects, the timeline of actions with the form to record one, and its evidence with
// custody and a re-verification of the hash. A case outside the officer's governorate is the API's
// refusal, shown as it comes, and nothing else.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import {
  CasesApi, ResponseError, RetentionApi, SuspectsAndCorrelationApi, type Case, type CaseStatus, type ClosureReason,
} from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Heading, Loaded, ProblemNotice, Select, TextArea, useAction, useLabels, useLoad, When } from "../../components";
import { Actions } from "./actions";
import { Complaints } from "./complaints";
import { Correlations } from "./correlations";
import { EvidencePanel } from "./evidence";
import { movesFrom } from "./rules";
import { Suspects } from "./suspects";

const CLOSURE_REASONS: readonly ClosureReason[] = [
  "NO_SUSPECT_FOUND", "VICTIM_WITHDREW", "INSUFFICIENT_EVIDENCE", "MERGED_INTO_ANOTHER_CASE", "PROSECUTION_COMPLETED", "OTHER",
];

export function CaseView(props: { id: string }) {
  const { t, apis, go } = useConsole();
  const load = useLoad(() => new CasesApi(apis.cases).caseRead({ id: props.id }), [props.id, apis]);
  return (
    <>
      <button type="button" class="link" id="back-to-cases" onClick={() => go({ area: "investigation", screen: "cases" })}>
        {t("investigation.case.back")}
      </button>
      {load.problem && <Heading>{t("investigation.case.unavailable")}</Heading>}
      <Loaded load={load}>
        {(investigation) => <Workspace investigation={investigation} reload={load.reload} />}
      </Loaded>
    </>
  );
}

function Workspace(props: { investigation: Case; reload: () => void }) {
  const { t, apis } = useConsole();
  const c = props.investigation;
  const suspects = useLoad(async () => (await new SuspectsAndCorrelationApi(apis.cases).caseDetailsSuspects({ id: c.id })).items,
    [c.id, apis]);
  const [timelineRound, setTimelineRound] = useState(0);
  return (
    <>
      <Heading>{t("investigation.case.title", { number: c.caseNumber })}</Heading>
      <div class="columns">
        <Facts investigation={c} />
        <StatusChange investigation={c} onChanged={() => {
          props.reload();
          setTimelineRound((r) => r + 1);
        }} />
      </div>
      <Complaints investigation={c} />
      <Correlations investigation={c} onLinked={props.reload} />
      <Suspects caseId={c.id} load={suspects} onChanged={props.reload} />
      <Actions investigation={c} suspects={suspects.value ?? []} round={timelineRound} onRecorded={props.reload} />
      <EvidencePanel caseId={c.id} />
    </>
  );
}

function Facts(props: { investigation: Case }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const c = props.investigation;
  const hold = useLoad(() => new RetentionApi(apis.cases).legalHoldRead({ id: c.id }).catch((error: unknown) => {
    if (error instanceof ResponseError && error.response.status === 404) return false as const;
    throw error;
  }), [c.id, apis]);
  return (
    <section class="panel" aria-labelledby="case-facts-title">
      <h2 id="case-facts-title">{t("investigation.case.facts")}</h2>
      <dl class="facts" id="case-facts">
        <dt>{t("investigation.case.number")}</dt><dd id="case-number"><bdi class="nowrap">{c.caseNumber}</bdi></dd>
        <dt>{t("investigation.case.caseTitle")}</dt><dd><bdi>{c.title}</bdi></dd>
        <dt>{t("investigation.case.status")}</dt>
        <dd id="case-status" data-status={c.status}>
          {t(`investigation.status.${c.status}`)}
          {c.closureReason && <> · {t(`investigation.closure.${c.closureReason}`)}</>}
        </dd>
        {c.closureNote && <><dt>{t("investigation.case.closureNote")}</dt><dd>{c.closureNote}</dd></>}
        <dt>{t("investigation.case.priority")}</dt><dd class={`priority-${c.priority}`}>{labels("Priority", c.priority)} ({c.priorityScore})</dd>
        <dt>{t("investigation.case.governorate")}</dt><dd>{labels("region", c.governorate)}</dd>
        <dt>{t("investigation.case.unit")}</dt><dd>{c.owningUnit ?? t("investigation.case.none")}</dd>
        <dt>{t("investigation.case.lead")}</dt>
        <dd id="case-lead">
          {c.leadInvestigatorName ?? c.leadInvestigator ?? t("investigation.case.unassigned")}
          {c.requestedOfficerGender && (
            <p class={c.genderPreferenceHonoured === false ? "bad" : "muted"}>
              {t(c.genderPreferenceHonoured === false ? "investigation.case.genderNotHonoured" : "investigation.case.genderRequested",
                { gender: labels("Gender", c.requestedOfficerGender) })}
            </p>
          )}
        </dd>
        <dt>{t("investigation.case.legalHold")}</dt>
        <dd id="case-legal-hold">
          {hold.problem ? <ProblemNotice problem={hold.problem} /> : hold.value === null ? t("common.loading")
            : hold.value === false ? t("investigation.case.noHold")
            : <>{t("investigation.case.hold", { reason: hold.value.reason })} (<When at={hold.value.placedAt} />)</>}
        </dd>
        <dt>{t("investigation.case.opened")}</dt><dd><When at={c.createdAt} /></dd>
        <dt>{t("investigation.case.updated")}</dt><dd><When at={c.updatedAt} /></dd>
      </dl>
    </section>
  );
}

function StatusChange(props: { investigation: Case; onChanged: () => void }) {
  const { t, apis } = useConsole();
  const c = props.investigation;
  const moves = movesFrom(c.status);
  const [next, setNext] = useState<CaseStatus | "">("");
  const [reason, setReason] = useState<ClosureReason | "">("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState<"status" | "closureReason" | null>(null);
  const [done, setDone] = useState(false);
  const action = useAction();
  const error = (field: string) => action.problem?.fields[field] ?? (missing === field ? t("investigation.form.required") : undefined);

  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    if (!next) {
      setMissing("status");
      document.getElementById("status-next")?.focus();
      return;
    }
    if (next === "CLOSED" && !reason) {
      setMissing("closureReason");
      document.getElementById("status-closureReason")?.focus();
      return;
    }
    setMissing(null);
    const ok = await action.run(() => new CasesApi(apis.cases).caseChangeStatus({
      id: c.id,
      ifMatch: `"${c.version}"`,
      statusChange: {
        status: next,
        ...(next === "CLOSED" && reason ? { closureReason: reason } : {}),
        ...(next === "CLOSED" && note.trim() ? { note: note.trim() } : {}),
      },
    }));
    if (ok) {
      setDone(true);
      setNext("");
      setReason("");
      setNote("");
      props.onChanged();
    }
  };

  return (
    <section class="panel" aria-labelledby="status-title">
      <h2 id="status-title">{t("investigation.move.title")}</h2>
      {done && <p class="ok" role="status" id="status-done">{t("investigation.move.done")}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onChanged} />}
      {moves.length === 0 ? <p id="status-closed">{t("investigation.move.closed")}</p> : (
        <form onSubmit={submit} noValidate>
          <p class="hint">{t("investigation.move.hint")}</p>
          <Select id="status-next" label={t("investigation.move.next")} value={next} blank={t("common.choose")} required
            error={error("status")} onChange={(value) => setNext(value as CaseStatus | "")}
            options={moves.map((s) => ({ value: s, label: t(`investigation.status.${s}`) }))} />
          {next === "CLOSED" && (
            <>
              <Select id="status-closureReason" label={t("investigation.move.closureReason")} value={reason} blank={t("common.choose")}
                required error={error("closureReason")} onChange={(value) => setReason(value as ClosureReason | "")}
                options={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`investigation.closure.${r}`) }))} />
              <TextArea id="status-note" label={t("investigation.move.note")} rows={2} value={note} error={error("note")}
                onInput={setNote} />
            </>
          )}
          <div class="actions">
            <button type="submit" class="primary" id="status-change" disabled={action.busy}>{t("investigation.move.change")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
