import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const RegionRow = graphql(`
  fragment RegionRow on Region @_unmask {
    id
    code
    name
    level
    updatedAt
    parent {
      id
      code
      name
    }
  }
`);

export const RegionListQuery = graphql(
  `
    query RegionList(
      $filter: RegionFilter
      $orderBy: RegionOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      regions(
        filter: $filter
        orderBy: $orderBy
        first: $first
        after: $after
        last: $last
        before: $before
      ) {
        totalCount
        pageInfo {
          ...PageInfo
        }
        edges {
          node {
            ...RegionRow
          }
        }
      }
    }
  `,
  [RegionRow, PageInfo],
);

export const RegionDetailQuery = graphql(
  `
    query RegionDetail($code: String!) {
      region(code: $code) {
        ...RegionRow
        version
        ancestors {
          id
          code
          name
        }
        children(first: 100) {
          totalCount
          edges {
            node {
              id
              code
              name
              level
            }
          }
        }
        stakeholders(first: 20) {
          totalCount
          edges {
            node {
              id
              slug
              name
              category
            }
          }
        }
      }
    }
  `,
  [RegionRow],
);

/** For reference pickers: regions by name or code. */
export const RegionSearchQuery = graphql(`
  query RegionSearch($search: String!) {
    regions(filter: { search: $search }, first: 10, orderBy: { field: CODE }) {
      edges {
        node {
          id
          code
          name
          level
        }
      }
    }
  }
`);

export const CreateRegionMutation = graphql(
  `
    mutation CreateRegion($input: CreateRegionInput!) {
      createRegion(input: $input) {
        __typename
        ... on Region {
          id
          code
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const UpdateRegionMutation = graphql(
  `
    mutation UpdateRegion($input: UpdateRegionInput!) {
      updateRegion(input: $input) {
        __typename
        ... on Region {
          id
          code
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export type RegionLevel = ResultOf<typeof RegionRow>["level"];
export const REGION_LEVELS: readonly RegionLevel[] = [
  "PROVINCE",
  "REGENCY",
  "CITY",
  "DISTRICT",
  "VILLAGE",
];

export const RegionCoverageQuery = graphql(`
  query RegionCoverage($code: String!) {
    coverage(region: $code) {
      level
      total {
        stakeholders
        activeKim
        articles
        events
      }
      regions {
        region {
          id
          code
          name
        }
        stakeholders
        activeKim
        articles
        events
        stakeholdersByCategory {
          category
          count
        }
      }
      regionsWithoutActiveKim {
        id
      }
    }
  }
`);
