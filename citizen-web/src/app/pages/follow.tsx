// Following a report, the same for a logged-in filer and for an anonymous one (with the tracking
// number and secret): where it stands in plain words, the way through the investigation to the
// court's decision, the history, the officer's question answered in place, more information and
// evidence added later, withdrawal while nothing is decided yet, and how the person is told of news
// (notifications.tsx).
import { useEffect, useState } from "preact/hooks";
import type { ComplaintStatus, Evidence, HistoryEntry, IdentifierType, ImageHash, InvestigationStatus, SupplementInput } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "../context";
import { ProblemNotice } from "../problem-notice";
import { EvidenceUpload, type EvidenceTarget } from "../evidence";
import { Select, TextArea, TextField } from "../fields";
import type { MessageKey } from "../i18n";
import { NotificationsSection, type NotificationActions } from "../notifications";
import { PrivateImages } from "../private-images";
import { enumLabel, enumOptions, when } from "../reference";
import { PageTitle } from "./heading";

/** What both kinds of filer see of their report. */
interface Followed {
  trackingNumber: string;
  status: ComplaintStatus;
  investigationStatus: InvestigationStatus | null;
  pendingQuestion: string | null;
  rejectionReason: string | null;
  caseNumber: string | null;
  submittedAt: Date;
  history: HistoryEntry[];
  evidence: Evidence[];
  imageHashes: ImageHash[];
  /** The version the filer's changes are made against (If-Match): a change on a stale page is refused, not lost. */
  version: number;
}

/** What a filer may do with it, against the version they read: add information (an answer is information), withdraw. */
interface Actions {
  supplement(input: SupplementInput, version: number): Promise<void>;
  withdraw(reason: string, version: number): Promise<void>;
  evidenceTarget: EvidenceTarget;
}

const etag = (version: number) => `"${version}"`;

