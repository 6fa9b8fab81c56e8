import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { formatDate, formatDateTime } from "../format/dates";
import type { Evidence } from "./operations";

/** The screen of the record behind a piece of evidence, when it has one. */
function evidencePath(evidence: Evidence): string | null {
  const node = evidence.node;
  if (node?.__typename === "Article") return `/articles/${node.slug}`;
  if (node?.__typename === "Event") return `/events/${node.slug}`;
  return null;
}

/** When it happened, to the minute in the office's zone when the record says so. */
export function evidenceWhen(evidence: Evidence, language: string): string {
  const node = evidence.node;
  const instant =
    node?.__typename === "Article"
      ? node.publishedAt
      : node?.__typename === "Event"
        ? node.startsAt
        : null;
  return instant ? formatDateTime(instant, language) : formatDate(evidence.date, language);
}

/** Articles, events, memberships and relations showing that a link exists; after the first
 * `shown`, the rest fold away. */
export function EvidenceList({
  evidence,
  shown = 3,
}: {
  evidence: readonly Evidence[];
  shown?: number;
}) {
  const { t } = useTranslation("graph");
  if (evidence.length === 0) return <p className="muted">{t("evidence.none")}</p>;
  const rest = evidence.slice(shown);
  return (
    <>
      <EvidenceItems evidence={evidence.slice(0, shown)} />
      {rest.length > 0 && (
        <details className="graph-more">
          <summary>{t("evidence.more", { count: rest.length })}</summary>
          <EvidenceItems evidence={rest} />
        </details>
      )}
    </>
  );
}

function EvidenceItems({ evidence }: { evidence: readonly Evidence[] }) {
  const { t, i18n } = useTranslation("graph");
  return (
    <ul className="graph-evidence">
      {evidence.map((item) => {
        const path = evidencePath(item);
        const when = evidenceWhen(item, i18n.language);
        return (
          <li key={`${item.kind}:${item.id}`}>
            <span className="badge">{t(`evidence.kinds.${item.kind}`)}</span>{" "}
            {path ? <Link to={path}>{item.title}</Link> : item.title}
            {when && <span className="muted"> · {when}</span>}
          </li>
        );
      })}
    </ul>
  );
}
