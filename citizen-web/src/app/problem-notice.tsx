// A problem as the person reads it: the API's own title and detail for a refusal, the portal's words
// for a lost connection, an ended login or anything else, and the API's field messages listed too
// (an error summary; each is also shown at its field where the page has one).
import { LOGIN_ENDED, OFFLINE, UNEXPECTED, type Problem } from "@sanad/web-kit/problem";
import { usePortal } from "./context";
import { ProblemBox } from "./fields";

export function ProblemNotice(props: { problem: Problem; offlineDetail?: string }) {
  const { t } = usePortal();
  const problem = props.problem;
  const fields = Object.entries(problem.fields);
  switch (problem.status) {
    case OFFLINE:
      return <ProblemBox title={t("problem.offline")} detail={props.offlineDetail ?? null} />;
    case LOGIN_ENDED:
      return <ProblemBox title={t("problem.loginEnded")} detail={t("problem.loginEndedDetail")} />;
    case UNEXPECTED:
      return <ProblemBox title={t("problem.unexpected")} detail={t("problem.unexpectedDetail")} />;
    default:
      return (
        <ProblemBox title={problem.title} detail={problem.detail}>
          {fields.length > 0 && <ul>{fields.map(([path, message]) => <li key={path}>{message}</li>)}</ul>}
        </ProblemBox>
      );
  }
}
