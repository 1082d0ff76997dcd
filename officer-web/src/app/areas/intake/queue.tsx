// The queue: the governorate's open complaints, most urgent first (the API sorts by priority), with
// self-harm risk, a minor victim, an imminent deadline and a same-gender preference flagged on each
// line, the time left to triage each (or how long it is overdue, and how far up it went), and the
// urgent ones counted in the tab's title. Keyboard: ↑/↓ (or k/j) move between lines,
// Enter opens one, / (from a line) goes to the phone search.
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { TriageApi, type ComplaintStatus, type ComplaintSummary, type PageComplaintSummary, type Priority } from "@sanad/client/complaints";
import { useConsole } from "../../context";
import { Heading, lineKeys, Loaded, Select, TextField, useLabels, useLoad, useNow, usePages, When } from "../../components";
import { Escalated, TriageDue } from "./due";
import { deadlineImminent, urgent } from "./rules";

const OPEN = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION"];
const PRIORITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

interface Filters {
  status: string;
  priority: string;
  minorVictim: string;
  selfHarmRisk: string;
  victimPhone: string;
  trackingNumber: string;
  governorate: string;
}

export function Queue() {
  const { t, apis, officer, reference, announce, go } = useConsole();
  const labels = useLabels();
  const [draft, setDraft] = useState<Filters>({ status: "open", priority: "", minorVictim: "", selfHarmRisk: "", victimPhone: "",
    trackingNumber: "", governorate: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const { after, reset, pager } = usePages();

  // a search, not a query string: the victim's phone must never travel in a URL (access logs keep URLs)
  const load = useLoad<PageComplaintSummary>(() => new TriageApi(apis.complaints).triageSearch({ queueSearch: {
    // looking for one complaint or one victim's, the status is left to the search unless one was chosen
    ...(filters.status !== "open" ? { statuses: [filters.status as ComplaintStatus] }
      : filters.victimPhone.trim() || filters.trackingNumber.trim() ? {} : { statuses: OPEN as ComplaintStatus[] }),
    ...(filters.priority ? { priority: filters.priority as Priority } : {}),
    ...(filters.minorVictim ? { minorVictim: filters.minorVictim === "true" } : {}),
    ...(filters.selfHarmRisk ? { selfHarmRisk: filters.selfHarmRisk === "true" } : {}),
    ...(filters.victimPhone.trim() ? { victimPhone: filters.victimPhone.trim() } : {}),
    ...(filters.trackingNumber.trim() ? { trackingNumber: filters.trackingNumber.trim() } : {}),
    ...(filters.governorate ? { governorate: filters.governorate } : {}),
    ...(after ? { after } : {}),
    limit: 50,
  } }), [filters, after, apis]);

  useEffect(() => {
    const now = new Date();
    announce(load.value ? load.value.items.filter((item) => urgent(item, now)).map((item) => item.id) : null);
  }, [load.value]);

  useEffect(() => {
    const slash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // only from the list's lines: a one-key shortcut anywhere would fire while typing elsewhere (WCAG 2.1.4)
      if (event.key === "/" && target?.closest("#queue tbody")) {
        event.preventDefault();
        document.getElementById("q-victimPhone")?.focus();
      }
    };
    document.addEventListener("keydown", slash);
    return () => document.removeEventListener("keydown", slash);
  }, []);

  const search = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    setFilters(draft);
  };
  const open = (item: ComplaintSummary) => go({ area: "intake", screen: "complaint", id: item.id });
  const statuses = ["open", ...OPEN, "ACCEPTED", "DUPLICATE", "REJECTED", "WITHDRAWN"];

  return (
    <>
      <Heading>{t("intake.queue.title")}</Heading>
      <p class="kbd-hint">{t("intake.queue.keys")}</p>
      <form class="filters" onSubmit={search} aria-label={t("intake.queue.filters")}>
        <Select id="q-status" label={t("intake.queue.status")} value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          options={statuses.map((s) => ({ value: s, label: s === "open" ? t("intake.queue.open") : labels("ComplaintStatus", s) }))} />
        <Select id="q-priority" label={t("intake.queue.priority")} value={draft.priority} blank={t("intake.queue.any")}
          onChange={(priority) => setDraft({ ...draft, priority })}
          options={PRIORITIES.map((p) => ({ value: p, label: labels("Priority", p) }))} />
        <Select id="q-minor" label={t("intake.queue.minor")} value={draft.minorVictim} blank={t("intake.queue.any")}
          onChange={(minorVictim) => setDraft({ ...draft, minorVictim })}
          options={[{ value: "true", label: t("common.yes") }, { value: "false", label: t("common.no") }]} />
        <Select id="q-selfHarm" label={t("intake.queue.selfHarm")} value={draft.selfHarmRisk} blank={t("intake.queue.any")}
          onChange={(selfHarmRisk) => setDraft({ ...draft, selfHarmRisk })}
          options={[{ value: "true", label: t("common.yes") }, { value: "false", label: t("common.no") }]} />
        {officer.governorate === null && (
          <Select id="q-governorate" label={t("intake.queue.governorate")} value={draft.governorate} blank={t("intake.queue.any")}
            onChange={(governorate) => setDraft({ ...draft, governorate })}
            options={reference.regions.map((r) => ({ value: r.code, label: labels("region", r.code) }))} />
        )}
        <TextField id="q-victimPhone" label={t("intake.queue.phone")} hint={t("intake.queue.phoneHint")} type="tel"
          dir="ltr" value={draft.victimPhone} onInput={(victimPhone) => setDraft({ ...draft, victimPhone })} />
        <TextField id="q-trackingNumber" label={t("intake.queue.trackingSearch")} hint={t("intake.queue.trackingHint")}
          dir="ltr" value={draft.trackingNumber} onInput={(trackingNumber) => setDraft({ ...draft, trackingNumber })} />
        <button type="submit" class="primary" id="q-search">{t("intake.queue.search")}</button>
      </form>
      <Loaded load={load}>
        {(page) => <QueueTable page={page} onOpen={open} />}
      </Loaded>
      {pager(load.value?.next, "q-next")}
    </>
  );
}

