import { describe, expect, it } from "vitest";

import { auditFilter, officeDayEnd, officeDayStart } from "./auditFilter";

describe("office days", () => {
  it("start at midnight WITA (UTC+8)", () => {
    expect(officeDayStart("2026-11-29")).toBe("2026-11-28T16:00:00.000Z");
  });

  it("end one millisecond before the next WITA midnight, across a month's end", () => {
    expect(officeDayEnd("2026-11-30")).toBe("2026-11-30T15:59:59.999Z");
  });

  it("refuse what is not a date", () => {
    expect(officeDayStart("29/11/2026")).toBeNull();
    expect(officeDayEnd("")).toBeNull();
  });
});

describe("auditFilter", () => {
  it("is empty without parameters", () => {
    expect(auditFilter({})).toEqual({
      action: null,
      entityType: null,
      actorId: null,
      entityId: null,
      at: null,
    });
  });

  it("reads every parameter and leaves out unknown actions", () => {
    expect(
      auditFilter({
        action: "CREATE,BOGUS,UPDATE",
        type: "ApiKey",
        actor: "VXNlcjox",
        entity: "QXBpS2V5OjE=",
        from: "2026-11-01",
      }),
    ).toEqual({
      action: ["CREATE", "UPDATE"],
      entityType: "ApiKey",
      actorId: "VXNlcjox",
      entityId: "QXBpS2V5OjE=",
      at: { from: "2026-10-31T16:00:00.000Z", to: null },
    });
  });
});
