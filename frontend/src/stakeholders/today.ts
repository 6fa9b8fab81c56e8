import { getOfficeTimeZone } from "../format/dates";

/** Today's calendar date (YYYY-MM-DD) in the office's time zone. */
export function officeToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: getOfficeTimeZone() }).format(now);
}
