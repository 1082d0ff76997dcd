// Each service keeps its own audit log and chain; the generated clients answer the same shapes.
// cases-service's public contract lost its audit operations in main's merge of h3 (b14bd62): its log
// comes back here, and in SERVICES, when the contract has them again.
import { AuditApi as ComplaintsAudit } from "@sanad/client/complaints";
import { AuditApi as ReferralsAudit } from "@sanad/client/referrals";
import type { Apis } from "../../api";
import type { Service } from "./rules";

export function auditOf(apis: Apis, service: Service): ComplaintsAudit | ReferralsAudit {
  switch (service) {
    case "complaints": return new ComplaintsAudit(apis.complaints);
    case "referrals": return new ReferralsAudit(apis.referrals);
  }
}