function QueueTable(props: { page: PageComplaintSummary; onOpen: (item: ComplaintSummary) => void }) {
  const { t } = useConsole();
  const labels = useLabels();
  const now = useNow();
  if (props.page.items.length === 0) return <p class="note" id="q-empty">{t("intake.queue.empty")}</p>;


  return (
    <div class="table-wrap">
      <table id="queue">
        <caption>{t("intake.queue.caption", { count: props.page.items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("intake.queue.priority")}</th>
            <th scope="col">{t("intake.queue.tracking")}</th>
            <th scope="col">{t("intake.queue.flags")}</th>
            <th scope="col">{t("intake.queue.triageDue")}</th>
            <th scope="col">{t("intake.queue.status")}</th>
            <th scope="col">{t("intake.queue.what")}</th>
            <th scope="col">{t("intake.queue.submitted")}</th>
            <th scope="col">{t("intake.queue.deadline")}</th>
          </tr>
        </thead>
        <tbody>
          {props.page.items.map((item, index) => (
            <tr key={item.id} tabIndex={index === 0 ? 0 : -1} data-complaint-id={item.id} onKeyDown={lineKeys(() => props.onOpen(item))}
              aria-label={t("intake.queue.rowLabel", { tracking: item.trackingNumber })}>
              <td class={`priority-${item.priority}`}>{labels("Priority", item.priority)} ({item.priorityScore})</td>
              <td>
                <button type="button" class="link" tabIndex={-1} onClick={() => props.onOpen(item)}>
                  <bdi>{item.trackingNumber}</bdi>
                </button>
              </td>
              <td><Flags item={item} now={now} prefersSameGenderOfficer={item.victim.prefersSameGenderOfficer} /></td>
              <td>
                <span class="triage-due">
                  <TriageDue due={item.triageDueAt} now={now} />
                  <Escalated escalation={item.escalation} />
                </span>
              </td>
              <td>{labels("ComplaintStatus", item.status)}</td>
              <td>{[...item.platforms.map((p) => labels("Platform", p)), ...item.threatTypes.map((x) => labels("ThreatType", x))].join(t("common.separator"))}</td>
              <td><When at={item.submittedAt} /></td>
              <td><When at={item.deadline} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The flags of a line: what an officer must see before anything else. */
export function Flags(props: { item: Pick<ComplaintSummary, "selfHarmRisk" | "victim" | "deadline">; now: Date;
    prefersSameGenderOfficer?: boolean }) {
  const { t } = useConsole();
  const { item, now } = props;
  return (
    <span class="flags">
      {item.selfHarmRisk && <span class="flag self-harm">{t("intake.flag.selfHarm")}</span>}
      {item.victim.minor && <span class="flag minor">{t("intake.flag.minor")}</span>}
      {deadlineImminent(item.deadline, now) && <span class="flag deadline">{t("intake.flag.deadline")}</span>}
      {props.prefersSameGenderOfficer && <span class="flag gender">{t("intake.flag.sameGender")}</span>}
    </span>
  );
}
