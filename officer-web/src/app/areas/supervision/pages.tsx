// Keyset paging as the lists of this area use it: the cursors walked so far, the one to ask with,
// and the previous/next buttons (the API's `next` cursor, null on the last page).
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { useConsole } from "../../context";

export function usePages(): { after: string | undefined; reset: () => void;
    pager: (next: string | null | undefined, nextId: string) => JSX.Element } {
  const { t } = useConsole();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const pager = (next: string | null | undefined, nextId: string) => (
    <div class="actions">
      {cursors.length > 1 && (
        <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>{t("supervision.cases.previous")}</button>
      )}
      {next && (
        <button type="button" id={nextId} onClick={() => setCursors([...cursors, next])}>{t("supervision.cases.nextPage")}</button>
      )}
    </div>
  );
  return { after: cursors[cursors.length - 1], reset: () => setCursors([undefined]), pager };
}
