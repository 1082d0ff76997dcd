// The form fields every page uses: each with its label, an optional hint, and its error (what the
// portal's own check or the API's problem said of it), tied together for screen readers
// (aria-describedby, aria-invalid). Groups of choices are fieldsets with a legend.
import type { ComponentChildren } from "preact";

/** A field's element id from the API's path of it (victim.contactPhone → f-victim-contactPhone). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w]+/g, "-")}`;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function Notes(props: { id: string; hint: string | undefined; error: string | undefined }) {
  return (
    <>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="error" id={`${props.id}-error`}>{props.error}</p>}
    </>
  );
}

export function TextField(props: { id: string; label: string; value: string; onInput: (value: string) => void;
    hint?: string; error?: string; required?: boolean; maxLength?: number; type?: "text" | "tel" | "email" | "url" | "datetime-local";
    inputMode?: "text" | "tel" | "decimal" | "numeric"; dir?: "ltr" | "auto"; autoComplete?: string; onBlur?: () => void;
    /** false for what a keyboard must not learn or a spell checker send away (a tracking secret) */
    spellCheck?: boolean }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      <Notes id={props.id} hint={props.hint} error={props.error} />
      <input id={props.id} type={props.type ?? "text"} value={props.value} maxLength={props.maxLength}
        required={props.required} aria-required={props.required} aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)} inputMode={props.inputMode} dir={props.dir ?? "auto"}
        autoComplete={props.autoComplete ?? "off"} onBlur={props.onBlur}
        {...(props.spellCheck === false ? { spellcheck: false, autoCapitalize: "off", autoCorrect: "off" } : {})}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)} />
    </div>
  );
}

export function TextArea(props: { id: string; label: string; value: string; onInput: (value: string) => void;
    hint?: string; error?: string; required?: boolean; maxLength: number; rows?: number }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      <Notes id={props.id} hint={props.hint} error={props.error} />
      <textarea id={props.id} value={props.value} maxLength={props.maxLength} rows={props.rows ?? 6} dir="auto"
        required={props.required} aria-required={props.required} aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: { id: string; label: string; value: string; options: Option[]; onChange: (value: string) => void;
    placeholder: string; hint?: string; error?: string; required?: boolean }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      <Notes id={props.id} hint={props.hint} error={props.error} />
      <select id={props.id} value={props.value} required={props.required} aria-required={props.required}
        aria-invalid={props.error ? true : undefined} aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}>
        <option value="">{props.placeholder}</option>
        {props.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

/** One choice of several (radio buttons); a choice between yes and no is one of these too. */
export function Choice(props: { id: string; legend: string; value: string; options: Option[]; onChange: (value: string) => void;
    hint?: string; error?: string; required?: boolean }) {
  return (
    <fieldset class={`field${props.error ? " invalid" : ""}`} id={props.id} tabIndex={-1}
      aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Notes id={props.id} hint={props.hint} error={props.error} />
      <div class="options">
        {props.options.map((option) => (
          <label key={option.value} class="option">
            <input type="radio" name={props.id} value={option.value} checked={props.value === option.value}
              required={props.required} onChange={() => props.onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Any number of choices (check boxes). */
export function Checks(props: { id: string; legend: string; values: string[]; options: Option[]; onChange: (values: string[]) => void;
    hint?: string; error?: string }) {
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <fieldset class={`field${props.error ? " invalid" : ""}`} id={props.id} tabIndex={-1}
      aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Notes id={props.id} hint={props.hint} error={props.error} />
      <div class="options columns">
        {props.options.map((option) => (
          <label key={option.value} class="option">
            <input type="checkbox" value={option.value} checked={props.values.includes(option.value)}
              onChange={(event) => toggle(option.value, (event.target as HTMLInputElement).checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A problem the API answered, or the lost connection: at the top of the form, read out when it appears. */
export function ProblemBox(props: { title: string; detail: string | null; children?: ComponentChildren }) {
  return (
    <div class="problem" role="alert">
      <p><strong>{props.title}</strong></p>
      {props.detail && <p>{props.detail}</p>}
      {props.children}
    </div>
  );
}
