// A referral as the prosecutor follows it: where it stands and what comes next, the court's replies
// to the last version it was sent (receipt, the review with its reasons beside what each concerns,
// hearings at the court's own time, the decision with its verdicts), the content of any version, the
// courts' requests for a victim's identity (approved or refused here where the deployment asks the
// prosecutor), and the prosecutor's moves: submit a draft, draft the next version after a return,
// close once decided. Every change sends the version read (If-Match).
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import {
  CatalogueApi, ReferralsApi, type IdentityRequestStatus, type Referral, type Statute,
} from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Code, Confirm, Heading, Loaded, ProblemNotice, TextField, useAction, useLabels, useLoad, When } from "../../components";
import { EvidenceFacts, SuspectFacts } from "./form";
import { ChargeText, CourtName, CourtTime, DateOnly, StatusLabel } from "./parts";
import { amendDraftsNextVersion, canClose, canSubmit, ifMatchOf, reasonsByItem, repliedVersion } from "./rules";

export function ReferralScreen(props: { id: string }) {
  const { t, apis, go } = useConsole();
  const labels = useLabels();
  const load = useLoad(async () => {
    const api = new ReferralsApi(apis.referrals);
    const answer = await api.referralReadRaw({ id: props.id });
    const referral = await answer.value();
    const etag = answer.raw.headers.get("ETag");
    const replied = repliedVersion(referral);
    const [requests, statutes, repliedTo] = await Promise.all([
      api.referralIdentityRequests({ id: props.id }),
      new CatalogueApi(apis.referrals).catalogueStatutes({}),
      replied === null || replied === referral.versionNumber ? Promise.resolve(replied === null ? null : referral)
        : api.referralReadVersion({ id: props.id, number: replied }),
    ]);
    return { referral, etag, requests, statutes, repliedTo };
  }, [props.id, apis]);

  return (
    <>
      <button type="button" class="link" id="back-to-referrals" onClick={() => go({ area: "prosecution", screen: "referrals" })}>
        {t("prosecution.view.back")}
      </button>
      <Loaded load={load}>
        {({ referral, etag, requests, statutes, repliedTo }) => (
          <div id="referral" data-referral-id={referral.id} data-status={referral.status}>
            <Heading>{t("prosecution.view.title", { reference: referral.referenceNumber })}</Heading>
            <section class="panel" aria-labelledby="where-title">
              <h2 id="where-title">{t("prosecution.view.where")}</h2>
              <dl class="facts" id="referral-facts">
                <dt>{t("prosecution.view.status")}</dt><dd id="referral-status"><StatusLabel status={referral.status} /></dd>
                <dt>{t("prosecution.view.case")}</dt><dd><bdi>{referral.caseNumber}</bdi></dd>
                <dt>{t("prosecution.view.governorate")}</dt><dd>{labels("region", referral.governorate)}</dd>
                <dt>{t("prosecution.view.court")}</dt><dd><CourtName court={referral.court} /></dd>
                <dt>{t("prosecution.view.version")}</dt>
                <dd id="referral-version">
                  {referral.draft ? t("prosecution.version.draftNumber", { number: referral.versionNumber })
                    : t("prosecution.version.number", { number: referral.versionNumber })}
                </dd>
                <dt>{t("prosecution.view.submitted")}</dt><dd><When at={referral.submittedAt} /></dd>
              </dl>
              <p class="note" id="referral-explain">
                {t(`prosecution.explain.${referral.draft && referral.status === "RETURNED" ? "NEXT_DRAFT" : referral.status}`)}
              </p>
              <Moves referral={referral} etag={etag} onChanged={load.reload} />
            </section>
            {repliedTo && <CourtReplies version={repliedTo} statutes={statutes} />}
            <Versions referral={referral} statutes={statutes} />
            <IdentityRequests referralId={referral.id} requests={requests} onDecided={load.reload} />
          </div>
        )}
      </Loaded>
    </>
  );
}

