// The help lines as a list a thumb can dial from: the line's name, when it answers, its number.
// The jurisdiction's lines from the reference data, or the ones the API's answer to a filing named.
import type { ReferenceHelpLine } from "@sanad/client/complaints";
import { usePortal } from "./context";
import { dialable, helpLines, selfHarmLines } from "./helplines";
import { label } from "./i18n";

export function HelpLineList(props: { selfHarm?: boolean; lines?: ReferenceHelpLine[] }) {
  const { t, language, reference } = usePortal();
  const lines = props.lines ?? (props.selfHarm ? selfHarmLines(reference) : helpLines(reference));
  return (
    <ul class="helplines">
      {lines.map((line) => (
        <li key={line.id}>
          <span class="line-name">{label(line.labels, language, line.kind)}</span>{" "}
          <a class="line-number" href={dialable(line.number)} dir="ltr">{line.number}</a>{" "}
          <span class="muted">{line.alwaysOpen ? t("help.alwaysOpen") : label(line.hours ?? undefined, language, "")}</span>
        </li>
      ))}
    </ul>
  );
}
