// The officer directory of cases-service (GET /officers): the investigators a supervisor may make a
// case's lead. It knows an officer once they have used cases-service, from their own token.
import { OfficersApi, type Officer } from "@sanad/client/cases";
import type { Console } from "../../context";

const PAGES = 5;

/** The governorate's investigators (up to five pages of 200: a governorate's unit, not a ministry). */
export async function listInvestigators(apis: Console["apis"], governorate: string): Promise<Officer[]> {
  const directory = new OfficersApi(apis.cases);
  const officers: Officer[] = [];
  let after: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const answer = await directory.officersList({ role: "investigator", governorate, limit: 200, ...(after ? { after } : {}) });
    officers.push(...answer.items);
    if (!answer.next) break;
    after = answer.next;
  }
  return officers;
}