/** What the prosecutor may do now: each move asks to be confirmed, since the court sees its result. */
function Moves(props: { referral: Referral; etag: string | null; onChanged: () => void }) {
  const { t, apis, go } = useConsole();
  const { referral } = props;
  const action = useAction();
  const [confirming, setConfirming] = useState<"submit" | "close" | null>(null);
  const [done, setDone] = useState<"submit" | "close" | null>(null);
  const api = new ReferralsApi(apis.referrals);
  const move = async (which: "submit" | "close") => {
    const ok = await action.run(() => which === "submit"
      ? api.referralSubmit({ id: referral.id, ifMatch: ifMatchOf(props.etag) })
      : api.referralClose({ id: referral.id, ifMatch: ifMatchOf(props.etag) }));
    setConfirming(null);
    if (ok) {
      setDone(which);
      props.onChanged();
    }
  };
  const amend = () => go({ area: "prosecution", screen: "amend", id: referral.id });
  return (
    <div id="moves">
      {done === "submit" && <p class="ok" role="status" id="submitted">{t("prosecution.view.submittedNow")}</p>}
      {done === "close" && <p class="ok" role="status" id="closed">{t("prosecution.view.closedNow")}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onChanged} />}
      {confirming ? (
        <Confirm id={`ref-${confirming}`}
          warning={confirming === "submit"
            ? t("prosecution.view.confirmSubmit", { number: referral.versionNumber })
            : t("prosecution.view.confirmClose")}
          confirm={t(confirming === "submit" ? "prosecution.view.submitConfirm" : "prosecution.view.closeConfirm")}
          busy={action.busy} onConfirm={() => void move(confirming)} onCancel={() => setConfirming(null)} />
      ) : (
        <div class="actions">
          {canSubmit(referral) && (
            <>
              <button type="button" class="primary" id="ref-submit" onClick={() => setConfirming("submit")}>
                {t("prosecution.view.submit", { number: referral.versionNumber })}
              </button>
              <button type="button" id="ref-edit" onClick={amend}>{t("prosecution.view.edit")}</button>
            </>
          )}
          {amendDraftsNextVersion(referral) && (
            <button type="button" class="primary" id="ref-amend" onClick={amend}>
              {t("prosecution.view.nextVersion", { number: referral.versionNumber + 1 })}
            </button>
          )}
          {canClose(referral.status) && (
            <button type="button" id="ref-close" onClick={() => setConfirming("close")}>{t("prosecution.view.close")}</button>
          )}
        </div>
      )}
    </div>
  );
}

