// A length of time as an officer reads it, the statistics' time to triage and the time left to a
// triage deadline alike: its two largest units that are not zero, in the words and grammar of the
// officer's language (Arabic's dual and plurals come from the browser's own CLDR data).

/** A number of minutes as days, hours and minutes (the largest two that are not zero; minutes rounded). */
export function durationParts(minutes: number): { unit: "day" | "hour" | "minute"; value: number }[] {
  const total = Math.max(0, Math.round(minutes));
  const parts = [
    { unit: "day" as const, value: Math.floor(total / 1440) },
    { unit: "hour" as const, value: Math.floor((total % 1440) / 60) },
    { unit: "minute" as const, value: total % 60 },
  ];
  const first = parts.findIndex((p) => p.value > 0);
  if (first === -1) return [{ unit: "minute", value: 0 }];
  return parts.slice(first, first + 2).filter((p) => p.value > 0);
}

/** A number of minutes in words in a locale: "ساعتان و20 دقيقة", "2 hours, 20 minutes". */
export function durationText(minutes: number, locale: string): string {
  const list = new Intl.ListFormat(locale, { style: "long", type: "unit" });
  return list.format(durationParts(minutes).map((part) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: part.unit, unitDisplay: "long" }).format(part.value)));
}
