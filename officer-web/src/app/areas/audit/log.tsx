// The audit log of one service, newest first: who (the token's subject and roles) did what (the
// action's code as recorded) to which record, when, and whether it was allowed; searched by actor,
// record, action and time, and paged.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { useConsole } from "../../context";
import { Code, Heading, Loaded, TextField, useLoad, usePages } from "../../components";
import { auditOf } from "./api";
import { Moment, ServiceChoice } from "./parts";
import { filtersOf, type Search, type Service } from "./rules";

const EMPTY: Search = { actor: "", recordId: "", action: "", from: "", to: "" };

export function AuditLog() {
  const { t, apis } = useConsole();
  const [service, setService] = useState<Service>("complaints");
  const [draft, setDraft] = useState<Search>(EMPTY);
  const [query, setQuery] = useState<{ service: Service; filters: Record<string, string> } | null>(null);
  const [error, setError] = useState<{ field: "from" | "to"; message: string } | null>(null);
  const { after, reset, pager } = usePages();
  const load = useLoad(async () => query
    ? auditOf(apis, query.service).auditList({ ...query.filters, ...(after ? { after } : {}), limit: 50 })
    : null, [query, after, apis]);

  const search = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { filters, error: wrong } = filtersOf(draft);
    if (wrong) {
      setError({ field: wrong.field, message: t(wrong.why === "toBeforeFrom" ? "audit.log.toBeforeFrom" : "audit.log.badTime") });
      document.getElementById(`a-${wrong.field}`)?.focus();
      return;
    }
    setError(null);
    reset();
    setQuery({ service, filters });
  };
  const field = (key: keyof Search) => (value: string) => setDraft({ ...draft, [key]: value });
  const fieldError = (name: string) => load.problem?.fields[name];

  return (
    <>
      <Heading>{t("audit.log.title")}</Heading>
      <p>{t("audit.log.lead")}</p>
      <form class="audit-search" onSubmit={search} noValidate aria-label={t("audit.log.form")}>
        <ServiceChoice id="a-service" value={service} onChange={setService} />
        <div class="filters">
          <TextField id="a-recordId" label={t("audit.log.recordId")} hint={t("audit.log.recordIdHint")} dir="ltr"
            value={draft.recordId} error={fieldError("recordId")} onInput={field("recordId")} />
          <TextField id="a-actor" label={t("audit.log.actor")} hint={t("audit.log.actorHint")} dir="ltr"
            value={draft.actor} error={fieldError("actor")} onInput={field("actor")} />
          <TextField id="a-action" label={t("audit.log.action")} hint={t("audit.log.actionHint")} dir="ltr"
            value={draft.action} error={fieldError("action")} onInput={field("action")} />
        </div>
        <div class="filters">
          <TextField id="a-from" type="datetime-local" label={t("audit.log.from")} hint={t("audit.log.fromHint")} value={draft.from}
            error={(error?.field === "from" ? error.message : undefined) ?? fieldError("from")} onInput={field("from")} />
          <TextField id="a-to" type="datetime-local" label={t("audit.log.to")} hint={t("audit.log.toHint")} value={draft.to}
            error={(error?.field === "to" ? error.message : undefined) ?? fieldError("to")} onInput={field("to")} />
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="a-search">{t("audit.log.search")}</button>
          <button type="button" class="quiet" id="a-clear" onClick={() => setDraft(EMPTY)}>{t("audit.log.clear")}</button>
        </div>
      </form>
      {query && (
        <Loaded load={load}>
          {(page) => !page ? null : page.items.length === 0 ? <p class="note" id="a-empty">{t("audit.log.empty")}</p> : (
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-entries-caption">
              <table id="audit-entries">
                <caption id="audit-entries-caption">
                  {t("audit.log.caption", { count: page.items.length, service: t(`audit.service.${query.service}`) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("audit.log.when")}</th>
                    <th scope="col">{t("audit.log.who")}</th>
                    <th scope="col">{t("audit.log.what")}</th>
                    <th scope="col">{t("audit.log.record")}</th>
                    <th scope="col">{t("audit.log.outcome")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((entry) => (
                    <tr key={entry.id} data-entry-id={entry.id} data-action={entry.action} data-actor={entry.actorSubject}
                      class={entry.outcome === "DENIED" ? "denied" : undefined}>
                      <th scope="row"><Moment at={entry.occurredAt} /></th>
                      <td>
                        <Code>{entry.actorSubject}</Code>
                        {entry.actorRoles.length > 0 && <p class="muted">{entry.actorRoles.map(roleName).join(t("common.separator"))}</p>}
                      </td>
                      <td><Code>{entry.action}</Code></td>
                      <td><span class="muted">{entry.recordType}</span> <Code>{entry.recordId}</Code></td>
                      <td>{t(entry.outcome === "DENIED" ? "audit.outcome.DENIED" : "audit.outcome.SUCCESS")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
      )}
      {pager(load.value?.next, "a-next")}
    </>
  );

  function roleName(role: string): string {
    const known = ["intake-officer", "investigator", "supervisor", "prosecutor", "auditor", "admin"] as const;
    return (known as readonly string[]).includes(role) ? t(`role.${role as typeof known[number]}`) : role;
  }
}
