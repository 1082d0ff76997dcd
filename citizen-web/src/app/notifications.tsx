// On the page that follows a report: how the person is told of its news (the channel, the language,
// the end of the phone number, never the number itself), a way to change it or stop it, and the
// messages sent so far (what they told of, how, what became of them, when). The same for a
// logged-in filer and for an anonymous one with the tracking number and secret.
import { useEffect, useState } from "preact/hooks";
import type { NotificationChoice, NotificationChoiceView, NotificationView } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "./context";
import type { MessageKey } from "./i18n";
import { checkNotify, emptyNotify, ending, notificationChoice, type NotifyDraft } from "./notify";
import { NotifyFields } from "./notify-fields";
import { ProblemNotice } from "./problem-notice";
import { enumLabel, when } from "./reference";

export interface NotificationActions {
  anonymous: boolean;
  read(): Promise<NotificationChoiceView>;
  sent(): Promise<NotificationView[]>;
  change(choice: NotificationChoice): Promise<NotificationChoiceView>;
  stop(): Promise<void>;
}

/** The API's field paths of a choice as the fields show them: a push subscription's parts at its button. */
function atFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) =>
    [path.startsWith("pushSubscription") ? "pushSubscription" : path, message]));
}

export function NotificationsSection(props: { actions: NotificationActions; closed: boolean;
    /** How many times the report was read: the choice and the messages are read again each time. */
    reads: number }) {
  const { t, language, reference } = usePortal();
  const { actions } = props;
  const [view, setView] = useState<NotificationChoiceView | null>(null);
  const [sent, setSent] = useState<NotificationView[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [editing, setEditing] = useState<NotifyDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);

  const load = async () => {
    const [choice, messages] = await Promise.all([actions.read(), actions.sent()]);
    setView(choice);
    setSent(messages);
  };
  useEffect(() => void load().catch(async (failure) => setProblem(await problemOf(failure, t("problem.offline")))), [props.reads]);
  useEffect(() => setErrors({}), [language]);

  const run = async (action: () => Promise<unknown>, then: MessageKey) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      await action();
      await load();
      setEditing(null);
      setDone(then);
    } catch (failure) {
      const answer = await problemOf(failure, t("problem.offline"));
      setProblem(answer);
      setErrors(atFields(answer.fields));
    } finally {
      setBusy(false);
    }
  };

  const save = (draft: NotifyDraft) => {
    const found = checkNotify(draft, "", "", !actions.anonymous);
    setErrors(Object.fromEntries(Object.entries(found).map(([path, key]) => [path, t(key)])));
    if (Object.keys(found).length) return;
    const choice = notificationChoice(draft, "");
    void run(() => (choice ? actions.change(choice) : actions.stop()), choice ? "notify.changed" : "notify.stopped");
  };

  const languageName = (code: string | undefined) => reference.languages.find((l) => l.code === code)?.name ?? code ?? "";
  const summary = (choice: NotificationChoiceView) =>
    choice.channel === "SMS" ? t("notify.summary.SMS", { ending: ending(choice.phoneEnding ?? ""), language: languageName(choice.language) })
      : choice.channel === "WEB_PUSH" ? t("notify.summary.WEB_PUSH", { language: languageName(choice.language) })
        : t("notify.summary.NONE");

  return (
    <section aria-labelledby="notify-title" id="notifications">
      <h2 id="notify-title">{t("notify.title")}</h2>
      {problem && <ProblemNotice problem={problem} />}
      {view && (
        <>
          <p id="notify-current" data-channel={view.channel}>{summary(view)}</p>
          {view.erasedAt && <p class="muted">{t("notify.erased", { date: when(view.erasedAt, language) })}</p>}
        </>
      )}
      {done && <p role="status" class="ok" id="notify-done">{t(done)}</p>}
      {view && !props.closed && !editing && (
        <div class="actions">
          <button type="button" id="notify-change" onClick={() => {
            setEditing({ ...emptyNotify(view.language ?? language), channel: view.channel === "NONE" ? "" : view.channel, phoneSource: "other" });
            setErrors({});
            setDone(null);
          }}>
            {view.channel === "NONE" ? t("notify.choose") : t("notify.change")}
          </button>
          {view.channel !== "NONE" && (
            <button type="button" class="quiet" id="notify-stop" disabled={busy} onClick={() => void run(() => actions.stop(), "notify.stopped")}>
              {t("notify.stop")}
            </button>
          )}
        </div>
      )}
      {editing && (
        <form noValidate onSubmit={(event) => { event.preventDefault(); save(editing); }}>
          <NotifyFields value={editing} onChange={setEditing} anonymous={actions.anonymous} givenPhone="" prefix=""
            phoneOptional={!actions.anonymous} error={(path) => errors[path]} />
          <div class="actions">
            <button type="button" onClick={() => { setEditing(null); setErrors({}); }}>{t("common.cancel")}</button>
            <button type="submit" class="primary" id="notify-save" disabled={busy}>{t("notify.save")}</button>
          </div>
        </form>
      )}
      <h3 id="notify-sent-title">{t("notify.sentTitle")}</h3>
      {sent.length === 0 ? <p>{t("notify.noneSent")}</p> : (
        <ol class="notifications-sent" aria-labelledby="notify-sent-title">
          {sent.map((message) => <SentMessage key={message.id} message={message} />)}
        </ol>
      )}
    </section>
  );
}

/** One message: when, what it told of, how, and what became of it, named as the reference data names them. */
function SentMessage(props: { message: NotificationView }) {
  const { t, language, reference } = usePortal();
  const message = props.message;
  const at = message.deliveredAt ?? message.sentAt ?? message.queuedAt;
  const held = message.status === "QUEUED" && message.notBefore;
  return (
    <li data-event={message.event} data-status={message.status}>
      <strong>{enumLabel(reference, "NotificationEvent", message.event, language)}</strong>
      <span class="muted">
        <time dateTime={at.toISOString()}>{when(at, language)}</time>{t("common.listSeparator")}
        {enumLabel(reference, "NotificationChannel", message.channel, language)}{t("common.listSeparator")}
        {held && message.notBefore
          ? t("notify.status.QUEUED_UNTIL", { time: when(message.notBefore, language) })
          : enumLabel(reference, "NotificationStatus", message.status, language)}
      </span>
    </li>
  );
}
