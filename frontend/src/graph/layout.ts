import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

import type { ExplorerGraph } from "./model";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Point `index` of a sunflower spiral: evenly spread discs, `spacing` apart. */
function sunflower(index: number, spacing: number): { x: number; y: number } {
  const radius = spacing * Math.sqrt(index);
  const angle = index * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Starting positions that ForceAtlas2 settles quickly: each community a sunflower of its own,
 * the largest in the middle and the others spiralling out. Deterministic (no randomness), so the
 * same network always starts the same way.
 */
export function seedPositions(graph: ExplorerGraph): void {
  const groups = new Map<number, string[]>();
  graph.forEachNode((node, { community }) => {
    const key = community ?? 0;
    const members = groups.get(key);
    if (members) members.push(node);
    else groups.set(key, [node]);
  });
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const widest = Math.sqrt(ordered[0]?.[1].length ?? 1);
  ordered.forEach(([, members], k) => {
    const centre = sunflower(k, widest * 2.2);
    members.forEach((node, i) => {
      const offset = sunflower(i, 1);
      graph.mergeNodeAttributes(node, { x: centre.x + offset.x, y: centre.y + offset.y });
    });
  });
}

/** How long the layout may run: longer for larger graphs, never more than a few seconds. */
export function layoutBudget(order: number): number {
  return Math.min(6000, 1500 + order);
}

export interface RunningLayout {
  stop(): void;
  readonly running: boolean;
}

/**
 * ForceAtlas2 in a web worker for `budget` milliseconds; positions flow back into the graph
 * (and so to sigma) as it runs. Barnes-Hut beyond 2,000 nodes, link weights pull harder.
 */
export function runLayout(
  graph: ExplorerGraph,
  budget: number,
  onStop?: () => void,
): RunningLayout {
  const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5 };
  const layout = new FA2Layout(graph, { settings, getEdgeWeight: "weight" });
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    clearTimeout(timer);
    layout.kill();
    onStop?.();
  };
  const timer = setTimeout(stop, budget);
  layout.start();
  return {
    stop,
    get running() {
      return running;
    },
  };
}
