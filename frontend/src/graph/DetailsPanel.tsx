import { Fragment, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDateTime } from "../format/dates";
import { QueryState } from "../ui/states";
import { EvidenceList } from "./EvidenceList";
import { METRICS, type NodeAttributes } from "./model";
import { formatMetric } from "./numbers";
import { type NetworkFilterInput, type NodeDetail, NodeDetailQuery } from "./operations";

type Record = NonNullable<NodeDetail["node"]>;

/** The record's own screen in the admin app. */
function recordPath(record: Record): string | null {
  switch (record.__typename) {
    case "Stakeholder":
      return `/stakeholders/${record.slug}`;
    case "Person":
      return `/people/${record.slug}`;
    case "Article":
      return `/articles/${record.slug}`;
    case "Event":
      return `/events/${record.slug}`;
    case "Regulation":
      return `/regulations/${record.slug}`;
    case "Region":
      return `/regions/${record.code}`;
    default:
      return null;
  }
}

/**
 * What the canvas shows of the selected node, in words: its attributes, metrics and community,
 * its strongest co-appearance partners with the evidence behind each link, and a way to expand
 * its neighbourhood.
 */
export function DetailsPanel({
  node,
  attributes,
  filter,
  expanding,
  onExpand,
  onClose,
}: {
  node: string;
  attributes: NodeAttributes | null;
  filter: NetworkFilterInput;
  expanding: boolean;
  onExpand: (depth: number) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation("graph");
  const depthId = useId();
  const [depth, setDepth] = useState(1);
  const stakeholder = attributes ? attributes.nodeType === "STAKEHOLDER" : true;
  const query = useGraphQL(NodeDetailQuery, { id: node, filter, stakeholder });

  return (
    <section className="card graph-details" aria-labelledby={`${depthId}-title`}>
      <div className="graph-panel-head">
        <h2 id={`${depthId}-title`}>{attributes?.label ?? t("details.title")}</h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t("details.close")}
        </button>
      </div>
      {attributes && (
        <dl className="details">
          <dt>{t("details.type")}</dt>
          <dd>{t(`types.${attributes.nodeType}`)}</dd>
          {attributes.category && (
            <>
              <dt>{t("details.category")}</dt>
              <dd>{t(`categories.${attributes.category as "KIM"}`)}</dd>
            </>
          )}
          {attributes.community !== null && (
            <>
              <dt>{t("details.community")}</dt>
              <dd>{attributes.community}</dd>
            </>
          )}
          {attributes.metrics &&
            METRICS.map((metric) => (
              <Fragment key={metric}>
                <dt>{t(`metrics.${metric}`)}</dt>
                <dd>{formatMetric(metric, attributes.metrics?.[metric] ?? 0, i18n.language)}</dd>
              </Fragment>
            ))}
        </dl>
      )}
      <div className="graph-expand">
        <label htmlFor={depthId}>{t("details.depth")}</label>
        <select id={depthId} value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
          {[1, 2, 3].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={expanding}
          onClick={() => onExpand(depth)}
        >
          {expanding ? t("details.expanding") : t("details.expand")}
        </button>
      </div>
      <QueryState query={query}>
        {(data) => (
          <>
            {data.node && <RecordSummary record={data.node} language={i18n.language} />}
            {data.coappearancePartners && (
              <>
                <h3>{t("details.partners")}</h3>
                {data.coappearancePartners.length === 0 ? (
                  <p className="muted">{t("details.noPartners")}</p>
                ) : (
                  <ol className="graph-partners">
                    {data.coappearancePartners.map((partner) => (
                      <li key={partner.partner.id}>
                        <p>
                          <strong>{partner.partner.label}</strong>{" "}
                          <span className="muted">
                            {t("details.shared", { count: partner.count })}
                          </span>
                        </p>
                        <EvidenceList evidence={partner.evidence} />
                      </li>
                    ))}
                  </ol>
                )}
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function RecordSummary({ record, language }: { record: Record; language: string }) {
  const { t } = useTranslation("graph");
  const path = recordPath(record);
  const when =
    record.__typename === "Article"
      ? record.publishedAt
      : record.__typename === "Event"
        ? record.startsAt
        : null;
  return (
    <p className="graph-record">
      {record.__typename === "Stakeholder" && record.region && (
        <span>
          {record.region.code} {record.region.name} ·{" "}
        </span>
      )}
      {record.__typename === "Person" && record.position && <span>{record.position} · </span>}
      {when && <span>{formatDateTime(when, language)} · </span>}
      {path && <Link to={path}>{t("details.open")}</Link>}
    </p>
  );
}
