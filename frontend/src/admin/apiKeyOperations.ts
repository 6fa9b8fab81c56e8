import { MutationProblem } from "../api/mutations";
import { graphql, type ResultOf } from "../graphql";

export const ApiKeyRow = graphql(`
  fragment ApiKeyRow on ApiKey @_unmask {
    id
    name
    prefix
    scopes
    status
    expiresAt
    revokedAt
    lastUsedAt
    requestsPerMinute
    createdAt
    owner {
      id
      fullName
    }
  }
`);

export const ApiKeysQuery = graphql(
  `
    query ApiKeys {
      apiKeys {
        ...ApiKeyRow
      }
    }
  `,
  [ApiKeyRow],
);

export const ApiKeyUsageQuery = graphql(`
  query ApiKeyUsage($keyId: ID!, $days: Int!) {
    apiKeyUsage(keyId: $keyId, days: $days) {
      day
      requests
      errors
      refused
      lastUsedAt
      operations {
        name
        count
      }
    }
  }
`);

/** The key's secret is in `key`: show it once, never keep it. */
const IssuedKeyFields = graphql(
  `
    fragment IssuedKeyFields on IssuedApiKey @_unmask {
      key
      apiKey {
        ...ApiKeyRow
      }
    }
  `,
  [ApiKeyRow],
);

export const CreateApiKeyMutation = graphql(
  `
    mutation CreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        __typename
        ...IssuedKeyFields
        ...MutationProblem
      }
    }
  `,
  [IssuedKeyFields, MutationProblem],
);

export const RotateApiKeyMutation = graphql(
  `
    mutation RotateApiKey($input: ApiKeyIdInput!) {
      rotateApiKey(input: $input) {
        __typename
        ...IssuedKeyFields
        ...MutationProblem
      }
    }
  `,
  [IssuedKeyFields, MutationProblem],
);

export const RevokeApiKeyMutation = graphql(
  `
    mutation RevokeApiKey($input: ApiKeyIdInput!) {
      revokeApiKey(input: $input) {
        __typename
        ... on ApiKey {
          ...ApiKeyRow
        }
        ...MutationProblem
      }
    }
  `,
  [ApiKeyRow, MutationProblem],
);

export type ApiKey = ResultOf<typeof ApiKeyRow>;
export type ApiKeyScope = ApiKey["scopes"][number];
export type IssuedKey = ResultOf<typeof IssuedKeyFields>;
export type UsageDay = ResultOf<typeof ApiKeyUsageQuery>["apiKeyUsage"][number];
export const SCOPES: readonly ApiKeyScope[] = ["READ", "PERSIST", "GRAPH_ANY_FILTER"];
