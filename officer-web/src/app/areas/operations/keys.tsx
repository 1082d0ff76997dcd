// The master keys of the three services: which one is active, what each holds (complaints- and
// cases-service: evidence objects and sealed fields; referrals-service: sealed values, and those
// still in the clear), and the rotation that moves everything held by a retired key under the
// active one, behind a confirmation (it is audited and rewrites stored data).
import { useState } from "preact/hooks";
import { EvidenceKeysApi as ComplaintsKeys } from "@sanad/client/complaints";
import { EvidenceKeysApi as CasesKeys } from "@sanad/client/cases";
import { DataKeysApi as ReferralsKeys } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Code, Confirm, Heading, Loaded, ProblemNotice, useAction, useLoad } from "../../components";
import { awaitingRotation, keyKind, keyLines, type KeyLine } from "./rules";
import { SERVICES, type Service } from "../../services";

interface Keys {
  /** The keys' lines after reading or rotating, and what the rotation moved (null when only read). */
  read(): Promise<KeyLine[]>;
  rotate(): Promise<{ lines: KeyLine[]; moved: number }>;
}

function useKeys(service: Service): Keys {
  const { apis } = useConsole();
  if (service === "referrals") {
    const api = new ReferralsKeys(apis.referrals);
    return {
      read: async () => {
        const use = await api.dataKeyUse();
        return keyLines(use.activeKeyId, {}, use.valuesByKey);
      },
      rotate: async () => {
        const done = await api.dataKeyRotate();
        return { lines: keyLines(done.keys.activeKeyId, {}, done.keys.valuesByKey), moved: done.reencrypted };
      },
    };
  }
  const api = service === "complaints" ? new ComplaintsKeys(apis.complaints) : new CasesKeys(apis.cases);
  return {
    read: async () => {
      const use = await api.evidenceKeyUse();
      return keyLines(use.activeKeyId, use.objectsByKey, use.fieldValuesByKey);
    },
    rotate: async () => {
      const done = await api.evidenceKeyRotate();
      return { lines: keyLines(done.keys.activeKeyId, done.keys.objectsByKey, done.keys.fieldValuesByKey),
        moved: done.rewrapped + done.fieldValuesReencrypted };
    },
  };
}

export function KeyStatus() {
  const { t } = useConsole();
  return (
    <>
      <Heading>{t("operations.keys.title")}</Heading>
      <p>{t("operations.keys.lead")}</p>
      <div class="columns">
        {SERVICES.map((service) => <ServiceKeys key={service} service={service} />)}
      </div>
    </>
  );
}

function ServiceKeys(props: { service: Service }) {
  const { t, apis } = useConsole();
  const { service } = props;
  const keys = useKeys(service);
  const load = useLoad(() => keys.read(), [apis]);
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState<number | null>(null);
  const prefix = `keys-${service}`;

  const rotate = async () => {
    setMoved(null);
    let count = 0;
    if (await action.run(async () => {
      count = (await keys.rotate()).moved;
    })) {
      setConfirming(false);
      setMoved(count);
      load.reload();
    }
  };

  return (
    <section class="panel" aria-labelledby={`${prefix}-title`} id={prefix}>
      <h2 id={`${prefix}-title`}>{t(`operations.service.${service}`)}</h2>
      {moved !== null && <p class="ok" role="status" id={`${prefix}-done`}>{t("operations.keys.rotated", { count: moved })}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={load.reload} />}
      <Loaded load={load}>
        {(lines) => {
          const waiting = awaitingRotation(lines);
          return (
            <>
              <p id={`${prefix}-state`} data-awaiting={waiting} class={waiting ? "bad" : "ok"}>
                {waiting ? t("operations.keys.awaiting", { count: waiting }) : t("operations.keys.allActive")}
              </p>
              <div class="table-wrap">
                <table id={`${prefix}-table`}>
                  <caption>{t("operations.keys.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("operations.keys.key")}</th>
                      {service !== "referrals" && <th scope="col">{t("operations.keys.objects")}</th>}
                      <th scope="col">{t(service === "referrals" ? "operations.keys.values" : "operations.keys.fields")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lines.map((line) => (
                      <tr key={line.keyId}>
                        <th scope="row">
                          <Code>{line.keyId}</Code>{" "}
                          <span class={`flag ${line.active ? "key-active" : "key-retired"}`}>{t(`operations.keys.${keyKind(line)}`)}</span>
                        </th>
                        {service !== "referrals" && <td>{line.objects}</td>}
                        <td>{line.values}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Loaded>
      {!confirming ? (
        <div class="actions">
          <button type="button" id={`rotate-${service}`} disabled={action.busy || load.value === null} onClick={() => setConfirming(true)}>
            {t("operations.keys.rotate")}
          </button>
        </div>
      ) : (
        <Confirm id={`rotate-${service}`} danger busy={action.busy} onConfirm={rotate} onCancel={() => setConfirming(false)}
          warning={t(service === "referrals" ? "operations.keys.rotateWarningValues" : "operations.keys.rotateWarning")}
          confirm={t("operations.keys.rotateConfirm")} />
      )}
    </section>
  );
}
