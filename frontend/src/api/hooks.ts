import {
  keepPreviousData,
  useMutation as useReactMutation,
  useQuery as useReactQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { TadaDocumentNode } from "gql.tada";

import { request } from "./client";

function operationName(document: TadaDocumentNode<unknown, unknown>): string {
  for (const definition of document.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value ?? "anonymous";
  }
  return "anonymous";
}

/** A typed GraphQL query, cached by operation name and variables. */
export function useGraphQL<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  return useReactQuery({
    queryKey: [operationName(document as TadaDocumentNode<unknown, unknown>), variables],
    queryFn: ({ signal }) => request(document, variables, signal),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** A typed GraphQL mutation; every cached query is refreshed after it succeeds. */
export function useGraphQLMutation<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
) {
  const queryClient = useQueryClient();
  return useReactMutation({
    mutationFn: (variables: Variables) => request(document, variables),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
