// The next version of a returned referral (or a first draft, changed before it is submitted): the
// form filled with the newest version's content, the court's reasons beside what each concerns, saved
// with the version read (If-Match). A returned referral's amendment drafts version n+1; the version
// the court returned stays as it saw it.
import { CatalogueApi, ReferralsApi } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Heading, Loaded, useLoad } from "../../components";
import { ReferralFormView } from "./form";
import { amendDraftsNextVersion, canAmend, choicesOf, courtsFor, formOf, ifMatchOf, inputOf, reasonsByItem, repliedVersion,
  type ReferralForm } from "./rules";

export function AmendReferral(props: { id: string }) {
  const { t, apis, go } = useConsole();
  const load = useLoad(async () => {
    const api = new ReferralsApi(apis.referrals);
    const catalogue = new CatalogueApi(apis.referrals);
    const answer = await api.referralReadRaw({ id: props.id });
    const referral = await answer.value();
    const replied = repliedVersion(referral);
    const [courts, statutes, returned] = await Promise.all([
      catalogue.catalogueCourts({}),
      catalogue.catalogueStatutes({}),
      replied === null || replied === referral.versionNumber ? Promise.resolve(replied === null ? null : referral)
        : api.referralReadVersion({ id: props.id, number: replied }),
    ]);
    return { referral, etag: answer.raw.headers.get("ETag"), courts, statutes, returned };
  }, [props.id, apis]);
  const back = () => go({ area: "prosecution", screen: "referral", id: props.id });

  return (
    <>
      <button type="button" class="link" id="back-to-referral" onClick={back}>{t("prosecution.amend.back")}</button>
      <Loaded load={load}>
        {({ referral, etag, courts, statutes, returned }) => {
          if (!canAmend(referral.status)) {
            return (
              <>
                <Heading>{t("prosecution.view.title", { reference: referral.referenceNumber })}</Heading>
                <p class="note" id="not-amendable">{t("prosecution.amend.notAmendable")}</p>
              </>
            );
          }
          const next = amendDraftsNextVersion(referral);
          const choices = choicesOf(returned && returned !== referral ? [referral, returned] : [referral]);
          const save = async (form: ReferralForm) => {
            await new ReferralsApi(apis.referrals).referralAmend({ id: referral.id, ifMatch: ifMatchOf(etag), referralInput: inputOf(form) });
            back();
          };
          const review = returned?.progress?.review;
          return (
            <>
              <Heading>
                {next || referral.versionNumber > 1
                  ? t("prosecution.amend.title", { reference: referral.referenceNumber, number: next ? referral.versionNumber + 1 : referral.versionNumber })
                  : t("prosecution.amend.firstTitle", { reference: referral.referenceNumber })}
              </Heading>
              <p>{t(next ? "prosecution.amend.leadNext" : "prosecution.amend.leadDraft")}</p>
              {review && review.reply.outcome !== "ACCEPTED" && (
                <p class="note" id="returned-note">{t("prosecution.amend.returned", { number: returned.versionNumber })}</p>
              )}
              <p class="hint">{t("prosecution.amend.choices")}</p>
              <ReferralFormView courts={courtsFor(courts, referral.governorate)} statutes={statutes}
                saveLabel={next ? "prosecution.form.saveNext" : "prosecution.form.saveChanges"} onSave={save} onReload={load.reload}
                reasons={review && review.reply.outcome !== "ACCEPTED" ? reasonsByItem(review.reply.reasons) : undefined}
                suspects={choices.defendants.map((d) => ({ id: d.suspectId, name: d.name, aliases: d.aliases, arrests: d.arrests }))}
                evidence={choices.evidence.map((e) => ({ id: e.itemId, kind: e.kind, description: e.description, contentType: e.contentType,
                  sizeBytes: e.sizeBytes, sha256: e.sha256, custody: e.custody }))}
                initial={formOf(referral)} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}
