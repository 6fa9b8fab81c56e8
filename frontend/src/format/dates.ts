/**
 * Dates as the office reads them: Indonesian (or English) format, in the office's time zone
 * (WITA, Asia/Makassar, for the demo). Date-only values (YYYY-MM-DD) are calendar dates and
 * are never shifted by a time zone.
 */
let officeTimeZone = "Asia/Makassar";

export function setOfficeTimeZone(timeZone: string): void {
  officeTimeZone = timeZone;
}

export function getOfficeTimeZone(): string {
  return officeTimeZone;
}

function locale(language: string): string {
  return language === "en" ? "en-GB" : "id-ID";
}

/** "29 Nov 2026" from "2026-11-29" (a Date) or a DateTime in the office zone. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return "";
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: dateOnly ? "UTC" : officeTimeZone,
  }).format(date);
}

/** "29 Nov 2026 14.30 WITA". */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: officeTimeZone,
    timeZoneName: "short",
  }).format(date);
}

/** "November 2026" for a month key "2026-11". */
export function formatMonth(month: string, language: string, short = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(locale(language), {
    month: short ? "short" : "long",
    year: short ? "2-digit" : "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** Minutes the zone is ahead of UTC at the given instant. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** An ISO instant as the value of an <input type="datetime-local"> in the office zone. */
export function toOfficeInput(value: string | null | undefined): string {
  if (!value) return "";
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return "";
  const offset = zoneOffsetMinutes(instant, officeTimeZone);
  return new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 16);
}

/** The value of a datetime-local input, read in the office zone, as an ISO instant (UTC). */
export function fromOfficeInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const asUtc = new Date(`${local}:00Z`);
  // Two passes settle the offset across a daylight-saving change (WITA has none; others may).
  let instant = new Date(asUtc.getTime() - zoneOffsetMinutes(asUtc, officeTimeZone) * 60000);
  instant = new Date(asUtc.getTime() - zoneOffsetMinutes(instant, officeTimeZone) * 60000);
  return instant.toISOString();
}
