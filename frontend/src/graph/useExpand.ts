import { useCallback, useState } from "react";

import { request } from "../api/client";
import { edgeData, graphNodeData } from "./load";
import type { EdgeData, NodeData } from "./model";
import { NeighbourhoodQuery } from "./operations";

/** At most this many nodes come with one expansion, so the drawing stays readable. */
export const EXPAND_LIMIT = 200;

type Notice = "expand.added" | "expand.truncated" | "expand.failed" | "expand.gone";

/** Expand a node's neighbourhood (every stored kind of link, 1 to 3 steps) into the drawing. */
export function useExpand(
  merge: (centre: string, nodes: NodeData[], edges: EdgeData[]) => string[],
) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ notice: Notice; added: number } | null>(null);

  const run = useCallback(
    async (node: string, depth: number) => {
      setBusy(true);
      setOutcome(null);
      try {
        const { neighbourhood } = await request(NeighbourhoodQuery, {
          id: node,
          depth,
          edgeKinds: null,
          limit: EXPAND_LIMIT,
        });
        if (!neighbourhood) {
          setOutcome({ notice: "expand.gone", added: 0 });
          return;
        }
        const added = merge(
          node,
          neighbourhood.nodes.map(graphNodeData),
          neighbourhood.edges.map(edgeData),
        );
        const notice = neighbourhood.truncated ? "expand.truncated" : "expand.added";
        setOutcome({ notice, added: added.length });
      } catch {
        setOutcome({ notice: "expand.failed", added: 0 });
      } finally {
        setBusy(false);
      }
    },
    [merge],
  );

  return {
    busy,
    run,
    notice: outcome?.notice ?? null,
    added: outcome?.added ?? 0,
    failed: outcome?.notice === "expand.failed",
  };
}
