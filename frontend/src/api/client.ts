import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

/** An error the server sent in `errors` (code from `extensions.code`), or a transport failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The session cookie was refused: the user must log in again. */
export class SessionExpiredError extends ApiError {
  constructor() {
    super("session expired", "SESSION_EXPIRED", 401);
    this.name = "SessionExpiredError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type Listener = () => void;

/** Session state the transport needs: the CSRF token and who to tell when the session ends. */
export const session = {
  csrfToken: null as string | null,
  expiredListeners: new Set<Listener>(),
  onExpired(listener: Listener): () => void {
    this.expiredListeners.add(listener);
    return () => this.expiredListeners.delete(listener);
  },
};

export const GRAPHQL_URL = "/graphql";

/** POST one operation; resolves with `data` or throws ApiError / SessionExpiredError. */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (session.csrfToken) headers["X-CSRF-Token"] = session.csrfToken;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      credentials: "same-origin",
      headers,
      body: JSON.stringify({ query: print(document), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("network", "NETWORK", 0);
  }
  if (response.headers.get("X-Simpul-Session") === "expired" && session.csrfToken) {
    session.csrfToken = null;
    for (const listener of session.expiredListeners) listener();
    throw new SessionExpiredError();
  }
  let body: GraphQLResponse<Result>;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError(response.statusText || "bad response", "BAD_RESPONSE", response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(first.message, first.extensions?.code ?? "ERROR", response.status);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(response.statusText || "no data", "BAD_RESPONSE", response.status);
  }
  return body.data;
}