/** The court's replies to one version, each reason beside the item it concerns. */
export function CourtReplies(props: { version: Referral; statutes: readonly Statute[] }) {
  const { t } = useConsole();
  const { version } = props;
  const progress = version.progress;
  const review = progress?.review;
  return (
    <section class="panel" aria-labelledby="replies-title" id="court-replies">
      <h2 id="replies-title">{t("prosecution.replies.title", { number: version.versionNumber })}</h2>
      {!progress || (!progress.receivedAt && !review && !progress.hearings?.length && !progress.decision)
        ? <p class="muted" id="no-replies">{t("prosecution.replies.none")}</p> : (
          <ol class="timeline">
            {progress.receivedAt && (
              <li id="reply-receipt"><When at={progress.receivedAt} /> <strong>{t("prosecution.replies.received")}</strong></li>
            )}
            {review && (
              <li id="reply-review">
                <When at={review.at} /> <strong>{t(`prosecution.review.${review.reply.outcome}`)}</strong>
                {(review.reply.reasons?.length ?? 0) > 0 && <ReasonTable version={version} statutes={props.statutes} />}
              </li>
            )}
            {progress.hearings?.map((hearing, index) => (
              <li key={index} class="reply-hearing">
                <When at={hearing.at} />{" "}
                <strong>{t("prosecution.replies.hearing")}</strong>{" "}
                <CourtTime at={hearing.courtTime ?? hearing.reply.scheduledFor} timeZone={hearing.timeZone} />
                {t("common.separator")}<bdi>{hearing.reply.chamber}</bdi>
                {hearing.reply.note && <p>{hearing.reply.note}</p>}
              </li>
            ))}
            {progress.decision && (
              <li id="reply-decision">
                <When at={progress.decision.at} /> <strong>{t("prosecution.replies.decision")}</strong>{" "}
                {t("prosecution.replies.decidedOn")} <DateOnly at={progress.decision.reply.decidedOn} />
                {progress.decision.reply.note && <p>{progress.decision.reply.note}</p>}
                <div class="table-wrap">
                  <table id="verdicts">
                    <caption>{t("prosecution.replies.verdicts")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("prosecution.replies.defendant")}</th>
                        <th scope="col">{t("prosecution.replies.charge")}</th>
                        <th scope="col">{t("prosecution.replies.outcome")}</th>
                        <th scope="col">{t("prosecution.replies.sentence")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {progress.decision.reply.verdicts.map((verdict, index) => {
                        const defendant = version.defendants.find((d) => d.suspectId === verdict.suspectId);
                        const charge = defendant?.charges.find((c) => c.statuteCode === verdict.statuteCode);
                        return (
                          <tr key={index}>
                            <th scope="row"><bdi>{defendant?.name ?? verdict.suspectId}</bdi></th>
                            <td>{charge ? <ChargeText charge={charge} statutes={props.statutes} /> : <Code>{verdict.statuteCode}</Code>}</td>
                            <td class={`verdict-${verdict.outcome}`}>{t(`prosecution.verdict.${verdict.outcome}`)}</td>
                            <td>{verdict.sentence ?? "—"}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </li>
            )}
          </ol>
        )}
    </section>
  );
}

/** The court's reasons, each beside what it concerns in the version it returned. */
function ReasonTable(props: { version: Referral; statutes: readonly Statute[] }) {
  const { t } = useConsole();
  const { version } = props;
  const sorted = reasonsByItem(version.progress?.review?.reply.reasons);
  const rows: { about: ComponentChildren; reason: string }[] = [];
  sorted.general.forEach((reason) => rows.push({ about: t("prosecution.reasons.general"), reason }));
  sorted.summary.forEach((reason) => rows.push({ about: t("prosecution.reasons.summary"), reason }));
  for (const [suspectId, reasons] of Object.entries(sorted.defendant)) {
    const name = version.defendants.find((d) => d.suspectId === suspectId)?.name ?? suspectId;
    reasons.forEach((reason) => rows.push({ about: t("prosecution.reasons.defendant", { name }), reason }));
  }
  for (const [code, reasons] of Object.entries(sorted.charge)) {
    const charge = version.defendants.flatMap((d) => d.charges).find((c) => c.statuteCode === code);
    reasons.forEach((reason) => rows.push({
      about: charge ? <>{t("prosecution.reasons.charge")} <ChargeText charge={charge} statutes={props.statutes} /></> : <Code>{code}</Code>,
      reason,
    }));
  }
  for (const [itemId, reasons] of Object.entries(sorted.evidence)) {
    const index = version.evidence.findIndex((e) => e.itemId === itemId);
    const item = version.evidence[index];
    reasons.forEach((reason) => rows.push({
      about: item ? t("prosecution.reasons.evidence", { number: index + 1, description: item.description }) : <Code>{itemId}</Code>,
      reason,
    }));
  }
  return (
    <div class="table-wrap">
      <table id="review-reasons">
        <caption>{t("prosecution.reasons.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("prosecution.reasons.about")}</th>
            <th scope="col">{t("prosecution.reasons.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}><th scope="row">{row.about}</th><td>{row.reason}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every version's content: the newest by default, an earlier one as the court received it. */
function Versions(props: { referral: Referral; statutes: readonly Statute[] }) {
  const { t, apis } = useConsole();
  const { referral } = props;
  const [shown, setShown] = useState(referral.versionNumber);
  const load = useLoad(async () => shown === referral.versionNumber ? referral
    : new ReferralsApi(apis.referrals).referralReadVersion({ id: referral.id, number: shown }), [shown, referral]);
  const numbers = Array.from({ length: referral.versionNumber }, (_, index) => index + 1);
  return (
    <section class="panel" aria-labelledby="content-title" id="referral-content">
      <h2 id="content-title">{t("prosecution.content.title")}</h2>
      {numbers.length > 1 && (
        <div class="actions" role="group" aria-label={t("prosecution.content.versions")}>
          {numbers.map((number) => (
            <button type="button" class="small" key={number} id={`version-${number}`} aria-pressed={number === shown}
              onClick={() => setShown(number)}>
              {t("prosecution.version.number", { number })}
            </button>
          ))}
        </div>
      )}
      <Loaded load={load}>
        {(version) => (
          <div id={`content-${version.versionNumber}`}>
            <h3>
              {version.draft ? t("prosecution.version.draftNumber", { number: version.versionNumber })
                : t("prosecution.version.number", { number: version.versionNumber })}
            </h3>
            <p class="muted">
              {t("prosecution.content.drafted")} <When at={version.draftedAt} />
              {version.submittedAt && <>{t("common.separator")}{t("prosecution.content.submitted")} <When at={version.submittedAt} /></>}
            </p>
            {version.signature && (
              <p class="muted">{t("prosecution.content.signed")} <Code>{version.signature.kid}</Code></p>
            )}
            {version.versionNumber !== referral.versionNumber && version.progress && <CourtReplies version={version} statutes={props.statutes} />}
            <h3>{t("prosecution.content.summary")}</h3>
            <p class="narrative" lang="ar" dir="rtl" id="referral-summary">{version.summary}</p>
            <h3>{t("prosecution.content.defendants")}</h3>
            <ul class="plain" id="referral-defendants">
              {version.defendants.map((d) => (
                <li key={d.suspectId} class="defendant">
                  <strong><bdi>{d.name}</bdi></strong>
                  <SuspectFacts suspect={{ id: d.suspectId, name: d.name, aliases: d.aliases, arrests: d.arrests }} />
                  <ul>{d.charges.map((c) => <li key={c.statuteCode}><ChargeText charge={c} statutes={props.statutes} /></li>)}</ul>
                </li>
              ))}
            </ul>
            <h3>{t("prosecution.content.victims")}</h3>
            <p>{version.victims.length === 0 ? t("common.none") : version.victims.map((v) => v.pseudonym).join(t("common.separator"))}</p>
            <h3>{t("prosecution.content.evidence")}</h3>
            {version.evidence.length === 0 ? <p class="muted">{t("common.none")}</p> : (
              <ol id="referral-evidence">
                {version.evidence.map((item) => (
                  <li key={item.itemId}>
                    <bdi>{item.description}</bdi>{item.fileName && <> (<bdi dir="ltr">{item.fileName}</bdi>)</>}
                    <EvidenceFacts item={{ id: item.itemId, kind: item.kind, description: item.description, contentType: item.contentType,
                      sizeBytes: item.sizeBytes, sha256: item.sha256, custody: item.custody }} />
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </Loaded>
    </section>
  );
}

/** The courts' requests for a victim's identity; those awaiting the prosecutor's approval are decided here. */
function IdentityRequests(props: { referralId: string; requests: IdentityRequestStatus[]; onDecided: () => void }) {
  const { t } = useConsole();
  if (props.requests.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="identity-title">
      <h2 id="identity-title">{t("prosecution.identity.title")}</h2>
      <p class="hint">{t("prosecution.identity.lead")}</p>
      <div class="table-wrap">
        <table id="identity-requests">
          <caption>{t("prosecution.identity.caption", { count: props.requests.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("prosecution.identity.victim")}</th>
              <th scope="col">{t("prosecution.identity.court")}</th>
              <th scope="col">{t("prosecution.identity.reason")}</th>
              <th scope="col">{t("prosecution.identity.status")}</th>
              <th scope="col">{t("prosecution.identity.requested")}</th>
              <th scope="col">{t("prosecution.identity.decision")}</th>
            </tr>
          </thead>
          <tbody>
            {props.requests.map((request) => (
              <tr key={request.id} data-request-id={request.id}>
                <th scope="row" class="nowrap"><bdi>{request.pseudonym}</bdi></th>
                <td class="nowrap"><bdi dir="ltr">{request.courtCode}</bdi></td>
                <td>{request.reason}</td>
                <td>{t(`prosecution.identity.${request.status}`)}</td>
                <td><When at={request.requestedAt} /></td>
                <td>
                  {request.status === "AWAITING_APPROVAL"
                    ? <DecideIdentity referralId={props.referralId} request={request} onDecided={props.onDecided} />
                    : request.decidedAt || request.decisionNote
                      ? <>{request.decidedAt && <When at={request.decidedAt} />}{request.decisionNote && <p>{request.decisionNote}</p>}</>
                      : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DecideIdentity(props: { referralId: string; request: IdentityRequestStatus; onDecided: () => void }) {
  const { t, apis } = useConsole();
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const decide = async (approved: boolean) => {
    const ok = await action.run(() => new ReferralsApi(apis.referrals).referralDecideIdentityRequest({
      id: props.referralId, requestId: props.request.id,
      identityDecision: { approved, ...(note.trim() ? { note: note.trim() } : {}) },
    }));
    if (ok) props.onDecided();
  };
  const id = props.request.id;
  return (
    <div>
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onDecided} />}
      <TextField id={`idr-note-${id}`} label={t("prosecution.identity.note")} value={note} onInput={setNote}
        error={action.problem?.fields["note"]} />
      {confirming ? (
        <Confirm id={`idr-approve-${id}`} warning={t("prosecution.identity.approveWarning")} confirm={t("prosecution.identity.approve")}
          danger busy={action.busy} onConfirm={() => void decide(true)} onCancel={() => setConfirming(false)} />
      ) : (
        <div class="actions">
          <button type="button" class="primary small" id={`idr-approve-${id}`} disabled={action.busy} onClick={() => setConfirming(true)}>
            {t("prosecution.identity.approve")}
          </button>
          <button type="button" class="small" id={`idr-refuse-${id}`} disabled={action.busy} onClick={() => void decide(false)}>
            {t("prosecution.identity.refuse")}
          </button>
        </div>
      )}
    </div>
  );
}
