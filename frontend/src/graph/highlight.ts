import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./model";
import { edgeShownAt, nodeShownAt } from "./timeline";

/** What the analyst is looking at: a found path, and the node under the pointer or selected. */
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
  /** Edges between consecutive nodes of the path, drawn thick and red. */
  path: ReadonlySet<string>;
}

/** The path's edges: every edge between consecutive nodes of it that are drawn. */
export function pathEdges(graph: ExplorerGraph, path: readonly string[]): Set<string> {
  const edges = new Set<string>();
  path.forEach((node, index) => {
    const next = path[index + 1];
    if (next === undefined || !graph.hasNode(node) || !graph.hasNode(next)) return;
    for (const edge of graph.edges(node, next)) edges.add(edge);
  });
  return edges;
}

/**
 * The path (its nodes and edges), joined by the hovered node, or else the selected one, with its
 * neighbours and links: a path stays in view while the analyst looks around it.
 */
export function emphasis(graph: ExplorerGraph, focus: Focus): Emphasis | null {
  const onPath = (focus.path ?? []).filter((node) => graph.hasNode(node));
  const centre = [focus.hovered, focus.selected].find((node) => node && graph.hasNode(node));
  if (onPath.length === 0 && !centre) return null;
  const path = pathEdges(graph, focus.path ?? []);
  const nodes = new Set(onPath);
  const edges = new Set(path);
  const labelled = new Set(onPath);
  if (centre) {
    nodes.add(centre);
    labelled.add(centre);
    graph.forEachEdge(centre, (edge, _attributes, source, target) => {
      edges.add(edge);
      nodes.add(source === centre ? target : source);
    });
  }
  return { nodes, edges, labelled, path };
}

export const DIM_NODE = "#e3e6eb";
export const DIM_EDGE = "#eef0f3";
export const PATH_EDGE = "#d1495b";

/**
 * Sigma's reducers: hide what the replay has not reached, dim what is not emphasised, label and
 * raise what is. Called for every node and edge on each refresh, so they only read sets built
 * beforehand, and they change the attributes they are given in place: sigma hands them a fresh
 * copy, and 25,000 more copies per refresh cost more garbage collection than the drawing.
 */
export function reduceNode(
  node: string,
  attributes: NodeAttributes,
  focus: Focus,
  shown: Emphasis | null,
): Partial<NodeDisplayData> {
  const display: NodeAttributes & Partial<NodeDisplayData> = attributes;
  if (!nodeShownAt(attributes, focus.month)) {
    display.hidden = true;
  } else if (shown === null) {
    if (node === focus.selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
  } else if (!shown.nodes.has(node)) {
    display.color = DIM_NODE;
    display.label = "";
    display.zIndex = 0;
  } else {
    display.zIndex = 2;
    display.forceLabel = shown.labelled.has(node);
    display.highlighted = node === focus.selected || shown.labelled.has(node);
  }
  return display;
}

export function reduceEdge(
  edge: string,
  attributes: EdgeAttributes,
  focus: Focus,
  shown: Emphasis | null,
): Partial<EdgeDisplayData> {
  const display: EdgeAttributes & Partial<EdgeDisplayData> = attributes;
  if (!edgeShownAt(attributes, focus.month)) {
    display.hidden = true;
  } else if (shown === null) {
    // Drawn as loaded.
  } else if (!shown.edges.has(edge)) {
    display.color = DIM_EDGE;
    display.zIndex = 0;
  } else if (shown.path.has(edge)) {
    display.color = PATH_EDGE;
    display.size = Math.max(attributes.size, 3);
    display.zIndex = 2;
  } else {
    display.color = "#6b7480";
    display.zIndex = 1;
  }
  return display;
}