const WITHDRAWABLE: ComplaintStatus[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION"];
const INVESTIGATION: InvestigationStatus[] = ["INVESTIGATION_UNDER_WAY", "ARREST_MADE", "REFERRED_TO_COURT", "HEARING_SCHEDULED", "COURT_DECIDED"];

export function TrackedPage(props: { trackingNumber: string; secret: string }) {
  const { api, language } = usePortal();
  const credentials = { trackingNumber: props.trackingNumber, xTrackingSecret: props.secret, acceptLanguage: language };
  return (
    <Follow load={async () => {
      const tracking = await api.anonymous.trackingTrack(credentials);
      return { ...tracking, caseNumber: null };
    }} actions={{
      supplement: async (input, version) =>
        void await api.anonymous.trackingSupplement({ ...credentials, supplementInput: input, ifMatch: etag(version) }),
      withdraw: async (reason, version) =>
        void await api.anonymous.trackingWithdraw({ ...credentials, withdrawal: { reason }, ifMatch: etag(version) }),
      evidenceTarget: { trackingNumber: props.trackingNumber, secret: props.secret },
    }} notifications={{
      anonymous: true,
      read: () => api.notifications.trackingNotificationAnonymousChoice(credentials),
      sent: async () => (await api.notifications.trackingNotificationAnonymousNotifications(credentials)).items,
      change: (choice) => api.notifications.trackingNotificationAnonymousChoose({ ...credentials, notificationChoice: choice }),
      stop: () => api.notifications.trackingNotificationAnonymousStop(credentials),
    }} />
  );
}

export function ComplaintPage(props: { complaintId: string }) {
  const { api, language } = usePortal();
  const id = props.complaintId;
  return (
    <Follow load={async () => {
      const [complaint, history, evidence] = await Promise.all([
        api.complaints.complaintRead({ id, acceptLanguage: language }),
        api.complaints.complaintHistory({ id, acceptLanguage: language }),
        api.evidence.evidenceList({ id, acceptLanguage: language }),
      ]);
      return { ...complaint, history: history.items, evidence: evidence.items };
    }} actions={{
      supplement: async (input, version) => void await api.complaints.complaintSupplement({ id, supplementInput: input,
        ifMatch: etag(version), acceptLanguage: language }),
      withdraw: async (reason, version) => void await api.complaints.complaintWithdraw({ id, withdrawal: { reason },
        ifMatch: etag(version), acceptLanguage: language }),
      evidenceTarget: { complaintId: id },
    }} notifications={{
      anonymous: false,
      read: () => api.notifications.notificationChoiceChoice({ id, acceptLanguage: language }),
      sent: async () => (await api.notifications.notificationNotifications({ id, acceptLanguage: language })).items,
      change: (choice) => api.notifications.notificationChoiceChoose({ id, notificationChoice: choice, acceptLanguage: language }),
      stop: () => api.notifications.notificationChoiceStop({ id, acceptLanguage: language }),
    }} />
  );
}

/**
 * A message whose {number} is a reference: the reference stays whole on one line, left to right,
 * whatever the sentence around it (a phone's heading would break it at a hyphen).
 */
function WithReference(props: { message: string; reference: string }) {
  const [before, after = ""] = props.message.split("{number}");
  return <>{before}<bdi dir="ltr" class="reference">{props.reference}</bdi>{after}</>;
}

function Follow(props: { load: () => Promise<Followed>; actions: Actions; notifications: NotificationActions }) {
  const { t, language, reference, go, session } = usePortal();
  const [report, setReport] = useState<Followed | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // how many times the report was read: the messages about it are read again with it
  const [reads, setReads] = useState(0);
  const reload = () => props.load().then((loaded) => { setReport(loaded); setProblem(null); setReads((n) => n + 1); })
    .catch(async (failure) => setProblem(await problemOf(failure, t("problem.offline"))));
  useEffect(() => void reload(), []);

  if (!report) {
    return (
      <>
        <PageTitle>{t("follow.title")}</PageTitle>
        {problem ? <ProblemNotice problem={problem} />
          : <p aria-busy="true">{t("common.loading")}</p>}
      </>
    );
  }
  const reached = report.investigationStatus ? INVESTIGATION.indexOf(report.investigationStatus) : -1;
  return (
    <>
      <PageTitle><WithReference message={t("follow.titleNumber")} reference={report.trackingNumber} /></PageTitle>
      {problem && <ProblemNotice problem={problem} />}
      <section class="status-card" aria-labelledby="status-title">
        <h2 id="status-title">{t("follow.statusTitle")}</h2>
        <p class="status" id="complaint-status" data-status={report.status}>
          <strong>{enumLabel(reference, "ComplaintStatus", report.status, language)}</strong>
        </p>
        <p>{t(`status.${report.status}` as MessageKey)}</p>
        {report.rejectionReason && <p class="reason"><strong>{t("follow.reason")}</strong> <span dir="auto">{report.rejectionReason}</span></p>}
        {report.caseNumber && <p>{t("follow.caseNumber", { number: report.caseNumber })}</p>}
        <p class="muted">{t("mine.filedOn", { date: when(report.submittedAt, language) })}</p>
      </section>
      {report.status === "ACCEPTED" && (
        <section aria-labelledby="investigation-title">
          <h2 id="investigation-title">{t("follow.investigationTitle")}</h2>
          <ol class="steps" id="investigation" data-status={report.investigationStatus ?? ""}>
            {INVESTIGATION.map((step, index) => (
              <li key={step} class={index <= reached ? "reached" : ""} aria-current={index === reached ? "step" : undefined}>
                <strong>{enumLabel(reference, "InvestigationStatus", step, language)}</strong>
                {index === reached && <p>{t(`investigation.${step}` as MessageKey)}</p>}
              </li>
            ))}
          </ol>
          {report.investigationStatus === "CLOSED" && <p>{t("investigation.CLOSED")}</p>}
        </section>
      )}
      {report.status === "NEEDS_INFORMATION" && report.pendingQuestion && (
        <Answer question={report.pendingQuestion} onSend={async (text) => { await props.actions.supplement({ text }, report.version); await reload(); }} />
      )}
      {!["REJECTED", "DUPLICATE", "WITHDRAWN"].includes(report.status) && (
        <AddInformation onSend={async (input) => { await props.actions.supplement(input, report.version); await reload(); }} />
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("follow.historyTitle")}</h2>
        <ol class="timeline">
          {report.history.map((entry, index) => (
            <li key={index}>
              <time dateTime={entry.at.toISOString()}>{when(entry.at, language)}</time>{" "}
              <strong>{enumLabel(reference, "ComplaintStatus", entry.to, language)}</strong>
              {entry.note && <p dir="auto">{entry.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      <NotificationsSection actions={props.notifications} reads={reads}
        closed={["REJECTED", "DUPLICATE", "WITHDRAWN"].includes(report.status) || report.investigationStatus === "CLOSED"} />
      <section aria-labelledby="held-title">
        <h2 id="held-title">{t("follow.evidenceTitle")}</h2>
        {report.evidence.length === 0 ? <p>{t("follow.noEvidence")}</p> : (
          <ul class="held">
            {report.evidence.map((item) => (
              <li key={item.id}><span dir="auto">{item.fileName}</span>{" "}<code class="sha256" dir="ltr">{item.sha256}</code></li>
            ))}
          </ul>
        )}
      </section>
      {!["REJECTED", "DUPLICATE", "WITHDRAWN"].includes(report.status) && (
        <EvidenceUpload target={props.actions.evidenceTarget} onAdded={() => void reload()} />
      )}
      {!["REJECTED", "DUPLICATE", "WITHDRAWN"].includes(report.status) && (
        <PrivateImages held={report.imageHashes} send={async (imageHashes) => { await props.actions.supplement({ imageHashes }, report.version); await reload(); }} />
      )}
      {WITHDRAWABLE.includes(report.status) && (
        <Withdraw onWithdraw={async (reason) => { await props.actions.withdraw(reason, report.version); await reload(); }} />
      )}
      <div class="actions">
        <button type="button" onClick={() => go(session ? { page: "mine" } : { page: "start" })}>{t("common.back")}</button>
        <button type="button" id="refresh" onClick={() => void reload()}>{t("follow.refresh")}</button>
      </div>
    </>
  );
}

/** Runs a request, keeping what was typed and showing the problem at the field or above the form. */
function useSend() {
  const { t } = usePortal();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setProblem(await problemOf(failure, t("problem.offline")));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run };
}

function Answer(props: { question: string; onSend: (text: string) => Promise<void> }) {
  const { t } = usePortal();
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const { problem, busy, run } = useSend();
  return (
    <section class="question" aria-labelledby="question-title">
      <h2 id="question-title">{t("follow.questionTitle")}</h2>
      <blockquote dir="auto" id="pending-question">{props.question}</blockquote>
      {problem && <ProblemNotice problem={problem} />}
      <form noValidate onSubmit={async (event) => {
        event.preventDefault();
        setMissing(!text.trim());
        if (text.trim() && await run(() => props.onSend(text.trim()))) setText("");
      }}>
        <TextArea id="f-answer" label={t("follow.answer")} value={text} onInput={setText} maxLength={10000} rows={4}
          error={missing ? t("check.required") : problem?.fields["text"]} required />
        <button type="submit" class="primary" id="answer-send" disabled={busy}>{t("follow.answerSend")}</button>
      </form>
    </section>
  );
}

function AddInformation(props: { onSend: (input: SupplementInput) => Promise<void> }) {
  const { t, language, reference } = usePortal();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [type, setType] = useState("PHONE");
  const [value, setValue] = useState("");
  const [done, setDone] = useState(false);
  const { problem, busy, run } = useSend();
  if (!open) {
    return (
      <div class="actions">
        <button type="button" id="add-information" onClick={() => { setOpen(true); setDone(false); }}>{t("follow.addInformation")}</button>
        {done && <p role="status">{t("follow.added")}</p>}
      </div>
    );
  }
  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">{t("follow.addInformation")}</h2>
      {problem && <ProblemNotice problem={problem} />}
      <form noValidate onSubmit={async (event) => {
        event.preventDefault();
        const input: SupplementInput = {
          ...(text.trim() ? { text: text.trim() } : {}),
          ...(value.trim() ? { identifiers: [{ type: type as IdentifierType, value: value.trim() }] } : {}),
        };
        if (!input.text && !input.identifiers) return;
        if (await run(() => props.onSend(input))) {
          setText("");
          setValue("");
          setOpen(false);
          setDone(true);
        }
      }}>
        <TextArea id="f-supplement-text" label={t("follow.moreText")} value={text} onInput={setText} maxLength={10000} rows={4}
          error={problem?.fields["text"]} />
        <Select id="f-supplement-type" label={t("report.identifierType", { n: 1 })} placeholder={t("common.choose")} value={type}
          options={enumOptions(reference, "IdentifierType", language)} onChange={setType} error={problem?.fields["identifiers[0].type"]} />
        <TextField id="f-supplement-value" label={t("report.identifierValue", { n: 1 })} value={value} onInput={setValue} dir="ltr"
          maxLength={500} error={problem?.fields["identifiers[0].value"]} />
        <div class="actions">
          <button type="button" onClick={() => setOpen(false)}>{t("common.cancel")}</button>
          <button type="submit" class="primary" id="supplement-send" disabled={busy}>{t("follow.addSend")}</button>
        </div>
      </form>
    </section>
  );
}

function Withdraw(props: { onWithdraw: (reason: string) => Promise<void> }) {
  const { t } = usePortal();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const { problem, busy, run } = useSend();
  if (!asking) {
    return <div class="actions"><button type="button" class="quiet" id="withdraw" onClick={() => setAsking(true)}>{t("follow.withdraw")}</button></div>;
  }
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("follow.withdraw")}</h2>
      <p>{t("follow.withdrawExplain")}</p>
      {problem && <ProblemNotice problem={problem} />}
      <form noValidate onSubmit={async (event) => {
        event.preventDefault();
        if (await run(() => props.onWithdraw(reason.trim()))) setAsking(false);
      }}>
        <TextArea id="f-withdraw-reason" label={t("follow.withdrawReason")} value={reason} onInput={setReason} maxLength={2000} rows={3}
          error={problem?.fields["reason"]} />
        <div class="actions">
          <button type="button" onClick={() => setAsking(false)}>{t("common.cancel")}</button>
          <button type="submit" class="danger" id="withdraw-confirm" disabled={busy}>{t("follow.withdrawConfirm")}</button>
        </div>
      </form>
    </section>
  );
}
