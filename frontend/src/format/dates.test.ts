import { afterEach, describe, expect, it } from "vitest";

import {
  formatDate,
  formatDateTime,
  formatMonth,
  fromOfficeInput,
  setOfficeTimeZone,
  toOfficeInput,
} from "./dates";

afterEach(() => setOfficeTimeZone("Asia/Makassar"));

describe("office dates", () => {
  it("formats instants in WITA, in Indonesian by default", () => {
    // 16:30 UTC is 00:30 the next day in Makassar (UTC+8).
    expect(formatDate("2026-11-29T16:30:00+00:00", "id")).toBe("30 Nov 2026");
    expect(formatDateTime("2026-11-29T06:30:00Z", "id")).toBe("29 Nov 2026, 14.30 WITA");
  });

  it("never shifts a calendar date", () => {
    setOfficeTimeZone("America/Los_Angeles");
    expect(formatDate("2026-01-01", "id")).toBe("1 Jan 2026");
    expect(formatDate("2026-01-01", "en")).toBe("1 Jan 2026");
  });

  it("names months in the chosen language", () => {
    expect(formatMonth("2026-08", "id")).toBe("Agustus 2026");
    expect(formatMonth("2026-08", "en")).toBe("August 2026");
  });

  it("round-trips datetime-local inputs through the office zone", () => {
    expect(toOfficeInput("2026-11-29T06:30:00Z")).toBe("2026-11-29T14:30");
    expect(fromOfficeInput("2026-11-29T14:30")).toBe("2026-11-29T06:30:00.000Z");
    expect(fromOfficeInput("not a date")).toBeNull();
  });

  it("handles a zone with daylight saving", () => {
    setOfficeTimeZone("Europe/Amsterdam");
    expect(fromOfficeInput("2026-07-01T12:00")).toBe("2026-07-01T10:00:00.000Z");
    expect(fromOfficeInput("2026-01-01T12:00")).toBe("2026-01-01T11:00:00.000Z");
    expect(toOfficeInput("2026-07-01T10:00:00Z")).toBe("2026-07-01T12:00");
  });
});
