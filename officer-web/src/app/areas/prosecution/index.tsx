// Prosecution: the governorate's referrals and each one's view (versions, the court's replies, the
// identity requests), a new referral from a case, and the next version of a returned referral.
import type { Area } from "../area";
import { AmendReferral } from "./amend";
import { ReferralList } from "./list";
import { NewReferral } from "./new";
import { ReferralScreen } from "./view";
import "./prosecution.css";

export const prosecution: Area = {
  id: "prosecution",
  roles: ["prosecutor"],
  nav: [
    { screen: "referrals", label: "prosecution.nav.referrals" },
    { screen: "new", label: "prosecution.nav.new" },
  ],
  render: (route) => {
    if (route.screen === "referral" && route.id) return <ReferralScreen id={route.id} />;
    if (route.screen === "amend" && route.id) return <AmendReferral id={route.id} />;
    if (route.screen === "new") return <NewReferral caseId={route.id} />;
    return <ReferralList />;
  },
};
