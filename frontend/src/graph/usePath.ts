import { useEffect, useMemo } from "react";

import { useGraphQL } from "../api/hooks";
import type { PathScope } from "./explorerState";
import { edgeData, graphNodeData } from "./load";
import type { EdgeData, NodeData } from "./model";
import { type EdgeKind, ShortestPathQuery } from "./operations";

type NodeTypeName = "STAKEHOLDER" | "PERSON" | "REGION" | "ARTICLE" | "EVENT" | "REGULATION";

/** Which links and nodes a path may pass through. Region containment is left out everywhere:
 * two stakeholders of one province would always be two steps apart through it. */
export const SCOPES: Record<
  PathScope,
  { edgeKinds: EdgeKind[]; nodeTypes: NodeTypeName[] | null }
> = {
  network: { edgeKinds: ["COAPPEARANCE", "RELATION"], nodeTypes: ["STAKEHOLDER"] },
  people: {
    edgeKinds: ["COAPPEARANCE", "RELATION", "MEMBERSHIP"],
    nodeTypes: ["STAKEHOLDER", "PERSON"],
  },
  records: {
    edgeKinds: [
      "COAPPEARANCE",
      "RELATION",
      "MEMBERSHIP",
      "MENTION",
      "QUOTE",
      "ORGANISER",
      "EVENT_PARTICIPATION",
      "SPEAKER",
      "COVERAGE",
    ],
    nodeTypes: null,
  },
};

/**
 * The shortest path between two nodes, once both are chosen; its nodes and links are added to the
 * drawing when they are not there yet. Returns the query and the path's node ids in order.
 */
export function usePath(
  from: string | null,
  to: string | null,
  via: PathScope,
  merge: (centre: string, nodes: NodeData[], edges: EdgeData[]) => void,
) {
  const query = useGraphQL(
    ShortestPathQuery,
    { from: from ?? "", to: to ?? "", ...SCOPES[via] },
    { enabled: Boolean(from && to) },
  );
  const path = from && to ? query.data?.shortestPaths?.paths[0] : undefined;

  useEffect(() => {
    if (!path || !from) return;
    const edges = path.hops.flatMap((hop) => hop.edges.map(edgeData));
    merge(from, path.nodes.map(graphNodeData), edges);
  }, [merge, path, from]);

  const nodes = useMemo(() => path?.nodes.map((node) => node.id) ?? null, [path]);
  return { query, path, nodes };
}
