// The first page: what to do right now (do not pay, do not delete, stop contact, keep evidence),
// then the three ways in, each explained in plain words: report with an account, report without
// one, or follow a report already made.
import { usePortal } from "../context";
import { PageTitle } from "./heading";

export function StartPage() {
  const { t, go, login, session } = usePortal();
  return (
    <>
      <PageTitle>{t("start.title")}</PageTitle>
      <p class="lead">{t("start.lead")}</p>
      <section class="advice" aria-labelledby="advice-title">
        <h2 id="advice-title">{t("start.adviceTitle")}</h2>
        <ul>
          <li><strong>{t("start.advice.pay")}</strong> {t("start.advice.payWhy")}</li>
          <li><strong>{t("start.advice.delete")}</strong> {t("start.advice.deleteWhy")}</li>
          <li><strong>{t("start.advice.contact")}</strong> {t("start.advice.contactWhy")}</li>
          <li><strong>{t("start.advice.keep")}</strong> {t("start.advice.keepWhy")}</li>
        </ul>
      </section>
      <section aria-labelledby="ways-title">
        <h2 id="ways-title">{t("start.waysTitle")}</h2>
        <div class="choices">
          <div class="choice">
            <h3>{t("start.identified.title")}</h3>
            <p>{t("start.identified.explain")}</p>
            <button type="button" class="primary" id="report-identified"
              onClick={() => (session ? go({ page: "report", anonymous: false }) : login({ page: "report", anonymous: false }))}>
              {t("start.identified.action")}
            </button>
          </div>
          <div class="choice">
            <h3>{t("start.anonymous.title")}</h3>
            <p>{t("start.anonymous.explain")}</p>
            <button type="button" class="primary" id="report-anonymous" onClick={() => go({ page: "report", anonymous: true })}>
              {t("start.anonymous.action")}
            </button>
          </div>
          <div class="choice">
            <h3>{t("start.follow.title")}</h3>
            <p>{t("start.follow.explain")}</p>
            <button type="button" id="follow-tracking" onClick={() => go({ page: "track" })}>{t("start.follow.tracking")}</button>
            <button type="button" id="follow-mine" onClick={() => (session ? go({ page: "mine" }) : login({ page: "mine" }))}>
              {t("start.follow.mine")}
            </button>
          </div>
        </div>
      </section>
    </>
  );
}
