import { describe, expect, it } from "vitest";

import { mergeNodes, networkGraph } from "./model";
import { link, stakeholder } from "./testing";
import { countShownAt, monthsOf, nextMonth } from "./timeline";

describe("the replay by month", () => {
  const graph = networkGraph(
    [stakeholder("a"), stakeholder("b"), stakeholder("c"), stakeholder("lonely")],
    [link("a", "b", "2022-11-16"), link("b", "c", "2023-02-01"), link("a", "c", null)],
  );

  it("counts months across a year end", () => {
    expect(nextMonth("2022-12")).toBe("2023-01");
    expect(nextMonth("2023-09")).toBe("2023-10");
    expect(monthsOf(graph)).toEqual(["2022-11", "2022-12", "2023-01", "2023-02"]);
  });

  it("shows links from their first month and nodes from their first link", () => {
    expect(countShownAt(graph, null)).toEqual({ nodes: 4, edges: 3 });
    // The undated a-c link always shows, and so do its ends.
    expect(countShownAt(graph, "2022-10")).toEqual({ nodes: 3, edges: 1 });
    expect(countShownAt(graph, "2022-11")).toEqual({ nodes: 4, edges: 2 });
    expect(countShownAt(graph, "2023-02")).toEqual({ nodes: 4, edges: 3 });
  });

  it("always shows what the analyst added", () => {
    const copy = graph.copy();
    mergeNodes(
      copy,
      "a",
      [{ ...stakeholder("x"), nodeType: "EVENT" }],
      [link("x", "a", "2025-01-01")],
    );
    expect(countShownAt(copy, "2022-10").nodes).toBe(4);
  });

  it("has no months when nothing is dated", () => {
    expect(monthsOf(networkGraph([stakeholder("a")], []))).toEqual([]);
  });
});
