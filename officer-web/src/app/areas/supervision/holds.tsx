// Legal holds on complaints: the governorate's complaints from the queue (any status; narrowed by a
// tracking number among the lines shown) or one named by its id, and the hold on the one chosen.
// A case's hold is on the case's own screen (and complaints-service keeps its complaints' files too).
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { RetentionApi, TriageApi, type ComplaintStatus, type ComplaintSummary, type PageComplaintSummary } from "@sanad/client/complaints";
import { useConsole } from "../../context";
import { Heading, Loaded, Select, TextField, useLabels, useLoad, usePages, When } from "../../components";
import { HoldPanel, type HoldApi } from "./hold";

const STATUSES: readonly ComplaintStatus[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION", "ACCEPTED", "DUPLICATE", "REJECTED", "WITHDRAWN"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ComplaintHolds() {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const [status, setStatus] = useState("");
  const [tracking, setTracking] = useState("");
  const [idText, setIdText] = useState("");
  const [idError, setIdError] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<{ id: string; tracking: string | null } | null>(null);
  const { after, reset, pager } = usePages();
  const load = useLoad<PageComplaintSummary>(() => new TriageApi(apis.complaints).triageQueue({
    status: status ? [status] : [...STATUSES],
    ...(after ? { after } : {}),
    limit: 50,
  }), [status, after, apis]);

  const choose = (id: string, trackingNumber: string | null) => {
    setChosen({ id, tracking: trackingNumber });
    requestAnimationFrame(() => document.getElementById("complaint-hold-title")?.focus());
  };
  const openById = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = idText.trim();
    if (!UUID.test(id)) {
      setIdError(t(id ? "supervision.holds.idInvalid" : "supervision.holds.idRequired"));
      return;
    }
    setIdError(undefined);
    choose(id, load.value?.items.find((c) => c.id === id)?.trackingNumber ?? null);
  };
  const wanted = tracking.trim().toUpperCase();
  const shown = (items: ComplaintSummary[]) => wanted ? items.filter((c) => c.trackingNumber.toUpperCase().includes(wanted)) : items;

  return (
    <>
      <Heading>{t("supervision.holds.title")}</Heading>
      <p>{t("supervision.holds.lead")}</p>
      <form class="filters" onSubmit={openById} aria-label={t("supervision.holds.byId")}>
        <TextField id="h-id" label={t("supervision.holds.id")} hint={t("supervision.holds.idHint")} dir="ltr" value={idText}
          error={idError} onInput={setIdText} />
        <button type="submit" class="primary" id="h-open">{t("supervision.holds.open")}</button>
      </form>
      {chosen && (
        <ComplaintHold key={chosen.id} id={chosen.id} title={chosen.tracking
          ? t("supervision.holds.complaintTitle", { tracking: chosen.tracking })
          : t("supervision.holds.complaintIdTitle", { id: chosen.id })} />
      )}
      <h2>{t("supervision.holds.queue")}</h2>
      <div class="filters" role="group" aria-label={t("supervision.holds.filters")}>
        <Select id="h-status" label={t("supervision.holds.status")} value={status} blank={t("supervision.holds.anyStatus")}
          onChange={(next) => {
            reset();
            setStatus(next);
          }}
          options={STATUSES.map((s) => ({ value: s, label: labels("ComplaintStatus", s) }))} />
        <TextField id="h-tracking" label={t("supervision.holds.tracking")} hint={t("supervision.holds.trackingHint")} dir="ltr"
          value={tracking} onInput={setTracking} />
      </div>
      <Loaded load={load}>
        {(page) => {
          const items = shown(page.items);
          if (items.length === 0) return <p class="note" id="h-empty">{t("supervision.holds.empty")}</p>;
          return (
            <div class="table-wrap">
              <table id="hold-complaints">
                <caption>{t("supervision.holds.caption", { count: items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("supervision.holds.tracking")}</th>
                    <th scope="col">{t("supervision.holds.status")}</th>
                    <th scope="col">{t("supervision.holds.submitted")}</th>
                    <th scope="col"><span class="visually-hidden">{t("supervision.holds.action")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id} data-complaint-id={c.id}>
                      <th scope="row"><bdi>{c.trackingNumber}</bdi></th>
                      <td>{labels("ComplaintStatus", c.status)}</td>
                      <td><When at={c.submittedAt} /></td>
                      <td>
                        <button type="button" class="small" id={`hold-for-${c.id}`} aria-pressed={chosen?.id === c.id}
                          aria-label={t("supervision.holds.chooseFor", { tracking: c.trackingNumber })}
                          onClick={() => choose(c.id, c.trackingNumber)}>
                          {t("supervision.holds.choose")}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loaded>
      {pager(load.value?.next, "h-next")}
    </>
  );
}

function ComplaintHold(props: { id: string; title: string }) {
  const { t, apis, officer } = useConsole();
  const retention = new RetentionApi(apis.complaints);
  const hold: HoldApi = {
    read: () => retention.legalHoldRead({ id: props.id }),
    place: (reason) => retention.legalHoldPlace({ id: props.id, legalHoldInput: { reason } }),
    release: () => retention.legalHoldRelease({ id: props.id }),
  };
  return <HoldPanel id="complaint" record={props.id} governorate={officer.governorate} api={hold} title={props.title} note={t("supervision.hold.complaintNote")} />;
}
