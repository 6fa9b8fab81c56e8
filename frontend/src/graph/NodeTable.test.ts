import { describe, expect, it } from "vitest";

import { mergeNodes, networkGraph } from "./model";
import { nodeRows } from "./NodeTable";
import { stakeholder } from "./testing";

describe("the node table", () => {
  const graph = networkGraph(
    [stakeholder("b", 2, 0.2), stakeholder("a", 1, 0.5), stakeholder("c", 1, 0.2)],
    [],
  );
  mergeNodes(graph, "a", [{ ...stakeholder("p"), nodeType: "PERSON", metrics: null }], []);

  it("lists the network's stakeholders by a metric, ties by name, without added nodes", () => {
    expect(nodeRows(graph, "pageRank", "DESC", 20).map((row) => row.id)).toEqual(["a", "b", "c"]);
    expect(nodeRows(graph, "pageRank", "ASC", 2).map((row) => row.id)).toEqual(["b", "c"]);
  });

  it("sorts by name and by community", () => {
    expect(nodeRows(graph, "label", "DESC", 20).map((row) => row.id)).toEqual(["c", "b", "a"]);
    expect(nodeRows(graph, "community", "ASC", 20).map((row) => row.id)).toEqual(["a", "c", "b"]);
  });
});
