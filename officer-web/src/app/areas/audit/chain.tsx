// The chain verification of one service's log: the walk from the last checkpoint (quick) or from the
// first entry (full), its result said in plain words (intact, or where it breaks and what each break
// means), the comparison with the head anchored outside the database, and the last scheduled full walk.
import { useState } from "preact/hooks";
import { useConsole } from "../../context";
import type { MessageKey } from "../../i18n";
import { Code, Heading, ProblemNotice, useAction, When } from "../../components";
import { auditOf } from "./api";
import { ServiceChoice } from "./parts";
import { explain, problemKey, type Service, type Verification } from "./rules";

export function ChainCheck() {
  const { t, apis } = useConsole();
  const [service, setService] = useState<Service>("complaints");
  const [full, setFull] = useState(false);
  const [result, setResult] = useState<{ service: Service; full: boolean; verification: Verification; headHash: string | null } | null>(null);
  const action = useAction();
  const verify = async () => {
    await action.run(async () => {
      const answer = await auditOf(apis, service).auditVerify({ full });
      setResult({ service, full, verification: answer, headHash: answer.headHash ?? null });
    });
  };
  return (
    <>
      <Heading>{t("audit.verify.title")}</Heading>
      <p>{t("audit.verify.lead")}</p>
      <div class="panel">
        <ServiceChoice id="v-service" value={service} onChange={(next) => {
          setService(next);
          setResult(null);
        }} />
        <label class="option" for="v-full">
          <input type="checkbox" id="v-full" checked={full} aria-describedby="v-full-hint"
            onChange={() => setFull(!full)} />
          <span>{t("audit.verify.full")}</span>
        </label>
        <p class="hint" id="v-full-hint">{t("audit.verify.fullHint")}</p>
        <div class="actions">
          <button type="button" class="primary" id="v-run" disabled={action.busy} onClick={() => void verify()}>
            {t(action.busy ? "audit.verify.running" : "audit.verify.run")}
          </button>
        </div>
      </div>
      {action.problem && <ProblemNotice problem={action.problem} />}
      {result && <VerificationResult {...result} />}
    </>
  );
}

function VerificationResult(props: { service: Service; full: boolean; verification: Verification; headHash: string | null }) {
  const { t } = useConsole();
  const v = props.verification;
  const sentences = explain(v, props.full);
  const [verdict, ...rest] = sentences;
  const say = (key: string, values: Record<string, string | number>) => t(`audit.verify.${key}` as MessageKey, values);
  return (
    <section class={`panel verification ${v.intact ? "intact" : "broken"}`} aria-labelledby="v-result-title" id="v-result"
      data-intact={String(v.intact)} data-breaks={v.breakCount}>
      <h2 id="v-result-title">{t("audit.verify.resultTitle", { service: t(`audit.service.${props.service}`) })}</h2>
      {verdict && <p class={v.intact ? "ok" : "bad"} role="status" id="v-verdict">{say(verdict.key, verdict.values)}</p>}
      <ul id="v-explanation">
        {rest.map((sentence, index) => (
          <li key={index}>
            {say(sentence.key, sentence.values)}
            {sentence.key === "anchor.HOLDS" && v.anchor?.anchoredAt && <> <When at={v.anchor.anchoredAt} /></>}
            {sentence.key.startsWith("lastFullWalk") && v.lastFullWalk && <> <When at={v.lastFullWalk.walkedAt} /></>}
          </li>
        ))}
      </ul>
      {props.headHash && <p class="muted">{t("audit.verify.head", { sequence: v.headSequence ?? "—" })} <Code>{props.headHash}</Code></p>}
      {v.breaks.length > 0 && (
        <div class="table-wrap">
          <table id="v-breaks">
            <caption>{t("audit.verify.breaksCaption", { shown: v.breaks.length, count: v.breakCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.verify.position")}</th>
                <th scope="col">{t("audit.verify.entry")}</th>
                <th scope="col">{t("audit.verify.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {v.breaks.map((b) => (
                <tr key={`${b.sequence}-${b.problem}`}>
                  <th scope="row">{b.sequence}</th>
                  <td>{b.entryId ?? "—"}</td>
                  <td>{say(problemKey(b.problem, b.entryId), { code: b.problem })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
