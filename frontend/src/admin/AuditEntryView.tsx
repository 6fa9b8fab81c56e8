import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import type { RecordLink } from "../dashboard/recordLinks";
import { formatDateTime } from "../format/dates";
import { type AuditValue, readChanges } from "./auditChanges";
import type { AuditEntry } from "./auditOperations";

function Value({ value }: { value: AuditValue }) {
  const { t } = useTranslation("admin");
  if (value.kind === "empty") return <span className="audit-value-empty">—</span>;
  if (value.kind === "bool") return <>{value.value ? t("audit.yes") : t("audit.no")}</>;
  if (value.full === null) return <>{value.text}</>;
  return (
    <details>
      <summary>{value.text}</summary>
      {value.full}
    </details>
  );
}

/** What an entry changed: a field / before / after table, an erasure, or the raw JSON. */
export function AuditChangesView({ changes }: { changes: unknown }) {
  const { t } = useTranslation("admin");
  const read = readChanges(changes);
  // Logins and logouts change nothing; their heading says it all.
  if (read.kind === "none") return null;
  if (read.kind === "other") return <pre className="audit-json">{read.json}</pre>;
  if (read.kind === "erasure") {
    return (
      <>
        <p>{t("audit.erased", { fields: read.erased.join(", ") })}</p>
        {read.reason && <p>{t("audit.reason", { reason: read.reason })}</p>}
      </>
    );
  }
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">{t("audit.field")}</th>
          <th scope="col">{t("audit.before")}</th>
          <th scope="col">{t("audit.after")}</th>
        </tr>
      </thead>
      <tbody>
        {read.fields.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            {change.withheld ? (
              <td colSpan={2} className="audit-value-empty">
                {change.withheld === "hidden" ? t("audit.hidden") : t("audit.erasedValue")}
              </td>
            ) : (
              <>
                <td className="audit-before">
                  <Value value={change.before} />
                </td>
                <td className="audit-after">
                  <Value value={change.after} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One entry: what was done to which kind of record, by whom, when and from where. */
export function AuditEntryView({
  entry,
  entityName,
  link,
  onlyThis,
}: {
  entry: AuditEntry;
  /** A readable name for the record, when the screen knows one (accounts, keys). */
  entityName: string | undefined;
  /** The record's name and screen, for registry and newsroom records still there. */
  link: RecordLink | undefined;
  onlyThis: ((entityId: string) => void) | null;
}) {
  const { t, i18n } = useTranslation("admin");
  const titleId = `audit-${entry.id}`;
  const actor =
    entry.actor?.fullName ||
    entry.actor?.email ||
    (entry.actorKeyId ? t("audit.apiKey") : t("audit.system"));
  return (
    <li className="audit-entry">
      <article aria-labelledby={titleId}>
        <header>
          <h3 id={titleId}>
            {t(`audit.actions.${entry.action}`)} ·{" "}
            {t(`audit.types.${entry.entityType}`, entry.entityType)}
            {entityName && ` ${entityName}`}
            {link && " "}
            {link && (link.path ? <Link to={link.path}>{link.label}</Link> : link.label)}
          </h3>
          <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
          <span>{actor}</span>
          {entry.ipAddress && (
            <span className="muted">{t("audit.from", { ip: entry.ipAddress })}</span>
          )}
          {entry.entityId && onlyThis && (
            <button
              type="button"
              className="button button-small"
              onClick={() => onlyThis(entry.entityId ?? "")}
            >
              {t("audit.onlyThis")}
              <span className="visually-hidden">
                {" "}
                ({entry.entityType} {entry.entityId})
              </span>
            </button>
          )}
        </header>
        <AuditChangesView changes={entry.changes} />
      </article>
    </li>
  );
}
