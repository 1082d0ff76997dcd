// Dead hand-offs, service by service: what each service's outbox could not deliver (the event's
// type, where it was going, the receiver's last status and answer, when it died), re-queued one by
// one or all at once once the cause is fixed (the relay then sends them again).
import { useState } from "preact/hooks";
import { OperationsApi as ComplaintsOperations } from "@sanad/client/complaints";
import { OperationsApi as CasesOperations } from "@sanad/client/cases";
import { OperationsApi as ReferralsOperations } from "@sanad/client/referrals";
import { useConsole } from "../../context";
import { Code, Confirm, Heading, Loaded, ProblemNotice, useAction, useLoad, When } from "../../components";
import { answerSummary } from "./rules";
import { SERVICES, type Service } from "../../services";

/** A dead hand-off as the three services answer it. */
interface DeadEvent {
  id: string;
  type: string;
  destination: string;
  aggregateId: string;
  attempts: number;
  createdAt: Date;
  deadAt: Date;
  lastStatus: number | null;
  lastError: string | null;
}

interface Outbox {
  list(after?: string): Promise<{ items: DeadEvent[]; next: string | null }>;
  requeue(id: string): Promise<void>;
  requeueAll(): Promise<{ requeued: number }>;
}

function useOutbox(service: Service): Outbox {
  const { apis } = useConsole();
  const api = service === "complaints" ? new ComplaintsOperations(apis.complaints)
    : service === "cases" ? new CasesOperations(apis.cases) : new ReferralsOperations(apis.referrals);
  return {
    list: (after) => api.deadEventsList({ limit: 50, ...(after ? { after } : {}) }),
    requeue: (id) => api.deadEventsRequeue({ id }),
    requeueAll: () => api.deadEventsRequeueAll({}),
  };
}

export function DeadHandoffs() {
  const { t } = useConsole();
  return (
    <>
      <Heading>{t("operations.dead.title")}</Heading>
      <p>{t("operations.dead.lead")}</p>
      {SERVICES.map((service) => <ServiceOutbox key={service} service={service} />)}
    </>
  );
}

function ServiceOutbox(props: { service: Service }) {
  const { t, apis } = useConsole();
  const { service } = props;
  const outbox = useOutbox(service);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const load = useLoad(() => outbox.list(after), [after, apis]);
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const prefix = `dead-${service}`;

  const again = () => {
    setCursors([undefined]);
    load.reload();
  };
  const requeue = async (event: DeadEvent) => {
    setDone(null);
    if (await action.run(() => outbox.requeue(event.id))) {
      setDone(t("operations.dead.requeuedOne", { type: event.type }));
      again();
    }
  };
  const requeueAll = async () => {
    setDone(null);
    let count = 0;
    if (await action.run(async () => {
      count = (await outbox.requeueAll()).requeued;
    })) {
      setConfirming(false);
      setDone(t("operations.dead.requeuedAll", { count }));
      again();
    }
  };

  return (
    <section class="panel" aria-labelledby={`${prefix}-title`} id={prefix}>
      <h2 id={`${prefix}-title`}>{t(`operations.service.${service}`)}</h2>
      {done && <p class="ok" role="status" id={`${prefix}-done`}>{done}</p>}
      {action.problem && <ProblemNotice problem={action.problem} onReload={again} />}
      <Loaded load={load}>
        {(page) => page.items.length === 0 ? <p class="note" id={`${prefix}-empty`}>{t("operations.dead.none")}</p> : (
          <>
            <div class="table-wrap">
              <table id={`${prefix}-table`}>
                <caption>{t("operations.dead.caption", { count: page.items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("operations.dead.type")}</th>
                    <th scope="col">{t("operations.dead.destination")}</th>
                    <th scope="col">{t("operations.dead.status")}</th>
                    <th scope="col">{t("operations.dead.answer")}</th>
                    <th scope="col">{t("operations.dead.deadAt")}</th>
                    <th scope="col"><span class="visually-hidden">{t("operations.dead.requeue")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((event) => (
                    <tr key={event.id} data-event-id={event.id}>
                      <th scope="row">
                        <Code>{event.type}</Code>
                        <div class="muted">{t("operations.dead.record", { attempts: event.attempts })} <Code>{event.aggregateId}</Code></div>
                      </th>
                      <td><Code>{event.destination}</Code></td>
                      <td>{event.lastStatus ?? t("operations.dead.noAnswer")}</td>
                      <td class="answer">
                        {event.lastError ? (
                          <details>
                            <summary>{answerSummary(event.lastError)}</summary>
                            <pre dir="ltr">{event.lastError}</pre>
                          </details>
                        ) : <span class="muted">{t("operations.dead.noAnswer")}</span>}
                      </td>
                      <td><When at={event.deadAt} /></td>
                      <td>
                        <button type="button" class="small" id={`requeue-${service}-${event.id}`} disabled={action.busy}
                          aria-label={t("operations.dead.requeueOne", { type: event.type, id: event.aggregateId })}
                          onClick={() => requeue(event)}>
                          {t("operations.dead.requeue")}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="actions">
              {cursors.length > 1 && (
                <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>{t("operations.dead.previous")}</button>
              )}
              {page.next && (
                <button type="button" onClick={() => setCursors([...cursors, page.next ?? undefined])}>{t("operations.dead.nextPage")}</button>
              )}
              {!confirming && (
                <button type="button" id={`requeue-all-${service}`} disabled={action.busy} onClick={() => setConfirming(true)}>
                  {t("operations.dead.requeueAll")}
                </button>
              )}
            </div>
            {confirming && (
              <Confirm id={`requeue-all-${service}`} warning={t("operations.dead.requeueAllWarning")}
                confirm={t("operations.dead.requeueAllConfirm")} busy={action.busy} onConfirm={requeueAll}
                onCancel={() => setConfirming(false)} />
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
