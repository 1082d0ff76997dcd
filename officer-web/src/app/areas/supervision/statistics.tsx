// The statistics a supervisor reports from, over a [from, to) range of days (the last twelve months
// unless chosen), for the supervisor's governorate (national: all): complaints by month, governorate,
// platform and threat with the time to triage (complaints-service), cases opened and arrests
// (cases-service), referrals and court outcomes (referrals-service). Each service's figures load on
// their own; the charts are HTML/CSS bars with their tables, and the CSV of the same counts is built
// in the page (counts only, nothing of a person).
import type { JSX } from "preact";
import { useMemo, useState } from "preact/hooks";
import { StatisticsApi as ComplaintStatisticsApi, type ComplaintStatistics } from "@sanad/client/complaints";
import { StatisticsApi as CaseStatisticsApi, type CaseStatistics, type CaseStatus } from "@sanad/client/cases";
import { StatisticsApi as ReferralStatisticsApi, type ReferralStatistics, type ReferralStatus, type VerdictOutcome } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Heading, Loaded, TextField, useLabels, useLoad } from "../../components";
import { durationText } from "../../duration";
import { BarChart } from "./chart";
import {
  csvOf, everyMonth, largestFirst, lastDayOf, lastTwelveMonths, parseDay, rangeProblems, statisticsRows,
  type Count, type CountSection,
} from "./rules";

/** A chart of the page: its CSV section, element id, title and what its keys are. */
interface Chart extends CountSection {
  id: string;
  title: string;
  keyHeading: string;
  counts: readonly Count[];
}

type Figures = CountSection;

