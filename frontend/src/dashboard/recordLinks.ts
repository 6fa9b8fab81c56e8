import { useGraphQL } from "../api/hooks";
import { graphql, type ResultOf } from "../graphql";

/** Names and screens of records by global id (for lists that only hold ids). */
export const RecordLinksQuery = graphql(`
  query RecordLinks($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Stakeholder {
        name
        slug
      }
      ... on Person {
        fullName
        slug
      }
      ... on Article {
        title
        slug
      }
      ... on Event {
        title
        slug
      }
      ... on Regulation {
        title
        slug
      }
      ... on Region {
        name
        code
      }
      ... on Tag {
        name
      }
    }
  }
`);

type LinkedNode = NonNullable<ResultOf<typeof RecordLinksQuery>["nodes"][number]>;

export interface RecordLink {
  label: string;
  /** The screen that shows the record; null for kinds without one. */
  path: string | null;
}

/** The kinds asked about: `nodes` refuses ids of kinds that are not nodes (accounts, keys). */
const LINKED_TYPES = new Set([
  "Stakeholder",
  "Person",
  "Article",
  "Event",
  "Regulation",
  "Region",
  "Tag",
]);

export function recordLink(node: LinkedNode): RecordLink | null {
  switch (node.__typename) {
    case "Stakeholder":
      return { label: node.name, path: `/stakeholders/${node.slug}` };
    case "Person":
      return { label: node.fullName, path: `/people/${node.slug}` };
    case "Article":
      return { label: node.title, path: `/articles/${node.slug}` };
    case "Event":
      return { label: node.title, path: `/events/${node.slug}` };
    case "Regulation":
      return { label: node.title, path: `/regulations/${node.slug}` };
    case "Region":
      return { label: node.name, path: `/regions/${node.code}` };
    case "Tag":
      return { label: node.name, path: null };
    default:
      return null;
  }
}

/**
 * Links for the records a list mentions, by global id. They are a bonus: while loading, or if
 * the query fails or a record is gone, the map simply lacks them.
 */
export function useRecordLinks(
  records: readonly { entityType: string; entityId: string | null }[],
): Map<string, RecordLink> {
  const ids = [
    ...new Set(
      records.flatMap(({ entityType, entityId }) =>
        entityId && LINKED_TYPES.has(entityType) ? [entityId] : [],
      ),
    ),
  ];
  const query = useGraphQL(RecordLinksQuery, { ids }, { enabled: ids.length > 0 });
  const links = new Map<string, RecordLink>();
  for (const node of query.data?.nodes ?? []) {
    const link = node && recordLink(node);
    if (node && link) links.set(node.id, link);
  }
  return links;
}
