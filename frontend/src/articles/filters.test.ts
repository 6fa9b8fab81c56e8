import { describe, expect, it } from "vitest";

import { readListState } from "../ui/listState";
import { LIST_DEFAULTS, listVariables, publishedRange } from "./filters";

describe("publishedRange", () => {
  it("covers whole days in WITA (UTC+8)", () => {
    expect(publishedRange("2026-11-01", "2026-11-30")).toEqual({
      from: "2026-10-31T16:00:00.000Z",
      to: "2026-11-30T15:59:59.999Z",
    });
    expect(publishedRange(undefined, "2026-11-30")?.from).toBeNull();
    expect(publishedRange("kemarin", undefined)).toBeNull();
    expect(publishedRange(undefined, undefined)).toBeNull();
  });
});

describe("listVariables", () => {
  it("reads filters and order from the URL", () => {
    const state = readListState(
      new URLSearchParams("q=KIM&status=DRAFT,IN_REVIEW&tag=kim&region=64.01&sort=TITLE&dir=ASC"),
      LIST_DEFAULTS,
    );
    expect(listVariables(state)).toEqual({
      filter: {
        search: "KIM",
        status: ["DRAFT", "IN_REVIEW"],
        category: null,
        region: "64.01",
        tag: "kim",
        language: null,
        published: null,
      },
      orderBy: { field: "TITLE", direction: "ASC" },
    });
  });

  it("falls back to the default order for an unknown sort", () => {
    const state = readListState(new URLSearchParams("sort=DROP"), LIST_DEFAULTS);
    expect(listVariables(state).orderBy).toEqual({ field: "UPDATED_AT", direction: "DESC" });
  });
});
