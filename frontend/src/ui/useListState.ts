import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

import { type ListDefaults, type ListPatch, readListState, writeListState } from "./listState";

export function useListState(defaults: ListDefaults) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params, defaults), [params, defaults]);
  const update = useCallback(
    (patch: ListPatch) => setParams((current) => writeListState(current, defaults, patch)),
    [setParams, defaults],
  );
  return { state, update };
}
