// Reporting, one short step at a time: who it happened to, their safety now, what happened, who
// threatens (numbers, accounts, wallets), what they demand, the story; then a last look and send.
// What was typed stays while the page is open, whatever the API or the connection answers; a
// refusal takes the person to the first step with a field the API named, its message at the field.
// Saying yes to thinking of self-harm shows the help lines at once, before anything else. The last
// step before the last look asks how the person wants to be told of news (notify-fields.tsx).
import { useEffect, useRef, useState } from "preact/hooks";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "../context";
import { parseAmount } from "../digits";
import { check, emptyDraft, isMinor, request, stepOf, type Draft } from "../draft";
import { Checks, Choice, fieldId, Select, TextArea, TextField } from "../fields";
import { ProblemNotice } from "../problem-notice";
import { HelpLineList } from "../helpline-list";
import { NotifyFields } from "../notify-fields";
import { ending, NOTIFY_STEP } from "../notify";
import type { MessageKey } from "../i18n";
import { enumLabel, enumOptions, regionOptions, when } from "../reference";
import { PageTitle } from "./heading";

const STEPS: MessageKey[] = ["report.step.who", "report.step.safety", "report.step.what", "report.step.threatener",
  "report.step.demand", "report.step.story", "report.step.notify", "report.step.review"];
const REVIEW = STEPS.length - 1;

