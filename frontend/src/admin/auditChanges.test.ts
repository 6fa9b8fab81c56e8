import { describe, expect, it } from "vitest";

import { auditValue, fieldName, readChanges } from "./auditChanges";

describe("fieldName", () => {
  it("says database columns in the API's camelCase", () => {
    expect(fieldName("full_name")).toBe("fullName");
    expect(fieldName("span_start")).toBe("spanStart");
    expect(fieldName("role")).toBe("role");
  });
});

describe("auditValue", () => {
  it("reads empty values as empty", () => {
    expect(auditValue(null)).toEqual({ kind: "empty" });
    expect(auditValue(undefined)).toEqual({ kind: "empty" });
    expect(auditValue("")).toEqual({ kind: "empty" });
    expect(auditValue([])).toEqual({ kind: "empty" });
  });

  it("keeps booleans for words and writes the rest as text", () => {
    expect(auditValue(false)).toEqual({ kind: "bool", value: false });
    expect(auditValue(12)).toEqual({ kind: "text", text: "12", full: null });
    expect(auditValue(["sawit", "tenun"])).toEqual({
      kind: "text",
      text: "sawit, tenun",
      full: null,
    });
    expect(auditValue({ website: "https://kim.example" })).toEqual({
      kind: "text",
      text: '{"website":"https://kim.example"}',
      full: null,
    });
  });

  it("shortens long text and keeps the whole of it", () => {
    expect(auditValue("abcdef ghij", 7)).toEqual({
      kind: "text",
      text: "abcdef…",
      full: "abcdef ghij",
    });
  });
});

describe("readChanges", () => {
  it("has nothing to show for a login", () => {
    expect(readChanges({})).toEqual({ kind: "none" });
    expect(readChanges(null)).toEqual({ kind: "none" });
  });

  it("lists each field's before and after", () => {
    expect(
      readChanges({
        full_name: { before: null, after: "Rina" },
        is_active: { before: true, after: false },
      }),
    ).toEqual({
      kind: "fields",
      fields: [
        {
          field: "fullName",
          before: { kind: "empty" },
          after: { kind: "text", text: "Rina", full: null },
          withheld: null,
        },
        {
          field: "isActive",
          before: { kind: "bool", value: true },
          after: { kind: "bool", value: false },
          withheld: null,
        },
      ],
    });
  });

  it("marks personal data withheld from the viewer or erased since", () => {
    const changes = readChanges({
      contact: { before: null, after: null, hidden: true },
      phone: { before: null, after: null, erased: true },
    });
    expect(changes.kind === "fields" && changes.fields.map((field) => field.withheld)).toEqual([
      "hidden",
      "erased",
    ]);
  });

  it("reads an erasure as its fields and reason", () => {
    expect(
      readChanges({ erased: ["contact", "full_name"], reason: "Permintaan subjek data" }),
    ).toEqual({
      kind: "erasure",
      erased: ["contact", "fullName"],
      reason: "Permintaan subjek data",
    });
  });

  it("shows anything else as JSON", () => {
    expect(readChanges({ note: "manual" })).toEqual({
      kind: "other",
      json: '{\n  "note": "manual"\n}',
    });
  });
});
