import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./model";

/** "2024-03" → "2024-04". */
export function nextMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

/** Every month from the first link's to the last link's, inclusive; empty when none is dated. */
export function monthsOf(graph: ExplorerGraph): string[] {
  const range = { first: "", last: "" };
  graph.forEachEdge((_edge, { month }) => {
    if (!month) return;
    if (!range.first || month < range.first) range.first = month;
    if (month > range.last) range.last = month;
  });
  const months: string[] = [];
  if (!range.first) return months;
  for (let month = range.first; month <= range.last; month = nextMonth(month)) months.push(month);
  return months;
}

/**
 * The replay up to `month` (null: no replay, everything shows). A link shows from the month of
 * its first evidence; a node from the month of its first link. Undated links, nodes without
 * links and nodes the analyst added always show.
 */
export function edgeShownAt(edge: EdgeAttributes, month: string | null): boolean {
  return month === null || edge.month === null || edge.month <= month;
}

export function nodeShownAt(node: NodeAttributes, month: string | null): boolean {
  return month === null || node.extra || node.firstMonth === null || node.firstMonth <= month;
}

/** How many nodes and links the replay shows at `month`. */
export function countShownAt(
  graph: ExplorerGraph,
  month: string | null,
): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((_node, attributes) => {
    if (nodeShownAt(attributes, month)) nodes += 1;
  });
  graph.forEachEdge((_edge, attributes) => {
    if (edgeShownAt(attributes, month)) edges += 1;
  });
  return { nodes, edges };
}
