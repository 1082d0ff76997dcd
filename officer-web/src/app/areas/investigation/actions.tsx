// The case's timeline (platform requests and answers, takedowns, stings, arrests, interviews,
// seizures, warrants, and the court's steps as referrals-service reports them), oldest first, and
// the form to record an action whose fields follow its type: an arrest names its suspect, place
// and unit (and moves the case to "arrest made"), a note its text, a platform's answer the request.
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { CasesApi, type Action, type ActionType, type Case, type Suspect } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { dayText, Loaded, ProblemNotice, Select, TextArea, TextField, useAction, useLoad, When } from "../../components";
import {
  ANSWERABLE, OFFICER_ACTIONS, actionFields, actionProblems, localInputValue, type ActionDraft, type ActionField,
} from "./rules";

export function Actions(props: { investigation: Case; suspects: readonly Suspect[]; round: number; onRecorded: () => void }) {
  const { t, apis, officer, language } = useConsole();
  const c = props.investigation;
  const load = useLoad(async () => (await new CasesApi(apis.cases).caseTimeline({ id: c.id })).items, [c.id, props.round, apis]);
  const suspectName = (id: string | undefined) => props.suspects.find((s) => s.id === id)?.displayName;
  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("investigation.timeline.title")}</h2>
      <Loaded load={load}>
        {(actions) => actions.length === 0 ? <p class="muted" id="timeline-none">{t("investigation.timeline.none")}</p> : (
          <ol class="timeline" id="timeline">
            {actions.map((a) => (
              <li key={a.id} data-action-id={a.id} data-action-type={a.type}>
                <When at={a.occurredAt} />{" "}
                <strong>{t(`investigation.action.${a.type}`)}</strong>{" "}
                <span class="muted">{t("investigation.timeline.by", { officer: a.officerName ?? a.officer })}</span>
                {(a.suspectId || a.place || a.unit) && (
                  <dl class="inline-facts">
                    {a.suspectId && <><dt>{t("investigation.timeline.suspect")}</dt><dd><bdi>{suspectName(a.suspectId) ?? "—"}</bdi></dd></>}
                    {a.place && <><dt>{t("investigation.timeline.place")}</dt><dd><bdi>{a.place}</bdi></dd></>}
                    {a.unit && <><dt>{t("investigation.timeline.unit")}</dt><dd><bdi>{a.unit}</bdi></dd></>}
                  </dl>
                )}
                {a.answersActionId && <p class="muted">{t("investigation.timeline.answers", { what: answered(actions, a.answersActionId, t, language) })}</p>}
                {a.details && <p class="details">{a.details}</p>}
              </li>
            ))}
          </ol>
        )}
      </Loaded>
      {officer.roles.includes("investigator") && c.status !== "CLOSED" && (
        <RecordAction investigation={c} suspects={props.suspects} requests={(load.value ?? []).filter((a) => ANSWERABLE.includes(a.type))}
          onRecorded={() => {
            load.reload();
            props.onRecorded();
          }} />
      )}
    </section>
  );
}

function answered(actions: readonly Action[], id: string, t: ReturnType<typeof useConsole>["t"], language: string): string {
  const request = actions.find((a) => a.id === id);
  return request ? `${t(`investigation.action.${request.type}`)} (${dayText(request.occurredAt, language)})` : "—";
}

const EMPTY = (): ActionDraft => ({ type: "", occurredAt: localInputValue(new Date()), details: "", place: "", unit: "",
  suspectId: "", answersActionId: "" });

