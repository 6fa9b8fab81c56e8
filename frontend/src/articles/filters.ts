import { fromOfficeInput } from "../format/dates";
import type { ListDefaults, ListState } from "../ui/listState";
import { listFilter } from "../ui/listState";
import type { VariablesOf } from "../graphql";
import { type ArticleCategory, ArticleListQuery, type ArticleStatus } from "./operations";

type ArticleFilter = NonNullable<VariablesOf<typeof ArticleListQuery>["filter"]>;
type OrderField = NonNullable<NonNullable<VariablesOf<typeof ArticleListQuery>["orderBy"]>["field"]>;

export const SORT_FIELDS: readonly OrderField[] = [
  "PUBLISHED_AT",
  "UPDATED_AT",
  "CREATED_AT",
  "TITLE",
  "VIEW_COUNT",
];

export const LIST_DEFAULTS: ListDefaults = {
  sort: "UPDATED_AT",
  direction: "DESC",
  filters: ["status", "category", "region", "tag", "language", "from", "to"],
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Publication between two calendar days in the office's zone, both days included. */
export function publishedRange(
  from: string | undefined,
  to: string | undefined,
): { from: string | null; to: string | null } | null {
  const start = from && DAY.test(from) ? fromOfficeInput(`${from}T00:00`) : null;
  const endMinute = to && DAY.test(to) ? fromOfficeInput(`${to}T23:59`) : null;
  // The last minute of the day, to its last millisecond.
  const end = endMinute ? new Date(Date.parse(endMinute) + 59_999).toISOString() : null;
  return start || end ? { from: start, to: end } : null;
}

/** The list's URL state as the `articles` query's filter and order. */
export function listVariables(state: ListState): {
  filter: ArticleFilter;
  orderBy: { field: OrderField; direction: ListState["direction"] };
} {
  const { filters } = state;
  const field = SORT_FIELDS.find((sort) => sort === state.sort) ?? "UPDATED_AT";
  return {
    filter: {
      search: state.search || null,
      status: listFilter<ArticleStatus>(filters.status),
      category: listFilter<ArticleCategory>(filters.category),
      region: filters.region ?? null,
      tag: filters.tag ?? null,
      language: filters.language ?? null,
      published: publishedRange(filters.from, filters.to),
    },
    orderBy: { field, direction: state.direction },
  };
}
