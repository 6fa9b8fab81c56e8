import { describe, expect, it } from "vitest";

import {
  createEventInput,
  EMPTY_EVENT,
  type EventValues,
  missingRequired,
  updateEventInput,
} from "./eventInput";

const SAVED: EventValues = {
  title: "Rapat Koordinasi",
  slug: "rapat-koordinasi",
  kind: "RAPAT",
  status: "HELD",
  startsAt: "2025-05-24T16:29",
  endsAt: "",
  datePrecision: "EXACT",
  venue: "Ruang Rapat",
  region: { id: "UmVnaW9uOjE=", code: "64.72", name: "Kota Samarinda" },
  description: "",
};

describe("event inputs", () => {
  it("asks for a title and a kind before sending", () => {
    expect(missingRequired(EMPTY_EVENT)).toEqual(["title", "kind"]);
    expect(missingRequired({ ...SAVED, title: " " })).toEqual(["title"]);
    expect(missingRequired(SAVED)).toEqual([]);
  });

  it("creates with times read in WITA and without an empty slug", () => {
    const input = createEventInput({
      ...EMPTY_EVENT,
      title: "Sosialisasi PDP",
      kind: "SOSIALISASI",
      startsAt: "2026-07-29T09:00",
      endsAt: "2026-07-29T12:30",
      region: SAVED.region,
    });
    expect(input).toEqual({
      title: "Sosialisasi PDP",
      kind: "SOSIALISASI",
      status: "PLANNED",
      startsAt: "2026-07-29T01:00:00.000Z",
      endsAt: "2026-07-29T04:30:00.000Z",
      datePrecision: "EXACT",
      venue: "",
      regionId: "UmVnaW9uOjE=",
      description: "",
    });
  });

  it("updates only what changed, at the version read", () => {
    const input = updateEventInput("RXZlbnQ6MQ==", 3, { ...SAVED, venue: "Aula" }, SAVED);
    expect(input).toEqual({ id: "RXZlbnQ6MQ==", version: 3, venue: "Aula" });
  });

  it("clears the region and a time with null, and converts a changed time", () => {
    const input = updateEventInput(
      "RXZlbnQ6MQ==",
      3,
      { ...SAVED, region: null, startsAt: "", endsAt: "2025-05-25T08:00" },
      SAVED,
    );
    expect(input).toEqual({
      id: "RXZlbnQ6MQ==",
      version: 3,
      regionId: null,
      startsAt: null,
      endsAt: "2025-05-25T00:00:00.000Z",
    });
  });

  it("keeps the slug when the field is emptied (the server makes slugs only on create)", () => {
    expect(updateEventInput("RXZlbnQ6MQ==", 3, { ...SAVED, slug: " " }, SAVED)).toEqual({
      id: "RXZlbnQ6MQ==",
      version: 3,
    });
  });
});