export function Statistics() {
  const { t, apis, officer } = useConsole();
  const labels = useLabels();
  const initial = useMemo(() => lastTwelveMonths(new Date()), []);
  const [draft, setDraft] = useState(initial);
  const [range, setRange] = useState(initial);
  const [checked, setChecked] = useState(false);
  const complaints = useLoad(() => new ComplaintStatisticsApi(apis.complaints).statisticsCounts(range), [range, apis]);
  const cases = useLoad(() => new CaseStatisticsApi(apis.cases).statisticsCounts(range), [range, apis]);
  const referrals = useLoad(() => new ReferralStatisticsApi(apis.referrals).statisticsCounts(range), [range, apis]);
  const problems = checked ? rangeProblems(draft.from, draft.to) : {};
  const { month, day: dayLabel, duration } = useFormats();
  const region = (key: string) => labels("region", key);

  const show = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    const found = rangeProblems(draft.from, draft.to);
    if (found.from || found.to) {
      document.getElementById(found.from ? "s-from" : "s-to")?.focus();
      return;
    }
    setRange({ from: draft.from, to: draft.to });
  };

  const months = (counts: readonly Count[]) => everyMonth(counts, range.from, range.to);
  const complaintCharts = (s: ComplaintStatistics): Chart[] => [
    { id: "stats-month", name: "complaints.month", title: t("supervision.stats.byMonth"), keyHeading: t("supervision.stats.month"),
      counts: months(s.byMonth), label: month },
    { id: "stats-governorate", name: "complaints.governorate", title: t("supervision.stats.byGovernorate"),
      keyHeading: t("supervision.stats.governorate"), counts: largestFirst(s.byGovernorate), label: region },
    { id: "stats-platform", name: "complaints.platform", title: t("supervision.stats.byPlatform"), keyHeading: t("supervision.stats.platform"),
      counts: largestFirst(s.byPlatform), label: (key) => labels("Platform", key) },
    { id: "stats-threat", name: "complaints.threat", title: t("supervision.stats.byThreat"), keyHeading: t("supervision.stats.threat"),
      counts: largestFirst(s.byThreatType), label: (key) => labels("ThreatType", key) },
  ];
  const complaintFigures = (s: ComplaintStatistics): Figures => ({
    name: "complaints", label: (key) => t(`supervision.stats.figure.${key as ComplaintFigure}`),
    counts: [{ key: "total", count: s.total }, { key: "triaged", count: s.triaged },
      { key: "medianMinutesToTriage", count: s.medianMinutesToTriage }, { key: "p90MinutesToTriage", count: s.p90MinutesToTriage }],
  });
  const caseCharts = (s: CaseStatistics): Chart[] => [
    { id: "stats-cases-month", name: "cases.openedByMonth", title: t("supervision.stats.casesByMonth"), keyHeading: t("supervision.stats.month"),
      counts: months(s.openedByMonth), label: month },
    { id: "stats-cases-governorate", name: "cases.openedByGovernorate", title: t("supervision.stats.casesByGovernorate"),
      keyHeading: t("supervision.stats.governorate"), counts: largestFirst(s.openedByGovernorate), label: region },
    { id: "stats-cases-status", name: "cases.openedByStatus", title: t("supervision.stats.casesByStatus"), keyHeading: t("supervision.stats.status"),
      counts: largestFirst(s.openedByStatus), label: (key) => t(`supervision.caseStatus.${key as CaseStatus}`) },
    { id: "stats-arrests-month", name: "cases.arrestsByMonth", title: t("supervision.stats.arrestsByMonth"), keyHeading: t("supervision.stats.month"),
      counts: months(s.arrestsByMonth), label: month },
    { id: "stats-arrests-governorate", name: "cases.arrestsByGovernorate", title: t("supervision.stats.arrestsByGovernorate"),
      keyHeading: t("supervision.stats.governorate"), counts: largestFirst(s.arrestsByGovernorate), label: region },
  ];
  const caseFigures = (s: CaseStatistics): Figures => ({
    name: "cases", label: (key) => t(`supervision.stats.figure.${key as CaseFigure}`),
    counts: [{ key: "opened", count: s.opened }, { key: "arrests", count: s.arrests }, { key: "medianDaysToFirstArrest", count: s.medianDaysToFirstArrest }],
  });
  const referralCharts = (s: ReferralStatistics): Chart[] => [
    { id: "stats-referrals-month", name: "referrals.submittedByMonth", title: t("supervision.stats.referralsByMonth"),
      keyHeading: t("supervision.stats.month"), counts: months(s.submittedByMonth), label: month },
    { id: "stats-referrals-governorate", name: "referrals.submittedByGovernorate", title: t("supervision.stats.referralsByGovernorate"),
      keyHeading: t("supervision.stats.governorate"), counts: largestFirst(s.submittedByGovernorate), label: region },
    { id: "stats-referrals-court", name: "referrals.submittedByCourt", title: t("supervision.stats.referralsByCourt"),
      keyHeading: t("supervision.stats.court"), counts: largestFirst(s.submittedByCourt), label: (key) => key },
    { id: "stats-referrals-status", name: "referrals.submittedByStatus", title: t("supervision.stats.referralsByStatus"),
      keyHeading: t("supervision.stats.status"), counts: largestFirst(s.submittedByStatus),
      label: (key) => t(`supervision.referralStatus.${key as ReferralStatus}`) },
    { id: "stats-verdicts", name: "referrals.verdictsByOutcome", title: t("supervision.stats.verdicts"), keyHeading: t("supervision.stats.outcome"),
      counts: largestFirst(s.verdictsByOutcome), label: (key) => t(`supervision.verdict.${key as VerdictOutcome}`) },
  ];
  const referralFigures = (s: ReferralStatistics): Figures => ({
    name: "referrals", label: (key) => t(`supervision.stats.figure.${key as ReferralFigure}`),
    counts: [{ key: "submitted", count: s.submitted }, { key: "returned", count: s.returned }, { key: "decisions", count: s.decisions }],
  });

  const download = () => {
    const sections: CountSection[] = [];
    if (complaints.value) sections.push(complaintFigures(complaints.value), ...complaintCharts(complaints.value));
    if (cases.value) sections.push(caseFigures(cases.value), ...caseCharts(cases.value));
    if (referrals.value) sections.push(referralFigures(referrals.value), ...referralCharts(referrals.value));
    const rows = statisticsRows(
      [t("supervision.csv.section"), t("supervision.csv.key"), t("supervision.csv.label"), t("supervision.csv.count")], sections);
    const url = URL.createObjectURL(new Blob([csvOf(rows)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `sanad-statistics-${range.from}-${range.to}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const minutes = (value: number | null) => value === null ? t("supervision.stats.noFigure") : duration(value);

  return (
    <>
      <Heading>{t("supervision.stats.title")}</Heading>
      <p>{officer.governorate
        ? t("supervision.stats.scope", { governorate: region(officer.governorate) })
        : t("supervision.stats.scopeNational")}</p>
      <form class="filters" onSubmit={show} noValidate aria-label={t("supervision.stats.range")}>
        <TextField id="s-from" type="date" label={t("supervision.stats.from")} hint={t("supervision.stats.fromHint")} dir="ltr"
          required value={draft.from} error={problems.from && t(`supervision.stats.error.${problems.from}`)}
          onInput={(from) => setDraft({ ...draft, from })} />
        <TextField id="s-to" type="date" label={t("supervision.stats.to")} hint={t("supervision.stats.toHint")} dir="ltr"
          required value={draft.to} error={problems.to && t(`supervision.stats.error.${problems.to}`)}
          onInput={(to) => setDraft({ ...draft, to })} />
        <button type="submit" class="primary" id="s-show">{t("supervision.stats.show")}</button>
      </form>
      <div class="stats-head">
        <p class="stat-range" id="stats-range">{t("supervision.stats.period", { from: dayLabel(range.from), last: dayLabel(lastDayOf(range.to)) })}</p>
        <button type="button" id="stats-csv" disabled={!complaints.value && !cases.value && !referrals.value} onClick={download}>
          {t("supervision.stats.csv")}
        </button>
      </div>

      <section aria-labelledby="stats-complaints-title" class="stats-group">
        <h2 id="stats-complaints-title">{t("supervision.stats.complaints")}</h2>
        <Loaded load={complaints}>
          {(s) => (
            <>
              <dl class="figures" id="stats-total" data-total={s.total}>
                <div><dt>{t("supervision.stats.figure.total")}</dt><dd>{s.total}</dd></div>
                <div><dt>{t("supervision.stats.figure.triaged")}</dt><dd>{s.triaged}</dd></div>
                <div><dt>{t("supervision.stats.figure.medianMinutesToTriage")}</dt><dd>{minutes(s.medianMinutesToTriage)}</dd></div>
                <div><dt>{t("supervision.stats.figure.p90MinutesToTriage")}</dt><dd>{minutes(s.p90MinutesToTriage)}</dd></div>
              </dl>
              <Charts charts={complaintCharts(s)} />
              {s.triageByPriority.length > 0 && (
                <div class="table-wrap">
                  <table id="stats-triage">
                    <caption>{t("supervision.stats.triageByPriority")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("supervision.stats.priority")}</th>
                        <th scope="col">{t("supervision.stats.figure.triaged")}</th>
                        <th scope="col">{t("supervision.stats.median")}</th>
                        <th scope="col">{t("supervision.stats.p90")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.triageByPriority.map((line) => (
                        <tr key={line.priority}>
                          <th scope="row" class={`priority-${line.priority}`}>{labels("Priority", line.priority)}</th>
                          <td>{line.triaged}</td>
                          <td>{duration(line.medianMinutes)}</td>
                          <td>{duration(line.p90Minutes)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
        </Loaded>
      </section>

      <section aria-labelledby="stats-cases-title" class="stats-group">
        <h2 id="stats-cases-title">{t("supervision.stats.cases")}</h2>
        <Loaded load={cases}>
          {(s) => (
            <>
              <dl class="figures" id="stats-cases">
                <div><dt>{t("supervision.stats.figure.opened")}</dt><dd>{s.opened}</dd></div>
                <div><dt>{t("supervision.stats.figure.arrests")}</dt><dd>{s.arrests}</dd></div>
                <div>
                  <dt>{t("supervision.stats.figure.medianDaysToFirstArrest")}</dt>
                  <dd>{s.medianDaysToFirstArrest === null ? t("supervision.stats.noFigure") : duration(s.medianDaysToFirstArrest * 1440)}</dd>
                </div>
              </dl>
              <Charts charts={caseCharts(s)} />
            </>
          )}
        </Loaded>
      </section>

      <section aria-labelledby="stats-referrals-title" class="stats-group">
        <h2 id="stats-referrals-title">{t("supervision.stats.referrals")}</h2>
        <Loaded load={referrals}>
          {(s) => (
            <>
              <dl class="figures" id="stats-referrals">
                <div><dt>{t("supervision.stats.figure.submitted")}</dt><dd>{s.submitted}</dd></div>
                <div><dt>{t("supervision.stats.figure.returned")}</dt><dd>{s.returned}</dd></div>
                <div><dt>{t("supervision.stats.figure.decisions")}</dt><dd>{s.decisions}</dd></div>
              </dl>
              <Charts charts={referralCharts(s)} />
            </>
          )}
        </Loaded>
      </section>
    </>
  );
}

type ComplaintFigure = "total" | "triaged" | "medianMinutesToTriage" | "p90MinutesToTriage";
type CaseFigure = "opened" | "arrests" | "medianDaysToFirstArrest";
type ReferralFigure = "submitted" | "returned" | "decisions";

function Charts(props: { charts: Chart[] }) {
  return (
    <div class="chart-grid">
      {props.charts.map((c) => <BarChart key={c.id} id={c.id} title={c.title} keyHeading={c.keyHeading} counts={c.counts} label={c.label} />)}
    </div>
  );
}

/**
 * Months (YYYY-MM), days (YYYY-MM-DD) and durations as the officer reads them: "March 2026",
 * "7 March 2026", "2 hours, 5 minutes" or their Arabic (Gregorian, Western digits; Intl gives the
 * plural forms), dates in UTC like the API's counts.
 */
function useFormats(): { month: (key: string) => string; day: (key: string) => string; duration: (minutes: number) => string } {
  const { language } = useConsole();
  const locale = language === "ar" ? "ar-IQ-u-nu-latn-ca-gregory" : "en-GB";
  const months = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    month: (key) => {
      const [year, month] = key.split("-").map(Number);
      return year && month ? months.format(new Date(Date.UTC(year, month - 1, 1))) : key;
    },
    day: (key) => {
      const date = parseDay(key);
      return date ? days.format(date) : key;
    },
    duration: (minutes) => durationText(minutes, locale),
  };
}
