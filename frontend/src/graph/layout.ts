import forceAtlas2 from "graphology-layout-forceatlas2";

import type { LayoutJob, LayoutUpdate } from "./layout.worker";
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
 * ForceAtlas2 in a web worker for `budget` milliseconds (layout.worker.ts); positions flow back
 * into the graph, and so to sigma, a few times a second. Barnes-Hut beyond 2,000 nodes; link
 * weights pull, softened. `onStop` hears the number of iterations run (0 if stopped early).
 */
export function runLayout(
  graph: ExplorerGraph,
  budget: number,
  onStop?: (iterations: number) => void,
): RunningLayout {
  const order = graph.nodes();
  const index = new Map(order.map((node, i) => [node, i]));
  const nodes = new Float64Array(order.length * 3);
  order.forEach((node, i) => {
    const { x, y, size } = graph.getNodeAttributes(node);
    nodes.set([x, y, size], 3 * i);
  });
  const ends = new Uint32Array(graph.size * 2);
  const weights = new Float64Array(graph.size);
  let k = 0;
  graph.forEachEdge((_edge, { weight }, source, target) => {
    ends[2 * k] = index.get(source) ?? 0;
    ends[2 * k + 1] = index.get(target) ?? 0;
    weights[k] = weight;
    k += 1;
  });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    edgeWeightInfluence: 0.5,
    adjustSizes: graph.order <= 2000,
  };
  const job: LayoutJob = { nodes, ends, weights, settings, budget };

  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  let running = true;
  const finish = (iterations: number) => {
    if (!running) return;
    running = false;
    worker.terminate();
    onStop?.(iterations);
  };
  worker.onmessage = ({ data }: MessageEvent<LayoutUpdate>) => {
    if (!running) return;
    const { positions } = data;
    // Nodes added since the layout started (a neighbourhood) keep their place.
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const i = index.get(node);
        if (i === undefined) return attributes;
        attributes.x = positions[2 * i] ?? attributes.x;
        attributes.y = positions[2 * i + 1] ?? attributes.y;
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
    if (data.done) finish(data.iterations);
  };
  worker.onerror = () => finish(0);
  worker.postMessage(job, [nodes.buffer, ends.buffer, weights.buffer]);
  return {
    stop: () => finish(0),
    get running() {
      return running;
    },
  };
}
