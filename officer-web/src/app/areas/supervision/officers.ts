// The officer directory of cases-service (GET /officers): the investigators a supervisor may make a
// case's lead. It knows an officer once they have used cases-service, from their own token.
import { OfficersApi, type Officer } from "@sanad/client/cases";
import type { Console } from "../../context";

const PAGES = 5;

/** The governorate's investigators (up to five pages of 200: a governorate's unit, not a ministry). */
export function listInvestigators(apis: Console["apis"], governorate: string): Promise<Officer[]> {
  return listOfficers(apis, governorate, "investigator");
}

/** subject → name of the governorate's officers holding a role; empty when the directory cannot be read. */
export async function namesOf(apis: Console["apis"], governorate: string, role: string): Promise<Map<string, string>> {
  const officers = await listOfficers(apis, governorate, role).catch(() => []);
  return new Map(officers.map((o) => [o.subject, o.displayName]));
}

async function listOfficers(apis: Console["apis"], governorate: string, role: string): Promise<Officer[]> {
  const directory = new OfficersApi(apis.cases);
  const officers: Officer[] = [];
  let after: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const answer = await directory.officersList({ role, governorate, limit: 200, ...(after ? { after } : {}) });
    officers.push(...answer.items);
    if (!answer.next) break;
    after = answer.next;
  }
  return officers;
}
