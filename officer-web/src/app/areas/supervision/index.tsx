// Supervision: the governorate's cases with those awaiting a lead first and a case's assignment
// (the same-gender request explained), legal holds on cases and complaints, and the statistics
// with their charts and CSV (issue 32).
import type { Area } from "../area";
import { CaseView } from "./case";
import { CaseList } from "./cases";
import { ComplaintHolds } from "./holds";
import { Statistics } from "./statistics";
import "./supervision.css";

export const supervision: Area = {
  id: "supervision",
  roles: ["supervisor"],
  nav: [
    { screen: "cases", label: "supervision.nav.cases" },
    { screen: "holds", label: "supervision.nav.holds" },
    { screen: "statistics", label: "supervision.nav.statistics" },
  ],
  render: (route) => {
    if (route.screen === "case" && route.id) return <CaseView id={route.id} />;
    if (route.screen === "holds") return <ComplaintHolds />;
    if (route.screen === "statistics") return <Statistics />;
    return <CaseList />;
  },
};
