import { graphql } from "../graphql";
import i18n from "../i18n";

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
 * A field problem in the user's language by its code; the server's own (English) message
 * for codes the app does not know.
 */
export function problemMessage(problem: { code: string; message: string }): string {
  const key = `problems.${problem.code}`;
  return i18n.exists(key, { ns: "common" })
    ? i18n.t(key as "problems.REQUIRED", { ns: "common" })
    : problem.message;
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
    for (const error of problem.errors ?? []) fields[error.field] ??= problemMessage(error);
    return { kind: "invalid", message, fields };
  }
  if (problem.__typename === "ConflictError") {
    return { kind: "conflict", message, currentVersion: problem.currentVersion ?? 0 };
  }
  return { kind: "failed", message, code: problem.__typename ?? "ERROR" };
}
