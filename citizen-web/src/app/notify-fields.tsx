// The question "how should we tell you of news?", the same when filing and when changing it later:
// SMS (to the number already given, or another), notifications in this browser (offered only where
// the browser can have them; the browser's own question comes only when the person clicks), or
// nothing; the language of the messages; and beside it, in plain words, what each choice costs and
// how the contact is kept.
import { useEffect, useState } from "preact/hooks";
import { usePortal } from "./context";
import { Choice, fieldId, Select, TextField } from "./fields";
import { ending, messageLanguages, notes, offeredChannels, type NotifyDraft } from "./notify";
import { pushAbility, PushRefused, subscribeThisBrowser } from "./push";
import { enumLabel } from "./reference";
import type { MessageKey } from "./i18n";

export function NotifyFields(props: { value: NotifyDraft; onChange: (next: NotifyDraft) => void; anonymous: boolean;
    /** The phone already given in the report (filing only), offered for SMS. */
    givenPhone: string;
    /** Where the choice sits in the API's request: "notifications." when filing, "" when changing it. */
    prefix: string;
    /** A citizen changing the choice may leave the number empty: the report's own phone is texted. */
    phoneOptional?: boolean;
    error: (path: string) => string | undefined }) {
  const { t, api, reference, language } = usePortal();
  const notify = props.value;
  const path = (name: string) => `${props.prefix}${name}`;
  const set = (change: Partial<NotifyDraft>) => props.onChange({ ...notify, ...change });
  const [serverKey, setServerKey] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<"denied" | "failed" | null>(null);
  useEffect(() => void api.webPushKey().then(setServerKey), [api]);

  const ability = pushAbility(serverKey);
  const channels = offeredChannels(ability);
  const given = props.givenPhone.trim();
  const languageName = (code: string) => reference.languages.find((l) => l.code === code)?.name ?? code;

  const allow = async () => {
    if (!serverKey) return;
    setAsking(true);
    setRefusal(null);
    try {
      set({ push: await subscribeThisBrowser(serverKey) });
    } catch (failure) {
      setRefusal(failure instanceof PushRefused && failure.denied ? "denied" : "failed");
    } finally {
      setAsking(false);
    }
  };
  const pushError = props.error(path("pushSubscription"));
  // what being told costs an anonymous filer is read before choosing; the rest beside the choice
  const [first, ...rest] = notes(props.anonymous, notify.channel);
  const note = (key: MessageKey) => <p key={key} data-note={key}>{t(key)}</p>;

  return (
    <>
      {props.anonymous && first && <div class="note">{note(first)}</div>}
      <Choice id={fieldId(path("channel"))} legend={t("notify.question")} hint={t("notify.hint")} value={notify.channel}
        options={channels.map((channel) => ({ value: channel, label: enumLabel(reference, "ContactChannel", channel, language) }))}
        onChange={(channel) => set({ channel })} error={props.error(path("channel"))} required />
      {notify.channel === "SMS" && given && (
        <Choice id="f-notify-phone-source" legend={t("notify.phone.which")} value={notify.phoneSource}
          options={[{ value: "given", label: t("notify.phone.given", { ending: ending(given) }) },
            { value: "other", label: t("notify.phone.other") }]}
          onChange={(source) => set({ phoneSource: source === "given" ? "given" : "other" })} />
      )}
      {notify.channel === "SMS" && (!given || notify.phoneSource === "other") && (
        <TextField id={fieldId(path("phone"))} label={t("notify.phone.label")} type="tel" inputMode="tel" dir="ltr"
          hint={t(props.phoneOptional ? "notify.phone.hintOptional" : "report.phoneHint", { example: reference.phone.exampleNational })}
          value={notify.phone} onInput={(phone) => set({ phone })} maxLength={32} error={props.error(path("phone"))} />
      )}
      {notify.channel === "WEB_PUSH" && (
        <div class={`field${pushError || refusal ? " invalid" : ""}`}>
          {notify.push
            ? <p class="ok" role="status" id="push-ready">{t("notify.push.ready")}</p>
            : <button type="button" id={fieldId(path("pushSubscription"))} disabled={asking} onClick={() => void allow()}
                aria-describedby={pushError || refusal ? `${fieldId(path("pushSubscription"))}-error` : undefined}>
                {t("notify.push.allow")}
              </button>}
          {!notify.push && (pushError || refusal) && (
            <p class="error" id={`${fieldId(path("pushSubscription"))}-error`}>
              {refusal === "denied" ? t("notify.push.denied") : refusal === "failed" ? t("notify.push.failed") : pushError}
            </p>
          )}
        </div>
      )}
      {notify.channel && notify.channel !== "NONE" && (
        <Select id={fieldId(path("language"))} label={t("notify.language")} placeholder={t("common.choose")} value={notify.language}
          options={messageLanguages(reference.languages.map((l) => l.code)).map((code) => ({ value: code, label: languageName(code) }))}
          onChange={(language) => set({ language })} error={props.error(path("language"))} />
      )}
      <div class="note">{(props.anonymous ? rest : [first!, ...rest]).map(note)}</div>
    </>
  );
}
