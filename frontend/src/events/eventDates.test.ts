import { afterEach, describe, expect, it } from "vitest";

import { setOfficeTimeZone } from "../format/dates";
import { formatEventDates, officeZoneName, startsRange } from "./eventDates";

afterEach(() => setOfficeTimeZone("Asia/Makassar"));

/** Intl puts thin and narrow spaces around range dashes; compare them as plain spaces. */
function plain(text: string): string {
  return text.replace(/\s/g, " ");
}

describe("formatEventDates", () => {
  it("shows an exact event on one day as one date with both times, in WITA", () => {
    // 02:14 UTC is 10:14 in Makassar (UTC+8).
    expect(
      plain(formatEventDates("2026-07-29T02:14:00Z", "2026-07-29T06:14:00Z", "EXACT", "id")),
    ).toBe("29 Jul 2026 10.14–14.14 WITA");
  });

  it("shows both ends of an exact event spanning days", () => {
    expect(
      plain(formatEventDates("2026-07-29T02:00:00Z", "2026-07-31T08:00:00Z", "EXACT", "id")),
    ).toBe("29 Jul 2026, 10.00 WITA – 31 Jul 2026, 16.00 WITA");
  });

  it("drops the time for day precision and reads the day in the office zone", () => {
    // 17:00 UTC on the 28th is already the 29th in Makassar.
    expect(plain(formatEventDates("2026-07-28T17:00:00Z", null, "DAY", "id"))).toBe("29 Jul 2026");
    expect(
      plain(formatEventDates("2026-07-28T17:00:00Z", "2026-07-31T02:00:00Z", "DAY", "en")),
    ).toBe("29 – 31 Jul 2026");
  });

  it("shows only the month for month and approximate precision", () => {
    expect(plain(formatEventDates("2022-11-14T02:00:00Z", null, "MONTH", "id"))).toBe("November 2022");
    expect(plain(formatEventDates("2022-11-14T02:00:00Z", null, "APPROXIMATE", "en"))).toBe(
      "November 2022",
    );
  });

  it("ignores an end before the start and a missing start", () => {
    expect(plain(formatEventDates("2026-07-29T02:00:00Z", "2026-07-28T02:00:00Z", "DAY", "id"))).toBe(
      "29 Jul 2026",
    );
    expect(plain(formatEventDates(null, "2026-07-28T02:00:00Z", "DAY", "id"))).toBe("");
  });

  it("follows the office zone the server names", () => {
    setOfficeTimeZone("Asia/Jakarta");
    expect(plain(formatEventDates("2026-07-29T02:14:00Z", null, "EXACT", "id"))).toBe(
      "29 Jul 2026, 09.14 WIB",
    );
    expect(officeZoneName("id")).toBe("WIB");
  });
});

describe("startsRange", () => {
  const now = new Date("2026-03-10T04:00:00Z");

  it("is absent without any date condition", () => {
    expect(startsRange(undefined, undefined, undefined, now)).toBeNull();
  });

  it("reads calendar days in the office zone, the end day inclusive", () => {
    expect(startsRange("2026-01-01", "2026-01-31", undefined, now)).toEqual({
      from: "2025-12-31T16:00:00.000Z",
      to: "2026-01-31T15:59:59.999Z",
    });
  });

  it("starts upcoming events now, unless the range starts later", () => {
    expect(startsRange(undefined, undefined, "upcoming", now)).toEqual({
      from: "2026-03-10T04:00:00.000Z",
      to: null,
    });
    expect(startsRange("2026-04-01", undefined, "upcoming", now)?.from).toBe(
      "2026-03-31T16:00:00.000Z",
    );
  });

  it("ends past events now, unless the range ends earlier", () => {
    expect(startsRange("2026-01-01", undefined, "past", now)).toEqual({
      from: "2025-12-31T16:00:00.000Z",
      to: "2026-03-10T04:00:00.000Z",
    });
    expect(startsRange(undefined, "2026-02-01", "past", now)?.to).toBe("2026-02-01T15:59:59.999Z");
  });
});
