import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const UserRow = graphql(`
  fragment UserRow on User @_unmask {
    id
    email
    fullName
    role
    isActive
    lastLoginAt
    createdAt
    version
  }
`);

export const UsersQuery = graphql(
  `
    query Users {
      users {
        ...UserRow
      }
    }
  `,
  [UserRow],
);

export const CreateUserMutation = graphql(
  `
    mutation CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        __typename
        ... on User {
          ...UserRow
        }
        ...MutationProblem
      }
    }
  `,
  [UserRow, MutationProblem],
);

export const DeactivateUserMutation = graphql(
  `
    mutation DeactivateUser($input: UserIdInput!) {
      deactivateUser(input: $input) {
        __typename
        ... on User {
          ...UserRow
        }
        ...MutationProblem
      }
    }
  `,
  [UserRow, MutationProblem],
);

export const ReactivateUserMutation = graphql(
  `
    mutation ReactivateUser($input: UserIdInput!) {
      reactivateUser(input: $input) {
        __typename
        ... on User {
          ...UserRow
        }
        ...MutationProblem
      }
    }
  `,
  [UserRow, MutationProblem],
);

export const RevokeUserSessionsMutation = graphql(
  `
    mutation RevokeUserSessions($input: UserIdInput!) {
      revokeUserSessions(input: $input) {
        __typename
        ... on SessionsRevoked {
          count
        }
        ...MutationProblem
      }
    }
  `,
  [MutationProblem],
);

export type User = ResultOf<typeof UserRow>;
export type Role = User["role"];
export const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "ANALYST", "VIEWER"];

export const UpdateUserMutation = graphql(
  `
    mutation UpdateUser($input: UpdateUserInput!) {
      updateUser(input: $input) {
        __typename
        ... on User {
          ...UserRow
        }
        ...MutationProblem
      }
    }
  `,
  [UserRow, MutationProblem],
);
