// The governorate's cases as a supervisor assigns them: those without a lead investigator first
// (or only those), then the API's order (priority, newest); each opens the case's assignment.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { CasesApi, type CaseStatus, type CaseSummary, type PageCaseSummary } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Heading, Loaded, Select, useLabels, useLoad, usePages, When } from "../../components";
import { namesOf } from "./officers";
import { unassignedFirst } from "./rules";

export const CASE_STATUSES: readonly CaseStatus[] = ["OPEN", "INVESTIGATING", "SUSPECT_IDENTIFIED", "ARREST_MADE", "REFERRED",
  "HEARING_SCHEDULED", "DECIDED", "CLOSED"];
const ACTIVE = CASE_STATUSES.filter((s) => s !== "DECIDED" && s !== "CLOSED");

interface Filters {
  status: string;
  unassignedOnly: boolean;
  governorate: string;
}

export function CaseList() {
  const { t, apis, officer, reference, go } = useConsole();
  const labels = useLabels();
  const [draft, setDraft] = useState<Filters>({ status: "active", unassignedOnly: false, governorate: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const { after, reset, pager } = usePages();
  const load = useLoad<PageCaseSummary>(() => new CasesApi(apis.cases).caseList({
    status: filters.status === "active" ? [...ACTIVE] : [filters.status],
    ...(filters.governorate ? { governorate: filters.governorate } : {}),
    ...(after ? { after } : {}),
    limit: 50,
  }), [filters, after, apis]);
  // the leads' names, from the officer directory of the governorate shown (a line without one shows the id)
  const governorate = filters.governorate || officer.governorate;
  const names = useLoad(() => governorate ? namesOf(apis, governorate, "investigator") : Promise.resolve(new Map<string, string>()),
    [governorate, apis]);

  const show = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    setFilters(draft);
  };

  return (
    <>
      <Heading>{t("supervision.cases.title")}</Heading>
      <p>{t("supervision.cases.lead")}</p>
      <form class="filters" onSubmit={show} aria-label={t("supervision.cases.filters")}>
        <Select id="c-status" label={t("supervision.cases.status")} value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          options={["active", ...CASE_STATUSES].map((s) => ({
            value: s, label: s === "active" ? t("supervision.cases.active") : t(`supervision.caseStatus.${s as CaseStatus}`),
          }))} />
        {officer.governorate === null && (
          <Select id="c-governorate" label={t("supervision.cases.governorate")} value={draft.governorate}
            blank={t("supervision.cases.allGovernorates")} onChange={(governorate) => setDraft({ ...draft, governorate })}
            options={reference.regions.map((r) => ({ value: r.code, label: labels("region", r.code) }))} />
        )}
        <label class="option single" for="c-unassigned">
          <input type="checkbox" id="c-unassigned" checked={draft.unassignedOnly}
            onChange={(event) => setDraft({ ...draft, unassignedOnly: event.currentTarget.checked })} />
          {t("supervision.cases.unassignedOnly")}
        </label>
        <button type="submit" class="primary" id="c-show">{t("supervision.cases.show")}</button>
      </form>
      <Loaded load={load}>
        {(page) => (
          <CaseTable cases={filters.unassignedOnly ? page.items.filter((c) => !c.leadInvestigator) : unassignedFirst(page.items)}
            names={names.value ?? new Map()} onOpen={(c) => go({ area: "supervision", screen: "case", id: c.id })} />
        )}
      </Loaded>
      {pager(load.value?.next, "c-next")}
    </>
  );
}

function CaseTable(props: { cases: CaseSummary[]; names: Map<string, string>; onOpen: (c: CaseSummary) => void }) {
  const { t } = useConsole();
  const labels = useLabels();
  if (props.cases.length === 0) return <p class="note" id="c-empty">{t("supervision.cases.empty")}</p>;
  return (
    <div class="table-wrap">
      <table id="cases">
        <caption>{t("supervision.cases.caption", { count: props.cases.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("supervision.cases.number")}</th>
            <th scope="col">{t("supervision.cases.caseTitle")}</th>
            <th scope="col">{t("supervision.cases.priority")}</th>
            <th scope="col">{t("supervision.cases.status")}</th>
            <th scope="col">{t("supervision.cases.leadColumn")}</th>
            <th scope="col">{t("supervision.cases.governorate")}</th>
            <th scope="col">{t("supervision.cases.opened")}</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr key={c.id} data-case-id={c.id}>
              <th scope="row">
                <button type="button" class="link" id={`case-${c.id}`} onClick={() => props.onOpen(c)}><bdi>{c.caseNumber}</bdi></button>
              </th>
              <td>{c.title}</td>
              <td class={`priority-${c.priority}`}>{labels("Priority", c.priority)}</td>
              <td>{t(`supervision.caseStatus.${c.status}`)}</td>
              <td>{c.leadInvestigator ? <bdi>{props.names.get(c.leadInvestigator) ?? c.leadInvestigator}</bdi>
                : <span class="flag unassigned">{t("supervision.cases.unassigned")}</span>}</td>
              <td>{labels("region", c.governorate)}</td>
              <td><When at={c.createdAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
