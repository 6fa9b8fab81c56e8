import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDate, formatDateTime } from "../format/dates";
import { RecordState } from "../ui/states";
import { RegulationDetailQuery, type RegulationDetailData } from "./operations";
import { RegulationStatusBadge } from "./RegulationStatusBadge";
import "./regulations.css";

export function RegulationDetail() {
  const { t, i18n } = useTranslation("regulations");
  const { t: tc } = useTranslation();
  const { slug = "" } = useParams();
  const viewer = useViewer();
  const query = useGraphQL(RegulationDetailQuery, { slug });

  return (
    <div className="page">
      <RecordState query={query} record={(data) => data.regulation}>
        {(regulation) => (
          <>
            <p className="muted">
              <Link to="/regulations">← {t("title")}</Link>
            </p>
            <div className="page-header">
              <h1>{regulation.citation}</h1>
              {canWrite(viewer.role) && (
                <Link className="button" to={`/regulations/${regulation.slug}/edit`}>
                  {tc("actions.edit")}
                </Link>
              )}
            </div>
            <p className="regulation-title">{regulation.title}</p>
            {regulation.replacedBy && (
              <p className="notice notice-warning">
                {t("replacedNotice")}{" "}
                <Link to={`/regulations/${regulation.replacedBy.slug}`}>
                  {regulation.replacedBy.citation}
                </Link>
              </p>
            )}
            <div className="card">
              <dl className="details">
                <dt>{t("fields.kind")}</dt>
                <dd>{t(`kinds.${regulation.kind}`)}</dd>
                <dt>{t("fields.number")}</dt>
                <dd>{regulation.number}</dd>
                <dt>{t("fields.year")}</dt>
                <dd>{regulation.year}</dd>
                <dt>{t("fields.enactedOn")}</dt>
                <dd>{formatDate(regulation.enactedOn, i18n.language) || "—"}</dd>
                <dt>{t("fields.status")}</dt>
                <dd>
                  <RegulationStatusBadge status={regulation.status} />
                </dd>
                <dt>{t("fields.issuer")}</dt>
                <dd>
                  {regulation.issuer ? (
                    <Link to={`/stakeholders/${regulation.issuer.slug}`}>
                      {regulation.issuer.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt>{t("fields.url")}</dt>
                <dd>
                  {regulation.url ? (
                    <a href={regulation.url} target="_blank" rel="noopener noreferrer">
                      {t("openText")}
                    </a>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt>{t("fields.updatedAt")}</dt>
                <dd>{formatDateTime(regulation.updatedAt, i18n.language)}</dd>
              </dl>
            </div>
            <Affairs affairs={regulation.affairs} />
            <div className="grid-2">
              <Related
                id="replaces"
                title={t("replaces.title")}
                none={t("replaces.none")}
                connection={regulation.replaces}
                render={(node) => (
                  <>
                    <Link to={`/regulations/${node.slug}`}>{node.citation}</Link>{" "}
                    <span className="muted">{node.title}</span>
                  </>
                )}
              />
              <Related
                id="stakeholders"
                title={t("stakeholders.title")}
                none={t("stakeholders.none")}
                connection={regulation.stakeholders}
                render={(node) => <Link to={`/stakeholders/${node.slug}`}>{node.name}</Link>}
              />
            </div>
            <Related
              id="memberships"
              title={t("memberships.title")}
              none={t("memberships.none")}
              connection={regulation.memberships}
              render={(node) => (
                <>
                  {node.person ? (
                    <Link to={`/people/${node.person.slug}`}>{node.person.displayName}</Link>
                  ) : (
                    "—"
                  )}{" "}
                  <span className="muted">{t("memberships.at", { role: node.role })}</span>{" "}
                  {node.stakeholder && (
                    <Link to={`/stakeholders/${node.stakeholder.slug}`}>
                      {node.stakeholder.name}
                    </Link>
                  )}
                </>
              )}
            />
          </>
        )}
      </RecordState>
    </div>
  );
}

function Affairs({ affairs }: { affairs: RegulationDetailData["affairs"] }) {
  const { t } = useTranslation("regulations");
  return (
    <section className="card" aria-labelledby="affairs-title">
      <h2 id="affairs-title">
        {t("affairs.title")} ({affairs.totalCount})
      </h2>
      {affairs.edges.length === 0 ? (
        <p className="muted">{t("affairs.none")}</p>
      ) : (
        <ol className="plain-list">
          {affairs.edges.map(({ node }) => (
            <li key={node.id}>
              {node.name}
              {node.description && <p className="affair-description">{node.description}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A titled card listing the first page of a connection, saying how many more there are. */
function Related<N extends { id: string }>({
  id,
  title,
  none,
  connection,
  render,
}: {
  id: string;
  title: string;
  none: string;
  connection: { totalCount: number; edges: readonly { node: N }[] };
  render: (node: N) => ReactNode;
}) {
  const { t } = useTranslation("regulations");
  const more = connection.totalCount - connection.edges.length;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} ({connection.totalCount})
      </h2>
      {connection.edges.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="plain-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>{render(node)}</li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="muted">{t("more", { count: more })}</p>}
    </section>
  );
}
