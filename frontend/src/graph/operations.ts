import { graphql, type ResultOf, type VariablesOf } from "../graphql";

export const NetworkNodesQuery = graphql(`
  query NetworkNodes($filter: StakeholderNetworkFilter, $after: String) {
    stakeholderNetwork(filter: $filter) {
      nodeCount
      edgeCount
      communityCount
      nodes(first: 2500, after: $after, orderBy: { field: PAGE_RANK, direction: DESC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            category
            status
            regionCode
            degree
            weightedDegree
            betweenness
            pageRank
            community
          }
        }
      }
    }
  }
`);

export const GraphEdgeFields = graphql(`
  fragment GraphEdgeFields on GraphEdge @_unmask {
    kind
    source
    target
    role
    since
    until
    count
    weight
  }
`);

export const NetworkEdgesQuery = graphql(
  `
    query NetworkEdges($filter: StakeholderNetworkFilter, $after: String) {
      stakeholderNetwork(filter: $filter) {
        edges(first: 5000, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...GraphEdgeFields
            }
          }
        }
      }
    }
  `,
  [GraphEdgeFields],
);

export const GraphNodeFields = graphql(`
  fragment GraphNodeFields on GraphNode @_unmask {
    id
    type
    label
    node {
      __typename
      ... on Stakeholder {
        category
        status
        region {
          code
        }
      }
    }
  }
`);

export const NeighbourhoodQuery = graphql(
  `
    query GraphNeighbourhood($id: ID!, $depth: Int!, $edgeKinds: [GraphEdgeKind!], $limit: Int!) {
      neighbourhood(id: $id, depth: $depth, edgeKinds: $edgeKinds, limit: $limit) {
        truncated
        nodes {
          ...GraphNodeFields
        }
        edges {
          ...GraphEdgeFields
        }
      }
    }
  `,
  [GraphNodeFields, GraphEdgeFields],
);

export const EvidenceFields = graphql(`
  fragment EvidenceFields on GraphEvidence @_unmask {
    kind
    id
    title
    date
    node {
      __typename
      ... on Article {
        slug
        publishedAt
      }
      ... on Event {
        slug
        startsAt
      }
    }
  }
`);

export const NodeDetailQuery = graphql(
  `
    query GraphNodeDetail($id: ID!, $filter: StakeholderNetworkFilter, $stakeholder: Boolean!) {
      node(id: $id) {
        __typename
        id
        ... on Stakeholder {
          name
          slug
          category
          status
          region {
            code
            name
          }
        }
        ... on Person {
          displayName
          slug
          position
        }
        ... on Article {
          title
          slug
          publishedAt
        }
        ... on Event {
          title
          slug
          startsAt
        }
        ... on Region {
          code
          name
        }
        ... on Regulation {
          citation
          slug
        }
      }
      coappearancePartners(id: $id, filter: $filter, first: 10) @include(if: $stakeholder) {
        partner {
          id
          label
        }
        count
        weight
        evidence {
          ...EvidenceFields
        }
      }
    }
  `,
  [EvidenceFields],
);

export const ShortestPathQuery = graphql(
  `
    query GraphShortestPath(
      $from: ID!
      $to: ID!
      $edgeKinds: [GraphEdgeKind!]
      $nodeTypes: [GraphNodeType!]
    ) {
      shortestPaths(
        from: $from
        to: $to
        edgeKinds: $edgeKinds
        nodeTypes: $nodeTypes
        maxLength: 6
        limit: 1
      ) {
        length
        paths {
          nodes {
            ...GraphNodeFields
          }
          hops {
            source
            target
            edges {
              ...GraphEdgeFields
              evidence {
                ...EvidenceFields
              }
            }
          }
        }
      }
    }
  `,
  [GraphNodeFields, GraphEdgeFields, EvidenceFields],
);

/** The region the URL names, for the region picker to show. */
export const RegionByCodeQuery = graphql(`
  query GraphRegion($code: String!) {
    region(code: $code) {
      id
      code
      name
    }
  }
`);

export type NetworkFilterInput = NonNullable<VariablesOf<typeof NetworkNodesQuery>["filter"]>;
export type StakeholderCategory = NonNullable<NetworkFilterInput["category"]>[number];
export type GraphEdgeResult = ResultOf<typeof GraphEdgeFields>;
export type EdgeKind = GraphEdgeResult["kind"];
export type GraphNodeResult = ResultOf<typeof GraphNodeFields>;
export type Evidence = ResultOf<typeof EvidenceFields>;
export type NodeDetail = ResultOf<typeof NodeDetailQuery>;
export type PathResult = NonNullable<ResultOf<typeof ShortestPathQuery>["shortestPaths"]>;
export type Hop = NonNullable<PathResult["paths"][number]>["hops"][number];

export const CATEGORIES: readonly StakeholderCategory[] = [
  "KIM",
  "TRADITIONAL_MEDIA",
  "CONTENT_CREATOR",
  "STRATEGIC_GROUP",
  "GOVERNMENT_AGENCY",
  "MEDIA_OUTLET",
  "OTHER",
];
