// Possible links: a complaint of another case that names an identifier this case knows (this case
// links it in or dismisses the flag), and this case's complaints flagged to another case (decided
// there). Each says what matched: the kind of identifier and its normalised value.
import { useState } from "preact/hooks";
import { SuspectsAndCorrelationApi, type Case, type CorrelationFlag } from "@sanad/client/cases";
import { useConsole } from "../../context";
import { Code, Loaded, ProblemNotice, useAction, useLabels, useLoad, When } from "../../components";
import { decidableHere } from "./rules";

export function Correlations(props: { investigation: Case; onLinked: () => void }) {
  const { t, apis, officer } = useConsole();
  const labels = useLabels();
  const c = props.investigation;
  const load = useLoad(async () => (await new SuspectsAndCorrelationApi(apis.cases).caseDetailsCorrelations({ id: c.id })).items,
    [c.id, c.version, apis]);
  const action = useAction();
  const [decided, setDecided] = useState<CorrelationFlag | null>(null);
  const investigator = officer.roles.includes("investigator");

  const decide = async (flag: CorrelationFlag, how: "link" | "dismiss") => {
    setDecided(null);
    const api = new SuspectsAndCorrelationApi(apis.cases);
    let answer: CorrelationFlag | null = null;
    const ok = await action.run(async () => {
      answer = how === "link" ? await api.caseDetailsLink({ id: c.id, flagId: flag.id })
        : await api.caseDetailsDismiss({ id: c.id, flagId: flag.id });
    });
    if (ok) {
      setDecided(answer);
      if (how === "link") props.onLinked();
      else load.reload();
    }
  };

  return (
    <section class="panel" aria-labelledby="flags-title">
      <h2 id="flags-title">{t("investigation.flags.title", { count: c.openCorrelationFlags })}</h2>
      <p class="hint">{t("investigation.flags.hint")}</p>
      {decided && (
        <p class="ok" role="status" id="flag-decided" data-flag-id={decided.id} data-flag-status={decided.status}>
          {t(decided.status === "LINKED" ? "investigation.flags.linkedDone" : "investigation.flags.dismissedDone",
            { number: decided.complaintCaseNumber ?? "—" })}
        </p>
      )}
      {action.problem && <ProblemNotice problem={action.problem} onReload={load.reload} />}
      <Loaded load={load}>
        {(flags) => flags.length === 0 ? <p class="muted" id="flags-none">{t("investigation.flags.none")}</p> : (
          <div class="table-wrap">
            <table id="flags">
              <thead>
                <tr>
                  <th scope="col">{t("investigation.flags.matched")}</th>
                  <th scope="col">{t("investigation.flags.between")}</th>
                  <th scope="col">{t("investigation.flags.raised")}</th>
                  <th scope="col">{t("investigation.flags.status")}</th>
                  <th scope="col"><span class="visually-hidden">{t("investigation.flags.decide")}</span></th>
                </tr>
              </thead>
              <tbody>
                {flags.map((flag) => (
                  <tr key={flag.id} data-flag-id={flag.id} data-flag-status={flag.status}>
                    <td>{labels("IdentifierType", flag.identifierType)}: <Code>{flag.normalisedValue}</Code></td>
                    <td>
                      {flag.caseId === c.id
                        ? t("investigation.flags.intoThis", { number: flag.complaintCaseNumber ?? t("investigation.flags.caseGone") })
                        : t("investigation.flags.toOther", { number: flag.caseNumber })}
                    </td>
                    <td><When at={flag.createdAt} /></td>
                    <td>
                      {t(`investigation.flagStatus.${flag.status}`)}
                      {flag.decidedAt && <> · <When at={flag.decidedAt} /></>}
                    </td>
                    <td>
                      {investigator && decidableHere(flag, c.id) ? (
                        <span class="row-actions">
                          <button type="button" class="small primary" data-link-flag={flag.id} disabled={action.busy}
                            onClick={() => void decide(flag, "link")}>{t("investigation.flags.link")}</button>
                          <button type="button" class="small" data-dismiss-flag={flag.id} disabled={action.busy}
                            onClick={() => void decide(flag, "dismiss")}>{t("investigation.flags.dismiss")}</button>
                        </span>
                      ) : flag.status === "OPEN" && flag.caseId !== c.id ? (
                        <span class="muted">{t("investigation.flags.decidedThere", { number: flag.caseNumber })}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}
