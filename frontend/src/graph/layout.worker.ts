/**
 * ForceAtlas2 off the main thread, in batches: positions go back a few times a second rather
 * than after every iteration, so the drawing is not redone (at 5,000 nodes and 20,000 links,
 * tens of milliseconds each time) once per iteration. The page stops it by terminating it.
 */
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export interface LayoutJob {
  /** x, y and size of node i at 3i, 3i + 1, 3i + 2. */
  nodes: Float64Array;
  /** Node indexes of each link's ends at 2k, 2k + 1. */
  ends: Uint32Array;
  weights: Float64Array;
  settings: ForceAtlas2Settings;
  /** How long to iterate, in milliseconds. */
  budget: number;
}

export interface LayoutUpdate {
  /** x and y of node i at 2i, 2i + 1. */
  positions: Float64Array;
  iterations: number;
  done: boolean;
}

const ITERATIONS_PER_BATCH = 5;
const REPORT_EVERY_MS = 250;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutJob>) => void) | null;
  postMessage(message: LayoutUpdate, transfer: Transferable[]): void;
};

function positions(graph: Graph, count: number): Float64Array {
  const out = new Float64Array(count * 2);
  for (let i = 0; i < count; i += 1) {
    const { x, y } = graph.getNodeAttributes(i);
    out[2 * i] = x as number;
    out[2 * i + 1] = y as number;
  }
  return out;
}

scope.onmessage = ({ data: job }) => {
  const count = job.nodes.length / 3;
  const graph = new Graph({ type: "undirected", multi: true });
  for (let i = 0; i < count; i += 1) {
    graph.addNode(i, { x: job.nodes[3 * i], y: job.nodes[3 * i + 1], size: job.nodes[3 * i + 2] });
  }
  for (let k = 0; k < job.weights.length; k += 1) {
    graph.addEdge(job.ends[2 * k], job.ends[2 * k + 1], { weight: job.weights[k] });
  }
  const end = performance.now() + job.budget;
  let reported = performance.now();
  let iterations = 0;
  while (performance.now() < end) {
    forceAtlas2.assign(graph, { iterations: ITERATIONS_PER_BATCH, settings: job.settings });
    iterations += ITERATIONS_PER_BATCH;
    if (performance.now() - reported > REPORT_EVERY_MS) {
      const update = positions(graph, count);
      scope.postMessage({ positions: update, iterations, done: false }, [update.buffer]);
      reported = performance.now();
    }
  }
  const update = positions(graph, count);
  scope.postMessage({ positions: update, iterations, done: true }, [update.buffer]);
};
