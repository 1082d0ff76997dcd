// Audit: each service's log searched by actor, record, action and time, and the verification of its
// hash chain with the result explained.
import type { Area } from "../area";
import { ChainCheck } from "./chain";
import { AuditLog } from "./log";
import "./audit.css";

export const audit: Area = {
  id: "audit",
  roles: ["auditor"],
  nav: [
    { screen: "log", label: "audit.nav.log" },
    { screen: "chain", label: "audit.nav.chain" },
  ],
  render: (route) => route.screen === "chain" ? <ChainCheck /> : <AuditLog />,
};
