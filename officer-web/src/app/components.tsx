// The pieces every screen uses: loading what a screen shows (with the problem when it fails), a
// problem said plainly in the officer's language (the API's own title, detail and field messages;
// someone else's change explained with a reload), labels from the reference data, dates, and
// form fields with their errors.
import type { ComponentChildren, JSX } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { changedMeanwhile, LOGIN_ENDED, OFFLINE, problemOf, UNEXPECTED, type Problem } from "@sanad/web-kit/problem";
import { useConsole } from "./context";
import { label } from "./i18n";

/** What a screen loads: the value once it has come, or the problem; `reload` asks again. */
export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[]): { value: T | null; problem: Problem | null;
    loading: boolean; reload: () => void } {
  const { t } = useConsole();
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  // another record (the dependencies changed, not a reload): nothing of the one before stays on screen
  useEffect(() => {
    setValue(null);
    setProblem(null);
  }, dependencies);
  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then((loaded) => {
      if (!current) return;
      setValue(loaded);
      setProblem(null);
    }, async (error: unknown) => {
      const found = await problemOf(error, t("problem.offline"));
      if (current) setProblem(found);
    }).finally(() => {
      if (current) setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [...dependencies, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, problem, loading, reload };
}

/** Runs an action, answering its problem (null when it went through). */
export function useAction(): { busy: boolean; problem: Problem | null; run: (action: () => Promise<unknown>) => Promise<boolean>;
    clear: () => void } {
  const { t } = useConsole();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(await problemOf(error, t("problem.offline")));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, clear: () => setProblem(null) };
}

/** A problem, said plainly: what the API said, or the console's words for what the API could not say. */
export function ProblemNotice(props: { problem: Problem; onReload?: () => void }) {
  const { t } = useConsole();
  const { problem } = props;
  let title = problem.title;
  let detail = problem.detail;
  if (problem.status === OFFLINE) {
    title = t("problem.offline");
    detail = t("problem.offlineDetail");
  } else if (problem.status === LOGIN_ENDED) {
    title = t("problem.loginEnded");
    detail = t("problem.loginEndedDetail");
  } else if (problem.status === UNEXPECTED) {
    title = t("problem.unexpected");
    detail = t("problem.unexpectedDetail");
  }
  const fields = Object.entries(problem.fields);
  const changed = changedMeanwhile(problem);
  return (
    <div class="problem" role="alert" data-status={problem.status}>
      <p><strong>{title}</strong></p>
      {detail && <p>{detail}</p>}
      {changed && <p>{t("problem.changedMeanwhile")}</p>}
      {problem.status === 403 && <p>{t("problem.refusedDetail")}</p>}
      {fields.length > 0 && <ul>{fields.map(([path, message]) => <li key={path}><code>{path}</code>: {message}</li>)}</ul>}
      {props.onReload && (changed || problem.status === OFFLINE || problem.status >= 500) && (
        <button type="button" class="small" onClick={props.onReload}>{t("common.reload")}</button>
      )}
    </div>
  );
}

/** What a loading screen shows: the problem, a quiet "loading", or its content. */
export function Loaded<T>(props: { load: { value: T | null; problem: Problem | null; loading: boolean; reload: () => void };
    children: (value: T) => ComponentChildren }) {
  const { t } = useConsole();
  const { value, problem, loading, reload } = props.load;
  if (problem) return <ProblemNotice problem={problem} onReload={reload} />;
  if (value === null) return <p class="muted" role="status">{loading ? t("common.loading") : ""}</p>;
  return <>{props.children(value)}</>;
}

/** The label of an API value (a platform, a threat, a status, a region) in the officer's language. */
export function useLabels(): (kind: string, value: string) => string {
  const { reference, language } = useConsole();
  return (kind, value) => {
    if (kind === "region") {
      return label(reference.regions.find((r) => r.code === value)?.names, language, value);
    }
    return label(reference.enums[kind]?.find((e) => e.value === value)?.labels, language, value);
  };
}

/** The locale an officer's dates are written in: Gregorian with Latin digits in Arabic, British in English. */
export function dateLocale(language: string): string {
  return language === "ar" ? "ar-IQ-u-nu-latn-ca-gregory" : "en-GB";
}

/** A day as the officer reads it, in text (an option's label, a sentence). */
export function dayText(at: Date, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: "medium" }).format(at);
}

