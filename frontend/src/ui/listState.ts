/** A list screen's state, kept in the URL so that a filtered page can be bookmarked and shared. */
export type Direction = "ASC" | "DESC";

export interface ListState {
  search: string;
  sort: string;
  direction: Direction;
  after: string | null;
  before: string | null;
  filters: Record<string, string>;
}

export interface ListDefaults {
  sort: string;
  direction: Direction;
  /** URL parameter names that are filters (values are strings; lists are comma-separated). */
  filters: readonly string[];
}

export const PAGE_SIZE = 20;

export function readListState(params: URLSearchParams, defaults: ListDefaults): ListState {
  const direction = params.get("dir");
  const filters: Record<string, string> = {};
  for (const name of defaults.filters) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return {
    search: params.get("q") ?? "",
    sort: params.get("sort") ?? defaults.sort,
    direction: direction === "ASC" || direction === "DESC" ? direction : defaults.direction,
    after: params.get("after"),
    before: params.get("before"),
    filters,
  };
}

export type ListPatch = Partial<Omit<ListState, "filters">> & {
  filters?: Record<string, string | null>;
};

/**
 * Apply a change to the URL parameters. Changing the search, a filter or the order starts again
 * from the first page; only moving between pages keeps (and swaps) the cursors.
 */
export function writeListState(
  params: URLSearchParams,
  defaults: ListDefaults,
  patch: ListPatch,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const paging = "after" in patch || "before" in patch;
  const set = (name: string, value: string | null | undefined, fallback?: string) => {
    if (value === undefined) return;
    if (value === null || value === "" || value === fallback) next.delete(name);
    else next.set(name, value);
  };
  set("q", patch.search);
  set("sort", patch.sort, defaults.sort);
  set("dir", patch.direction, defaults.direction);
  for (const [name, value] of Object.entries(patch.filters ?? {})) set(name, value);
  if (paging) {
    set("after", patch.after ?? null);
    set("before", patch.before ?? null);
  } else {
    next.delete("after");
    next.delete("before");
  }
  return next;
}

/** Connection arguments for the current page: forwards after a cursor, backwards before one. */
export function pageVariables(state: ListState): {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
} {
  if (state.before) return { first: null, after: null, last: PAGE_SIZE, before: state.before };
  return { first: PAGE_SIZE, after: state.after, last: null, before: null };
}

/** Split a comma-separated filter value into a list (null when absent). */
export function listFilter<T extends string>(value: string | undefined): T[] | null {
  if (!value) return null;
  return value.split(",").filter(Boolean) as T[];
}
