// Investigation: the investigator's cases (their own and the governorate's), a case's workspace
// (complaints, correlation flags, suspects, the timeline and the arrest, evidence with custody and
// re-verification), and the identifier look-up. Supervisors read cases here too; the API decides
// what each may change.
import type { Area } from "../area";
import { CaseView } from "./case";
import { CaseList } from "./cases";
import { Lookup } from "./lookup";
import "./investigation.css";

export const investigation: Area = {
  id: "investigation",
  roles: ["investigator", "supervisor"],
  nav: [
    { screen: "cases", label: "investigation.nav.cases" },
    { screen: "lookup", label: "investigation.nav.lookup" },
  ],
  render: (route) => route.screen === "case" && route.id ? <CaseView id={route.id} />
    : route.screen === "lookup" ? <Lookup id={route.id} key={route.id ?? ""} />
    : <CaseList />,
};