export function ReportPage(props: { anonymous: boolean }) {
  const portal = usePortal();
  const { t, language, reference, api, go } = portal;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(language));
  const [step, setStep] = useState(0);
  const [shownErrors, setShownErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  // one key per distinct request: a retry of the same request after a lost answer files it once
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  // the portal's own messages are in the language they were made in: a switch of language clears them
  useEffect(() => setShownErrors({}), [language]);
  const error = (path: string) => shownErrors[path];
  const yesNo = [{ value: "yes", label: t("common.yes") }, { value: "no", label: t("common.no") }];

  const stepErrors = (target: number) => {
    const found: Record<string, string> = {};
    for (const [path, key] of Object.entries(check(draft))) {
      if (stepOf(path) === target || target === REVIEW) found[path] = t(key);
    }
    return found;
  };

  const next = () => {
    const found = stepErrors(step);
    setShownErrors(found);
    if (Object.keys(found).length) {
      focusFirst(found);
      return;
    }
    setStep(step + 1);
    window.scrollTo(0, 0);
  };

  const send = async () => {
    const found = stepErrors(REVIEW);
    if (Object.keys(found).length) {
      showAt(found);
      return;
    }
    // blank rows of identifiers are not sent: they leave the draft, so the API's identifiers[i] is row i
    const filled = draft.identifiers.filter((identifier) => identifier.value.trim() !== "");
    const sent = { ...draft, identifiers: filled.length ? filled : draft.identifiers.slice(0, 1) };
    if (filled.length !== draft.identifiers.length) setDraft(sent);
    const body = request(sent, reference.currency);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) attempt.current = { body: serialized, key: crypto.randomUUID() };
    setSending(true);
    setProblem(null);
    try {
      const parameters = { newComplaint: body, idempotencyKey: attempt.current.key, acceptLanguage: language };
      const filed = props.anonymous
        ? await api.anonymous.trackingFile(parameters)
        : await api.complaints.complaintFile(parameters);
      go({ page: "filed", complaintId: filed.id, trackingNumber: filed.trackingNumber, secret: filed.secret ?? null,
        helpLines: filed.helpLines ?? [], riskSignals: filed.riskSignals ?? [] });
    } catch (failure) {
      const answer = await problemOf(failure, t("problem.offline"));
      setProblem(answer);
      if (Object.keys(answer.fields).length) showAt(answer.fields);
    } finally {
      setSending(false);
    }
  };

  /** Takes the person to the first step with a named field, the messages at their fields. */
  const showAt = (named: Record<string, string>) => {
    // the API names the whole money demand when its amount is missing: the amount's field shows it;
    // a push subscription's parts are shown at the button that makes it, the whole choice at its channel
    const fields = Object.fromEntries(Object.entries(named).map(([path, message]) =>
      [path === "demand.money" || path === "demand.money.currency" ? "demand.money.amount"
        : path === "amountPaid" || path === "amountPaid.currency" ? "amountPaid.amount"
          : path.startsWith("notifications.pushSubscription") ? "notifications.pushSubscription"
            : path === "notifications" ? "notifications.channel" : path, message]));
    setShownErrors(fields);
    const first = Math.min(...Object.keys(fields).map(stepOf));
    setStep(first);
    focusFirst(fields);
  };

  const focusFirst = (fields: Record<string, string>) => {
    const first = Object.keys(fields).sort((a, b) => stepOf(a) - stepOf(b))[0];
    if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{props.anonymous ? t("report.titleAnonymous") : t("report.title")}</PageTitle>
      <p class="progress" aria-live="polite" data-step={step}>{t("report.progress", { step: step + 1, of: STEPS.length, name: t(STEPS[step]!) })}</p>
      {draft.selfHarm === "yes" && (
        <section class="urgent" role="alert" aria-labelledby="urgent-title">
          <h2 id="urgent-title">{t("report.urgent.title")}</h2>
          <p>{t("report.urgent.text")}</p>
          <HelpLineList selfHarm />
        </section>
      )}
      {problem && <ProblemNotice problem={problem} offlineDetail={t("problem.offlineKept")} />}
      {!problem && Object.keys(shownErrors).length > 0 && <p class="error" role="alert">{t("check.summary")}</p>}
      <form noValidate onSubmit={(event) => {
        event.preventDefault();
        if (step === REVIEW) void send();
        else next();
      }}>
        {step === 0 && (
          <>
            <Choice id={fieldId("reporterRelation")} legend={t("report.relation")} value={draft.relation}
              options={enumOptions(reference, "ReporterRelation", language)} onChange={(v) => set("relation", v)}
              error={error("reporterRelation")} required />
            <TextField id={fieldId("victim.name")} label={t("report.name")} hint={props.anonymous ? t("report.nameHintAnonymous") : t("report.nameHint")}
              value={draft.name} onInput={(v) => set("name", v)} maxLength={200} error={error("victim.name")} />
            <TextField id={fieldId("victim.contactPhone")} label={t("report.phone")}
              hint={t("report.phoneHint", { example: reference.phone.exampleNational })} type="tel" inputMode="tel" dir="ltr"
              value={draft.phone} onInput={(v) => set("phone", v)} maxLength={32} error={error("victim.contactPhone")} />
            <Select id={fieldId("victim.ageBand")} label={t("report.ageBand")} placeholder={t("common.choose")} value={draft.ageBand}
              options={enumOptions(reference, "AgeBand", language)} onChange={(v) => set("ageBand", v)} error={error("victim.ageBand")} required />
            {draft.ageBand === "UNKNOWN" && (
              <Choice id={fieldId("victim.minor")} legend={t("report.minor")} value={draft.minor} options={yesNo}
                onChange={(v) => set("minor", v)} error={error("victim.minor")} required />
            )}
            {isMinor(draft) === true && <p class="note">{t("report.minorNote")}</p>}
            <Choice id={fieldId("victim.gender")} legend={t("report.gender")} value={draft.gender}
              options={enumOptions(reference, "Gender", language)} onChange={(v) => set("gender", v)} error={error("victim.gender")} required />
            <label class="option single">
              <input type="checkbox" id={fieldId("victim.prefersSameGenderOfficer")} checked={draft.sameGender}
                onChange={(event) => set("sameGender", (event.target as HTMLInputElement).checked)} />
              <span>{t("report.sameGender")}</span>
            </label>
            <Select id={fieldId("governorate")} label={t("report.governorate")} placeholder={t("common.choose")} value={draft.governorate}
              options={regionOptions(reference, language)} onChange={(v) => set("governorate", v)} error={error("governorate")} required />
          </>
        )}
        {step === 1 && (
          <>
            <Choice id={fieldId("selfHarmRisk")} legend={t("report.selfHarm")} hint={t("report.selfHarmHint")} value={draft.selfHarm}
              options={yesNo} onChange={(v) => set("selfHarm", v)} error={error("selfHarmRisk")} required />
            <TextField id={fieldId("deadline")} type="datetime-local" label={t("report.deadline")} hint={t("report.deadlineHint")}
              value={draft.deadline} onInput={(v) => set("deadline", v)} dir="ltr" error={error("deadline")} />
          </>
        )}
        {step === 2 && (
          <>
            <Checks id={fieldId("platforms")} legend={t("report.platforms")} values={draft.platforms}
              options={enumOptions(reference, "Platform", language)} onChange={(v) => set("platforms", v)} error={error("platforms")} />
            <Checks id={fieldId("threatTypes")} legend={t("report.threats")} values={draft.threats}
              options={enumOptions(reference, "ThreatType", language)} onChange={(v) => set("threats", v)} error={error("threatTypes")} />
          </>
        )}
        {step === 3 && (
          <fieldset class="field">
            <legend>{t("report.identifiers")}</legend>
            <p class="hint">{t("report.identifiersHint")}</p>
            {draft.identifiers.map((identifier, index) => (
              <div class="row" key={index}>
                <Select id={fieldId(`identifiers[${index}].type`)} label={t("report.identifierType", { n: index + 1 })}
                  placeholder={t("common.choose")} value={identifier.type} options={enumOptions(reference, "IdentifierType", language)}
                  onChange={(v) => set("identifiers", draft.identifiers.map((item, i) => (i === index ? { ...item, type: v } : item)))}
                  error={error(`identifiers[${index}].type`)} />
                <TextField id={fieldId(`identifiers[${index}].value`)} label={t("report.identifierValue", { n: index + 1 })} dir="ltr"
                  inputMode={identifier.type === "PHONE" ? "tel" : "text"} value={identifier.value} maxLength={500}
                  onInput={(v) => set("identifiers", draft.identifiers.map((item, i) => (i === index ? { ...item, value: v } : item)))}
                  error={error(`identifiers[${index}].value`)} />
                {draft.identifiers.length > 1 && (
                  <button type="button" class="link" onClick={() => set("identifiers", draft.identifiers.filter((_, i) => i !== index))}>
                    {t("report.identifierRemove", { n: index + 1 })}
                  </button>
                )}
              </div>
            ))}
            {draft.identifiers.length < 50 && (
              <button type="button" id="identifier-add" onClick={() => set("identifiers", [...draft.identifiers, { type: "PHONE", value: "" }])}>
                {t("report.identifierAdd")}
              </button>
            )}
          </fieldset>
        )}
        {step === 4 && (
          <>
            <Checks id={fieldId("demand.types")} legend={t("report.demand")} values={draft.demandTypes}
              options={enumOptions(reference, "DemandType", language)} onChange={(v) => set("demandTypes", v)} error={error("demand.types")} />
            {draft.demandTypes.includes("MONEY") && (
              <TextField id={fieldId("demand.money.amount")} label={t("report.amount", { currency: reference.currency })} inputMode="decimal"
                dir="ltr" value={draft.amount} onInput={(v) => set("amount", v)} maxLength={20} error={error("demand.money.amount")} />
            )}
            <TextArea id={fieldId("demand.details")} label={t("report.demandDetails")} value={draft.demandDetails} rows={3}
              onInput={(v) => set("demandDetails", v)} maxLength={2000} error={error("demand.details")} />
            <TextField id={fieldId("amountPaid.amount")} label={t("report.paid", { currency: reference.currency })} hint={t("report.paidHint")}
              inputMode="decimal" dir="ltr" value={draft.paid} onInput={(v) => set("paid", v)} maxLength={20} error={error("amountPaid.amount")} />
          </>
        )}
        {step === 5 && (
          <TextArea id={fieldId("narrative")} label={t("report.narrative")} hint={t("report.narrativeHint")} value={draft.narrative}
            onInput={(v) => set("narrative", v)} maxLength={20000} rows={10} error={error("narrative")} required />
        )}
        {step === NOTIFY_STEP && (
          <NotifyFields value={draft.notify} onChange={(v) => set("notify", v)} anonymous={props.anonymous} givenPhone={draft.phone}
            prefix="notifications." error={error} />
        )}
        {step === REVIEW && review()}
        {step === REVIEW && Object.keys(shownErrors).some((path) => stepOf(path) === 5 && !path.startsWith("narrative")) && (
          <ul class="error">
            {Object.entries(shownErrors).filter(([path]) => stepOf(path) === 5 && !path.startsWith("narrative"))
              .map(([path, message]) => <li key={path}>{message}</li>)}
          </ul>
        )}
        <div class="actions">
          {step > 0 && <button type="button" id="back" onClick={() => { setShownErrors({}); setStep(step - 1); }}>{t("common.back")}</button>}
          {step < REVIEW
            ? <button type="submit" class="primary" id="next">{t("common.next")}</button>
            : <button type="submit" class="primary" id="send" disabled={sending}>{sending ? t("report.sending") : t("report.send")}</button>}
        </div>
      </form>
    </>
  );

  function review() {
    const d = draft;
    // an amount as the API will read it, so a misread separator shows before sending
    const money = (typed: string) => {
      const amount = parseAmount(typed);
      return amount === null ? typed.trim()
        : new Intl.NumberFormat(language, { style: "currency", currency: reference.currency, maximumFractionDigits: 2 }).format(amount);
    };
    const separator = t("common.listSeparator");
    const names = (enumName: string, values: string[]) => values.map((v) => enumLabel(reference, enumName, v, language)).join(separator);
    // numbers, accounts and links read left to right inside the Arabic page
    const written = new Set<MessageKey>(["report.phone", "report.identifiers"]);
    const notifySummary = () => {
      const languageName = reference.languages.find((l) => l.code === d.notify.language)?.name ?? d.notify.language;
      const number = d.notify.phoneSource === "given" && d.phone.trim() ? d.phone : d.notify.phone;
      if (d.notify.channel === "SMS") return t("notify.summary.SMS", { ending: ending(number), language: languageName });
      if (d.notify.channel === "WEB_PUSH") return t("notify.summary.WEB_PUSH", { language: languageName });
      return d.notify.channel === "NONE" ? t("notify.summary.NONE") : "";
    };
    const rows: [MessageKey, string][] = [
      ["report.relation", d.relation ? enumLabel(reference, "ReporterRelation", d.relation, language) : ""],
      ["report.name", d.name],
      ["report.phone", d.phone],
      ["report.ageBand", d.ageBand ? enumLabel(reference, "AgeBand", d.ageBand, language) : ""],
      ["report.governorate", regionOptions(reference, language).find((r) => r.value === d.governorate)?.label ?? ""],
      ["report.selfHarm", d.selfHarm === "yes" ? t("common.yes") : d.selfHarm === "no" ? t("common.no") : ""],
      ["report.platforms", names("Platform", d.platforms)],
      ["report.threats", names("ThreatType", d.threats)],
      ["report.identifiers", d.identifiers.filter((i) => i.value.trim()).map((i) => i.value.trim()).join(separator)],
      ["report.demand", [names("DemandType", d.demandTypes),
        d.demandTypes.includes("MONEY") ? money(d.amount) : ""].filter(Boolean).join(separator)],
      ["report.deadline", d.deadline ? when(new Date(d.deadline), language) : ""],
      ["report.paid", money(d.paid)],
      ["report.narrative", d.narrative],
      ["report.notify", notifySummary()],
    ];
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title">{t("report.reviewTitle")}</h2>
        <dl class="review">
          {rows.map(([key, value]) => (
            <div key={key}><dt>{t(key, { currency: reference.currency })}</dt>
              <dd dir={written.has(key) ? "ltr" : "auto"}>{value || t("common.none")}</dd></div>
          ))}
        </dl>
        {props.anonymous && <p class="note">{t("report.anonymousNote")}</p>}
      </section>
    );
  }
}
