// A bar chart a screen reader reads and a printer prints: HTML and CSS only, each bar's number
// written beside it, the bars' lengths as classes (the CSP refuses inline styles), and the same
// counts as a table beneath.
import { useConsole } from "../../context";
import { barWidth, type Count } from "./rules";

export function BarChart(props: { id: string; title: string; keyHeading: string; counts: readonly Count[];
    label: (key: string) => string }) {
  const { t } = useConsole();
  const max = Math.max(0, ...props.counts.map((c) => c.count));
  return (
    <section class="panel chart-panel" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.counts.length === 0 ? <p class="muted">{t("supervision.stats.nothing")}</p> : (
        <>
          <ul class="chart" aria-describedby={`${props.id}-title`}>
            {props.counts.map((c) => (
              <li class="bar-row" key={c.key} data-key={c.key}>
                <span class="bar-label">{props.label(c.key)}</span>
                <span class="bar-track" aria-hidden="true"><span class={`bar-fill w-${barWidth(c.count, max)}`} /></span>
                <span class="bar-count">{c.count}</span>
              </li>
            ))}
          </ul>
          <details class="chart-table">
            <summary>{t("supervision.stats.asTable")}</summary>
            <div class="table-wrap">
              <table id={`${props.id}-table`}>
                <caption>{props.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{props.keyHeading}</th>
                    <th scope="col">{t("supervision.stats.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.counts.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">{props.label(c.key)}</th>
                      <td>{c.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
