// The supervisor's journeys: a case assigned to an investigator of the governorate from the officer
// directory (the same-gender request explained), a legal hold placed and released on it, the legal
// holds of complaints, and the statistics with the CSV checked against the API's own counts.
import { readFileSync } from "node:fs";
import { expect, log } from "../../../web-kit/browser/harness.mjs";
import { api, expectNothingCacheable, logIn, open, shoot, token } from "./console.mjs";

/** The subject (sub) of an access token: the id the officer directory knows an officer by. */
function subjectOf(accessToken) {
  return JSON.parse(Buffer.from(accessToken.split(".")[1], "base64url").toString("utf8")).sub;
}

/** The rows of a CSV (RFC 4180: quoted fields, doubled quotes), without its byte-order mark. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export const journeys = {
  /**
   * supervise <caseId> (supervisor.baghdad): the case assigned to investigator.baghdad, a legal hold
   * placed (after the missing reason is stopped at its field) and released on it, the complaints'
   * holds screen, and the statistics, whose CSV must hold the three APIs' counts. Answers the lead, whether
   * the same-gender request is honoured, and the CSV's figures.
   */
  async supervise(browser, caseId, user = "supervisor.baghdad", investigator = "investigator.baghdad") {
    expect(caseId, "supervise needs the case's id");
    // the officer directory knows an officer once they have used cases-service
    const investigatorToken = await token(investigator);
    await api("cases", "/cases?limit=1", { bearer: investigatorToken });
    const lead = subjectOf(investigatorToken);
    const supervisorToken = await token(user);
    for (let tries = 0; tries < 20; tries++) {
      const directory = await api("cases", "/officers?role=investigator&limit=200", { bearer: supervisorToken });
      if (directory.body.items.some((o) => o.subject === lead)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    const officer = await logIn(browser, user);
    const { page } = officer;
    await open(page, "supervision", "cases");
    await page.waitForSelector("#cases, #c-empty");
    await shoot(browser, page, "supervision-cases", { tablet: true });
    const line = page.locator(`#case-${caseId}`);
    if (!(await line.count())) {
      await page.selectOption("#c-status", "OPEN");
      await page.click("#c-show");
      await page.waitForSelector("#cases, #c-empty");
    }
    await line.click();
    await page.waitForSelector("#assign-officers, #assign-closed, #assign-none");
    expect(await page.locator("#assign-officers").count(), "the case cannot be assigned (closed, or no investigator in the directory)");
    expect(await page.locator("#gender-rule").count(), "the same-gender rule is not explained before the choice");
    await shoot(browser, page, "supervision-case", { tablet: true });

    // the choice, sent with If-Match; the answer says whether the victim's request is honoured
    await page.check(`#assign-${lead}`);
    await page.click("#assign-submit");
    await page.waitForSelector("#assign-done");
    await page.waitForSelector(`label[for="assign-${lead}"] .flag.current`);
    const assigned = (await api("cases", `/cases/${caseId}`, { bearer: supervisorToken })).body;
    expect(assigned.leadInvestigator === lead, `the case's lead is ${assigned.leadInvestigator}, not ${investigator} (${lead})`);
    await shoot(browser, page, "supervision-case-assigned");
    log(`${caseId} is led by ${investigator}; same-gender request honoured: ${assigned.genderPreferenceHonoured}`);

    // a legal hold: the reason is asked for before the API is, then placed, then released after a confirmation
    if ((await page.getAttribute("#case-hold-state", "data-held")) === "true") {
      await page.click("#case-hold-release");
      await page.click("#case-hold-release-confirm");
      await page.waitForSelector('#case-hold-state[data-held="false"]');
    }
    await page.click("#case-hold-place");
    await page.waitForSelector("#case-hold-reason-error");
    await page.fill("#case-hold-reason", "طعن قيد النظر أمام محكمة الاستئناف: تُحفظ الأدلة لحين البت فيه");
    await page.click("#case-hold-place");
    await page.waitForSelector('#case-hold-state[data-held="true"]');
    const held = await api("cases", `/cases/${caseId}/legal-hold`, { bearer: supervisorToken });
    expect(held.body.reason.startsWith("طعن"), `the API holds another reason: ${JSON.stringify(held.body)}`);
    await page.click("#case-hold-release");
    await page.waitForSelector("#case-hold-release-confirm");
    await shoot(browser, page, "supervision-case-hold-release");
    await page.click("#case-hold-release-confirm");
    await page.waitForSelector('#case-hold-state[data-held="false"]');
    const released = await api("cases", `/cases/${caseId}/legal-hold`, { bearer: supervisorToken, ok: false });
    expect(released.status === 404, `the hold is still there after its release: ${released.status}`);

    // a complaint's hold, found through the governorate's complaints
    await open(page, "supervision", "holds");
    await page.waitForSelector("#hold-complaints, #h-empty");
    const complaintId = assigned.complaints[0]?.complaintId;
    if (complaintId) {
      const choose = page.locator(`#hold-for-${complaintId}`);
      if (await choose.count()) await choose.click();
      else {
        await page.fill("#h-id", complaintId);
        await page.click("#h-open");
      }
      await page.waitForSelector("#complaint-hold-state");
    }
    await shoot(browser, page, "supervision-holds");

    // the statistics, and their CSV against the API's counts for the same range
    await open(page, "supervision", "statistics");
    await page.waitForSelector("#stats-total");
    await page.waitForSelector("#stats-cases, #stats-cases-title + .problem");
    await page.waitForSelector("#stats-referrals, #stats-referrals-title + .problem");
    await shoot(browser, page, "supervision-statistics", { tablet: true });
    const from = await page.inputValue("#s-from");
    const to = await page.inputValue("#s-to");
    // other officers work in the suite meanwhile: the page's figures are read again, then the CSV is
    // compared with the APIs' answers read just after; a figure that moved in between is tried again
    const compare = async () => {
      await Promise.all(["complaints", "cases", "referrals"].map((service) =>
        page.waitForResponse((r) => r.url().includes(`/statistics/${service}`) && r.request().method() === "GET")).concat(page.click("#s-show")));
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#stats-csv")]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv.startsWith("\uFEFF"), "the CSV has no byte-order mark");
      const rows = parseCsv(csv);
      const mismatches = [];
      const mismatch = (ok, message) => {
        if (!ok) mismatches.push(message);
      };
      const inCsv = (section) => new Map(rows.filter((r) => r[0] === section).map((r) => [r[1], r[3] === "" ? null : Number(r[3])]));
      const range = `from=${from}&to=${to}`;
      const complaints = (await api("complaints", `/statistics/complaints?${range}`, { bearer: supervisorToken })).body;
      const cases = (await api("cases", `/statistics/cases?${range}`, { bearer: supervisorToken })).body;
      const referrals = (await api("referrals", `/statistics/referrals?${range}`, { bearer: supervisorToken })).body;
      const figures = { complaints: [complaints, ["total", "triaged", "medianMinutesToTriage", "p90MinutesToTriage"]],
        cases: [cases, ["opened", "arrests", "medianDaysToFirstArrest"]], referrals: [referrals, ["submitted", "returned", "decisions"]] };
      for (const [section, [answer, keys]] of Object.entries(figures)) {
        for (const key of keys) {
          mismatch(inCsv(section).get(key) === (answer[key] ?? null), `${section} ${key}: the CSV says ${inCsv(section).get(key)}, the API ${answer[key]}`);
        }
      }
      const charts = {
        "complaints.month": complaints.byMonth, "complaints.governorate": complaints.byGovernorate,
        "complaints.platform": complaints.byPlatform, "complaints.threat": complaints.byThreatType,
        "cases.openedByMonth": cases.openedByMonth, "cases.openedByGovernorate": cases.openedByGovernorate,
        "cases.openedByStatus": cases.openedByStatus, "cases.arrestsByMonth": cases.arrestsByMonth,
        "cases.arrestsByGovernorate": cases.arrestsByGovernorate,
        "referrals.submittedByMonth": referrals.submittedByMonth, "referrals.submittedByGovernorate": referrals.submittedByGovernorate,
        "referrals.submittedByCourt": referrals.submittedByCourt, "referrals.submittedByStatus": referrals.submittedByStatus,
        "referrals.verdictsByOutcome": referrals.verdictsByOutcome,
      };
      for (const [section, apiCounts] of Object.entries(charts)) {
        const csvCounts = inCsv(section);
        for (const { key, count } of apiCounts) {
          mismatch(csvCounts.get(key) === count, `${section} ${key}: the CSV says ${csvCounts.get(key)}, the API ${count}`);
        }
        const extra = [...csvCounts].filter(([key, count]) => count !== 0 && !apiCounts.some((c) => c.key === key));
        mismatch(extra.length === 0, `${section}: the CSV counts what the API does not: ${JSON.stringify(extra)}`);
      }
      return { rows, mismatches, complaints, cases, referrals };
    };
    let compared = await compare();
    for (let tries = 1; tries < 3 && compared.mismatches.length; tries++) {
      log(`figures moved while comparing (${compared.mismatches[0]}): again`);
      compared = await compare();
    }
    expect(compared.mismatches.length === 0, compared.mismatches.join("; "));
    const { rows, complaints, cases, referrals } = compared;
    log(`the CSV (${rows.length - 1} rows) holds the API's counts for [${from}, ${to})`);
    expectNothingCacheable(officer);
    return { caseId, lead: investigator, genderPreferenceHonoured: assigned.genderPreferenceHonoured,
      range: { from, to }, complaints: complaints.total, cases: cases.opened, arrests: cases.arrests, referrals: referrals.submitted,
      csvRows: rows.length - 1 };
  },
};

