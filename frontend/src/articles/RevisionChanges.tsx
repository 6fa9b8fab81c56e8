import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { formatDateTime } from "../format/dates";
import { listChange, parseUnifiedDiff, readableLine, shownValue } from "./diff";
import type { RevisionChangeData } from "./newsroomOperations";

type Translate = ReturnType<typeof useTranslation<"articles">>["t"];

const LABELS: Record<string, string> = {
  datelineRegionId: "datelineRegion",
  authorId: "author",
};
const REFERENCES = new Set(["datelineRegionId", "authorId"]);

function fieldLabel(field: string, t: Translate): string {
  const key = `fields.${LABELS[field] ?? field}`;
  return t(key as "fields.title", { defaultValue: field });
}

function valueText(field: string, value: unknown, t: Translate, language: string): string | null {
  const shown = shownValue(value);
  if (shown === null) return null;
  if (field === "status") return t(`statuses.${shown as "DRAFT"}`, { defaultValue: shown });
  if (field === "category") return t(`categories.${shown as "BERITA"}`, { defaultValue: shown });
  if (field === "language") return t(`languages.${shown as "id"}`, { defaultValue: shown });
  if (field === "publishedAt") return formatDateTime(shown, language);
  return shown;
}

/** What one revision changed: field values before and after, tags added and removed, text diffs. */
export function RevisionChanges({ changes }: { changes: readonly RevisionChangeData[] }) {
  const { t, i18n } = useTranslation("articles");
  if (changes.length === 0) return <p className="muted">{t("revisions.noChanges")}</p>;
  return (
    <div className="revision-changes">
      {changes.map((change) => {
        const label = fieldLabel(change.field, t);
        if (change.diff !== null) return <TextDiff key={change.field} label={label} diff={change.diff} />;
        const tags = change.field === "tags" ? listChange(change.before, change.after) : null;
        if (tags) {
          return (
            <div key={change.field} className="field-change">
              <h3>{label}</h3>
              {tags.added.length > 0 && (
                <p className="diff-added">{t("revisions.tagsAdded", { tags: tags.added.join(", ") })}</p>
              )}
              {tags.removed.length > 0 && (
                <p className="diff-removed">{t("revisions.tagsRemoved", { tags: tags.removed.join(", ") })}</p>
              )}
            </div>
          );
        }
        if (REFERENCES.has(change.field)) {
          return (
            <div key={change.field} className="field-change">
              <h3>{label}</h3>
              <p>{t("revisions.refChanged")}</p>
            </div>
          );
        }
        const before = valueText(change.field, change.before, t, i18n.language);
        const after = valueText(change.field, change.after, t, i18n.language);
        return (
          <div key={change.field} className="field-change">
            <h3>{label}</h3>
            <dl className="before-after">
              <dt>{t("revisions.before")}</dt>
              <dd className={before === null ? "muted" : "diff-removed"}>{before ?? t("revisions.empty")}</dd>
              <dt>{t("revisions.after")}</dt>
              <dd className={after === null ? "muted" : "diff-added"}>{after ?? t("revisions.empty")}</dd>
            </dl>
          </div>
        );
      })}
    </div>
  );
}

/**
 * A unified line diff as a list: each added or removed line is coloured, marked with + or −, and
 * says "added" / "removed" to screen readers. Lines show as text, or as HTML on request.
 */
function TextDiff({ label, diff }: { label: string; diff: string }) {
  const { t } = useTranslation("articles");
  const [html, setHtml] = useState(false);
  const id = useId();
  const lines = parseUnifiedDiff(diff);
  return (
    <div className="field-change">
      <div className="diff-heading">
        <h3 id={`${id}-title`}>{t("revisions.diffOf", { field: label })}</h3>
        <label className="diff-toggle">
          <input type="checkbox" checked={html} onChange={(e) => setHtml(e.target.checked)} /> {t("revisions.showHtml")}
        </label>
      </div>
      <ol className="diff" aria-labelledby={`${id}-title`}>
        {lines.map((line, index) => {
          if (line.kind === "gap") {
            return index === 0 ? null : (
              <li key={index} className="diff-gap">
                {t("revisions.skipped")}
              </li>
            );
          }
          const text = html ? line.text : readableLine(line.text);
          const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
          return (
            <li key={index} className={`diff-line diff-${line.kind}`}>
              <span className="diff-number" aria-hidden="true">
                {line.newLine ?? line.oldLine}
              </span>
              <span className="diff-sign" aria-hidden="true">
                {sign}
              </span>
              {line.kind !== "context" && (
                <span className="visually-hidden">{t(`revisions.${line.kind}`)}: </span>
              )}
              <span className={html ? "diff-text diff-code" : "diff-text"}>{text || "\u00a0"}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
