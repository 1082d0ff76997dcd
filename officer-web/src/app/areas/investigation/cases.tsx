// The investigator's cases: their own (they lead them) or the whole governorate's, most urgent
// first (the API sorts by priority), filtered by status, priority and text, a page at a time; and a
// field to go straight to a case by its id (what the API answers, a refusal included, is shown as
// it comes). Keyboard: ↑/↓ (or k/j) move between lines, Enter opens one, / goes to the search text.
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { CasesApi, type CaseSummary, type PageCaseSummary } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Heading, lineKeys, Loaded, ProblemNotice, Select, TextField, useAction, useLabels, useLoad, usePages, When } from "../../components";
import { CASE_STATUSES, caseReference } from "./rules";

const PRIORITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const ACTIVE = CASE_STATUSES.filter((s) => s !== "CLOSED");

interface Filters {
  scope: "mine" | "governorate";
  status: string;
  priority: string;
  q: string;
  governorate: string;
}

export function CaseList() {
  const { t, apis, officer, reference, go } = useConsole();
  const labels = useLabels();
  const investigator = officer.roles.includes("investigator");
  const [draft, setDraft] = useState<Filters>({ scope: investigator ? "mine" : "governorate", status: "active", priority: "", q: "",
    governorate: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const { after, reset, pager } = usePages();

  const load = useLoad(async () => {
    const me = officer.subject;
    const page = await new CasesApi(apis.cases).caseList({
      status: filters.status === "active" ? [...ACTIVE] : filters.status ? [filters.status] : [],
      ...(filters.scope === "mine" ? { assignee: me } : {}),
      ...(filters.priority ? { priority: filters.priority } : {}),
      ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
      ...(filters.governorate ? { governorate: filters.governorate } : {}),
      ...(after ? { after } : {}),
      limit: 50,
    });
    return { page, me };
  }, [filters, after, apis]);

  useEffect(() => {
    const slash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === "/" && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        event.preventDefault();
        document.getElementById("cases-q")?.focus();
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
  const open = (id: string) => go({ area: "investigation", screen: "case", id });

  return (
    <>
      <Heading>{t("investigation.cases.title")}</Heading>
      <p class="kbd-hint">{t("investigation.cases.keys")}</p>
      <GoToCase onOpen={open} />
      <form class="filters" onSubmit={search} aria-label={t("investigation.cases.filters")}>
        <Select id="cases-scope" label={t("investigation.cases.scope")} value={draft.scope}
          onChange={(scope) => setDraft({ ...draft, scope: scope === "mine" ? "mine" : "governorate" })}
          options={[
            ...(investigator ? [{ value: "mine", label: t("investigation.cases.mine") }] : []),
            { value: "governorate", label: officer.governorate ? t("investigation.cases.governorate") : t("investigation.cases.national") },
          ]} />
        <Select id="cases-status" label={t("investigation.cases.status")} value={draft.status} blank={t("investigation.cases.any")}
          onChange={(status) => setDraft({ ...draft, status })}
          options={[{ value: "active", label: t("investigation.cases.active") },
            ...CASE_STATUSES.map((s) => ({ value: s, label: t(`investigation.status.${s}`) }))]} />
        <Select id="cases-priority" label={t("investigation.cases.priority")} value={draft.priority} blank={t("investigation.cases.any")}
          onChange={(priority) => setDraft({ ...draft, priority })}
          options={PRIORITIES.map((p) => ({ value: p, label: labels("Priority", p) }))} />
        {officer.governorate === null && (
          <Select id="cases-governorate" label={t("investigation.cases.governorateFilter")} value={draft.governorate}
            blank={t("investigation.cases.any")} onChange={(governorate) => setDraft({ ...draft, governorate })}
            options={reference.regions.map((r) => ({ value: r.code, label: labels("region", r.code) }))} />
        )}
        <TextField id="cases-q" label={t("investigation.cases.q")} hint={t("investigation.cases.qHint")} value={draft.q}
          onInput={(q) => setDraft({ ...draft, q })} />
        <button type="submit" class="primary" id="cases-search">{t("investigation.cases.search")}</button>
      </form>
      <Loaded load={load}>
        {({ page, me }) => <CaseTable page={page} me={me} onOpen={open} />}
      </Loaded>
      {pager(load.value?.page.next, "cases-next")}
    </>
  );
}

/**
 * Straight to a case: by its id (the case's screen asks the API, which answers the case or its
 * refusal), or by its number (the API finds it within the officer's scope, or says there is none).
 */
function GoToCase(props: { onOpen: (id: string) => void }) {
  const { t, apis } = useConsole();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const action = useAction();
  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reference = caseReference(text);
    if (!reference) {
      setError(text.trim() ? t("investigation.goto.unreadable") : t("investigation.goto.required"));
      return;
    }
    if ("id" in reference) {
      props.onOpen(reference.id);
      return;
    }
    let found: CaseSummary | undefined;
    const ok = await action.run(async () => {
      found = (await new CasesApi(apis.cases).caseList({ number: reference.number, limit: 1 })).items[0];
    });
    if (!ok) return;
    if (found) props.onOpen(found.id);
    else setError(t("investigation.goto.numberNotFound", { number: reference.number }));
  };
  return (
    <form class="filters goto" onSubmit={(event) => void submit(event)} noValidate aria-label={t("investigation.goto.title")}>
      <TextField id="goto-case" label={t("investigation.goto.label")} hint={t("investigation.goto.hint")} dir="ltr"
        value={text} error={error} onInput={(value) => {
          setText(value);
          setError(undefined);
        }} />
      <button type="submit" id="goto-open" disabled={action.busy}>{t("investigation.goto.open")}</button>
      {action.problem && <ProblemNotice problem={action.problem} />}
    </form>
  );
}

function CaseTable(props: { page: PageCaseSummary; me: string; onOpen: (id: string) => void }) {
  const { t } = useConsole();
  const labels = useLabels();
  if (props.page.items.length === 0) return <p class="note" id="cases-empty">{t("investigation.cases.empty")}</p>;


  return (
    <div class="table-wrap">
      <table id="cases">
        <caption>{t("investigation.cases.caption", { count: props.page.items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("investigation.cases.priority")}</th>
            <th scope="col">{t("investigation.cases.number")}</th>
            <th scope="col">{t("investigation.cases.what")}</th>
            <th scope="col">{t("investigation.cases.status")}</th>
            <th scope="col">{t("investigation.cases.lead")}</th>
            <th scope="col">{t("investigation.cases.opened")}</th>
          </tr>
        </thead>
        <tbody>
          {props.page.items.map((item, index) => (
            <tr key={item.id} tabIndex={index === 0 ? 0 : -1} data-case-id={item.id} onKeyDown={lineKeys(() => props.onOpen(item.id))}
              aria-label={t("investigation.cases.rowLabel", { number: item.caseNumber })}>
              <td class={`priority-${item.priority}`}>{labels("Priority", item.priority)} ({item.priorityScore})</td>
              <td>
                <button type="button" class="link" tabIndex={-1} onClick={() => props.onOpen(item.id)}>
                  <bdi class="nowrap">{item.caseNumber}</bdi>
                </button>
              </td>
              <td><bdi>{item.title}</bdi></td>
              <td>{t(`investigation.status.${item.status}`)}</td>
              <td>{item.leadInvestigator === null ? t("investigation.cases.unassigned")
                : item.leadInvestigator === props.me ? t("investigation.cases.you") : t("investigation.cases.someoneElse")}</td>
              <td><When at={item.createdAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