function RecordAction(props: { investigation: Case; suspects: readonly Suspect[]; requests: readonly Action[]; onRecorded: () => void }) {
  const { t, apis, language } = useConsole();
  const [draft, setDraft] = useState<ActionDraft>(EMPTY);
  const [checked, setChecked] = useState<ReturnType<typeof actionProblems>>({});
  const [recorded, setRecorded] = useState<ActionType | null>(null);
  const action = useAction();
  useEffect(() => setChecked({}), [draft.type]);
  const fields = draft.type ? actionFields(draft.type) : { shown: [] as ActionField[], required: [] as ActionField[] };
  const required = (field: ActionField) => fields.required.includes(field);
  const error = (field: keyof ActionDraft) => action.problem?.fields[field]
    ?? (checked[field] ? t(`investigation.form.${checked[field]}`) : undefined);

  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRecorded(null);
    const problems = actionProblems(draft, new Date());
    setChecked(problems);
    const first = Object.keys(problems)[0];
    if (first || !draft.type) {
      document.getElementById(`action-${first ?? "type"}`)?.focus();
      return;
    }
    const type = draft.type;
    const shown = (field: ActionField) => fields.shown.includes(field) && draft[field].trim();
    const ok = await action.run(() => new CasesApi(apis.cases).caseRecord({
      id: props.investigation.id,
      newAction: {
        type,
        occurredAt: new Date(draft.occurredAt),
        ...(shown("details") ? { details: draft.details.trim() } : {}),
        ...(shown("place") ? { place: draft.place.trim() } : {}),
        ...(shown("unit") ? { unit: draft.unit.trim() } : {}),
        ...(shown("suspectId") ? { suspectId: draft.suspectId } : {}),
        ...(shown("answersActionId") ? { answersActionId: draft.answersActionId } : {}),
      },
    }));
    if (ok) {
      setRecorded(type);
      setDraft(EMPTY());
      props.onRecorded();
    }
  };

  return (
    <form class="subpanel" id="action-form" onSubmit={submit} noValidate aria-labelledby="action-form-title">
      <h3 id="action-form-title">{t("investigation.record.title")}</h3>
      {recorded && (
        <p class="ok" role="status" id="action-done" data-action-type={recorded}>
          {t(recorded === "ARREST" ? "investigation.record.arrestDone" : "investigation.record.done",
            { type: t(`investigation.action.${recorded}`) })}
        </p>
      )}
      {action.problem && <ProblemNotice problem={action.problem} />}
      <Select id="action-type" label={t("investigation.record.type")} value={draft.type} blank={t("common.choose")} required
        error={error("type")} onChange={(type) => setDraft({ ...draft, type: type as ActionType | "" })}
        options={OFFICER_ACTIONS.map((type) => ({ value: type, label: t(`investigation.action.${type}`) }))} />
      {draft.type === "ARREST" && <p class="note" id="arrest-note">{t("investigation.record.arrestNote")}</p>}
      {draft.type && (
        <>
          <TextField id="action-occurredAt" type="datetime-local" label={t("investigation.record.occurredAt")}
            hint={t("investigation.record.occurredAtHint")} required value={draft.occurredAt} error={error("occurredAt")}
            onInput={(occurredAt) => setDraft({ ...draft, occurredAt })} />
          {fields.shown.map((field) => {
            switch (field) {
              case "suspectId":
                return (
                  <Select key={field} id="action-suspectId" label={t("investigation.record.suspect")} value={draft.suspectId}
                    blank={t(required(field) ? "common.choose" : "investigation.record.noSuspect")} required={required(field)}
                    hint={props.suspects.length === 0 ? t("investigation.record.noSuspectsYet") : undefined}
                    error={error("suspectId")} onChange={(suspectId) => setDraft({ ...draft, suspectId })}
                    options={props.suspects.map((s) => ({ value: s.id, label: s.displayName }))} />
                );
              case "answersActionId":
                return (
                  <Select key={field} id="action-answersActionId" label={t("investigation.record.answers")} value={draft.answersActionId}
                    blank={t("investigation.record.noRequest")} error={error("answersActionId")}
                    onChange={(answersActionId) => setDraft({ ...draft, answersActionId })}
                    options={props.requests.map((r) => ({ value: r.id,
                      label: `${t(`investigation.action.${r.type}`)} (${dayText(r.occurredAt, language)})` }))} />
                );
              case "details":
                return (
                  <TextArea key={field} id="action-details" label={t("investigation.record.details")} required={required(field)}
                    rows={3} value={draft.details} error={error("details")} onInput={(details) => setDraft({ ...draft, details })} />
                );
              default:
                return (
                  <TextField key={field} id={`action-${field}`} label={t(`investigation.record.${field}`)} required={required(field)}
                    value={draft[field]} error={error(field)} onInput={(value) => setDraft({ ...draft, [field]: value })} />
                );
            }
          })}
        </>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="action-record" disabled={action.busy}>{t("investigation.record.submit")}</button>
      </div>
    </form>
  );
}
