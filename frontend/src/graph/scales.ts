import type { ExplorerGraph, Metric, NodeAttributes } from "./model";

export const COLOUR_BY = ["category", "community"] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** Stakeholder categories, then the other kinds of node a neighbourhood brings in. */
export const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  KIM: "#1f77b4",
  TRADITIONAL_MEDIA: "#d62728",
  CONTENT_CREATOR: "#9467bd",
  STRATEGIC_GROUP: "#2ca02c",
  GOVERNMENT_AGENCY: "#ff7f0e",
  MEDIA_OUTLET: "#8c564b",
  OTHER: "#7f7f7f",
};
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  PERSON: "#e377c2",
  REGION: "#17becf",
  ARTICLE: "#bcbd22",
  EVENT: "#393b79",
  REGULATION: "#637939",
};

/** Twelve colours that stay apart for the largest communities; the rest share grey. */
export const COMMUNITY_PALETTE: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#1b9e77",
  "#d95f02",
  "#7570b3",
];
export const OTHER_COLOUR = "#b8bec8";

export function communityColour(community: number | null): string {
  if (community === null || community < 1) return OTHER_COLOUR;
  return COMMUNITY_PALETTE[community - 1] ?? OTHER_COLOUR;
}

export function nodeColour(node: NodeAttributes, colourBy: ColourBy): string {
  if (node.nodeType !== "STAKEHOLDER") return TYPE_COLOURS[node.nodeType] ?? OTHER_COLOUR;
  if (colourBy === "community" && !node.extra) return communityColour(node.community);
  return CATEGORY_COLOURS[node.category ?? "OTHER"] ?? OTHER_COLOUR;
}

export const MIN_SIZE = 3;
export const MAX_SIZE = 18;

/** Area grows with the metric: the radius follows its square root, from MIN to MAX_SIZE. */
export function sizeScale(maximum: number): (value: number | null) => number {
  if (!(maximum > 0)) return () => MIN_SIZE;
  return (value) => {
    if (value === null || !(value > 0)) return MIN_SIZE;
    return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(value, maximum) / maximum);
  };
}

/** Edge width by weight, relative to the strongest edge drawn. */
export function edgeWidth(weight: number, maximum: number): number {
  if (!(maximum > 0)) return 1;
  return 0.5 + 3.5 * Math.sqrt(Math.max(weight, 0) / maximum);
}

/** Write size and colour into the graph's attributes (sigma then redraws once). */
export function applyAppearance(graph: ExplorerGraph, sizeBy: Metric, colourBy: ColourBy): void {
  let maximum = 0;
  graph.forEachNode((_node, attributes) => {
    maximum = Math.max(maximum, attributes.metrics?.[sizeBy] ?? 0);
  });
  const size = sizeScale(maximum);
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    size: attributes.extra ? MIN_SIZE + 1 : size(attributes.metrics?.[sizeBy] ?? null),
    color: nodeColour(attributes, colourBy),
  }));
  let strongest = 0;
  graph.forEachEdge((_edge, attributes) => {
    strongest = Math.max(strongest, attributes.weight);
  });
  // Naming zIndex makes sigma 3 index the edges again instead of repainting them in place,
  // which throws for edges added since its last render (a neighbourhood, a path).
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => ({ ...attributes, size: edgeWidth(attributes.weight, strongest) }),
    { attributes: ["size", "zIndex"] },
  );
}

export interface LegendEntry {
  key: string;
  colour: string;
  count: number;
}

/** What each colour on screen means, with how many nodes wear it; the most common first. */
export function legend(graph: ExplorerGraph, colourBy: ColourBy): LegendEntry[] {
  const counts = new Map<string, LegendEntry>();
  graph.forEachNode((_node, attributes) => {
    const key =
      attributes.nodeType !== "STAKEHOLDER"
        ? `type:${attributes.nodeType}`
        : colourBy === "community" && !attributes.extra
          ? communityKey(attributes.community)
          : `category:${attributes.category ?? "OTHER"}`;
    const entry = counts.get(key) ?? { key, colour: nodeColour(attributes, colourBy), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  });
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.key.localeCompare(b.key, "en", { numeric: true }),
  );
}

function communityKey(community: number | null): string {
  if (community === null || community > COMMUNITY_PALETTE.length) return "community:other";
  return `community:${community}`;
}
