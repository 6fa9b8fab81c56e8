import { describe, expect, it } from "vitest";

import {
  DIM_EDGE,
  DIM_NODE,
  emphasis,
  NO_FOCUS,
  PATH_EDGE,
  reduceEdge,
  reduceNode,
} from "./highlight";
import { edgeKey, networkGraph } from "./model";
import { link, stakeholder } from "./testing";

const graph = networkGraph(
  ["a", "b", "c", "d"].map((id) => stakeholder(id)),
  [link("a", "b", "2022-01-10"), link("b", "c", "2023-05-01"), link("c", "d", "2023-06-01")],
);
// Sigma hands the reducers a copy of the attributes; so do the tests.
const nodeCopy = (node: string) => ({ ...graph.getNodeAttributes(node) });
const edgeCopy = (edge: string) => ({ ...graph.getEdgeAttributes(edge) });
const ab = edgeKey(link("a", "b", null));
const bc = edgeKey(link("b", "c", null));
const cd = edgeKey(link("c", "d", null));

describe("highlighting", () => {
  it("emphasises nothing without a focus", () => {
    expect(emphasis(graph, NO_FOCUS)).toBeNull();
    const a = nodeCopy("a");
    expect(reduceNode("a", a, NO_FOCUS, null)).toEqual(a);
  });

  it("brings forward a hovered node and its neighbours, dimming the rest", () => {
    const focus = { ...NO_FOCUS, hovered: "b", selected: "d" };
    const shown = emphasis(graph, focus);
    expect([...(shown?.nodes ?? [])].sort()).toEqual(["a", "b", "c"]);
    expect([...(shown?.edges ?? [])].sort()).toEqual([ab, bc].sort());
    expect(reduceNode("d", nodeCopy("d"), focus, shown)).toMatchObject({
      color: DIM_NODE,
      label: "",
    });
    expect(reduceNode("b", nodeCopy("b"), focus, shown)).toMatchObject({
      forceLabel: true,
      zIndex: 2,
    });
  });

  it("falls back to the selection when nothing is hovered", () => {
    const shown = emphasis(graph, { ...NO_FOCUS, selected: "d" });
    expect([...(shown?.nodes ?? [])].sort()).toEqual(["c", "d"]);
  });

  it("highlights a path's nodes and the edges between its steps", () => {
    const focus = { ...NO_FOCUS, path: ["b", "c", "d"] };
    const shown = emphasis(graph, focus);
    expect([...(shown?.nodes ?? [])].sort()).toEqual(["b", "c", "d"]);
    expect([...(shown?.edges ?? [])].sort()).toEqual([bc, cd].sort());
    expect(reduceEdge(cd, edgeCopy(cd), focus, shown)).toMatchObject({
      color: PATH_EDGE,
      size: 3,
    });
    expect(reduceEdge(ab, edgeCopy(ab), focus, shown).color).toBe(DIM_EDGE);
  });

  it("keeps the path in view while a node is hovered, adding its neighbourhood", () => {
    const focus = { ...NO_FOCUS, hovered: "a", path: ["c", "d"] };
    const shown = emphasis(graph, focus);
    expect([...(shown?.nodes ?? [])].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...(shown?.labelled ?? [])].sort()).toEqual(["a", "c", "d"]);
    expect(reduceEdge(ab, edgeCopy(ab), focus, shown).color).not.toBe(PATH_EDGE);
    expect(reduceEdge(cd, edgeCopy(cd), focus, shown).color).toBe(PATH_EDGE);
    expect(reduceEdge(bc, edgeCopy(bc), focus, shown).color).toBe(DIM_EDGE);
  });

  it("ignores path nodes that are not drawn", () => {
    const shown = emphasis(graph, { ...NO_FOCUS, path: ["a", "zz", "b"] });
    expect([...(shown?.nodes ?? [])].sort()).toEqual(["a", "b"]);
    expect(shown?.edges.size).toBe(0);
  });

  it("hides what the replay has not reached", () => {
    const focus = { ...NO_FOCUS, month: "2023-05" };
    expect(reduceNode("d", nodeCopy("d"), focus, null).hidden).toBe(true);
    expect(reduceNode("c", nodeCopy("c"), focus, null).hidden).toBeUndefined();
    expect(reduceEdge(cd, edgeCopy(cd), focus, null).hidden).toBe(true);
    expect(reduceEdge(bc, edgeCopy(bc), focus, null).hidden).toBeUndefined();
  });
});
