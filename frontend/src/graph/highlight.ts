import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./model";
import { edgeShownAt, nodeShownAt } from "./timeline";

/** What the analyst is looking at; the first that is set wins: path, then hover, then selection. */
export interface Focus {
  hovered: string | null;
  selected: string | null;
  /** The nodes of a found path, in order. */
  path: readonly string[] | null;
  month: string | null;
}

export const NO_FOCUS: Focus = { hovered: null, selected: null, path: null, month: null };

/** The nodes and edges to bring forward; null when nothing is focused (all drawn plainly). */
export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes whose label is drawn whatever the zoom. */
  labelled: ReadonlySet<string>;
}

function around(graph: ExplorerGraph, node: string): Emphasis {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, labelled: new Set([node]) };
}

/** The path's nodes and every edge between consecutive nodes of it. */
export function pathEmphasis(graph: ExplorerGraph, path: readonly string[]): Emphasis {
  const nodes = new Set(path.filter((node) => graph.hasNode(node)));
  const edges = new Set<string>();
  path.forEach((node, index) => {
    const next = path[index + 1];
    if (next === undefined || !graph.hasNode(node) || !graph.hasNode(next)) return;
    for (const edge of graph.edges(node, next)) edges.add(edge);
  });
  return { nodes, edges, labelled: nodes };
}

export function emphasis(graph: ExplorerGraph, focus: Focus): Emphasis | null {
  if (focus.path && focus.path.length > 0) return pathEmphasis(graph, focus.path);
  const node = focus.hovered ?? focus.selected;
  if (node && graph.hasNode(node)) return around(graph, node);
  return null;
}

export const DIM_NODE = "#e3e6eb";
export const DIM_EDGE = "#eef0f3";
export const PATH_EDGE = "#d1495b";

/**
 * Sigma's reducers: hide what the replay has not reached, dim what is not emphasised, label and
 * raise what is. Called once per node and edge on every frame that needs it, so they only read
 * sets built beforehand.
 */
export function reduceNode(
  node: string,
  attributes: NodeAttributes,
  focus: Focus,
  shown: Emphasis | null,
): Partial<NodeDisplayData> {
  if (!nodeShownAt(attributes, focus.month)) return { ...attributes, hidden: true };
  if (shown === null) {
    return node === focus.selected
      ? { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 }
      : attributes;
  }
  if (!shown.nodes.has(node)) {
    return { ...attributes, color: DIM_NODE, label: "", zIndex: 0 };
  }
  return {
    ...attributes,
    zIndex: 2,
    forceLabel: shown.labelled.has(node),
    highlighted: node === focus.selected || shown.labelled.has(node),
  };
}

export function reduceEdge(
  edge: string,
  attributes: EdgeAttributes,
  focus: Focus,
  shown: Emphasis | null,
): Partial<EdgeDisplayData> {
  if (!edgeShownAt(attributes, focus.month)) return { ...attributes, hidden: true };
  if (shown === null) return attributes;
  if (!shown.edges.has(edge)) return { ...attributes, color: DIM_EDGE, zIndex: 0 };
  const onPath = focus.path !== null && focus.path.length > 0;
  return {
    ...attributes,
    color: onPath ? PATH_EDGE : "#6b7480",
    size: onPath ? Math.max(attributes.size, 3) : attributes.size,
    zIndex: 1,
  };
}
