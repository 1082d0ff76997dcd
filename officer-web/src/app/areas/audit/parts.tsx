// What the audit screens share: the choice of the service whose log is read, and a moment to the second.
import { useConsole } from "../../context";
import { Select } from "../../components";
import { SERVICES, type Service } from "./rules";

export function ServiceChoice(props: { id: string; value: Service; onChange: (service: Service) => void }) {
  const { t } = useConsole();
  return (
    <Select id={props.id} label={t("audit.service")} hint={t("audit.serviceHint")} value={props.value}
      onChange={(value) => props.onChange(value as Service)}
      options={SERVICES.map((service) => ({ value: service, label: t(`audit.service.${service}`) }))} />
  );
}

/** When an entry was written, to the second, in the device's zone. */
export function Moment(props: { at: Date }) {
  const { language } = useConsole();
  const text = new Intl.DateTimeFormat(language === "ar" ? "ar-IQ-u-nu-latn-ca-gregory" : "en-GB",
    { dateStyle: "medium", timeStyle: "medium" }).format(props.at);
  return <time dateTime={props.at.toISOString()}>{text}</time>;
}
