import { graphql } from "../graphql";

/** Spread into every mutation result selection: the typed errors the write path returns. */
export const MutationProblem = graphql(`
  fragment MutationProblem on MutationError @_unmask {
    __typename
    message
    ... on ValidationError {
      errors {
        field
        code
        message
      }
    }
    ... on ConflictError {
      currentVersion
    }
  }
`);

export type Outcome<T> =
  | { kind: "ok"; value: T }
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  | { kind: "conflict"; message: string; currentVersion: number }
  | { kind: "failed"; message: string; code: string };

interface ProblemShape {
  __typename: string;
  message?: string;
  errors?: readonly { field: string; code: string; message: string }[];
  currentVersion?: number;
}

/**
 * Turn a mutation's result union into an Outcome: the object on success, field messages for a
 * ValidationError, the current version for a ConflictError, the message for anything else.
 */
export function toOutcome<R extends { __typename?: string }, N extends string>(
  result: R,
  okType: N,
): Outcome<Extract<R, { __typename?: N }>> {
  if (result.__typename === okType) {
    return { kind: "ok", value: result as Extract<R, { __typename?: N }> };
  }
  const problem = result as unknown as ProblemShape;
  const message = problem.message ?? "";
  if (problem.__typename === "ValidationError") {
    const fields: Record<string, string> = {};
    for (const error of problem.errors ?? []) fields[error.field] ??= error.message;
    return { kind: "invalid", message, fields };
  }
  if (problem.__typename === "ConflictError") {
    return { kind: "conflict", message, currentVersion: problem.currentVersion ?? 0 };
  }
  return { kind: "failed", message, code: problem.__typename ?? "ERROR" };
}
