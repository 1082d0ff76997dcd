// A case as its supervisor assigns it: the facts, the victims' same-gender request explained before
// the choice, the governorate's investigators from the officer directory (those who meet the
// request first), the assignment sent with If-Match and its answer (the request honoured or not;
// the API's refusal at the field), and the legal hold on the case's evidence.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { CasesApi, RetentionApi, type Case, type Officer } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Heading, Loaded, ProblemNotice, TextField, useAction, useLabels, useLoad, When } from "../../components";
import { HoldPanel, type HoldApi } from "./hold";
import { listInvestigators } from "./officers";
import { byGenderFit, genderFit, type GenderFit } from "./rules";

export function CaseView(props: { id: string }) {
  const { t, apis, go } = useConsole();
  const load = useLoad(() => new CasesApi(apis.cases).caseRead({ id: props.id }), [props.id, apis]);
  const retention = new RetentionApi(apis.cases);
  const hold: HoldApi = {
    read: () => retention.legalHoldRead({ id: props.id }),
    place: (reason) => retention.legalHoldPlace({ id: props.id, legalHoldInput: { reason } }),
    release: () => retention.legalHoldRelease({ id: props.id }),
  };
  return (
    <>
      <button type="button" class="link" id="back-to-cases" onClick={() => go({ area: "supervision", screen: "cases" })}>
        {t("supervision.case.back")}
      </button>
      <Loaded load={load}>
        {(c) => (
          <>
            <Heading>{t("supervision.case.title", { number: c.caseNumber })}</Heading>
            <Facts c={c} />
            <div class="columns">
              <Assign c={c} onAssigned={load.reload} />
              <HoldPanel id="case" record={c.id} governorate={c.governorate} api={hold} title={t("supervision.hold.caseTitle")} note={t("supervision.hold.caseNote")} />
            </div>
          </>
        )}
      </Loaded>
    </>
  );
}

function Facts(props: { c: Case }) {
  const { t } = useConsole();
  const labels = useLabels();
  const { c } = props;
  return (
    <section class="panel" aria-labelledby="case-facts-title">
      <h2 id="case-facts-title">{t("supervision.case.facts")}</h2>
      <dl class="facts" id="case-facts">
        <dt>{t("supervision.case.caseTitle")}</dt><dd>{c.title}</dd>
        <dt>{t("supervision.case.status")}</dt><dd>{t(`supervision.caseStatus.${c.status}`)}</dd>
        <dt>{t("supervision.case.priority")}</dt><dd class={`priority-${c.priority}`}>{labels("Priority", c.priority)} ({c.priorityScore})</dd>
        <dt>{t("supervision.case.governorate")}</dt><dd>{labels("region", c.governorate)}</dd>
        <dt>{t("supervision.case.lead")}</dt>
        <dd id="case-lead">
          {c.leadInvestigator
            ? <><bdi>{c.leadInvestigatorName ?? c.leadInvestigator}</bdi>{c.leadInvestigatorGender && <> ({labels("Gender", c.leadInvestigatorGender)})</>}</>
            : <span class="flag unassigned">{t("supervision.cases.unassigned")}</span>}
        </dd>
        <dt>{t("supervision.case.unit")}</dt><dd>{c.owningUnit ?? t("common.none")}</dd>
        <dt>{t("supervision.case.complaints")}</dt>
        <dd>{c.complaints.map((complaint) => complaint.trackingNumber).join(t("common.separator")) || t("common.none")}</dd>
        <dt>{t("supervision.case.opened")}</dt><dd><When at={c.createdAt} /></dd>
      </dl>
    </section>
  );
}

/** The request and what the current lead means for it, in words. */
function GenderRequest(props: { c: Case }) {
  const { t } = useConsole();
  const labels = useLabels();
  const { c } = props;
  const requested = c.requestedOfficerGender;
  return (
    <div class={requested ? "note gender-request" : "note"} id="gender-rule">
      {requested ? (
        <>
          <p><strong>{t("supervision.gender.requested", { gender: labels("Gender", requested) })}</strong></p>
          <p>{t("supervision.gender.rule")}</p>
          {c.leadInvestigator && (
            <p id="gender-honoured" class={c.genderPreferenceHonoured === null ? undefined : c.genderPreferenceHonoured ? "ok" : "bad"}>
              {t(c.genderPreferenceHonoured === null ? "supervision.gender.leadUnknown"
                : c.genderPreferenceHonoured ? "supervision.gender.honoured" : "supervision.gender.notHonoured")}
            </p>
          )}
        </>
      ) : <p>{t("supervision.gender.noRequest")}</p>}
    </div>
  );
}

