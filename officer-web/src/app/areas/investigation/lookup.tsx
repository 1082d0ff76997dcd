// Who else named this number (or account, link, e-mail, wallet, address): the identifier written in
// any form, and the API's answer: how many complaints name it in every governorate, the cases of the
// officer's governorate that know it (each opens), and how many cases elsewhere (counted, not named).
// The look-up is audited under the officer's name.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { SuspectsAndCorrelationApi, type IdentifierLookup, type IdentifierType } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Code, Heading, ProblemNotice, Select, TextField, useAction, useLabels } from "../../components";
import { IDENTIFIER_TYPES } from "./suspects";

/** The route's id, when a suspect's identifier sent the officer here: "<type>:<value>". */
function asked(id: string | undefined): { type: IdentifierType | ""; value: string } {
  const at = id?.indexOf(":") ?? -1;
  const type = at > 0 ? id!.slice(0, at) : "";
  return IDENTIFIER_TYPES.find((known) => known === type) ? { type: type as IdentifierType, value: id!.slice(at + 1) }
    : { type: "PHONE", value: "" };
}

export function Lookup(props: { id?: string | undefined }) {
  const { t, apis, go } = useConsole();
  const labels = useLabels();
  const first = asked(props.id);
  const [type, setType] = useState<IdentifierType | "">(first.type);
  const [value, setValue] = useState(first.value);
  const [missing, setMissing] = useState<"type" | "value" | null>(null);
  const [answer, setAnswer] = useState<IdentifierLookup | null>(null);
  const action = useAction();
  const error = (field: "type" | "value") => action.problem?.fields[field]
    ?? (missing === field ? t("investigation.form.required") : undefined);

  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnswer(null);
    if (!type || !value.trim()) {
      const field = !type ? "type" : "value";
      setMissing(field);
      document.getElementById(`lookup-${field}`)?.focus();
      return;
    }
    setMissing(null);
    let found: IdentifierLookup | null = null;
    const ok = await action.run(async () => {
      found = await new SuspectsAndCorrelationApi(apis.cases).lookupLookup({ type, value: value.trim() });
    });
    if (ok) setAnswer(found);
  };

  return (
    <>
      <Heading>{t("investigation.lookup.title")}</Heading>
      <p class="lead">{t("investigation.lookup.lead")}</p>
      <form class="filters" onSubmit={submit} noValidate aria-label={t("investigation.lookup.form")}>
        <Select id="lookup-type" label={t("investigation.lookup.type")} value={type} blank={t("common.choose")} required
          error={error("type")} onChange={(next) => setType(next as IdentifierType | "")}
          options={IDENTIFIER_TYPES.map((known) => ({ value: known, label: labels("IdentifierType", known) }))} />
        <TextField id="lookup-value" label={t("investigation.lookup.value")} hint={t("investigation.lookup.valueHint")} dir="ltr"
          required value={value} error={error("value")} onInput={setValue} />
        <button type="submit" class="primary" id="lookup-run" disabled={action.busy}>{t("investigation.lookup.run")}</button>
      </form>
      <p class="muted">{t("investigation.lookup.audited")}</p>
      {action.problem && <ProblemNotice problem={action.problem} />}
      {answer && (
        <section class="panel" id="lookup-result" aria-labelledby="lookup-result-title">
          <h2 id="lookup-result-title">
            {labels("IdentifierType", answer.type)}: <Code>{answer.normalisedValue}</Code>
          </h2>
          <p id="lookup-count" data-count={answer.complaintCount}>
            {t("investigation.lookup.complaints", { count: answer.complaintCount })}
          </p>
          {answer.casesOutsideScope > 0 && (
            <p id="lookup-outside">{t("investigation.lookup.outside", { count: answer.casesOutsideScope })}</p>
          )}
          {answer.cases.length === 0 ? <p class="muted" id="lookup-no-cases">{t("investigation.lookup.noCases")}</p> : (
            <div class="table-wrap">
              <table id="lookup-cases">
                <caption>{t("investigation.lookup.cases", { count: answer.cases.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("investigation.lookup.number")}</th>
                    <th scope="col">{t("investigation.lookup.governorate")}</th>
                    <th scope="col">{t("investigation.lookup.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.cases.map((c) => (
                    <tr key={c.caseId} data-case-id={c.caseId}>
                      <td>
                        <button type="button" class="link" onClick={() => go({ area: "investigation", screen: "case", id: c.caseId })}>
                          <bdi class="nowrap">{c.caseNumber}</bdi>
                        </button>
                      </td>
                      <td>{labels("region", c.governorate)}</td>
                      <td>{t(`investigation.status.${c.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
