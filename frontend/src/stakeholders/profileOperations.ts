import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const MembershipItem = graphql(`
  fragment MembershipItem on Membership @_unmask {
    id
    version
    role
    startedOn
    endedOn
    isActive
    person {
      id
      slug
      displayName
    }
    sourceRegulation {
      id
      slug
      title
      citation
    }
  }
`);

export const RelationItem = graphql(`
  fragment RelationItem on Relation @_unmask {
    id
    version
    kind
    startedOn
    endedOn
    note
    source {
      id
      slug
      name
    }
    target {
      id
      slug
      name
    }
    evidence {
      id
    }
  }
`);

/** Members and relations of a stakeholder (the profile's lists; 100 is the page maximum). */
export const StakeholderTiesQuery = graphql(
  `
    query StakeholderTies($slug: String!) {
      stakeholder(slug: $slug) {
        id
        members(first: 100, orderBy: { field: STARTED_ON, direction: DESC }) {
          totalCount
          edges {
            node {
              ...MembershipItem
            }
          }
        }
        outgoingRelations(first: 100) {
          totalCount
          edges {
            node {
              ...RelationItem
            }
          }
        }
        incomingRelations(first: 100) {
          totalCount
          edges {
            node {
              ...RelationItem
            }
          }
        }
      }
    }
  `,
  [MembershipItem, RelationItem],
);

/**
 * The articles naming a stakeholder (newest first, paged) and the events it organised or took
 * part in (the API orders those by when they were recorded, so all of them are read at once).
 */
export const StakeholderTimelineQuery = graphql(`
  query StakeholderTimeline($slug: String!, $after: String) {
    stakeholder(slug: $slug) {
      id
      articles(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            slug
            title
            status
            publishedAt
            createdAt
          }
        }
      }
      events(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            event {
              id
              slug
              title
              kind
              startsAt
              endsAt
              datePrecision
            }
          }
        }
      }
    }
  }
`);

export const CreateMembershipMutation = graphql(
  `
    mutation CreateMembership($input: CreateMembershipInput!) {
      createMembership(input: $input) {
        __typename
        ... on Membership {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const UpdateMembershipMutation = graphql(
  `
    mutation UpdateMembership($input: UpdateMembershipInput!) {
      updateMembership(input: $input) {
        __typename
        ... on Membership {
          id
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const DeleteMembershipMutation = graphql(
  `
    mutation DeleteMembership($input: RecordVersionInput!) {
      deleteMembership(input: $input) {
        __typename
        ... on Membership {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const CreateRelationMutation = graphql(
  `
    mutation CreateRelation($input: CreateRelationInput!) {
      createRelation(input: $input) {
        __typename
        ... on Relation {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const DeleteRelationMutation = graphql(
  `
    mutation DeleteRelation($input: RecordVersionInput!) {
      deleteRelation(input: $input) {
        __typename
        ... on Relation {
          id
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export type Membership = ResultOf<typeof MembershipItem>;
export type Relation = ResultOf<typeof RelationItem>;
export type RelationKind = Relation["kind"];
export const RELATION_KINDS: readonly RelationKind[] = [
  "PEMBINAAN",
  "KEMITRAAN",
  "MEMBER_OF",
  "FUNDING",
  "COORDINATION",
];
export type TimelineData = NonNullable<ResultOf<typeof StakeholderTimelineQuery>["stakeholder"]>;
