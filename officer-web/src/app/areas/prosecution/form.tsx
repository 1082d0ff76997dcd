// The referral's form, for a first draft and for a returned referral's next version: the court
// (those that take the case's governorate), the defendants among the case's suspects, each one's
// charges from the statutes with their citations, the summary in Arabic, and the evidence manifest.
// Beside each item, the court's reasons about it when the court returned the referral. What is
// missing is said at its field before the API is asked; what the API refuses, at the field it names.
import type { ComponentChildren, JSX } from "preact";
import { useState } from "preact/hooks";
import type { Court, Statute } from "@sanad/client/referrals";
import type { Problem } from "@sanad/web-kit/problem";
import { useConsole } from "../../context";
import { Code, ProblemNotice, Select, useAction, When } from "../../components";
import type { MessageKey } from "../../i18n";
import { Reasons, StatuteText } from "./parts";
import {
  checkReferral, SUMMARY_MAX, toggleCharge, toggleDefendant, type FormErrors, type ReasonsByItem, type ReferralForm,
} from "./rules";

/** A suspect the prosecutor may bring as a defendant (from the case's referral basis, or an earlier version). */
export interface SuspectOption {
  id: string;
  name: string;
  aliases: readonly string[];
  arrests: readonly { at: Date; place: string | null; unit: string | null }[];
}

/** An evidence item the manifest may list. */
export interface EvidenceOption {
  id: string;
  kind: string;
  description: string;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string;
  custody: { entries: number; hashChecks: number; allChecksMatched: boolean };
}

interface Props {
  courts: readonly Court[];
  statutes: readonly Statute[];
  suspects: readonly SuspectOption[];
  evidence: readonly EvidenceOption[];
  initial: ReferralForm;
  /** The court's reasons about the version being redrafted, by item. */
  reasons?: ReasonsByItem | undefined;
  saveLabel: MessageKey;
  onSave: (form: ReferralForm) => Promise<unknown>;
  onReload?: () => void;
}

const MESSAGES: Record<string, Partial<Record<FormErrors[string], MessageKey>>> = {
  courtCode: { required: "prosecution.form.courtRequired" },
  summary: { required: "prosecution.form.summaryRequired", tooLong: "prosecution.form.summaryTooLong" },
  defendants: { required: "prosecution.form.defendantRequired", tooMany: "prosecution.form.defendantsTooMany" },
  charges: { noCharge: "prosecution.form.chargeRequired", tooMany: "prosecution.form.chargesTooMany" },
  evidenceItemIds: { tooMany: "prosecution.form.evidenceTooMany" },
};

