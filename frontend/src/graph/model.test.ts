import { describe, expect, it } from "vitest";

import { edgeKey, mergeNodes, type NodeData, networkGraph } from "./model";
import { link, stakeholder } from "./testing";

describe("building the explorer's graph", () => {
  it("keeps nodes, drops links to nodes outside the network, and dates first months", () => {
    const graph = networkGraph(
      [stakeholder("a"), stakeholder("b"), stakeholder("c")],
      [link("a", "b", "2022-11-16"), link("b", "c", "2021-03-02"), link("a", "z", "2020-01-01")],
    );
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute("a", "firstMonth")).toBe("2022-11");
    expect(graph.getNodeAttribute("b", "firstMonth")).toBe("2021-03");
    expect(graph.getNodeAttribute("c", "firstMonth")).toBe("2021-03");
    expect(graph.getNodeAttribute("a", "extra")).toBe(false);
  });

  it("names an edge by kind and ends whichever way round they come", () => {
    expect(edgeKey(link("b", "a", null))).toBe(edgeKey(link("a", "b", null)));
    expect(edgeKey({ ...link("a", "b", null), kind: "RELATION" })).not.toBe(
      edgeKey(link("a", "b", null)),
    );
  });

  it("keeps one edge per kind and pair, but several kinds between the same pair", () => {
    const graph = networkGraph(
      [stakeholder("a"), stakeholder("b")],
      [link("a", "b", null), link("b", "a", null), { ...link("a", "b", null), kind: "RELATION" }],
    );
    expect(graph.size).toBe(2);
  });

  it("merges a neighbourhood around its centre, marking new nodes as extra", () => {
    const graph = networkGraph(
      [stakeholder("a"), stakeholder("b")],
      [link("a", "b", "2022-01-01")],
    );
    graph.mergeNodeAttributes("a", { x: 10, y: 10 });
    graph.mergeNodeAttributes("b", { x: 20, y: 10 });
    const person: NodeData = {
      ...stakeholder("p"),
      nodeType: "PERSON",
      metrics: null,
      community: null,
    };
    const added = mergeNodes(
      graph,
      "a",
      [stakeholder("a"), person],
      [{ ...link("p", "a", "2019-05-01"), kind: "MEMBERSHIP", role: "ketua" }],
    );
    expect(added).toEqual(["p"]);
    expect(graph.getNodeAttribute("p", "extra")).toBe(true);
    expect(graph.getNodeAttribute("p", "nodeType")).toBe("PERSON");
    const { x, y } = graph.getNodeAttributes("p");
    expect(Math.hypot(x - 10, y - 10)).toBeGreaterThan(0);
    expect(graph.getNodeAttribute("a", "firstMonth")).toBe("2019-05");
    expect(mergeNodes(graph, "a", [person], [])).toEqual([]);
  });
});
