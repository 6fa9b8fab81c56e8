import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDateTime } from "../format/dates";
import { Empty, QueryState } from "../ui/states";
import { RegionDetailQuery } from "./operations";
import { RegionCoverage } from "./RegionCoverage";

export function RegionDetail() {
  const { t, i18n } = useTranslation("regions");
  const { t: tc } = useTranslation();
  const { t: ts } = useTranslation("stakeholders");
  const { code = "" } = useParams();
  const viewer = useViewer();
  const query = useGraphQL(RegionDetailQuery, { code });

  return (
    <div className="page">
      <QueryState query={query}>
        {({ region }) => (
          <>
            <nav aria-label={t("fields.parent")} className="muted">
              {region.ancestors.map((ancestor) => (
                <span key={ancestor.id}>
                  <Link to={`/regions/${ancestor.code}`}>{ancestor.name}</Link> ›{" "}
                </span>
              ))}
            </nav>
            <div className="page-header">
              <h1>
                {region.name} <span className="muted">{region.code}</span>
              </h1>
              {canWrite(viewer.role) && (
                <Link className="button" to={`/regions/${region.code}/edit`}>
                  {tc("actions.edit")}
                </Link>
              )}
            </div>
            <div className="card">
              <dl className="details">
                <dt>{t("fields.level")}</dt>
                <dd>{t(`levels.${region.level}`)}</dd>
                <dt>{t("fields.parent")}</dt>
                <dd>
                  {region.parent ? (
                    <Link to={`/regions/${region.parent.code}`}>{region.parent.name}</Link>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt>{t("fields.updatedAt")}</dt>
                <dd>{formatDateTime(region.updatedAt, i18n.language)}</dd>
              </dl>
            </div>
            <div className="grid-2">
              <section className="card" aria-labelledby="children-title">
                <h2 id="children-title">
                  {t("fields.children")} ({region.children.totalCount})
                </h2>
                {region.children.edges.length === 0 ? (
                  <Empty />
                ) : (
                  <ul className="plain-list">
                    {region.children.edges.map(({ node }) => (
                      <li key={node.id}>
                        <Link to={`/regions/${node.code}`}>{node.name}</Link>{" "}
                        <span className="muted">
                          {node.code} · {t(`levels.${node.level}`)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="card" aria-labelledby="stakeholders-title">
                <h2 id="stakeholders-title">
                  {t("fields.stakeholders")} ({region.stakeholders.totalCount})
                </h2>
                {region.stakeholders.edges.length === 0 ? (
                  <Empty />
                ) : (
                  <ul className="plain-list">
                    {region.stakeholders.edges.map(({ node }) => (
                      <li key={node.id}>
                        <Link to={`/stakeholders/${node.slug}`}>{node.name}</Link>{" "}
                        <span className="badge">{ts(`categories.${node.category}`)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {region.stakeholders.totalCount > region.stakeholders.edges.length && (
                  <Link to={`/stakeholders?region=${region.code}`}>
                    {t("fields.stakeholders")} →
                  </Link>
                )}
              </section>
            </div>
            {region.level !== "VILLAGE" && <RegionCoverage code={region.code} />}
          </>
        )}
      </QueryState>
    </div>
  );
}