/** The time now, renewed every `everyMs` while the screen is open (a deadline's time left stays true). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** A date and time as the officer reads them (Gregorian, the officer's language, the device's zone). */
export function When(props: { at: Date | null | undefined }) {
  const { language } = useConsole();
  if (!props.at) return <span>—</span>;
  const text = new Intl.DateTimeFormat(dateLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(props.at);
  return <time dateTime={props.at.toISOString()}>{text}</time>;
}

/**
 * The screen's heading, focused when it first appears, so a screen reader announces where the
 * officer is; not again when the screen re-renders (a panel that finishes loading must not take the
 * focus from a list's line or a form just sent).
 */
export function Heading(props: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return <h1 tabIndex={-1} ref={heading}>{props.children}</h1>;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function described(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Frame(props: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="error" id={`${props.id}-error`}>{props.error}</p>}
      {props.children}
    </div>
  );
}

export function TextField(props: FieldProps & { value: string; onInput: (value: string) => void; type?: string;
    required?: boolean; autoComplete?: string; dir?: "ltr" | "rtl" | "auto" }) {
  return (
    <Frame {...props}>
      <input id={props.id} type={props.type ?? "text"} value={props.value} required={props.required}
        aria-invalid={props.error ? "true" : undefined} aria-describedby={described(props)} dir={props.dir}
        autoComplete={props.autoComplete ?? "off"} spellcheck={false}
        onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => props.onInput(event.currentTarget.value)} />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { value: string; onInput: (value: string) => void; required?: boolean; rows?: number }) {
  return (
    <Frame {...props}>
      <textarea id={props.id} value={props.value} required={props.required} rows={props.rows ?? 4}
        aria-invalid={props.error ? "true" : undefined} aria-describedby={described(props)}
        onInput={(event: JSX.TargetedEvent<HTMLTextAreaElement>) => props.onInput(event.currentTarget.value)} />
    </Frame>
  );
}

export function Select(props: FieldProps & { value: string; onChange: (value: string) => void;
    options: readonly { value: string; label: string }[]; required?: boolean; blank?: string }) {
  return (
    <Frame {...props}>
      <select id={props.id} value={props.value} required={props.required}
        aria-invalid={props.error ? "true" : undefined} aria-describedby={described(props)}
        onChange={(event: JSX.TargetedEvent<HTMLSelectElement>) => props.onChange(event.currentTarget.value)}>
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </Frame>
  );
}

/**
 * The keys of a list's line (a table row with tabIndex, the first 0, the others -1): ↑/↓ (or k/j)
 * move the focus to the line above or below, Enter opens the line.
 */
export function lineKeys(open: () => void): (event: JSX.TargetedKeyboardEvent<HTMLTableRowElement>) => void {
  return (event) => {
    const row = event.currentTarget;
    const step = event.key === "ArrowDown" || event.key === "j" ? 1 : event.key === "ArrowUp" || event.key === "k" ? -1 : 0;
    if (step) {
      event.preventDefault();
      const sibling = step > 0 ? row.nextElementSibling : row.previousElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
    } else if (event.key === "Enter" && event.target === row) {
      event.preventDefault();
      open();
    }
  };
}

/** A value an officer copies or compares (a hash, an id): left to right even on an Arabic screen. */
export function Code(props: { children: ComponentChildren }) {
  return <code dir="ltr">{props.children}</code>;
}

/**
 * A second step before what cannot be taken back lightly (submitting to a court, releasing a hold,
 * a victim's identity to a court, re-queueing every dead hand-off, rotating keys): what will happen,
 * said plainly, then the confirmation or a way out. Its id is the id of the button that opens it.
 */
export function Confirm(props: { id: string; warning: string; confirm: string; danger?: boolean; busy: boolean;
    onConfirm: () => void; onCancel: () => void }) {
  const { t } = useConsole();
  const box = useRef<HTMLDivElement | null>(null);
  // the button that opened the box is gone: the focus goes to the warning, and back to that button
  // (the box's id is the button's) when the officer cancels
  useEffect(() => box.current?.querySelector<HTMLElement>("p")?.focus(), []);
  const cancel = () => {
    props.onCancel();
    requestAnimationFrame(() => document.getElementById(props.id)?.focus());
  };
  return (
    <div class="confirm" role="group" aria-labelledby={`${props.id}-text`} ref={box}>
      <p id={`${props.id}-text`} tabIndex={-1}>{props.warning}</p>
      <div class="actions">
        <button type="button" class={props.danger ? "danger" : "primary"} id={`${props.id}-confirm`} disabled={props.busy}
          onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" id={`${props.id}-cancel`} onClick={cancel}>{t("common.cancel")}</button>
      </div>
    </div>
  );
}

/**
 * Keyset paging as the lists use it: the cursors walked so far, the one to ask with, and the
 * previous/next buttons (the API's `next` cursor, null on the last page).
 */
export function usePages(): { after: string | undefined; reset: () => void;
    pager: (next: string | null | undefined, nextId: string) => JSX.Element } {
  const { t } = useConsole();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const pager = (next: string | null | undefined, nextId: string) => (
    <div class="actions">
      {cursors.length > 1 && (
        <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>{t("common.previousPage")}</button>
      )}
      {next && (
        <button type="button" id={nextId} onClick={() => setCursors([...cursors, next])}>{t("common.nextPage")}</button>
      )}
    </div>
  );
  return { after: cursors[cursors.length - 1], reset: () => setCursors([undefined]), pager };
}
