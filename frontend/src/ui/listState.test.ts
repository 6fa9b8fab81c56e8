import { describe, expect, it } from "vitest";

import { listFilter, pageVariables, readListState, writeListState } from "./listState";

const defaults = { sort: "NAME", direction: "ASC" as const, filters: ["category", "region"] };

describe("list state in the URL", () => {
  it("reads defaults from an empty URL", () => {
    expect(readListState(new URLSearchParams(), defaults)).toEqual({
      search: "",
      sort: "NAME",
      direction: "ASC",
      after: null,
      before: null,
      filters: {},
    });
  });

  it("reads search, order, cursors and only known filters", () => {
    const params = new URLSearchParams("q=kim&sort=UPDATED_AT&dir=DESC&after=YXI&category=KIM&x=1");
    expect(readListState(params, defaults)).toEqual({
      search: "kim",
      sort: "UPDATED_AT",
      direction: "DESC",
      after: "YXI",
      before: null,
      filters: { category: "KIM" },
    });
  });

  it("ignores an unknown direction", () => {
    expect(readListState(new URLSearchParams("dir=UP"), defaults).direction).toBe("ASC");
  });

  it("drops the cursors when the search or a filter changes", () => {
    const params = new URLSearchParams("q=a&after=YXI&category=KIM");
    expect(writeListState(params, defaults, { search: "ab" }).toString()).toBe("q=ab&category=KIM");
    expect(writeListState(params, defaults, { filters: { category: null } }).toString()).toBe("q=a");
  });

  it("keeps defaults out of the URL", () => {
    const params = new URLSearchParams("sort=UPDATED_AT&dir=DESC");
    expect(writeListState(params, defaults, { sort: "NAME", direction: "ASC" }).toString()).toBe("");
  });

  it("swaps cursors when paging backwards", () => {
    const params = new URLSearchParams("q=a&after=YXI");
    const back = writeListState(params, defaults, { before: "Yjk", after: null });
    expect(back.toString()).toBe("q=a&before=Yjk");
    expect(pageVariables(readListState(back, defaults))).toEqual({
      first: null,
      after: null,
      last: 20,
      before: "Yjk",
    });
  });

  it("splits list filters", () => {
    expect(listFilter("KIM,MEDIA")).toEqual(["KIM", "MEDIA"]);
    expect(listFilter(undefined)).toBeNull();
  });
});
