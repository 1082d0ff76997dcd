// How an application uses @sanad/client, compiled strict against the package's .d.ts in the build
// (tsconfig.test.json): a citizen files a complaint and reads it back; an anonymous victim files one
// and follows it with the tracking number and secret. Every field the contract says is always
// present is used as it is, without `?.`, `!` or `?? ""`: if one became optional, this file would
// no longer compile.
import {
  AnonymousApi,
  ComplaintsApi,
  Configuration,
  type Complaint,
  type FiledComplaint,
  type NewComplaint,
  type Tracking,
} from "@sanad/client/complaints";

const complaintsUrl = "http://localhost:8081";

const newComplaint: NewComplaint = {
  reporterRelation: "SELF",
  victim: { ageBand: "FROM_18_TO_24", minor: false, gender: "FEMALE" },
  governorate: "IQ-BG",
  platforms: ["INSTAGRAM"],
  threatTypes: ["PUBLISH_INTIMATE_IMAGES"],
  narrative: "يهددني بنشر صوري إن لم أدفع",
};

/** What a frontend shows of a complaint: each value is there, typed, without a fallback. */
export function summary(complaint: Complaint): string {
  const id: string = complaint.id;
  const trackingNumber: string = complaint.trackingNumber;
  const status: string = complaint.status;
  const submittedAt: Date = complaint.submittedAt;
  const updatedAt: Date = complaint.updatedAt;
  const version: number = complaint.version;
  const governorate: string = complaint.governorate;
  const platforms: string[] = complaint.platforms;
  const narrative: string = complaint.narrative;
  const selfHarmRisk: boolean = complaint.selfHarmRisk;
  return `${trackingNumber} (${id}) ${status} since ${submittedAt.toISOString()}, `
    + `changed ${updatedAt.toISOString()}, version ${version}, ${governorate}, ${platforms.join(",")}, `
    + `${narrative.length} characters${selfHarmRisk ? ", self-harm risk" : ""}`;
}

/** A logged-in citizen (an access token from Keycloak) files a complaint and reads it back. */
export async function fileAndReadBack(accessToken: string): Promise<string> {
  const configuration = new Configuration({ basePath: complaintsUrl, accessToken, headers: { "Accept-Language": "ar" } });
  const complaints = new ComplaintsApi(configuration);
  const filed: FiledComplaint = await complaints.complaintFile({ newComplaint, idempotencyKey: crypto.randomUUID() });
  const id: string = filed.id;
  const trackingNumber: string = filed.trackingNumber;
  const complaint: Complaint = await complaints.complaintRead({ id });
  if (complaint.trackingNumber !== trackingNumber || filed.complaint.id !== id) {
    throw new Error("read back another complaint");
  }
  return summary(complaint);
}

/** Anonymous: no account; the secret is handed out once, at filing, and opens the tracking routes. */
export async function fileAnonymouslyAndTrack(): Promise<string> {
  const anonymous = new AnonymousApi(new Configuration({ basePath: complaintsUrl }));
  const filed: FiledComplaint = await anonymous.trackingFile({ newComplaint });
  const secret = filed.secret;
  if (secret === undefined || secret === null) {
    throw new Error("an anonymous filing answers its tracking secret");
  }
  const tracking: Tracking = await anonymous.trackingTrack({ trackingNumber: filed.trackingNumber, xTrackingSecret: secret });
  const status: string = tracking.status;
  const submittedAt: Date = tracking.submittedAt;
  const version: number = tracking.version;
  return `${tracking.trackingNumber}: ${status} since ${submittedAt.toISOString()} (version ${version}), `
    + `${tracking.history.length} history entries, ${tracking.evidence.length} evidence files`;
}
