import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const StakeholderRow = graphql(`
  fragment StakeholderRow on Stakeholder @_unmask {
    id
    slug
    name
    category
    status
    foundedOn
    memberCount
    updatedAt
    region {
      id
      code
      name
    }
  }
`);

export const StakeholderListQuery = graphql(
  `
    query StakeholderList(
      $filter: StakeholderFilter
      $orderBy: StakeholderOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      stakeholders(
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
            ...StakeholderRow
          }
        }
      }
    }
  `,
  [StakeholderRow, PageInfo],
);

/** Every editable field, as the form and the profile read it. */
export const StakeholderFields = graphql(
  `
    fragment StakeholderFields on Stakeholder @_unmask {
      ...StakeholderRow
      version
      aliases
      legalBasis
      classification
      description
      potentials
      mediaChannels {
        kind
        value
      }
      legalBasisRegulation {
        id
        slug
        title
        citation
      }
      contact {
        email
        phone
        whatsapp
        address
      }
    }
  `,
  [StakeholderRow],
);

export const StakeholderQuery = graphql(
  `
    query Stakeholder($slug: String!) {
      stakeholder(slug: $slug) {
        ...StakeholderFields
      }
    }
  `,
  [StakeholderFields],
);

export const CreateStakeholderMutation = graphql(
  `
    mutation CreateStakeholder($input: CreateStakeholderInput!) {
      createStakeholder(input: $input) {
        __typename
        ... on Stakeholder {
          id
          slug
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const UpdateStakeholderMutation = graphql(
  `
    mutation UpdateStakeholder($input: UpdateStakeholderInput!) {
      updateStakeholder(input: $input) {
        __typename
        ... on Stakeholder {
          id
          slug
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const DeleteStakeholderMutation = graphql(
  `
    mutation DeleteStakeholder($input: RecordVersionInput!) {
      deleteStakeholder(input: $input) {
        __typename
        ... on Stakeholder {
          id
          slug
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const RestoreStakeholderMutation = graphql(
  `
    mutation RestoreStakeholder($input: RecordVersionInput!) {
      restoreStakeholder(input: $input) {
        __typename
        ... on Stakeholder {
          id
          slug
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export type StakeholderCategory = ResultOf<typeof StakeholderRow>["category"];
export type StakeholderStatus = ResultOf<typeof StakeholderRow>["status"];
export type StakeholderRecord = NonNullable<ResultOf<typeof StakeholderQuery>["stakeholder"]>;

export const CATEGORIES: readonly StakeholderCategory[] = [
  "KIM",
  "TRADITIONAL_MEDIA",
  "CONTENT_CREATOR",
  "STRATEGIC_GROUP",
  "GOVERNMENT_AGENCY",
  "MEDIA_OUTLET",
  "OTHER",
];
export const STATUSES: readonly StakeholderStatus[] = ["ACTIVE", "DORMANT", "DISSOLVED"];
