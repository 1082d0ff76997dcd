// Operations (the operator, role admin): the hand-offs each service's outbox could not deliver,
// with the receiver's answers, re-queued one by one or all; and the master keys' use with their
// rotation (issue 32).
import type { Area } from "../area";
import { DeadHandoffs } from "./handoffs";
import { KeyStatus } from "./keys";
import "./operations.css";

export const operations: Area = {
  id: "operations",
  roles: ["admin"],
  nav: [
    { screen: "handoffs", label: "operations.nav.handoffs" },
    { screen: "keys", label: "operations.nav.keys" },
  ],
  render: (route) => route.screen === "keys" ? <KeyStatus /> : <DeadHandoffs />,
};
