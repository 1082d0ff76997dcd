// The governorate's referrals, most recently changed first (a national prosecutor names a
// governorate or sees all), filtered by status and paged; each opens the referral's view.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { ReferralsApi, type PageReferralView, type Referral, type ReferralStatus } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Heading, Loaded, Select, useLabels, useLoad, When } from "../../components";
import { CourtName, STATUSES, StatusLabel } from "./parts";

interface Filters {
  status: string;
  governorate: string;
}

export function ReferralList() {
  const { t, apis, officer, reference, go } = useConsole();
  const labels = useLabels();
  const [draft, setDraft] = useState<Filters>({ status: "", governorate: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const load = useLoad<PageReferralView>(() => new ReferralsApi(apis.referrals).referralList({
    ...(filters.status ? { status: filters.status as ReferralStatus } : {}),
    ...(filters.governorate ? { governorate: filters.governorate } : {}),
    ...(after ? { after } : {}),
    limit: 20,
  }), [filters, after, apis]);

  const search = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCursors([undefined]);
    setFilters(draft);
  };
  const open = (referral: Referral) => go({ area: "prosecution", screen: "referral", id: referral.id });

  return (
    <>
      <Heading>{t("prosecution.list.title")}</Heading>
      <form class="filters" onSubmit={search} aria-label={t("prosecution.list.filters")}>
        <Select id="r-status" label={t("prosecution.list.status")} value={draft.status} blank={t("prosecution.list.any")}
          onChange={(status) => setDraft({ ...draft, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`prosecution.status.${s}`) }))} />
        {officer.governorate === null && (
          <Select id="r-governorate" label={t("prosecution.list.governorate")} value={draft.governorate}
            blank={t("prosecution.list.any")} onChange={(governorate) => setDraft({ ...draft, governorate })}
            options={reference.regions.map((r) => ({ value: r.code, label: labels("region", r.code) }))} />
        )}
        <button type="submit" class="primary" id="r-search">{t("prosecution.list.search")}</button>
        <button type="button" id="r-new" onClick={() => go({ area: "prosecution", screen: "new" })}>
          {t("prosecution.list.new")}
        </button>
      </form>
      <Loaded load={load}>
        {(page) => page.items.length === 0 ? <p class="note" id="r-empty">{t("prosecution.list.empty")}</p> : (
          <div class="table-wrap">
            <table id="referrals">
              <caption>{t("prosecution.list.caption", { count: page.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("prosecution.list.reference")}</th>
                  <th scope="col">{t("prosecution.list.case")}</th>
                  <th scope="col">{t("prosecution.list.court")}</th>
                  <th scope="col">{t("prosecution.list.status")}</th>
                  <th scope="col">{t("prosecution.list.version")}</th>
                  <th scope="col">{t("prosecution.list.submitted")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((referral) => (
                  <tr key={referral.id} data-referral-id={referral.id}>
                    <th scope="row">
                      <button type="button" class="link" onClick={() => open(referral)}>
                        <bdi>{referral.referenceNumber}</bdi>
                      </button>
                    </th>
                    <td><bdi>{referral.caseNumber}</bdi></td>
                    <td><CourtName court={referral.court} /></td>
                    <td><StatusLabel status={referral.status} /></td>
                    <td>
                      {referral.draft
                        ? t("prosecution.version.draftNumber", { number: referral.versionNumber })
                        : t("prosecution.version.number", { number: referral.versionNumber })}
                    </td>
                    <td><When at={referral.submittedAt} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <div class="actions">
        {cursors.length > 1 && (
          <button type="button" id="r-previous" onClick={() => setCursors(cursors.slice(0, -1))}>{t("prosecution.list.previous")}</button>
        )}
        {load.value?.next && (
          <button type="button" id="r-next" onClick={() => setCursors([...cursors, load.value?.next ?? undefined])}>
            {t("prosecution.list.nextPage")}
          </button>
        )}
      </div>
    </>
  );
}
