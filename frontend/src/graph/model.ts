import Graph from "graphology";

/**
 * The explorer's graph: what the API says about nodes and edges, kept in a graphology graph that
 * sigma draws. Stakeholders of the network carry metrics; nodes added by expanding a
 * neighbourhood or by a path (people, articles, events, ...) do not.
 */
export type NodeType = "STAKEHOLDER" | "PERSON" | "REGION" | "ARTICLE" | "EVENT" | "REGULATION";

export const METRICS = ["pageRank", "betweenness", "weightedDegree", "degree"] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, number>;

export interface NodeData {
  id: string;
  label: string;
  nodeType: NodeType;
  category: string | null;
  status: string | null;
  regionCode: string | null;
  community: number | null;
  metrics: Metrics | null;
}

export interface EdgeData {
  kind: string;
  source: string;
  target: string;
  role: string | null;
  since: string | null;
  until: string | null;
  count: number;
  weight: number;
}

/** Sigma reads x, y, size, color and label; `type` is sigma's program name, so ours is nodeType. */
export interface NodeAttributes extends NodeData {
  x: number;
  y: number;
  size: number;
  color: string;
  /** The month ("2024-03") of its first link; null when it has no dated link. */
  firstMonth: string | null;
  /** Added by the analyst (a neighbourhood or a path), not part of the filtered network. */
  extra: boolean;
}

export interface EdgeAttributes extends EdgeData {
  size: number;
  color: string;
  month: string | null;
  /** Sigma's drawing order; set by the reducer only. */
  zIndex?: number;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export const EDGE_COLOUR = "#c3c9d3";

export function createGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "undirected", multi: true });
}

/** One key per kind and pair of ends, whichever way round the API names them. */
export function edgeKey(edge: Pick<EdgeData, "kind" | "source" | "target" | "role">): string {
  const [a, b] =
    edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${edge.kind}|${a}|${b}|${edge.role ?? ""}`;
}

export function monthOf(date: string | null): string | null {
  return date ? date.slice(0, 7) : null;
}

function nodeAttributes(node: NodeData, x: number, y: number, extra: boolean): NodeAttributes {
  return { ...node, x, y, size: 4, color: EDGE_COLOUR, firstMonth: null, extra };
}

/** Add edges whose two ends are in the graph; returns how many were new. */
function addEdges(graph: ExplorerGraph, edges: readonly EdgeData[]): number {
  let added = 0;
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = edgeKey(edge);
    if (graph.hasEdge(key)) continue;
    graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, {
      ...edge,
      size: 1,
      color: EDGE_COLOUR,
      month: monthOf(edge.since),
    });
    added += 1;
  }
  return added;
}

/**
 * Each node's first month: the earliest month of its links. An undated link always shows, so
 * its ends do too (null), like nodes without links.
 */
export function markFirstMonths(graph: ExplorerGraph): void {
  graph.forEachNode((node) => {
    let first: string | null = null;
    let undated = false;
    graph.forEachEdge(node, (_edge, { month }) => {
      if (month === null) undated = true;
      else if (first === null || month < first) first = month;
    });
    graph.setNodeAttribute(node, "firstMonth", undated ? null : first);
  });
}

/** The filtered network, drawn from scratch (positions come from layout.ts afterwards). */
export function networkGraph(
  nodes: readonly NodeData[],
  edges: readonly EdgeData[],
): ExplorerGraph {
  const graph = createGraph();
  for (const node of nodes) {
    if (!graph.hasNode(node.id)) graph.addNode(node.id, nodeAttributes(node, 0, 0, false));
  }
  addEdges(graph, edges);
  markFirstMonths(graph);
  return graph;
}

/**
 * Add what was found around `centre` (a neighbourhood or a path): new nodes are placed on a small
 * ring around the centre, or around the first of their neighbours already drawn. Returns the
 * ids of the nodes added.
 */
export function mergeNodes(
  graph: ExplorerGraph,
  centre: string,
  nodes: readonly NodeData[],
  edges: readonly EdgeData[],
): string[] {
  const fresh = nodes.filter((node) => !graph.hasNode(node.id));
  const anchorOf = new Map<string, string>();
  for (const edge of edges) {
    for (const [from, to] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (graph.hasNode(to) && !anchorOf.has(from)) anchorOf.set(from, to);
    }
  }
  const spread = ringRadius(graph);
  fresh.forEach((node, index) => {
    const anchor = anchorOf.get(node.id) ?? (graph.hasNode(centre) ? centre : null);
    const origin = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
    const x = origin.x + spread * Math.cos(angle);
    const y = origin.y + spread * Math.sin(angle);
    graph.addNode(node.id, nodeAttributes(node, x, y, true));
  });
  if (addEdges(graph, edges) > 0 || fresh.length > 0) markFirstMonths(graph);
  return fresh.map((node) => node.id);
}

/** A ring a little wider than a typical gap between nodes in the current layout. */
function ringRadius(graph: ExplorerGraph): number {
  if (graph.order < 2) return 1;
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_node, { x }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  });
  const width = maxX - minX || 1;
  return width / Math.sqrt(graph.order) / 1.5;
}