/** The API's field errors about one defendant (defendants[i], defendants[i].charges[j]) or the evidence (evidenceItemIds[k]). */
function apiErrors(problem: Problem | null, prefix: string): string | undefined {
  if (!problem) return undefined;
  const found = Object.entries(problem.fields).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`)
    || path.startsWith(`${prefix}[`));
  return found.length ? found.map(([, message]) => message).join(" ") : undefined;
}

export function ReferralFormView(props: Props) {
  const { t, language } = useConsole();
  const [form, setForm] = useState<ReferralForm>(props.initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const action = useAction();
  const reasons = props.reasons;
  const suspectOrder = props.suspects.map((s) => s.id);
  const statuteOrder = props.statutes.map((s) => s.code);
  // what the API refused is named by the defendants' order as sent, which is the form's
  const sent = form.defendants;

  const say = (field: string, code: FormErrors[string] | undefined, group = field) => {
    const key = code ? MESSAGES[group]?.[code] : undefined;
    return key ? t(key, { max: SUMMARY_MAX }) : undefined;
  };
  const courtError = say("courtCode", errors["courtCode"]) ?? apiErrors(action.problem, "courtCode");
  const summaryError = say("summary", errors["summary"]) ?? apiErrors(action.problem, "summary");
  const defendantsError = say("defendants", errors["defendants"])
    ?? (action.problem?.fields["defendants"] ? action.problem.fields["defendants"] : undefined);
  const evidenceError = say("evidenceItemIds", errors["evidenceItemIds"]) ?? apiErrors(action.problem, "evidenceItemIds");

  const save = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkReferral(form);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      action.clear();
      const index = /^defendants\[(\d+)\]/.exec(first)?.[1];
      const target = first === "courtCode" ? "ref-court" : first === "summary" ? "ref-summary"
        : index !== undefined ? `ref-charges-${form.defendants[Number(index)]?.suspectId}` : first === "defendants" ? "ref-defendants" : "ref-evidence";
      focusField(target);
      return;
    }
    await action.run(() => props.onSave(form));
  };

  return (
    <form onSubmit={save} noValidate id="referral-form" aria-labelledby="referral-form-title">
      <h2 id="referral-form-title">{t("prosecution.form.title")}</h2>
      {reasons && reasons.general.length > 0 && <Reasons reasons={reasons.general} id="reasons-general" />}
      {Object.keys(errors).length > 0 && <p class="error" role="alert" id="ref-errors">{t("prosecution.form.fix")}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={props.onReload} />}

      <Select id="ref-court" label={t("prosecution.form.court")} hint={t("prosecution.form.courtHint")} required blank={t("common.choose")}
        value={form.courtCode} error={courtError} onChange={(courtCode) => setForm({ ...form, courtCode })}
        options={props.courts.map((court) => ({ value: court.code, label: courtLabel(court) }))} />
      {props.courts.length === 0 && <p class="note" id="ref-no-court">{t("prosecution.form.noCourt")}</p>}

      <Group id="ref-defendants" legend={t("prosecution.form.defendants")} hint={t("prosecution.form.defendantsHint")} error={defendantsError}>
        {props.suspects.map((suspect) => {
          const index = form.defendants.findIndex((d) => d.suspectId === suspect.id);
          const defendant = index >= 0 ? form.defendants[index] : undefined;
          const chargesError = (index >= 0 ? say(`defendants[${index}].charges`, errors[`defendants[${index}].charges`], "charges") : undefined)
            ?? (index >= 0 && sent[index] ? apiErrors(action.problem, `defendants[${index}]`) : undefined);
          return (
            <div class="defendant" key={suspect.id}>
              <label class="option" for={`ref-suspect-${suspect.id}`}>
                <input type="checkbox" id={`ref-suspect-${suspect.id}`} checked={Boolean(defendant)}
                  aria-describedby={reasons?.defendant[suspect.id] ? `reasons-defendant-${suspect.id}` : undefined}
                  onChange={() => setForm(toggleDefendant(form, suspect.id, suspectOrder))} />
                <span><bdi>{suspect.name}</bdi></span>
              </label>
              <SuspectFacts suspect={suspect} />
              <Reasons reasons={reasons?.defendant[suspect.id]} id={`reasons-defendant-${suspect.id}`} />
              {defendant && (
                <Group id={`ref-charges-${suspect.id}`} legend={t("prosecution.form.charges", { name: suspect.name })}
                  error={chargesError} nested>
                  {props.statutes.map((statute) => (
                    <div key={statute.code}>
                      <label class="option statute" for={`ref-charge-${suspect.id}-${statute.code}`}>
                        <input type="checkbox" id={`ref-charge-${suspect.id}-${statute.code}`} value={statute.code}
                          checked={defendant.charges.includes(statute.code)}
                          aria-describedby={reasons?.charge[statute.code] ? `reasons-charge-${suspect.id}-${statute.code}` : undefined}
                          onChange={() => setForm(toggleCharge(form, suspect.id, statute.code, statuteOrder))} />
                        <span><StatuteText statute={statute} /></span>
                      </label>
                      <Reasons reasons={reasons?.charge[statute.code]} id={`reasons-charge-${suspect.id}-${statute.code}`} />
                    </div>
                  ))}
                </Group>
              )}
            </div>
          );
        })}
      </Group>

      <div class={`field${summaryError ? " invalid" : ""}`}>
        <label for="ref-summary">{t("prosecution.form.summary")}</label>
        <p class="hint" id="ref-summary-hint">{t("prosecution.form.summaryHint")}</p>
        <Reasons reasons={reasons?.summary} id="reasons-summary" />
        {summaryError && <p class="error" id="ref-summary-error">{summaryError}</p>}
        <textarea id="ref-summary" lang="ar" dir="rtl" rows={8} value={form.summary} required
          aria-invalid={summaryError ? "true" : undefined}
          aria-describedby={["ref-summary-hint", reasons?.summary.length ? "reasons-summary" : "", summaryError ? "ref-summary-error" : ""]
            .filter(Boolean).join(" ")}
          onInput={(event: JSX.TargetedEvent<HTMLTextAreaElement>) => setForm({ ...form, summary: event.currentTarget.value })} />
      </div>

      <Group id="ref-evidence" legend={t("prosecution.form.evidence")} hint={t("prosecution.form.evidenceHint")} error={evidenceError}>
        {props.evidence.length === 0 && <p class="muted">{t("prosecution.form.noEvidence")}</p>}
        {props.evidence.map((item) => (
          <div class="evidence-option" key={item.id}>
            <label class="option" for={`ref-evidence-${item.id}`}>
              <input type="checkbox" id={`ref-evidence-${item.id}`} checked={form.evidenceItemIds.includes(item.id)}
                aria-describedby={reasons?.evidence[item.id] ? `reasons-evidence-${item.id}` : undefined}
                onChange={() => setForm({ ...form, evidenceItemIds: form.evidenceItemIds.includes(item.id)
                  ? form.evidenceItemIds.filter((id) => id !== item.id)
                  : props.evidence.map((e) => e.id).filter((id) => id === item.id || form.evidenceItemIds.includes(id)) })} />
              <span><bdi>{item.description}</bdi></span>
            </label>
            <EvidenceFacts item={item} />
            <Reasons reasons={reasons?.evidence[item.id]} id={`reasons-evidence-${item.id}`} />
          </div>
        ))}
      </Group>

      <div class="actions">
        <button type="submit" class="primary" id="ref-save" disabled={action.busy}>{t(props.saveLabel)}</button>
      </div>
    </form>
  );

  function courtLabel(court: Court): string {
    return t("prosecution.form.courtOption", { name: language === "ar" ? court.nameAr : court.nameEn, code: court.code });
  }
}

function focusField(id: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>("input, select, textarea") : element;
    target?.focus();
  });
}

/** A group of checkboxes with its legend, hint and error, described to assistive technology. */
function Group(props: { id: string; legend: string; hint?: string; error?: string | undefined; nested?: boolean;
    children: ComponentChildren }) {
  const described = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset class={`field${props.error ? " invalid" : ""}${props.nested ? " nested" : ""}`} id={props.id}
      aria-describedby={described || undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="error" id={`${props.id}-error`}>{props.error}</p>}
      {props.children}
    </fieldset>
  );
}

export function SuspectFacts(props: { suspect: SuspectOption }) {
  const { t } = useConsole();
  const s = props.suspect;
  return (
    <div class="option-facts">
      {s.aliases.length > 0 && <p>{t("prosecution.suspect.aliases", { aliases: s.aliases.join(t("common.separator")) })}</p>}
      {s.arrests.length === 0 ? <p class="muted">{t("prosecution.suspect.noArrest")}</p> : (
        <ul class="plain">
          {s.arrests.map((arrest, index) => (
            <li key={index}>
              {t("prosecution.suspect.arrested")} <When at={arrest.at} />
              {arrest.place && <>{t("common.separator")}<bdi>{arrest.place}</bdi></>}
              {arrest.unit && <>{t("common.separator")}<bdi>{arrest.unit}</bdi></>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function EvidenceFacts(props: { item: EvidenceOption }) {
  const { t } = useConsole();
  const i = props.item;
  return (
    <div class="option-facts">
      <p>
        {kindLabel(t, i.kind)}
        {i.contentType && <>{t("common.separator")}<bdi dir="ltr">{i.contentType}</bdi></>}
        {i.sizeBytes !== null && <>{t("common.separator")}{t("prosecution.evidence.size", { bytes: i.sizeBytes })}</>}
      </p>
      <p>{t("prosecution.evidence.sha256")} <Code>{i.sha256}</Code></p>
      <p class={i.custody.allChecksMatched ? "" : "bad"}>
        {t(!i.custody.allChecksMatched ? "prosecution.evidence.custodyBroken"
          : i.custody.hashChecks === 0 ? "prosecution.evidence.custodyUnchecked" : "prosecution.evidence.custodyOk",
        { entries: i.custody.entries, checks: i.custody.hashChecks })}
      </p>
    </div>
  );
}

const KINDS = ["FILE", "DEVICE", "EXTRACTION", "DOCUMENT", "OTHER"] as const;

export function kindLabel(t: ReturnType<typeof useConsole>["t"], kind: string): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`prosecution.kind.${kind as typeof KINDS[number]}`) : kind;
}
