// The case's evidence items with the SHA-256 recorded when each arrived, their chain of custody,
// a custody step recorded by hand, and "verify now": the service hashes the bytes again (its own,
// or the complaint's fetched from complaints-service) and the console shows the recomputed hash
// beside the recorded one, saying plainly whether they match. A mismatch is the API's 409, and
// the custody entry it left holds the hash it found.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { EvidenceApi, ResponseError, type CustodyEntry, type EvidenceItem } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Code, Loaded, ProblemNotice, Select, TextArea, TextField, useAction, useLoad, When } from "../../components";
import { CUSTODY_STEPS, needsObservedHash, sha256Of } from "./rules";

interface Verification {
  itemId: string;
  recorded: string;
  observed: string | null;
  matched: boolean;
  method: string | null;
}

const METHODS = ["STORED_BYTES", "COMPLAINT_EVIDENCE", "OBSERVED_HASH"] as const;

export function EvidencePanel(props: { caseId: string }) {
  const { t, apis, officer } = useConsole();
  const load = useLoad(async () => (await new EvidenceApi(apis.cases).evidenceItemList({ id: props.caseId })).items,
    [props.caseId, apis]);
  const [custodyOf, setCustodyOf] = useState<string | null>(null);
  const [custodyRound, setCustodyRound] = useState(0);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [observed, setObserved] = useState<Record<string, string>>({});
  const [observedError, setObservedError] = useState<string | null>(null);
  const verify = useAction();
  const investigator = officer.roles.includes("investigator");

  const check = async (item: EvidenceItem) => {
    setVerification(null);
    setObservedError(null);
    const typed = observed[item.id]?.trim() ?? "";
    const hash = typed ? sha256Of(typed) : null;
    if (needsObservedHash(item) && !hash) {
      setObservedError(item.id);
      document.getElementById(`observed-${item.id}`)?.focus();
      return;
    }
    const api = new EvidenceApi(apis.cases);
    let answer: Verification | null = null;
    let mismatch = false;
    await verify.run(async () => {
      try {
        const result = await api.evidenceItemVerify({ id: props.caseId, itemId: item.id, ...(hash ? { observedSha256: hash } : {}) });
        answer = { itemId: item.id, recorded: result.recordedSha256, observed: result.observedSha256, matched: result.matched,
          method: result.method };
      } catch (error) {
        mismatch = error instanceof ResponseError && error.response.status === 409;
        throw error;
      }
    });
    if (mismatch) {
      // a mismatch (409) is recorded as a custody entry: the hash found is read back from there
      const entries = await api.evidenceItemCustody({ id: props.caseId, itemId: item.id }).then((page) => page.items, () => []);
      const last = [...entries].reverse().find((e) => e.action === "VERIFIED");
      answer = { itemId: item.id, recorded: item.sha256, observed: last?.hashChecked ? last.observedSha256 ?? null : null,
        matched: false, method: null };
    }
    setVerification(answer);
    setCustodyRound((r) => r + 1);
  };

  return (
    <section class="panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t("investigation.evidence.title")}</h2>
      {verify.problem && <ProblemNotice problem={verify.problem} />}
      <Loaded load={load}>
        {(items) => items.length === 0 ? <p class="muted" id="evidence-none">{t("investigation.evidence.none")}</p> : (
          <div class="table-wrap">
            <table id="evidence-items">
              <thead>
                <tr>
                  <th scope="col">{t("investigation.evidence.item")}</th>
                  <th scope="col">{t("investigation.evidence.registered")}</th>
                  <th scope="col">{t("investigation.evidence.sha256")}</th>
                  <th scope="col"><span class="visually-hidden">{t("investigation.evidence.do")}</span></th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} data-item-id={item.id}>
                    <td>
                      <bdi>{item.description}</bdi>
                      <p class="muted">
                        {t(`investigation.evidenceKind.${item.kind}`)} · {t(`investigation.evidenceSource.${item.source}`)}
                        {item.fileName && <> · <bdi>{item.fileName}</bdi></>}
                        {item.sizeBytes !== undefined && <> ({item.contentType}, <bdi dir="ltr">{item.sizeBytes} B</bdi>)</>}
                      </p>
                      {item.purgedAt && <p class="bad">{t("investigation.evidence.purged")} <When at={item.purgedAt} /></p>}
                    </td>
                    <td><When at={item.registeredAt} /></td>
                    <td class="hash"><Code>{item.sha256}</Code></td>
                    <td>
                      <span class="row-actions">
                        <button type="button" class="small" aria-expanded={custodyOf === item.id} data-custody={item.id}
                          aria-label={t("investigation.evidence.custodyLabel", { item: item.description })}
                          onClick={() => setCustodyOf(custodyOf === item.id ? null : item.id)}>
                          {t("investigation.evidence.custody")}
                        </button>
                        {investigator && !item.purgedAt && (
                          <button type="button" class="small primary" data-verify={item.id} disabled={verify.busy}
                            aria-label={t("investigation.evidence.verifyLabel", { item: item.description })}
                            onClick={() => void check(item)}>
                            {t("investigation.evidence.verify")}
                          </button>
                        )}
                      </span>
                      {investigator && needsObservedHash(item) && !item.purgedAt && (
                        <TextField id={`observed-${item.id}`} label={t("investigation.evidence.observed")} dir="ltr"
                          hint={t("investigation.evidence.observedHint")} value={observed[item.id] ?? ""}
                          error={observedError === item.id ? t("investigation.evidence.observedRequired") : undefined}
                          onInput={(value) => setObserved({ ...observed, [item.id]: value })} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      {verification && <VerificationBox verification={verification} items={load.value ?? []} />}
      {custodyOf && <Custody caseId={props.caseId} itemId={custodyOf} round={custodyRound} investigator={investigator}
        onAdded={() => setCustodyRound((r) => r + 1)} />}
    </section>
  );
}

function VerificationBox(props: { verification: Verification; items: readonly EvidenceItem[] }) {
  const { t } = useConsole();
  const v = props.verification;
  const item = props.items.find((i) => i.id === v.itemId);
  return (
    <div class={`verification ${v.matched ? "matched" : "mismatched"}`} id="verify-result" data-matched={String(v.matched)}
      role="status" aria-labelledby="verify-result-title">
      <h3 id="verify-result-title">{t("investigation.verify.title", { item: item?.description ?? "" })}</h3>
      <p class={v.matched ? "ok" : "bad"} id="verify-verdict">
        {t(v.matched ? "investigation.verify.matched" : "investigation.verify.mismatched")}
      </p>
      <dl class="facts hashes">
        <dt>{t("investigation.verify.recorded")}</dt><dd><Code>{v.recorded}</Code></dd>
        <dt>{t("investigation.verify.recomputed")}</dt>
        <dd id="verify-observed">{v.observed ? <Code>{v.observed}</Code> : t("investigation.verify.noHash")}</dd>
        {v.method && (
          <>
            <dt>{t("investigation.verify.method")}</dt>
            <dd>{METHODS.find((m) => m === v.method) ? t(`investigation.verifyMethod.${v.method as typeof METHODS[number]}`) : v.method}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

function Custody(props: { caseId: string; itemId: string; round: number; investigator: boolean; onAdded: () => void }) {
  const { t, apis } = useConsole();
  const load = useLoad(async () => (await new EvidenceApi(apis.cases).evidenceItemCustody({ id: props.caseId, itemId: props.itemId })).items,
    [props.caseId, props.itemId, props.round, apis]);
  return (
    <div class="subpanel" aria-labelledby="custody-title">
      <h3 id="custody-title">{t("investigation.custody.title")}</h3>
      <Loaded load={load}>
        {(entries) => (
          <ol class="timeline" id="custody">
            {entries.map((entry, index) => <CustodyLine key={index} entry={entry} />)}
          </ol>
        )}
      </Loaded>
      {props.investigator && <AddCustody caseId={props.caseId} itemId={props.itemId} onAdded={props.onAdded} />}
    </div>
  );
}

function CustodyLine(props: { entry: CustodyEntry }) {
  const { t } = useConsole();
  const e = props.entry;
  return (
    <li data-custody-action={e.action}>
      <When at={e.occurredAt} /> <strong>{t(`investigation.custodyAction.${e.action}`)}</strong>{" "}
      <span class="muted">({e.actorSubject}, {e.actorRoles})</span>
      {e.location && <> · {e.location}</>}
      {e.hashChecked && (
        <p class={e.hashMatched ? "ok" : "bad"}>
          {t(e.hashMatched ? "investigation.custody.hashMatched" : "investigation.custody.hashMismatched")}
          {e.observedSha256 && <> <Code>{e.observedSha256}</Code></>}
        </p>
      )}
      {e.note && <p>{e.note}</p>}
    </li>
  );
}

function AddCustody(props: { caseId: string; itemId: string; onAdded: () => void }) {
  const { t, apis } = useConsole();
  const [step, setStep] = useState("");
  const [location, setLocation] = useState("");
  const [note, setNote] = useState("");
  const [hash, setHash] = useState("");
  const [missing, setMissing] = useState<"action" | "observedSha256" | null>(null);
  const [done, setDone] = useState(false);
  const action = useAction();
  const error = (field: string) => action.problem?.fields[field]
    ?? (missing === field ? t(field === "action" ? "investigation.form.required" : "investigation.evidence.observedRequired") : undefined);

  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const observed = hash.trim() ? sha256Of(hash) : null;
    if (!step) {
      setMissing("action");
      document.getElementById("custody-action")?.focus();
      return;
    }
    if (hash.trim() && !observed) {
      setMissing("observedSha256");
      document.getElementById("custody-observedSha256")?.focus();
      return;
    }
    setMissing(null);
    const ok = await action.run(() => new EvidenceApi(apis.cases).evidenceItemAddCustody({
      id: props.caseId,
      itemId: props.itemId,
      custodyStep: {
        action: step as typeof CUSTODY_STEPS[number],
        ...(location.trim() ? { location: location.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(observed ? { observedSha256: observed } : {}),
      },
    }));
    if (ok) {
      setDone(true);
      setStep("");
      setLocation("");
      setNote("");
      setHash("");
      props.onAdded();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="custody-form-title">
      <h4 id="custody-form-title">{t("investigation.custody.add")}</h4>
      {done && <p class="ok" role="status" id="custody-done">{t("investigation.custody.done")}</p>}
      {action.problem && <ProblemNotice problem={action.problem} />}
      <Select id="custody-action" label={t("investigation.custody.action")} value={step} blank={t("common.choose")} required
        error={error("action")} onChange={setStep}
        options={CUSTODY_STEPS.map((s) => ({ value: s, label: t(`investigation.custodyAction.${s}`) }))} />
      <TextField id="custody-location" label={t("investigation.custody.location")} value={location} error={error("location")}
        onInput={setLocation} />
      <TextField id="custody-observedSha256" label={t("investigation.custody.observed")} hint={t("investigation.custody.observedHint")}
        dir="ltr" value={hash} error={error("observedSha256")} onInput={setHash} />
      <TextArea id="custody-note" label={t("investigation.custody.note")} rows={2} value={note} error={error("note")} onInput={setNote} />
      <div class="actions">
        <button type="submit" class="primary" id="custody-add" disabled={action.busy}>{t("investigation.custody.submit")}</button>
      </div>
    </form>
  );
}
