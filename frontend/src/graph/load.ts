import { request } from "../api/client";
import type { ResultOf } from "../graphql";
import type { EdgeData, NodeData, NodeType } from "./model";
import {
  type GraphEdgeResult,
  type GraphNodeResult,
  type NetworkFilterInput,
  NetworkEdgesQuery,
  NetworkNodesQuery,
} from "./operations";

/** What the explorer draws at most: the highest PageRank stakeholders, the strongest links. */
export const MAX_NODES = 5000;
export const MAX_EDGES = 20000;

export interface LoadedNetwork {
  nodes: NodeData[];
  edges: EdgeData[];
  /** The whole network's size, of which the loaded part is the top. */
  nodeCount: number;
  edgeCount: number;
  communityCount: number;
}

export interface Progress {
  nodes: number;
  edges: number;
  nodeCount: number;
  edgeCount: number;
}

export function edgeData(edge: GraphEdgeResult): EdgeData {
  const { kind, source, target, role, since, until, count, weight } = edge;
  return { kind, source, target, role, since, until, count, weight };
}

/** A node found by a neighbourhood or a path: stakeholders keep their category for colour. */
export function graphNodeData(node: GraphNodeResult): NodeData {
  const stakeholder = node.node?.__typename === "Stakeholder" ? node.node : null;
  return {
    id: node.id,
    label: node.label,
    nodeType: node.type as NodeType,
    category: stakeholder?.category ?? null,
    status: stakeholder?.status ?? null,
    regionCode: stakeholder?.region?.code ?? null,
    community: null,
    metrics: null,
  };
}

/**
 * The network of a filter, page by page: nodes by PageRank and links by weight, the two in
 * parallel, up to MAX_NODES and MAX_EDGES. `onProgress` hears after every page.
 */
export async function loadNetwork(
  filter: NetworkFilterInput,
  signal: AbortSignal,
  onProgress: (progress: Progress) => void,
): Promise<LoadedNetwork> {
  const nodes: NodeData[] = [];
  const edges: EdgeData[] = [];
  const sizes = { nodeCount: 0, edgeCount: 0, communityCount: 0 };
  const report = () => onProgress({ nodes: nodes.length, edges: edges.length, ...sizes });

  async function loadNodes() {
    let after: string | null = null;
    do {
      const page: ResultOf<typeof NetworkNodesQuery> = await request(
        NetworkNodesQuery,
        { filter, after },
        signal,
      );
      const network = page.stakeholderNetwork;
      Object.assign(sizes, {
        nodeCount: network.nodeCount,
        edgeCount: network.edgeCount,
        communityCount: network.communityCount,
      });
      for (const { node } of network.nodes.edges) {
        nodes.push({
          id: node.id,
          label: node.name,
          nodeType: "STAKEHOLDER",
          category: node.category,
          status: node.status,
          regionCode: node.regionCode,
          community: node.community,
          metrics: {
            degree: node.degree,
            weightedDegree: node.weightedDegree,
            betweenness: node.betweenness,
            pageRank: node.pageRank,
          },
        });
      }
      after = network.nodes.pageInfo.hasNextPage ? network.nodes.pageInfo.endCursor : null;
      report();
    } while (after !== null && nodes.length < MAX_NODES);
  }

  async function loadEdges() {
    let after: string | null = null;
    do {
      const page: ResultOf<typeof NetworkEdgesQuery> = await request(
        NetworkEdgesQuery,
        { filter, after },
        signal,
      );
      const network = page.stakeholderNetwork;
      for (const { node } of network.edges.edges) edges.push(edgeData(node));
      after = network.edges.pageInfo.hasNextPage ? network.edges.pageInfo.endCursor : null;
      report();
    } while (after !== null && edges.length < MAX_EDGES);
  }

  await Promise.all([loadNodes(), loadEdges()]);
  return { nodes: nodes.slice(0, MAX_NODES), edges: edges.slice(0, MAX_EDGES), ...sizes };
}
