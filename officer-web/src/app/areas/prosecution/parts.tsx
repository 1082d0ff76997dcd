// The small pieces the prosecution screens share: a referral's status, a court's and a statute's
// name in the officer's language with the statute's citation, a hearing's time at the court's own
// offset, a calendar date, and the court's reasons as a list.
import type { Charge, Court, ReferralStatus, Statute } from "@sanad/client/referrals";
import { useConsole } from "../../context";

export const STATUSES: readonly ReferralStatus[] = [
  "DRAFT", "SUBMITTED", "RECEIVED", "ACCEPTED", "RETURNED", "HEARING_SCHEDULED", "DECIDED", "CLOSED",
];

export function StatusLabel(props: { status: ReferralStatus }) {
  const { t } = useConsole();
  return <span class={`referral-status status-${props.status}`}>{t(`prosecution.status.${props.status}`)}</span>;
}

export function CourtName(props: { court: Pick<Court, "nameAr" | "nameEn"> }) {
  const { language } = useConsole();
  return <span>{language === "ar" ? props.court.nameAr : props.court.nameEn}</span>;
}

/** A charge or a statute: its title, then its citation (the article of the law). */
export function StatuteText(props: { statute: Pick<Statute, "article" | "law" | "titleAr" | "titleEn"> & { lawAr?: string } }) {
  const { t, language } = useConsole();
  const s = props.statute;
  const law = language === "ar" && s.lawAr ? s.lawAr : s.law;
  return (
    <>
      <span class="statute-title">{language === "ar" ? s.titleAr : s.titleEn}</span>{" "}
      <span class="citation">{t("prosecution.statute.citation", { article: s.article, law })}</span>
    </>
  );
}

/** A charge as the referral records it (it has no Arabic name of the law: the catalogue's is used when known). */
export function ChargeText(props: { charge: Charge; statutes?: readonly Statute[] }) {
  const known = props.statutes?.find((s) => s.code === props.charge.statuteCode);
  return <StatuteText statute={{ ...props.charge, ...(known ? { lawAr: known.lawAr } : {}) }} />;
}

/** A moment as the court set it: in the court's own time zone, which is how a hearing is announced. */
export function CourtTime(props: { at: Date; timeZone: string }) {
  const { language } = useConsole();
  const locale = language === "ar" ? "ar-IQ-u-nu-latn-ca-gregory" : "en-GB";
  const options: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "2-digit",
    minute: "2-digit", timeZoneName: "short" };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale, { ...options, timeZone: props.timeZone }).format(props.at);
  } catch {
    text = new Intl.DateTimeFormat(locale, options).format(props.at);
  }
  return <time dateTime={props.at.toISOString()}>{text}</time>;
}

/** A calendar date (a decision's day): the client reads it as local midnight, so it is shown in the local zone. */
export function DateOnly(props: { at: Date }) {
  const { language } = useConsole();
  const d = props.at;
  const text = new Intl.DateTimeFormat(language === "ar" ? "ar-IQ-u-nu-latn-ca-gregory" : "en-GB", { dateStyle: "long" }).format(d);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return <time dateTime={iso}>{text}</time>;
}

/** The court's reasons about one item, set apart where they concern it. */
export function Reasons(props: { reasons: readonly string[] | undefined; id?: string }) {
  const { t } = useConsole();
  if (!props.reasons?.length) return null;
  return (
    <div class="court-reasons" id={props.id}>
      <p class="court-reasons-title">{t("prosecution.reasons.court")}</p>
      <ul>{props.reasons.map((reason, index) => <li key={index}>{reason}</li>)}</ul>
    </div>
  );
}
