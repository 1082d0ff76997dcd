// A second step before what cannot be taken back lightly (re-queueing every dead hand-off, rotating
// keys): what will happen, said plainly, then the confirmation or a way out.
import { useConsole } from "../../context";

export function Confirm(props: { id: string; warning: string; confirm: string; danger?: boolean; busy: boolean;
    onConfirm: () => void; onCancel: () => void }) {
  const { t } = useConsole();
  return (
    <div class="confirm" role="group" aria-labelledby={`${props.id}-text`}>
      <p id={`${props.id}-text`}>{props.warning}</p>
      <div class="actions">
        <button type="button" class={props.danger ? "danger" : "primary"} id={`${props.id}-confirm`} disabled={props.busy}
          onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" id={`${props.id}-cancel`} onClick={props.onCancel}>{t("common.cancel")}</button>
      </div>
    </div>
  );
}
