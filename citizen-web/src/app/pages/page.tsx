// Which page the route names. Each page moves its focus to its heading when it appears, so a
// screen reader says where the person is and the keyboard starts from the top of the new page.
import type { Route } from "../context";
import { ComplaintPage, TrackedPage } from "./follow";
import { FiledPage } from "./filed";
import { MinePage } from "./mine";
import { ReportPage } from "./report";
import { StartPage } from "./start";
import { TrackPage } from "./track";

export function Page(props: { route: Route }) {
  const route = props.route;
  switch (route.page) {
    case "start": return <StartPage />;
    case "report": return <ReportPage anonymous={route.anonymous} />;
    case "filed": return <FiledPage complaintId={route.complaintId} trackingNumber={route.trackingNumber} secret={route.secret}
      helpLines={route.helpLines} riskSignals={route.riskSignals} />;
    case "track": return <TrackPage />;
    case "tracked": return <TrackedPage trackingNumber={route.trackingNumber} secret={route.secret} />;
    case "mine": return <MinePage />;
    case "complaint": return <ComplaintPage complaintId={route.complaintId} />;
  }
}
