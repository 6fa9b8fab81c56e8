import { PageInfo } from "../api/fragments";
import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const PersonRow = graphql(`
  fragment PersonRow on Person @_unmask {
    id
    slug
    fullName
    displayName
    position
    isPublicFigure
    updatedAt
    region {
      id
      code
      name
    }
  }
`);

export const PersonListQuery = graphql(
  `
    query PersonList(
      $filter: PersonFilter
      $orderBy: PersonOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      people(
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
            ...PersonRow
          }
        }
      }
    }
  `,
  [PersonRow, PageInfo],
);

/** Every editable field; contact details and their legal basis are null unless staff may see them. */
export const PersonFields = graphql(
  `
    fragment PersonFields on Person @_unmask {
      ...PersonRow
      version
      honorificPrefix
      honorificSuffix
      dataLegalBasis
      erasedAt
      contact {
        email
        phone
        whatsapp
        address
      }
    }
  `,
  [PersonRow],
);

export const PersonQuery = graphql(
  `
    query Person($slug: String!) {
      person(slug: $slug) {
        ...PersonFields
      }
    }
  `,
  [PersonFields],
);

/** What the person is tied to: memberships, quotes, articles written or naming them, talks. */
export const PersonTiesQuery = graphql(`
  query PersonTies($slug: String!) {
    person(slug: $slug) {
      id
      memberships(first: 100, orderBy: { field: STARTED_ON, direction: DESC }) {
        totalCount
        edges {
          node {
            id
            role
            startedOn
            endedOn
            isActive
            stakeholder {
              id
              slug
              name
            }
          }
        }
      }
      quotes(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
        totalCount
        edges {
          node {
            id
            text
            article {
              id
              slug
              title
              publishedAt
            }
          }
        }
      }
      articles(first: 20) {
        totalCount
        edges {
          node {
            id
            slug
            title
            status
            publishedAt
          }
        }
      }
      mentions(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
        totalCount
        edges {
          node {
            id
            article {
              id
              slug
              title
              publishedAt
            }
          }
        }
      }
      speaking(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
        totalCount
        edges {
          node {
            id
            mode
            topic
            event {
              id
              slug
              title
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

export const CreatePersonMutation = graphql(
  `
    mutation CreatePerson($input: CreatePersonInput!) {
      createPerson(input: $input) {
        __typename
        ... on Person {
          id
          slug
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const UpdatePersonMutation = graphql(
  `
    mutation UpdatePerson($input: UpdatePersonInput!) {
      updatePerson(input: $input) {
        __typename
        ... on Person {
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

export type PersonRecord = NonNullable<ResultOf<typeof PersonQuery>["person"]>;
export type PersonTies = NonNullable<ResultOf<typeof PersonTiesQuery>["person"]>;

export const DeletePersonMutation = graphql(
  `
    mutation DeletePerson($input: RecordVersionInput!) {
      deletePerson(input: $input) {
        __typename
        ... on Person {
          id
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export const RestorePersonMutation = graphql(
  `
    mutation RestorePerson($input: RecordVersionInput!) {
      restorePerson(input: $input) {
        __typename
        ... on Person {
          id
          version
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);
