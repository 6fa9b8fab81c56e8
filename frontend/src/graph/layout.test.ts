import { describe, expect, it } from "vitest";

import { layoutBudget, seedPositions } from "./layout";
import { networkGraph } from "./model";
import { stakeholder } from "./testing";

describe("starting positions", () => {
  it("places every node, each community around its own centre, the same way every time", () => {
    const nodes = [...Array(30).keys()].map((i) => stakeholder(`n${i}`, i < 20 ? 1 : 2));
    const graph = networkGraph(nodes, []);
    seedPositions(graph);
    const again = networkGraph(nodes, []);
    seedPositions(again);
    const spots = new Set<string>();
    graph.forEachNode((node, { x, y }) => {
      expect(again.getNodeAttributes(node)).toMatchObject({ x, y });
      spots.add(`${x.toFixed(6)},${y.toFixed(6)}`);
    });
    expect(spots.size).toBe(30);
    const centre = (community: number) => {
      const members = nodes.filter((n) => n.community === community);
      const sum = members.reduce(
        (acc, n) => {
          const { x, y } = graph.getNodeAttributes(n.id);
          return { x: acc.x + x, y: acc.y + y };
        },
        { x: 0, y: 0 },
      );
      return { x: sum.x / members.length, y: sum.y / members.length };
    };
    const one = centre(1);
    const two = centre(2);
    expect(Math.hypot(one.x - two.x, one.y - two.y)).toBeGreaterThan(3);
  });

  it("gives larger graphs more time, within six seconds", () => {
    expect(layoutBudget(100)).toBe(1600);
    expect(layoutBudget(20000)).toBe(6000);
  });
});
