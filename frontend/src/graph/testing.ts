import type { EdgeData, NodeData } from "./model";

/** Small building blocks for the unit tests. */
export function stakeholder(id: string, community = 1, pageRank = 0.1): NodeData {
  return {
    id,
    label: `Label ${id}`,
    nodeType: "STAKEHOLDER",
    category: "KIM",
    status: "ACTIVE",
    regionCode: "64.01",
    community,
    metrics: { degree: 1, weightedDegree: 2, betweenness: 0, pageRank },
  };
}

export function link(source: string, target: string, since: string | null, weight = 1): EdgeData {
  return {
    kind: "COAPPEARANCE",
    source,
    target,
    role: null,
    since,
    until: since,
    count: 1,
    weight,
  };
}
