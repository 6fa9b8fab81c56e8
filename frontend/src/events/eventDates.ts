import { fromOfficeInput, getOfficeTimeZone } from "../format/dates";
import type { DatePrecision } from "./operations";

function locale(language: string): string {
  return language === "en" ? "en-GB" : "id-ID";
}

const SHAPES: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  EXACT: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  },
  DAY: { day: "numeric", month: "short", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  // An approximate date is shown no finer than its month; the caller adds "about".
  APPROXIMATE: { month: "long", year: "numeric" },
};

/**
 * When an event happened, as exactly as it is known, in the office zone: "29 Jul 2026
 * 10.14–14.14 WITA", "29–31 Jul 2026", "Juli 2026". Empty when the start is unknown.
 */
export function formatEventDates(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  precision: DatePrecision,
  language: string,
): string {
  if (!startsAt) return "";
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const format = new Intl.DateTimeFormat(locale(language), {
    ...SHAPES[precision],
    timeZone: getOfficeTimeZone(),
  });
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || Number.isNaN(end.getTime()) || end <= start) return format.format(start);
  return format.formatRange(start, end);
}

/** The list's "when" filter: events still to come, or already started. */
export type When = "upcoming" | "past";

export interface StartsRange {
  from: string | null;
  to: string | null;
}

/**
 * The start-time range for the list filter: calendar days (YYYY-MM-DD, read in the office zone,
 * the end day inclusive) narrowed by "upcoming" or "past" relative to `now`.
 */
export function startsRange(
  fromDay: string | undefined,
  toDay: string | undefined,
  when: string | undefined,
  now: Date = new Date(),
): StartsRange | null {
  let from = fromDay ? fromOfficeInput(`${fromDay}T00:00`) : null;
  let to = toDay ? fromOfficeInput(`${toDay}T23:59`) : null;
  // The last minute of the end day is inclusive up to its final millisecond.
  if (to) to = new Date(new Date(to).getTime() + 59_999).toISOString();
  const instant = now.toISOString();
  if (when === "upcoming" && (!from || from < instant)) from = instant;
  if (when === "past" && (!to || to > instant)) to = instant;
  if (!from && !to) return null;
  return { from, to };
}

/** The office zone's short name for form labels: "WITA" (Indonesian) or "GMT+8" (English). */
export function officeZoneName(language: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(locale(language), {
    timeZone: getOfficeTimeZone(),
    timeZoneName: "short",
  }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? getOfficeTimeZone();
}
