// A complaint as an intake officer works it: the flags first, the facts and the victim (the API
// audits this read under the officer's name) with the time left to triage it and its escalation,
// the narrative, who threatens, the demand, what the filer added later, the evidence with the
// SHA-256 the service computed on arrival and its custody, the history, the messages sent to the
// victim (what and how, never to which number), and the triage decision with what each outcome
// must say.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import {
  ComplaintsApi, EvidenceApi, NotificationsApi, TriageApi, type Complaint, type Evidence, type TriageOutcome,
} from "@sanad/client/complaints";
import { useConsole } from "../../context";
import {
  Code, Heading, Loaded, ProblemNotice, Select, TextArea, TextField, useAction, useLabels, useLoad, useNow, When,
} from "../../components";
import { Escalated, TriageDue } from "./due";
import { Flags } from "./queue";
import { outcomesFrom, requiredFor } from "./rules";

export function ComplaintView(props: { id: string }) {
  const { t, apis, go } = useConsole();
  const labels = useLabels();
  const load = useLoad(async () => {
    const complaints = new ComplaintsApi(apis.complaints);
    const evidence = new EvidenceApi(apis.complaints);
    const [complaint, history, files] = await Promise.all([
      complaints.complaintRead({ id: props.id }),
      complaints.complaintHistory({ id: props.id }),
      evidence.evidenceList({ id: props.id }),
    ]);
    return { complaint, history: history.items, files: files.items };
  }, [props.id, apis]);
  return (
    <>
      <button type="button" class="link" id="back-to-queue" onClick={() => go({ area: "intake", screen: "queue" })}>
        {t("intake.complaint.back")}
      </button>
      <Loaded load={load}>
        {({ complaint, history, files }) => (
          <>
            <Heading>{t("intake.complaint.title", { tracking: complaint.trackingNumber })}</Heading>
            <Facts complaint={complaint} />
            <div class="columns">
              <div>
                <Story complaint={complaint} />
              </div>
              <div>
                <Triage complaint={complaint} onDecided={load.reload} />
                <Notifications complaintId={complaint.id} version={complaint.version} />
                <section class="panel" aria-labelledby="history-title">
                  <h2 id="history-title">{t("intake.complaint.history")}</h2>
                  <ol class="timeline" id="history">
                    {history.map((entry, index) => (
                      <li key={index}>
                        <When at={entry.at} />{" "}
                        <strong>{t("intake.complaint.movedTo", { status: labels("ComplaintStatus", entry.to) })}</strong>
                        {entry.actor && <span class="muted"> <bdi dir="ltr">{entry.actor}</bdi></span>}
                        {entry.note && <p dir="auto">{entry.note}</p>}
                        {entry.internalNote && <p class="muted" dir="auto">{t("intake.complaint.internal", { note: entry.internalNote })}</p>}
                      </li>
                    ))}
                  </ol>
                </section>
              </div>
            </div>
            <EvidenceList complaintId={complaint.id} files={files} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Facts(props: { complaint: Complaint }) {
  const { t } = useConsole();
  const labels = useLabels();
  const c = props.complaint;
  const v = c.victim;
  const now = useNow();
  return (
    <section class="panel" aria-labelledby="facts-title">
      <h2 id="facts-title">{t("intake.complaint.facts")}</h2>
      <Flags item={c} now={new Date()} prefersSameGenderOfficer={v.prefersSameGenderOfficer} />
      <dl class="facts" id="facts">
        <dt>{t("intake.complaint.status")}</dt><dd id="complaint-status">{labels("ComplaintStatus", c.status)}</dd>
        <dt>{t("intake.complaint.priority")}</dt><dd class={`priority-${c.priority}`}>{labels("Priority", c.priority)} ({c.priorityScore})</dd>
        <dt>{t("intake.complaint.governorate")}</dt><dd>{labels("region", c.governorate)}</dd>
        <dt>{t("intake.complaint.filer")}</dt><dd>{[labels("FilerKind", c.filerKind), labels("ReporterRelation", c.reporterRelation)].join(t("common.separator"))}</dd>
        <dt>{t("intake.complaint.victim")}</dt>
        <dd>
          {[v.name ?? t("intake.complaint.noName"), labels("Gender", v.gender), labels("AgeBand", v.ageBand)].join(t("common.separator"))}
          {v.contactPhone && <>{t("common.separator")}<bdi dir="ltr">{v.contactPhone}</bdi></>}
        </dd>
        <dt>{t("intake.complaint.submitted")}</dt><dd><When at={c.submittedAt} /></dd>
        <dt>{t("intake.complaint.deadline")}</dt><dd><When at={c.deadline} /></dd>
        <dt>{t("intake.complaint.triageDue")}</dt>
        <dd>
          <span class="triage-due">
            <TriageDue due={c.triageDueAt} now={now} id="triage-due" />
            {c.triageDueAt && <span class="muted">(<When at={c.triageDueAt} />)</span>}
            <Escalated escalation={c.escalation} />
          </span>
        </dd>
        {c.caseNumber && <><dt>{t("intake.complaint.case")}</dt><dd id="case-number"><bdi>{c.caseNumber}</bdi></dd></>}
        {c.duplicateOf && <><dt>{t("intake.complaint.duplicateOf")}</dt><dd><Code>{c.duplicateOf}</Code></dd></>}
        {c.rejectionReason && <><dt>{t("intake.complaint.rejection")}</dt><dd>{c.rejectionReason}</dd></>}
        {c.pendingQuestion && <><dt>{t("intake.complaint.question")}</dt><dd>{c.pendingQuestion}</dd></>}
      </dl>
    </section>
  );
}

function Story(props: { complaint: Complaint }) {
  const { t } = useConsole();
  const labels = useLabels();
  const c = props.complaint;
  return (
    <section class="panel" aria-labelledby="story-title">
      <h2 id="story-title">{t("intake.complaint.story")}</h2>
      <p>{[...c.platforms.map((p) => labels("Platform", p)), ...c.threatTypes.map((x) => labels("ThreatType", x))].join(t("common.separator"))}</p>
      <p class="narrative" id="narrative" dir="auto">{c.narrative}</p>
      <h3>{t("intake.complaint.identifiers")}</h3>
      {c.identifiers.length === 0 ? <p class="muted">{t("common.none")}</p> : (
        <ul id="identifiers">
          {c.identifiers.map((identifier, index) => (
            <li key={index}>{labels("IdentifierType", identifier.type)}: <bdi dir="ltr">{identifier.value}</bdi></li>
          ))}
        </ul>
      )}
      {c.demand && (
        <>
          <h3>{t("intake.complaint.demand")}</h3>
          <p>
            {c.demand.types.map((d) => labels("DemandType", d)).join(t("common.separator"))}
            {c.demand.money && <> · <bdi dir="ltr">{c.demand.money.amount} {c.demand.money.currency}</bdi></>}
          </p>
          {c.demand.details && <p dir="auto">{c.demand.details}</p>}
        </>
      )}
      {c.amountPaid && <p>{t("intake.complaint.paid", { amount: `${c.amountPaid.amount} ${c.amountPaid.currency}` })}</p>}
      {c.supplements.length > 0 && (
        <>
          <h3>{t("intake.complaint.supplements")}</h3>
          <ul>{c.supplements.map((s, index) => <li key={index}><When at={s.addedAt} />: <bdi dir="auto">{s.text}</bdi></li>)}</ul>
        </>
      )}
      {c.imageHashes.length > 0 && <p>{t("intake.complaint.imageHashes", { count: c.imageHashes.length })}</p>}
    </section>
  );
}

/**
 * What the victim was told, and how it went: each message's event, channel and delivery, with its
 * times (the API keeps the number and the text to itself; this read is audited like the complaint's).
 */
function Notifications(props: { complaintId: string; version: number }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const load = useLoad(async () => (await new NotificationsApi(apis.complaints).notificationNotifications({ id: props.complaintId })).items,
    // a decision tells the victim: read again after one
    [props.complaintId, props.version, apis]);
  return (
    <section class="panel" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t("intake.notifications.title")}</h2>
      <p class="muted">{t("intake.notifications.hint")}</p>
      <Loaded load={load}>
        {(sent) => sent.length === 0 ? <p class="muted" id="notifications-none">{t("intake.notifications.none")}</p> : (
          <div class="table-wrap">
            <table id="notifications">
              <thead>
                <tr>
                  <th scope="col">{t("intake.notifications.event")}</th>
                  <th scope="col">{t("intake.notifications.channel")}</th>
                  <th scope="col">{t("intake.notifications.status")}</th>
                  <th scope="col">{t("intake.notifications.times")}</th>
                </tr>
              </thead>
              <tbody>
                {sent.map((notification) => (
                  <tr key={notification.id}>
                    <td>{labels("NotificationEvent", notification.event)}</td>
                    <td>{labels("NotificationChannel", notification.channel)}</td>
                    <td class={`notification-${notification.status}`}>{labels("NotificationStatus", notification.status)}</td>
                    <td>
                      <dl class="times">
                        <dt>{t("intake.notifications.queued")}</dt><dd><When at={notification.queuedAt} /></dd>
                        {notification.notBefore && <><dt>{t("intake.notifications.notBefore")}</dt><dd><When at={notification.notBefore} /></dd></>}
                        {notification.sentAt && <><dt>{t("intake.notifications.sent")}</dt><dd><When at={notification.sentAt} /></dd></>}
                        {notification.deliveredAt && <><dt>{t("intake.notifications.delivered")}</dt><dd><When at={notification.deliveredAt} /></dd></>}
                      </dl>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}

function EvidenceList(props: { complaintId: string; files: Evidence[] }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const [custodyOf, setCustodyOf] = useState<string | null>(null);
  const custody = useLoad(async () => custodyOf
    ? (await new EvidenceApi(apis.complaints).evidenceCustody({ id: props.complaintId, evidenceId: custodyOf })).items
    : [], [custodyOf]);
  return (
    <section class="panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t("intake.complaint.evidence")}</h2>
      {props.files.length === 0 ? <p class="muted">{t("common.none")}</p> : (
        <div class="table-wrap">
          <table id="evidence">
            <thead>
              <tr>
                <th scope="col">{t("intake.evidence.file")}</th>
                <th scope="col">{t("intake.evidence.received")}</th>
                <th scope="col">{t("intake.evidence.sha256")}</th>
                <th scope="col"><span class="visually-hidden">{t("intake.evidence.custody")}</span></th>
              </tr>
            </thead>
            <tbody>
              {props.files.map((file) => (
                <tr key={file.id}>
                  <td><bdi>{file.fileName}</bdi> <span class="muted">({file.contentType}, {file.sizeBytes} B)</span></td>
                  <td><When at={file.receivedAt} /></td>
                  <td><Code>{file.sha256}</Code></td>
                  <td>
                    <button type="button" class="small" aria-expanded={custodyOf === file.id}
                      onClick={() => setCustodyOf(custodyOf === file.id ? null : file.id)}>
                      {t("intake.evidence.custody")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {custodyOf && (
        <Loaded load={custody}>
          {(events) => (
            <ol class="timeline" id="custody">
              {events.map((event, index) => (
                <li key={index}>
                  <When at={event.occurredAt} /> {labels("CustodyAction", event.action)}{" "}
                  <span class="muted"><bdi dir="ltr">{event.actorSubject} ({event.actorRoles})</bdi></span>
                  {event.note && <> · {event.note}</>}
                </li>
              ))}
            </ol>
          )}
        </Loaded>
      )}
    </section>
  );
}

function Triage(props: { complaint: Complaint; onDecided: () => void }) {
  const { t, apis, officer } = useConsole();
  const labels = useLabels();
  const c = props.complaint;
  const choices = outcomesFrom(c.status);
  const [outcome, setOutcome] = useState<TriageOutcome | "">("");
  const [text, setText] = useState({ question: "", duplicateOf: "", reason: "", internalNote: "", intoCase: "" });
  const [missing, setMissing] = useState<string | null>(null);
  const action = useAction();
  const [done, setDone] = useState(false);
  if (!officer.roles.includes("intake-officer")) return null;
  if (choices.length === 0) {
    return <section class="panel"><h2>{t("intake.triage.title")}</h2><p id="triage-closed">{t("intake.triage.closed")}</p></section>;
  }
  const needed = outcome ? requiredFor(outcome) : null;
  const error = (field: string) => action.problem?.fields[field] ?? (missing === field ? t("intake.triage.required") : undefined);

  const decide = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!outcome) {
      setMissing("outcome");
      return;
    }
    if (needed && !text[needed].trim()) {
      setMissing(needed);
      document.getElementById(`triage-${needed}`)?.focus();
      return;
    }
    setMissing(null);
    const ok = await action.run(() => new TriageApi(apis.complaints).triageDecide({
      id: c.id,
      ifMatch: `"${c.version}"`,
      triageDecision: {
        outcome,
        ...(outcome === "NEEDS_INFORMATION" ? { question: text.question.trim() } : {}),
        ...(outcome === "DUPLICATE" ? { duplicateOf: text.duplicateOf.trim() } : {}),
        ...(outcome === "REJECTED" ? { reason: text.reason.trim() } : {}),
        ...(outcome === "ACCEPTED" && text.intoCase.trim() ? { intoCase: text.intoCase.trim() } : {}),
        ...(text.internalNote.trim() ? { internalNote: text.internalNote.trim() } : {}),
      },
    }));
    if (ok) {
      // the next decision starts afresh, on the version the reload brings
      setOutcome("");
      setText({ question: "", duplicateOf: "", reason: "", internalNote: "", intoCase: "" });
      setDone(true);
      props.onDecided();
    }
  };

  return (
    <section class="panel" aria-labelledby="triage-title">
      <h2 id="triage-title">{t("intake.triage.title")}</h2>
      {done && <p class="ok" role="status" id="triage-done">{t("intake.triage.done")}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onDecided} />}
      <form onSubmit={decide} noValidate>
        <Select id="triage-outcome" label={t("intake.triage.outcome")} value={outcome} blank={t("common.choose")} required
          error={error("outcome")} onChange={(value) => setOutcome(value as TriageOutcome | "")}
          options={choices.map((o) => ({ value: o, label: labels("TriageOutcome", o) }))} />
        {outcome === "NEEDS_INFORMATION" && (
          <TextArea id="triage-question" label={t("intake.triage.question")} hint={t("intake.triage.questionHint")} required
            value={text.question} error={error("question")} onInput={(question) => setText({ ...text, question })} />
        )}
        {outcome === "DUPLICATE" && (
          <TextField id="triage-duplicateOf" label={t("intake.triage.duplicateOf")} hint={t("intake.triage.duplicateOfHint")}
            required dir="ltr" value={text.duplicateOf} error={error("duplicateOf")}
            onInput={(duplicateOf) => setText({ ...text, duplicateOf })} />
        )}
        {outcome === "REJECTED" && (
          <TextArea id="triage-reason" label={t("intake.triage.reason")} hint={t("intake.triage.reasonHint")} required
            value={text.reason} error={error("reason")} onInput={(reason) => setText({ ...text, reason })} />
        )}
        {outcome === "ACCEPTED" && (
          <TextField id="triage-intoCase" label={t("intake.triage.intoCase")} hint={t("intake.triage.intoCaseHint")} dir="ltr"
            value={text.intoCase} error={error("intoCase")} onInput={(intoCase) => setText({ ...text, intoCase })} />
        )}
        <TextArea id="triage-internalNote" label={t("intake.triage.internalNote")} hint={t("intake.triage.internalNoteHint")}
          rows={2} value={text.internalNote} error={error("internalNote")}
          onInput={(internalNote) => setText({ ...text, internalNote })} />
        <div class="actions">
          <button type="submit" class="primary" id="triage-decide" disabled={action.busy}>{t("intake.triage.decide")}</button>
        </div>
      </form>
    </section>
  );
}
