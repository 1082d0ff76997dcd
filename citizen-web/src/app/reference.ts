// The jurisdiction's values and their names, from the API's reference data: the choices a form
// offers are the ones the API accepts, named as the officers' screens name them.
import type { ReferenceData } from "@sanad/client/complaints";
import type { Option } from "./fields";
import { label, type Language } from "./i18n";

/** An enum's values as choices, in the order the API lists them. */
export function enumOptions(reference: ReferenceData, name: string, language: Language, leaveOut: string[] = []): Option[] {
  return (reference.enums[name] ?? []).filter((value) => !leaveOut.includes(value.value))
    .map((value) => ({ value: value.value, label: label(value.labels, language, value.value) }));
}

/** One enum value's name. */
export function enumLabel(reference: ReferenceData, name: string, value: string, language: Language): string {
  const found = (reference.enums[name] ?? []).find((candidate) => candidate.value === value);
  return label(found?.labels, language, value);
}

export function regionOptions(reference: ReferenceData, language: Language): Option[] {
  return reference.regions.map((region) => ({ value: region.code, label: label(region.names, language, region.code) }));
}

/** A byte count as people read it (1.5 MB), in the language's digits. */
export function bytes(count: number, language: Language): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** A moment as people read it, in the language, in the device's time zone. */
export function when(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(moment);
}
