import { describe, expect, it } from "vitest";

import { networkGraph } from "./model";
import {
  applyAppearance,
  CATEGORY_COLOURS,
  COMMUNITY_PALETTE,
  communityColour,
  edgeWidth,
  legend,
  MAX_SIZE,
  MIN_SIZE,
  OTHER_COLOUR,
  sizeScale,
  TYPE_COLOURS,
} from "./scales";
import { link, stakeholder } from "./testing";

describe("sizes and colours", () => {
  it("sizes by the square root of the metric, from MIN_SIZE to MAX_SIZE", () => {
    const size = sizeScale(4);
    expect(size(4)).toBe(MAX_SIZE);
    expect(size(1)).toBe(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2);
    expect(size(0)).toBe(MIN_SIZE);
    expect(size(null)).toBe(MIN_SIZE);
    expect(size(99)).toBe(MAX_SIZE);
    expect(sizeScale(0)(3)).toBe(MIN_SIZE);
  });

  it("gives the twelve largest communities their own colour and the rest grey", () => {
    expect(communityColour(1)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(12)).toBe(COMMUNITY_PALETTE[11]);
    expect(communityColour(13)).toBe(OTHER_COLOUR);
    expect(communityColour(null)).toBe(OTHER_COLOUR);
  });

  it("draws links wider with weight", () => {
    expect(edgeWidth(4, 4)).toBe(4);
    expect(edgeWidth(1, 4)).toBe(2.25);
    expect(edgeWidth(1, 0)).toBe(1);
  });

  it("writes size and colour into the graph and lists the legend", () => {
    const graph = networkGraph(
      [
        stakeholder("a", 1, 0.4),
        { ...stakeholder("b", 2, 0.1), category: "GOVERNMENT_AGENCY" },
        stakeholder("c", 1, 0),
      ],
      [link("a", "b", null, 2), link("b", "c", null, 8)],
    );
    applyAppearance(graph, "pageRank", "category");
    expect(graph.getNodeAttribute("a", "size")).toBe(MAX_SIZE);
    expect(graph.getNodeAttribute("c", "size")).toBe(MIN_SIZE);
    expect(graph.getNodeAttribute("b", "color")).toBe(CATEGORY_COLOURS.GOVERNMENT_AGENCY);
    expect(legend(graph, "category")).toEqual([
      { key: "category:KIM", colour: CATEGORY_COLOURS.KIM, count: 2 },
      { key: "category:GOVERNMENT_AGENCY", colour: CATEGORY_COLOURS.GOVERNMENT_AGENCY, count: 1 },
    ]);

    applyAppearance(graph, "pageRank", "community");
    expect(graph.getNodeAttribute("b", "color")).toBe(COMMUNITY_PALETTE[1]);
    expect(legend(graph, "community").map((entry) => [entry.key, entry.count])).toEqual([
      ["community:1", 2],
      ["community:2", 1],
    ]);
  });

  it("colours people, events and other added nodes by their type", () => {
    const graph = networkGraph(
      [{ ...stakeholder("p"), nodeType: "PERSON", metrics: null, community: null }],
      [],
    );
    applyAppearance(graph, "degree", "community");
    expect(graph.getNodeAttribute("p", "color")).toBe(TYPE_COLOURS.PERSON);
    expect(legend(graph, "community")[0]?.key).toBe("type:PERSON");
  });
});
