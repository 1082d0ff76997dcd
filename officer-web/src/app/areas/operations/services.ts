// The services an operator looks after, in the order the screens show them. cases-service is not
// among them yet: its committed public contract (so @sanad/client/cases) lacks the dead hand-offs
// and the evidence keys the other two publish, though issue 32 moved them all (reported).
export const SERVICES = ["complaints", "referrals"] as const;
export type Service = typeof SERVICES[number];
