// The three services an operator looks after, in the order the screens show them.
export const SERVICES = ["complaints", "cases", "referrals"] as const;
export type Service = typeof SERVICES[number];
