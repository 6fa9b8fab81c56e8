import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDate } from "../format/dates";
import { QueryState } from "../ui/states";
import { DormantStakeholdersQuery } from "./operations";
import { Panel } from "./Panel";

export const DORMANT_MONTHS = 6;

/** Active or dormant stakeholders that nothing has mentioned or involved for six months. */
export function DormantStakeholders() {
  const { t, i18n } = useTranslation("dashboard");
  const { t: ts } = useTranslation("stakeholders");
  const query = useGraphQL(DormantStakeholdersQuery, { months: DORMANT_MONTHS });
  return (
    <Panel title={t("dormant.title", { months: DORMANT_MONTHS })}>
      <p className="muted dash-note">{t("dormant.note")}</p>
      <QueryState query={query}>
        {({ dormantStakeholders: dormant }) =>
          dormant.edges.length === 0 ? (
            <p className="state state-empty">{t("dormant.empty")}</p>
          ) : (
            <>
              <ul className="plain-list dash-list">
                {dormant.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/stakeholders/${node.slug}`}>{node.name}</Link>
                    <span className="muted">
                      {ts(`categories.${node.category}`)}
                      {node.region && ` · ${node.region.name}`} ·{" "}
                      {node.activity.lastActiveAt
                        ? t("dormant.lastActive", {
                            date: formatDate(node.activity.lastActiveAt, i18n.language),
                          })
                        : t("dormant.never")}
                    </span>
                  </li>
                ))}
              </ul>
              {dormant.totalCount > dormant.edges.length && (
                <p className="muted dash-note">
                  {t("dormant.shown", { shown: dormant.edges.length, count: dormant.totalCount })}
                </p>
              )}
            </>
          )
        }
      </QueryState>
    </Panel>
  );
}
