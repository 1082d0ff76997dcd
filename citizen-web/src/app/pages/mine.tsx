// A logged-in person's reports, newest first, each with its state in plain words.
import { useEffect, useState } from "preact/hooks";
import type { ComplaintSummary } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "../context";
import { ProblemNotice } from "../problem-notice";
import { enumLabel, when } from "../reference";
import { PageTitle } from "./heading";

export function MinePage() {
  const { t, api, language, reference, go } = usePortal();
  const [items, setItems] = useState<ComplaintSummary[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    api.complaints.complaintMine({ limit: 50, acceptLanguage: language })
      .then((page) => setItems(page.items))
      .catch(async (failure) => setProblem(await problemOf(failure, t("problem.offline"))));
  }, [api]);

  return (
    <>
      <PageTitle>{t("mine.title")}</PageTitle>
      {problem && <ProblemNotice problem={problem} />}
      {items === null && !problem && <p aria-busy="true">{t("common.loading")}</p>}
      {items?.length === 0 && <p>{t("mine.none")}</p>}
      {items && items.length > 0 && (
        <ul class="cards">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" class="card" data-complaint-id={item.id} onClick={() => go({ page: "complaint", complaintId: item.id })}>
                <span class="card-title">{t("mine.item", { number: item.trackingNumber })}</span>
                <span>{item.investigationStatus
                  ? enumLabel(reference, "InvestigationStatus", item.investigationStatus, language)
                  : enumLabel(reference, "ComplaintStatus", item.status, language)}</span>
                <span class="muted">{t("mine.filedOn", { date: when(item.submittedAt, language) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" onClick={() => go({ page: "start" })}>{t("common.home")}</button>
        <button type="button" class="primary" onClick={() => go({ page: "report", anonymous: false })}>{t("mine.new")}</button>
      </div>
    </>
  );
}
