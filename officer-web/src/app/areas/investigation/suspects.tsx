// Who is behind the case: its suspects with their aliases and identifiers (as written and as the
// service normalised them, each a way to ask who else named it), and the form to add one.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { SuspectsAndCorrelationApi, type IdentifierType, type Suspect } from "@sanad/client/cases";
import type { Problem } from "@sanad/web-kit/problem";
import { useConsole } from "../../context";
import { Code, Loaded, ProblemNotice, Select, TextArea, TextField, useAction, useLabels, When } from "../../components";

export const IDENTIFIER_TYPES: readonly IdentifierType[] = ["PHONE", "ACCOUNT_HANDLE", "PROFILE_URL", "EMAIL", "PAYMENT_WALLET", "IP_ADDRESS"];

type SuspectsLoad = { value: Suspect[] | null; problem: Problem | null; loading: boolean; reload: () => void };

export function Suspects(props: { caseId: string; load: SuspectsLoad; onChanged: () => void }) {
  const { t, officer, go } = useConsole();
  const labels = useLabels();
  return (
    <section class="panel" aria-labelledby="suspects-title">
      <h2 id="suspects-title">{t("investigation.suspects.title")}</h2>
      <Loaded load={props.load}>
        {(suspects) => suspects.length === 0 ? <p class="muted" id="suspects-none">{t("investigation.suspects.none")}</p> : (
          <ul class="cards" id="suspects">
            {suspects.map((s) => (
              <li key={s.id} class="card" data-suspect-id={s.id}>
                <h3><bdi>{s.displayName}</bdi></h3>
                {s.aliases.length > 0 && <p>{t("investigation.suspects.aliasesAre", { aliases: s.aliases.join(t("common.separator")) })}</p>}
                {s.notes && <p class="muted">{s.notes}</p>}
                {s.identifiers.length > 0 && (
                  <ul class="plain">
                    {s.identifiers.map((identifier, index) => (
                      <li key={index}>
                        {labels("IdentifierType", identifier.type)}: <bdi dir="ltr" class="nowrap">{identifier.value}</bdi>
                        <span class="muted normalised">{t("investigation.suspects.normalised")} <Code>{identifier.normalisedValue}</Code></span>
                        <button type="button" class="small" onClick={() => go({ area: "investigation", screen: "lookup",
                          id: `${identifier.type}:${identifier.normalisedValue}` })}
                          aria-label={t("investigation.suspects.whoElseLabel", { value: identifier.normalisedValue })}>
                          {t("investigation.suspects.whoElse")}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <p class="muted">{t("investigation.suspects.added")} <When at={s.createdAt} /></p>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      {officer.roles.includes("investigator") && <AddSuspect caseId={props.caseId} onAdded={() => {
        // a new suspect changes the case too (its version): the case is read again with the list
        props.load.reload();
        props.onChanged();
      }} />}
    </section>
  );
}

interface Row {
  type: IdentifierType | "";
  value: string;
}

function AddSuspect(props: { caseId: string; onAdded: () => void }) {
  const { t, apis } = useConsole();
  const labels = useLabels();
  const [name, setName] = useState("");
  const [aliases, setAliases] = useState("");
  const [notes, setNotes] = useState("");
  const [rows, setRows] = useState<Row[]>([{ type: "PHONE", value: "" }]);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [added, setAdded] = useState<string | null>(null);
  const action = useAction();
  const error = (field: string) => action.problem?.fields[field] ?? (missing[field] ? t("investigation.form.required") : undefined);
  const setRow = (index: number, row: Row) => setRows(rows.map((r, i) => (i === index ? row : r)));

  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(null);
    // a row left empty is not sent, so identifiers[i] in the API's answer is the i-th row sent
    const filled = rows.filter((r) => r.value.trim());
    const gaps: Record<string, boolean> = {};
    if (!name.trim()) gaps["displayName"] = true;
    rows.forEach((r, index) => {
      if (r.value.trim() && !r.type) gaps[`identifiers[${index}].type`] = true;
    });
    setMissing(gaps);
    if (Object.keys(gaps).length) {
      document.getElementById(gaps["displayName"] ? "suspect-displayName" : "suspect-identifiers")?.focus();
      return;
    }
    setRows(filled.length ? filled : [{ type: "PHONE", value: "" }]);
    const ok = await action.run(() => new SuspectsAndCorrelationApi(apis.cases).caseDetailsAddSuspect({
      id: props.caseId,
      newSuspect: {
        displayName: name.trim(),
        ...(aliases.trim() ? { aliases: aliases.split(/[\n\u060c,]/).map((a) => a.trim()).filter(Boolean) } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        identifiers: filled.map((r) => ({ type: r.type as IdentifierType, value: r.value.trim() })),
      },
    }));
    if (ok) {
      setAdded(name.trim());
      setName("");
      setAliases("");
      setNotes("");
      setRows([{ type: "PHONE", value: "" }]);
      props.onAdded();
    }
  };

  return (
    <form class="subpanel" onSubmit={submit} noValidate aria-labelledby="suspect-form-title">
      <h3 id="suspect-form-title">{t("investigation.suspects.add")}</h3>
      {added && <p class="ok" role="status" id="suspect-added">{t("investigation.suspects.addedDone", { name: added })}</p>}
      {action.problem && <ProblemNotice problem={action.problem} />}
      <TextField id="suspect-displayName" label={t("investigation.suspects.name")} hint={t("investigation.suspects.nameHint")} required
        value={name} error={error("displayName")} onInput={setName} />
      <TextField id="suspect-aliases" label={t("investigation.suspects.aliases")} hint={t("investigation.suspects.aliasesHint")}
        value={aliases} error={error("aliases")} onInput={setAliases} />
      <fieldset class="field" id="suspect-identifiers" tabIndex={-1}>
        <legend>{t("investigation.suspects.identifiers")}</legend>
        {rows.map((row, index) => (
          <div class="identifier-row" key={index}>
            <Select id={`suspect-identifier-type-${index}`} label={t("investigation.suspects.identifierType", { n: index + 1 })}
              value={row.type} blank={t("common.choose")} error={error(`identifiers[${index}].type`)}
              onChange={(type) => setRow(index, { ...row, type: type as IdentifierType | "" })}
              options={IDENTIFIER_TYPES.map((type) => ({ value: type, label: labels("IdentifierType", type) }))} />
            <TextField id={`suspect-identifier-value-${index}`} label={t("investigation.suspects.identifierValue", { n: index + 1 })}
              dir="ltr" value={row.value} error={error(`identifiers[${index}].value`) ?? error(`identifiers[${index}]`)}
              onInput={(value) => setRow(index, { ...row, value })} />
          </div>
        ))}
        <button type="button" class="small" id="suspect-identifier-more" onClick={() => setRows([...rows, { type: "PHONE", value: "" }])}>
          {t("investigation.suspects.moreIdentifier")}
        </button>
      </fieldset>
      <TextArea id="suspect-notes" label={t("investigation.suspects.notes")} rows={2} value={notes} error={error("notes")}
        onInput={setNotes} />
      <div class="actions">
        <button type="submit" class="primary" id="suspect-add" disabled={action.busy}>{t("investigation.suspects.addButton")}</button>
      </div>
    </form>
  );
}
