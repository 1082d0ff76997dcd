// A complaint's triage deadline as the queue, the alerts and the complaint show it: the time left in
// words, or how long it is overdue, said in words and marked by a sign and a filled box as well as
// by colour; and how far up it went because no one triaged it in time (complaints-service sets both
// and escalates). A complaint already triaged has no deadline left.
import type { Escalation } from "@sanad/client/complaints";
import { useConsole } from "../../context";
import { dateLocale, useLabels } from "../../components";
import { dueWords } from "./rules";

export function TriageDue(props: { due: Date | null | undefined; now: Date; id?: string }) {
  const { t, language } = useConsole();
  if (!props.due) return <span class="muted" id={props.id}>{t("intake.due.none")}</span>;
  const { overdue, text } = dueWords(props.due, props.now, t, dateLocale(language));
  return overdue
    ? <span class="flag overdue" id={props.id}><span class="sign" aria-hidden="true">!</span>{text}</span>
    : <span class="due-left" id={props.id}>{text}</span>;
}

/** How far up an untriaged complaint went ("Escalated to the supervisor"); nothing when it did not. */
export function Escalated(props: { escalation: Escalation | undefined }) {
  const labels = useLabels();
  if (!props.escalation || props.escalation === "NONE") return null;
  return <span class="flag escalated">{labels("Escalation", props.escalation)}</span>;
}
