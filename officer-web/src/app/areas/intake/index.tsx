// Intake: the governorate's queue, sorted by priority, with what makes a complaint urgent and the
// time left to triage it; the risk alerts, live, with their acknowledgement; a complaint's full view
// with its evidence, history, the messages to the victim and the triage decision.
import type { Area } from "../area";
import { Alerts } from "./alerts";
import { ComplaintView } from "./complaint";
import { Queue } from "./queue";

export const intake: Area = {
  id: "intake",
  roles: ["intake-officer", "supervisor"],
  nav: [
    { screen: "queue", label: "intake.nav.queue" },
    {
      screen: "alerts", label: "intake.nav.alerts",
      waiting: ({ alerts }) => alerts?.alerts ? { count: alerts.alerts.length, more: alerts.more } : null,
    },
  ],
  render: (route) => route.screen === "complaint" && route.id ? <ComplaintView id={route.id} />
    : route.screen === "alerts" ? <Alerts />
    : <Queue />,
};
