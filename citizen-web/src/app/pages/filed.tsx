// The report is in. When the API's answer carries help lines (the filing signalled a risk: thoughts
// of self-harm, a minor, a deadline close at hand), they come first, calmly, each a number to dial.
// An anonymous filer sees the tracking number and the secret once, with a copy and a print button
// and a plain warning that nobody can give them again; then anyone adds evidence and can follow the
// report from here.
import { useState } from "preact/hooks";
import type { ReferenceHelpLine } from "@sanad/client/complaints";
import { usePortal } from "../context";
import { HelpLineList } from "../helpline-list";
import { EvidenceUpload } from "../evidence";
import { PrivateImages } from "../private-images";
import { PageTitle } from "./heading";

function Copy(props: { text: string; label: string }) {
  const { t } = usePortal();
  const [copied, setCopied] = useState(false);
  return (
    <button type="button" class="small" aria-label={props.label} onClick={() => {
      void navigator.clipboard?.writeText(props.text).then(() => setCopied(true), () => setCopied(false));
    }}>
      {copied ? t("filed.copied") : t("filed.copy")}
    </button>
  );
}

export function FiledPage(props: { complaintId: string; trackingNumber: string; secret: string | null;
    helpLines: ReferenceHelpLine[]; riskSignals: string[] }) {
  const { t, go, api, language } = usePortal();
  const secret = props.secret;
  const selfHarm = props.riskSignals.includes("SELF_HARM");

  return (
    <>
      <PageTitle>{t("filed.title")}</PageTitle>
      {props.helpLines.length > 0 && (
        <section class="help-now" id="help-now" aria-labelledby="help-now-title" data-risk={props.riskSignals.join(" ")}>
          <h2 id="help-now-title">{selfHarm ? t("filed.help.selfHarmTitle") : t("filed.help.urgentTitle")}</h2>
          <p>{selfHarm ? t("filed.help.selfHarm") : t("filed.help.urgent")}</p>
          <HelpLineList lines={props.helpLines} />
        </section>
      )}
      <section class="receipt-card" aria-labelledby="receipt-title" data-complaint-id={props.complaintId}>
        <h2 id="receipt-title">{t("filed.receipt")}</h2>
        <dl>
          <div>
            <dt>{t("filed.trackingNumber")}</dt>
            <dd><code id="tracking-number" dir="ltr">{props.trackingNumber}</code>{" "}
              <Copy text={props.trackingNumber} label={t("filed.copyTracking")} /></dd>
          </div>
          {secret && (
            <div>
              <dt>{t("filed.secret")}</dt>
              <dd><code id="tracking-secret" dir="ltr">{secret}</code>{" "}
                <Copy text={secret} label={t("filed.copySecret")} /></dd>
            </div>
          )}
        </dl>
        {secret && <p class="warning" role="note">{t("filed.secretWarning")}</p>}
        <button type="button" class="small no-print" onClick={() => window.print()}>{t("filed.print")}</button>
      </section>
      <p>{t("filed.next")}</p>
      <EvidenceUpload target={secret ? { trackingNumber: props.trackingNumber, secret } : { complaintId: props.complaintId }} />
      <PrivateImages held={[]} send={async (imageHashes) => {
        // the version the change is made against (If-Match): read now, since evidence or an officer may have moved it
        const current = secret
          ? await api.anonymous.trackingTrack({ trackingNumber: props.trackingNumber, xTrackingSecret: secret, acceptLanguage: language })
          : await api.complaints.complaintRead({ id: props.complaintId, acceptLanguage: language });
        const ifMatch = `"${current.version}"`;
        await (secret
          ? api.anonymous.trackingSupplement({ trackingNumber: props.trackingNumber, xTrackingSecret: secret,
            supplementInput: { imageHashes }, ifMatch, acceptLanguage: language })
          : api.complaints.complaintSupplement({ id: props.complaintId, supplementInput: { imageHashes }, ifMatch,
            acceptLanguage: language }));
      }} />
      <div class="actions no-print">
        <button type="button" class="primary" id="follow-this" onClick={() => go(secret
          ? { page: "tracked", trackingNumber: props.trackingNumber, secret }
          : { page: "complaint", complaintId: props.complaintId })}>
          {t("filed.follow")}
        </button>
      </div>
    </>
  );
}
