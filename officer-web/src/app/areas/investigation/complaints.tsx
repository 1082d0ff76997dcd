// The case's complaints, one per victim report: what the case holds of each (priority, a minor
// victim, self-harm risk, what was threatened and demanded, the deadline, when it joined), and, on
// request, the complaint itself from complaints-service (read under the officer's name).
import { useState } from "preact/hooks";
import type { Case, LinkedComplaint } from "@sanad/client/cases";
import { ComplaintsApi } from "@sanad/client/complaints";
import { useConsole } from "../../context";
import { Loaded, useLabels, useLoad, When } from "../../components";

export function Complaints(props: { investigation: Case }) {
  const { t } = useConsole();
  const labels = useLabels();
  const [open, setOpen] = useState<string | null>(null);
  const complaints = props.investigation.complaints;
  return (
    <section class="panel" aria-labelledby="complaints-title">
      <h2 id="complaints-title">{t("investigation.complaints.title", { count: complaints.length })}</h2>
      {complaints.length === 0 ? <p class="muted">{t("common.none")}</p> : (
        <div class="table-wrap">
          <table id="case-complaints">
            <thead>
              <tr>
                <th scope="col">{t("investigation.complaints.tracking")}</th>
                <th scope="col">{t("investigation.complaints.priority")}</th>
                <th scope="col">{t("investigation.complaints.flags")}</th>
                <th scope="col">{t("investigation.complaints.what")}</th>
                <th scope="col">{t("investigation.complaints.deadline")}</th>
                <th scope="col">{t("investigation.complaints.linked")}</th>
                <th scope="col"><span class="visually-hidden">{t("investigation.complaints.read")}</span></th>
              </tr>
            </thead>
            <tbody>
              {complaints.map((c) => (
                <tr key={c.complaintId} data-complaint-id={c.complaintId}>
                  <td><bdi class="nowrap">{c.trackingNumber}</bdi></td>
                  <td class={`priority-${c.priority}`}>{labels("Priority", c.priority)} ({c.priorityScore})</td>
                  <td><LinkedFlags complaint={c} /></td>
                  <td><What complaint={c} /></td>
                  <td><When at={c.deadline} /></td>
                  <td><When at={c.linkedAt} /></td>
                  <td>
                    <button type="button" class="small" aria-expanded={open === c.complaintId}
                      aria-label={t("investigation.complaints.readLabel", { tracking: c.trackingNumber })}
                      onClick={() => setOpen(open === c.complaintId ? null : c.complaintId)}>
                      {t("investigation.complaints.read")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && <ComplaintDetails id={open} />}
    </section>
  );
}

function LinkedFlags(props: { complaint: LinkedComplaint }) {
  const { t } = useConsole();
  const labels = useLabels();
  const c = props.complaint;
  return (
    <span class="flags">
      {c.selfHarmRisk && <span class="flag self-harm">{t("investigation.complaints.selfHarm")}</span>}
      {c.victim.minor && <span class="flag minor">{t("investigation.complaints.minor")}</span>}
      {c.requestedOfficerGender && (
        <span class="flag gender">{t("investigation.complaints.gender", { gender: labels("Gender", c.requestedOfficerGender) })}</span>
      )}
    </span>
  );
}

function What(props: { complaint: LinkedComplaint }) {
  const { t } = useConsole();
  const labels = useLabels();
  const c = props.complaint;
  return (
    <>
      {[...c.platforms.map((p) => labels("Platform", p)), ...c.threatTypes.map((x) => labels("ThreatType", x))].join(t("common.separator"))}
      {c.demandTypes.length > 0 && <> · {c.demandTypes.map((d) => labels("DemandType", d)).join(t("common.separator"))}</>}
      {c.money && <> · <bdi dir="ltr">{c.money.amount} {c.money.currency}</bdi></>}
    </>
  );
}

/** The complaint as complaints-service holds it: the narrative, who threatens, how to reach the victim. */
function ComplaintDetails(props: { id: string }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const load = useLoad(() => new ComplaintsApi(apis.complaints).complaintRead({ id: props.id }), [props.id, apis]);
  return (
    <Loaded load={load}>
      {(c) => (
        <article class="subpanel" id="complaint-details" aria-labelledby="complaint-details-title">
          <h3 id="complaint-details-title">{t("investigation.complaints.details", { tracking: c.trackingNumber })}</h3>
          <dl class="facts">
            <dt>{t("investigation.complaints.victim")}</dt>
            <dd>
              {c.victim.name ?? t("investigation.complaints.noName")}, {labels("Gender", c.victim.gender)}, {labels("AgeBand", c.victim.ageBand)}
              {c.victim.contactPhone && <>, <bdi dir="ltr">{c.victim.contactPhone}</bdi></>}
            </dd>
            <dt>{t("investigation.complaints.submitted")}</dt><dd><When at={c.submittedAt} /></dd>
            <dt>{t("investigation.complaints.identifiers")}</dt>
            <dd>
              {c.identifiers.length === 0 ? t("common.none") : (
                <ul class="plain">
                  {c.identifiers.map((identifier, index) => (
                    <li key={index}>{labels("IdentifierType", identifier.type)}: <bdi dir="ltr">{identifier.value}</bdi></li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
          <p class="narrative" dir="auto">{c.narrative}</p>
          {c.supplements.length > 0 && (
            <ul>{c.supplements.map((s, index) => <li key={index}><When at={s.addedAt} />: {s.text}</li>)}</ul>
          )}
        </article>
      )}
    </Loaded>
  );
}
