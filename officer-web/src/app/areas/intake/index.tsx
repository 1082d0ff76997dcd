// Intake: the governorate's queue, sorted by priority, with what makes a complaint urgent counted in
// the tab's title; a complaint's full view with its evidence, history and the triage decision.
import type { Area } from "../area";
import { ComplaintView } from "./complaint";
import { Queue } from "./queue";

export const intake: Area = {
  id: "intake",
  roles: ["intake-officer", "supervisor"],
  nav: [{ screen: "queue", label: "intake.nav.queue" }],
  render: (route) => route.screen === "complaint" && route.id ? <ComplaintView id={route.id} /> : <Queue />,
};
