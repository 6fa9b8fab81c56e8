import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDateTime } from "../format/dates";
import { Empty, QueryState } from "../ui/states";
import {
  type RecentChange,
  RecentChangesQuery,
  type RecordPath,
  RecordPathsQuery,
} from "./operations";
import { Panel } from "./Panel";

/** The screen that shows a record, for the kinds that have one. */
export function pathOf(node: RecordPath): string | null {
  switch (node.__typename) {
    case "Stakeholder":
      return `/stakeholders/${node.slug}`;
    case "Person":
      return `/people/${node.slug}`;
    case "Article":
      return `/articles/${node.slug}`;
    case "Event":
      return `/events/${node.slug}`;
    case "Regulation":
      return `/regulations/${node.slug}`;
    case "Region":
      return `/regions/${node.code}`;
    default:
      return null;
  }
}

/** The latest changes to the registry and the newsroom (editors and admins). */
export function RecentChanges() {
  const { t } = useTranslation("dashboard");
  const query = useGraphQL(RecentChangesQuery, {});
  return (
    <Panel title={t("recent.title")}>
      <QueryState query={query}>
        {({ dashboard }) =>
          dashboard.recentChanges.length === 0 ? (
            <Empty />
          ) : (
            <ChangeList changes={dashboard.recentChanges} />
          )
        }
      </QueryState>
    </Panel>
  );
}

function ChangeList({ changes }: { changes: readonly RecentChange[] }) {
  const { i18n } = useTranslation("dashboard");
  const { t: ta } = useTranslation("admin");
  const ids = [...new Set(changes.flatMap((change) => (change.entityId ? [change.entityId] : [])))];
  // Links are a bonus: without them (query failed, record deleted) the list still reads.
  const paths = useGraphQL(RecordPathsQuery, { ids }, { enabled: ids.length > 0 });
  const pathById = new Map<string, string>();
  for (const node of paths.data?.nodes ?? []) {
    const path = node && pathOf(node);
    if (node && path) pathById.set(node.id, path);
  }
  return (
    <ul className="plain-list dash-list">
      {changes.map((change, i) => {
        const path = change.entityId ? pathById.get(change.entityId) : undefined;
        const name = change.label ?? ta(`audit.types.${change.entityType}`, change.entityType);
        return (
          <li key={`${change.at}-${i}`}>
            <span>
              <span className="badge">{ta(`audit.actions.${change.action}`)}</span>{" "}
              {path ? <Link to={path}>{name}</Link> : name}
            </span>
            <span className="muted">
              {ta(`audit.types.${change.entityType}`, change.entityType)} ·{" "}
              {formatDateTime(change.at, i18n.language)}
              {change.actorName && ` · ${change.actorName}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
