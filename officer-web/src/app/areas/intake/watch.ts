// The risk alerts, watched live for the officers who act on them (intake officers and supervisors;
// national ones see every governorate's): complaints-service's unacknowledged alerts read every
// fifteen seconds while the console's tab is visible, the new ones handed over once to be
// announced, and an alert acknowledged here (or found acknowledged by someone else) off the list at
// once. Every screen shares one watch: the navigation and the tab's title count what it holds.
import { useEffect, useRef, useState } from "preact/hooks";
import { AlertsApi, type RiskAlertView } from "@sanad/client/complaints";
import { problemOf, type Problem } from "@sanad/web-kit/problem";
import type { Apis } from "../../api";
import type { Translate } from "../../i18n";
import type { Officer } from "../../officer";
import { pollWhileVisible } from "../../poll";
import { readsAlerts, unannounced } from "./rules";

export const ALERTS_EVERY_MS = 15_000;
/** As many as one read brings; more are said as "100+" and paged on the alerts screen. */
const READ_LIMIT = 100;

export interface AlertWatch {
  /** The alerts no one has acknowledged, newest first; null before the first answer. */
  alerts: RiskAlertView[] | null;
  /** More wait than one read brings. */
  more: boolean;
  /** When the API last answered. */
  readAt: Date | null;
  /** Why the last read failed (the alerts of the read before stay on screen). */
  problem: Problem | null;
  /** The alerts the last read found that no read before had: said once, by the shell's live region. */
  fresh: RiskAlertView[];
  /** An alert acknowledged here, or by someone else meanwhile: off the list now, and on every later read. */
  settle(id: string): void;
}

/** The officer's alerts, polled while the tab is visible; null for an officer whose roles cannot read them. */
export function useAlertWatch(officer: Officer, apis: Apis, t: Translate): AlertWatch | null {
  const reads = readsAlerts(officer.roles);
  const [alerts, setAlerts] = useState<RiskAlertView[] | null>(null);
  const [more, setMore] = useState(false);
  const [readAt, setReadAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fresh, setFresh] = useState<RiskAlertView[]>([]);
  const announced = useRef(new Set<string>());
  const settled = useRef(new Set<string>());

  useEffect(() => {
    if (!reads) return undefined;
    const api = new AlertsApi(apis.complaints);
    return pollWhileVisible(async () => {
      try {
        const page = await api.alertList({ limit: READ_LIMIT });
        // a read that began before an acknowledgement here may still hold the alert
        const waiting = page.items.filter((alert) => !settled.current.has(alert.id));
        setAlerts(waiting);
        setMore(Boolean(page.next));
        setReadAt(new Date());
        setProblem(null);
        const found = unannounced(waiting, announced.current);
        if (found.length) setFresh(found);
      } catch (error) {
        setProblem(await problemOf(error, t("problem.offline")));
      }
    }, ALERTS_EVERY_MS);
  }, [reads, apis]);

  if (!reads) return null;
  return {
    alerts, more, readAt, problem, fresh,
    settle: (id) => {
      settled.current.add(id);
      setAlerts((current) => current && current.filter((alert) => alert.id !== id));
    },
  };
}
