import type { EdgeData, NodeData } from "./model";

/** A small seeded generator (mulberry32): the same seed gives the same network. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ["KIM", "TRADITIONAL_MEDIA", "CONTENT_CREATOR", "STRATEGIC_GROUP", "OTHER"];

/**
 * A network shaped like the demo's: communities of a few dozen stakeholders, most links inside a
 * community, a power law of activity, first co-appearances spread over 2019-2026. For the
 * benchmark (5,000 nodes, 20,000 links) and tests; never shown to users.
 */
export function syntheticNetwork(
  nodeCount: number,
  edgeCount: number,
  seed = 7,
): { nodes: NodeData[]; edges: EdgeData[] } {
  const next = random(seed);
  const communities = Math.max(1, Math.round(nodeCount / 40));
  const nodes: NodeData[] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    const activity = 1 / (i + 1) ** 0.8;
    nodes.push({
      id: `n${i}`,
      label: `Pemangku ${i}`,
      nodeType: "STAKEHOLDER",
      category: CATEGORIES[i % CATEGORIES.length] ?? "OTHER",
      status: "ACTIVE",
      regionCode: "64",
      community: (i % communities) + 1,
      metrics: {
        degree: Math.round(activity * 200),
        weightedDegree: activity * 400,
        betweenness: activity * 1000,
        pageRank: activity / 10,
      },
    });
  }
  const edges: EdgeData[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount && nodeCount > 1) {
    const a = Math.floor(next() ** 2 * nodeCount);
    const inside = next() < 0.8;
    let b = inside
      ? (a % communities) + communities * Math.floor(next() * (nodeCount / communities))
      : Math.floor(next() * nodeCount);
    if (b >= nodeCount) b = Math.floor(next() * nodeCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const month = Math.floor(next() * 95);
    const monthNumber = String((month % 12) + 1).padStart(2, "0");
    const since = `${2019 + Math.floor(month / 12)}-${monthNumber}-15`;
    const count = 1 + Math.floor(next() ** 3 * 12);
    edges.push({
      kind: "COAPPEARANCE",
      source: `n${a}`,
      target: `n${b}`,
      role: null,
      since,
      until: since,
      count,
      weight: count,
    });
  }
  return { nodes, edges };
}