const FIT_KEYS: Record<Exclude<GenderFit, "none">, "supervision.gender.meets" | "supervision.gender.differs" | "supervision.gender.unknown"> = {
  meets: "supervision.gender.meets",
  differs: "supervision.gender.differs",
  unknown: "supervision.gender.unknown",
};

function Assign(props: { c: Case; onAssigned: () => void }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const { c } = props;
  const officers = useLoad(() => listInvestigators(apis, c.governorate), [c.governorate, apis]);
  const [lead, setLead] = useState(c.leadInvestigator ?? "");
  const [unit, setUnit] = useState(c.owningUnit ?? "");
  const [missing, setMissing] = useState(false);
  const [assigned, setAssigned] = useState<Case | null>(null);
  const action = useAction();
  const closed = c.status === "CLOSED";
  const leadError = action.problem?.fields["leadInvestigator"] ?? (missing ? t("supervision.assign.required") : undefined);

  const assign = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAssigned(null);
    if (!lead) {
      setMissing(true);
      document.querySelector<HTMLInputElement>("#assign-officers input")?.focus();
      return;
    }
    setMissing(false);
    const chosen = officers.value?.find((o) => o.subject === lead);
    let answer: Case | null = null;
    const ok = await action.run(async () => {
      answer = await new CasesApi(apis.cases).caseAssign({
        id: c.id,
        ifMatch: `"${c.version}"`,
        assignment: {
          leadInvestigator: lead,
          ...(chosen?.gender === "FEMALE" || chosen?.gender === "MALE" || chosen?.gender === "UNDISCLOSED" ? { leadInvestigatorGender: chosen.gender } : {}),
          ...(unit.trim() ? { owningUnit: unit.trim() } : {}),
        },
      });
    });
    if (ok) {
      setAssigned(answer);
      props.onAssigned();
    }
  };

  return (
    <section class="panel" aria-labelledby="assign-title">
      <h2 id="assign-title">{t("supervision.assign.title")}</h2>
      <GenderRequest c={c} />
      {assigned && (
        <p class="ok" role="status" id="assign-done">
          {t("supervision.assign.done", { name: assigned.leadInvestigatorName ?? assigned.leadInvestigator ?? "" })}
          {assigned.genderPreferenceHonoured !== null && <> {t(assigned.genderPreferenceHonoured ? "supervision.gender.honoured" : "supervision.gender.notHonoured")}</>}
        </p>
      )}
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onAssigned} />}
      {closed ? <p id="assign-closed">{t("supervision.assign.closed")}</p> : (
        <Loaded load={officers}>
          {(found) => found.length === 0 ? <p class="note" id="assign-none">{t("supervision.assign.noOfficers")}</p> : (
            <form onSubmit={assign} noValidate>
              <fieldset class={`field${leadError ? " invalid" : ""}`} id="assign-officers"
                aria-describedby={leadError ? "assign-officers-error" : "assign-officers-hint"}>
                <legend>{t("supervision.assign.investigator")}</legend>
                <p class="hint" id="assign-officers-hint">{t("supervision.assign.directoryHint")}</p>
                {leadError && <p class="error" id="assign-officers-error">{leadError}</p>}
                {byGenderFit(found, c.requestedOfficerGender).map((o: Officer) => {
                  const fit = genderFit(c.requestedOfficerGender, o.gender);
                  return (
                    <label class="option" key={o.subject} for={`assign-${o.subject}`}>
                      <input type="radio" name="lead" id={`assign-${o.subject}`} value={o.subject}
                        checked={lead === o.subject} onChange={() => setLead(o.subject)} />
                      <span>
                        <bdi>{o.displayName}</bdi>
                        {o.gender && <span class="muted"> ({labels("Gender", o.gender)})</span>}
                        {fit !== "none" && <span class={`flag fit-${fit}`}>{t(FIT_KEYS[fit])}</span>}
                        {o.subject === c.leadInvestigator && <span class="flag current">{t("supervision.assign.current")}</span>}
                      </span>
                    </label>
                  );
                })}
              </fieldset>
              <TextField id="assign-unit" label={t("supervision.assign.unit")} hint={t("supervision.assign.unitHint")}
                value={unit} error={action.problem?.fields["owningUnit"]} onInput={setUnit} />
              <div class="actions">
                <button type="submit" class="primary" id="assign-submit" disabled={action.busy}>{t("supervision.assign.submit")}</button>
              </div>
            </form>
          )}
        </Loaded>
      )}
    </section>
  );
}
