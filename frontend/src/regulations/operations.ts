import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const RegulationRow = graphql(`
  fragment RegulationRow on Regulation @_unmask {
    id
    slug
    kind
    number
    year
    title
    citation
    enactedOn
    status
  }
`);

export const RegulationListQuery = graphql(
  `
    query RegulationList(
      $filter: RegulationFilter
      $orderBy: RegulationOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      regulations(
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
            ...RegulationRow
          }
        }
      }
    }
  `,
  [RegulationRow, PageInfo],
);

export const AffairRow = graphql(`
  fragment AffairRow on Affair @_unmask {
    id
    version
    name
    position
    description
  }
`);

const RegulationLink = graphql(`
  fragment RegulationLink on Regulation @_unmask {
    id
    slug
    citation
    title
  }
`);

/** One regulation with what hangs on it; the detail shows the first page of each list. */
export const RegulationDetailQuery = graphql(
  `
    query RegulationDetail($slug: String!) {
      regulation(slug: $slug) {
        ...RegulationRow
        version
        url
        updatedAt
        issuer {
          id
          slug
          name
        }
        replacedBy {
          ...RegulationLink
        }
        replaces(first: 50) {
          totalCount
          edges {
            node {
              ...RegulationLink
            }
          }
        }
        affairs(first: 100) {
          totalCount
          edges {
            node {
              ...AffairRow
            }
          }
        }
        stakeholders(first: 50) {
          totalCount
          edges {
            node {
              id
              slug
              name
            }
          }
        }
        memberships(first: 50) {
          totalCount
          edges {
            node {
              id
              role
              person {
                id
                slug
                displayName
              }
              stakeholder {
                id
                slug
                name
              }
            }
          }
        }
      }
    }
  `,
  [RegulationRow, RegulationLink, AffairRow],
);

/** For reference pickers: regulations by title. */
export const RegulationSearchQuery = graphql(
  `
    query RegulationSearch($search: String!) {
      regulations(filter: { search: $search }, first: 10) {
        edges {
          node {
            ...RegulationLink
          }
        }
      }
    }
  `,
  [RegulationLink],
);

const RegulationSaved = graphql(`
  fragment RegulationSaved on Regulation @_unmask {
    id
    slug
    version
  }
`);

export const CreateRegulationMutation = graphql(
  `
    mutation CreateRegulation($input: CreateRegulationInput!) {
      createRegulation(input: $input) {
        __typename
        ...RegulationSaved
        ...MutationProblem
      }
    }
  `,
  [RegulationSaved, MutationProblem],
);

export const UpdateRegulationMutation = graphql(
  `
    mutation UpdateRegulation($input: UpdateRegulationInput!) {
      updateRegulation(input: $input) {
        __typename
        ...RegulationSaved
        ...MutationProblem
      }
    }
  `,
  [RegulationSaved, MutationProblem],
);

const AffairSaved = graphql(`
  fragment AffairSaved on Affair @_unmask {
    id
    version
  }
`);

export const CreateAffairMutation = graphql(
  `
    mutation CreateAffair($input: CreateAffairInput!) {
      createAffair(input: $input) {
        __typename
        ...AffairSaved
        ...MutationProblem
      }
    }
  `,
  [AffairSaved, MutationProblem],
);

export const UpdateAffairMutation = graphql(
  `
    mutation UpdateAffair($input: UpdateAffairInput!) {
      updateAffair(input: $input) {
        __typename
        ...AffairSaved
        ...MutationProblem
      }
    }
  `,
  [AffairSaved, MutationProblem],
);

export const DeleteAffairMutation = graphql(
  `
    mutation DeleteAffair($input: RecordVersionInput!) {
      deleteAffair(input: $input) {
        __typename
        ...AffairSaved
        ...MutationProblem
      }
    }
  `,
  [AffairSaved, MutationProblem],
);

export type AffairData = ResultOf<typeof AffairRow>;
export type RegulationRowData = ResultOf<typeof RegulationRow>;
export type RegulationDetailData = NonNullable<
  ResultOf<typeof RegulationDetailQuery>["regulation"]
>;
export type RegulationKind = RegulationRowData["kind"];
export type RegulationStatus = RegulationRowData["status"];

export const REGULATION_KINDS: readonly RegulationKind[] = [
  "UU",
  "PP",
  "PERPRES",
  "PERMEN",
  "PERDA",
  "PERGUB",
  "PERBUP",
  "PERWALI",
  "SK",
  "SE",
  "OTHER",
];
export const REGULATION_STATUSES: readonly RegulationStatus[] = ["IN_FORCE", "REVOKED"];
