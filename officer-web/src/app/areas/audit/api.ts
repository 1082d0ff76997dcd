// Each service keeps its own audit log and chain; the generated clients answer the same shapes.
import { AuditApi as CasesAudit } from "@sanad/client/cases";
import { AuditApi as ComplaintsAudit } from "@sanad/client/complaints";
import { AuditApi as ReferralsAudit } from "@sanad/client/referrals";
import type { Apis } from "../../api";
import type { Service } from "./rules";

export function auditOf(apis: Apis, service: Service): ComplaintsAudit | CasesAudit | ReferralsAudit {
  switch (service) {
    case "complaints": return new ComplaintsAudit(apis.complaints);
    case "cases": return new CasesAudit(apis.cases);
    case "referrals": return new ReferralsAudit(apis.referrals);
  }
}
