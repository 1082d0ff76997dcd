// The statistics a supervisor reports from: complaints submitted in a [from, to) range of days
// (the last twelve months unless chosen), by month, governorate, platform and threat (complaints-
// service's counts, for the supervisor's governorate or, national, all), drawn as bar charts with
// their tables, and the same counts as a CSV built in the page (counts only, nothing of a person).
import type { JSX } from "preact";
import { useMemo, useState } from "preact/hooks";
import { StatisticsApi, type ComplaintStatistics } from "@sanad/client/complaints";
import { useConsole } from "../../context";
import { Heading, Loaded, TextField, useLabels, useLoad } from "../../components";
import { BarChart } from "./chart";
import {
  csvOf, everyMonth, largestFirst, lastDayOf, lastTwelveMonths, parseDay, rangeProblems, statisticsRows, type CountSection,
} from "./rules";

export function Statistics() {
  const { t, apis, officer } = useConsole();
  const labels = useLabels();
  const initial = useMemo(() => lastTwelveMonths(new Date()), []);
  const [draft, setDraft] = useState(initial);
  const [range, setRange] = useState(initial);
  const [checked, setChecked] = useState(false);
  const load = useLoad(() => new StatisticsApi(apis.complaints).statisticsCounts(range), [range, apis]);
  const problems = checked ? rangeProblems(draft.from, draft.to) : {};
  const { month, day: dayLabel } = useDateLabels();

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

  const sections = (stats: ComplaintStatistics): (CountSection & { id: string; title: string; keyHeading: string })[] => [
    { id: "stats-month", name: "month", title: t("supervision.stats.byMonth"), keyHeading: t("supervision.stats.month"),
      counts: everyMonth(stats.byMonth, range.from, range.to), label: month },
    { id: "stats-governorate", name: "governorate", title: t("supervision.stats.byGovernorate"), keyHeading: t("supervision.stats.governorate"),
      counts: largestFirst(stats.byGovernorate), label: (key) => labels("region", key) },
    { id: "stats-platform", name: "platform", title: t("supervision.stats.byPlatform"), keyHeading: t("supervision.stats.platform"),
      counts: largestFirst(stats.byPlatform), label: (key) => labels("Platform", key) },
    { id: "stats-threat", name: "threat", title: t("supervision.stats.byThreat"), keyHeading: t("supervision.stats.threat"),
      counts: largestFirst(stats.byThreatType), label: (key) => labels("ThreatType", key) },
  ];

  const download = (stats: ComplaintStatistics) => {
    const rows = statisticsRows(
      [t("supervision.csv.section"), t("supervision.csv.key"), t("supervision.csv.label"), t("supervision.csv.count")],
      [{ name: "total", counts: [{ key: "total", count: stats.total }], label: () => t("supervision.stats.total") }, ...sections(stats)]);
    const url = URL.createObjectURL(new Blob([csvOf(rows)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `sanad-complaints-${range.from}-${range.to}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <>
      <Heading>{t("supervision.stats.title")}</Heading>
      <p>{officer.governorate
        ? t("supervision.stats.scope", { governorate: labels("region", officer.governorate) })
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
      <Loaded load={load}>
        {(stats) => (
          <>
            <div class="stats-head">
              <p class="stat-total" id="stats-total" data-total={stats.total}>
                {t("supervision.stats.totalIn", { count: stats.total, from: dayLabel(range.from), last: dayLabel(lastDayOf(range.to)) })}
              </p>
              <button type="button" id="stats-csv" onClick={() => download(stats)}>{t("supervision.stats.csv")}</button>
            </div>
            <div class="chart-grid">
              {sections(stats).map((s) => (
                <BarChart key={s.id} id={s.id} title={s.title} keyHeading={s.keyHeading} counts={s.counts} label={s.label} />
              ))}
            </div>
          </>
        )}
      </Loaded>
    </>
  );
}

/**
 * Months (YYYY-MM) and days (YYYY-MM-DD) as the officer reads them: "March 2026", "7 March 2026"
 * or their Arabic (Gregorian, Western digits), in UTC like the API's counts.
 */
function useDateLabels(): { month: (key: string) => string; day: (key: string) => string } {
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
  };
}
