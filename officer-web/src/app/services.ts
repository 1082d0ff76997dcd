// The suite's three services, in the order the console's screens list them (each has its own
// audit log, dead hand-offs and keys).
export const SERVICES = ["complaints", "cases", "referrals"] as const;
export type Service = typeof SERVICES[number];
