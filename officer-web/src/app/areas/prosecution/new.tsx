// A new referral from a case: the case chosen from those the prosecutor can refer (cases-service's
// referable cases: from a suspect identified on, not closed; or named by its id), then what the prosecutor may see of it (cases-service's referral basis: suspects with their
// arrests, the evidence with custody), the catalogues' courts and statutes, and the form. Saved as a
// draft (version 1), which the referral's view then submits.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { CasesApi, SuspectsAndCorrelationApi, type PageReferableCase, type ReferableCase } from "@sanad/client/cases";
import { CatalogueApi, ReferralsApi } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Heading, Loaded, TextField, useLabels, useLoad, When } from "../../components";
import { ReferralFormView } from "./form";
import { caseIdFrom, courtsFor, inputOf, type ReferralForm } from "./rules";

export function NewReferral(props: { caseId?: string | undefined }) {
  return props.caseId ? <FromCase caseId={props.caseId} /> : <CasePicker />;
}

function CasePicker() {
  const { t, apis, go } = useConsole();
  const labels = useLabels();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const cases = useLoad<PageReferableCase>(() => new CasesApi(apis.cases).caseReferable({
    ...(after ? { after } : {}), limit: 50,
  }), [after, apis]);
  const refer = (id: string) => go({ area: "prosecution", screen: "new", id });
  const open = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!typed.trim()) {
      setError(t("prosecution.new.caseRequired"));
      return;
    }
    const id = caseIdFrom(typed, cases.value?.items ?? []);
    if (!id) {
      setError(t("prosecution.new.caseUnknown"));
      return;
    }
    refer(id);
  };

  return (
    <>
      <Heading>{t("prosecution.new.title")}</Heading>
      <p>{t("prosecution.new.lead")}</p>
      <section class="panel" aria-labelledby="cases-title">
        <h2 id="cases-title">{t("prosecution.new.cases")}</h2>
        {cases.problem?.status === 403 || cases.problem?.status === 404 ? <p class="note" id="cases-refused">{t("prosecution.new.casesRefused")}</p> : (
          <Loaded load={cases}>
            {(page) => page.items.length === 0 ? <p class="note" id="cases-empty">{t("prosecution.new.casesEmpty")}</p> : (
              <div class="table-wrap">
                <table id="cases">
                  <caption>{t("prosecution.new.casesCaption", { count: page.items.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("prosecution.new.caseNumber")}</th>
                      <th scope="col">{t("prosecution.new.caseStatus")}</th>
                      <th scope="col">{t("prosecution.new.caseGovernorate")}</th>
                      <th scope="col">{t("prosecution.new.caseSuspects")}</th>
                      <th scope="col">{t("prosecution.new.caseArrests")}</th>
                      <th scope="col">{t("prosecution.new.caseChanged")}</th>
                      <th scope="col"><span class="visually-hidden">{t("prosecution.new.refer")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((item: ReferableCase) => (
                      <tr key={item.id} data-case-id={item.id}>
                        <th scope="row"><bdi>{item.caseNumber}</bdi></th>
                        <td>{t(`prosecution.caseStatus.${item.status}`)}</td>
                        <td>{labels("region", item.governorate)}</td>
                        <td>{item.suspects}</td>
                        <td>{item.arrests}</td>
                        <td><When at={item.updatedAt} /></td>
                        <td>
                          <button type="button" class="small" onClick={() => refer(item.id)}
                            aria-label={t("prosecution.new.referCase", { number: item.caseNumber })}>
                            {t("prosecution.new.refer")}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Loaded>
        )}
        <div class="actions">
          {cursors.length > 1 && <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>{t("prosecution.list.previous")}</button>}
          {cases.value?.next && (
            <button type="button" onClick={() => setCursors([...cursors, cases.value?.next ?? undefined])}>{t("prosecution.list.nextPage")}</button>
          )}
        </div>
      </section>
      <form class="filters" onSubmit={open} noValidate aria-label={t("prosecution.new.byId")}>
        <TextField id="case-id" label={t("prosecution.new.caseId")} hint={t("prosecution.new.caseIdHint")} dir="ltr" required
          value={typed} error={error} onInput={(value) => {
            setTyped(value);
            setError(undefined);
          }} />
        <button type="submit" class="primary" id="case-open">{t("prosecution.new.open")}</button>
      </form>
    </>
  );
}

function FromCase(props: { caseId: string }) {
  const { t, apis, go } = useConsole();
  const labels = useLabels();
  const load = useLoad(async () => {
    const catalogue = new CatalogueApi(apis.referrals);
    const [basis, courts, statutes] = await Promise.all([
      new SuspectsAndCorrelationApi(apis.cases).caseDetailsReferralBasis({ id: props.caseId }),
      catalogue.catalogueCourts({}),
      catalogue.catalogueStatutes({}),
    ]);
    return { basis, courts, statutes };
  }, [props.caseId, apis]);

  const draft = async (form: ReferralForm) => {
    const referral = await new ReferralsApi(apis.referrals).referralDraft({ referralInput: inputOf(form, props.caseId) });
    go({ area: "prosecution", screen: "referral", id: referral.id });
  };

  return (
    <>
      <button type="button" class="link" id="back-to-cases" onClick={() => go({ area: "prosecution", screen: "new" })}>
        {t("prosecution.new.back")}
      </button>
      <Loaded load={load}>
        {({ basis, courts, statutes }) => {
          const serving = courtsFor(courts, basis.governorate);
          return (
            <>
              <Heading>{t("prosecution.new.fromCase", { number: basis.caseNumber })}</Heading>
              <dl class="facts" id="case-facts">
                <dt>{t("prosecution.new.caseStatus")}</dt><dd>{t(`prosecution.caseStatus.${basis.status}`)}</dd>
                <dt>{t("prosecution.new.caseGovernorate")}</dt><dd>{labels("region", basis.governorate)}</dd>
                <dt>{t("prosecution.new.victims")}</dt><dd>{t("prosecution.new.victimsCount", { count: basis.complaintIds.length })}</dd>
              </dl>
              {basis.suspects.length === 0 ? <p class="note" id="no-suspects">{t("prosecution.new.noSuspects")}</p> : (
                <ReferralFormView courts={serving} statutes={statutes} saveLabel="prosecution.form.saveDraft" onSave={draft}
                  onReload={load.reload}
                  suspects={basis.suspects.map((s) => ({ id: s.id, name: s.displayName, aliases: s.aliases, arrests: s.arrests }))}
                  evidence={basis.evidence.map((e) => ({ id: e.id, kind: e.kind, description: e.description,
                    contentType: e.contentType ?? null, sizeBytes: e.sizeBytes ?? null, sha256: e.sha256, custody: e.custody }))}
                  initial={{
                    courtCode: serving.length === 1 ? serving[0]?.code ?? "" : "",
                    summary: "",
                    defendants: [],
                    evidenceItemIds: basis.evidence.map((e) => e.id),
                  }} />
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
