import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDateTime } from "../format/dates";
import { Empty, QueryState } from "../ui/states";
import { type RecentChange, RecentChangesQuery } from "./operations";
import { Panel } from "./Panel";
import { useRecordLinks } from "./recordLinks";

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
  const links = useRecordLinks(changes);
  return (
    <ul className="plain-list dash-list">
      {changes.map((change, i) => {
        const path = change.entityId ? links.get(change.entityId)?.path : null;
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
