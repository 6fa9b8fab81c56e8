import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer @_unmask {
    id
    email
    fullName
    role
    csrfToken
    sessionExpiresAt
    timeZone
  }
`);

export const ViewerQuery = graphql(
  `
    query Viewer {
      viewer {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

export const LoginMutation = graphql(
  `
    mutation Login($input: LoginInput!) {
      login(input: $input) {
        __typename
        ...ViewerFields
        ...MutationProblem
        ... on TooManyAttemptsError {
          retryAfterSeconds
        }
      }
    }
  `,
  [ViewerFields, MutationProblem],
);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      __typename
    }
  }
`);

export type Viewer = ResultOf<typeof ViewerFields>;
export type Role = Viewer["role"];
