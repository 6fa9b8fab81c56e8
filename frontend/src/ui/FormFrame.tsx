import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { changedFields, draftChanges, mergeDraft } from "./drafts";
import { UnsavedChangesGuard } from "./useUnsavedChanges";
import type { useRecordForm } from "./useRecordForm";

type Form<V extends object> = ReturnType<typeof useRecordForm<V, never>>;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") {
    // A picked record ({ id, code, name }) reads by its name.
    const named = value as { name?: unknown; label?: unknown; code?: unknown };
    const name = named.name ?? named.label;
    if (typeof name === "string") return typeof named.code === "string" ? `${named.code} ${name}` : name;
    return JSON.stringify(value);
  }
  return String(value);
}

/** The user's kept draft beside the latest version, field by field. */
export function DraftCompare<V extends object>({
  form,
  labels,
}: {
  form: Pick<Form<V>, "draft" | "base" | "applyDraft" | "discardDraft">;
  labels: Partial<Record<keyof V & string, string>>;
}) {
  const { t } = useTranslation();
  if (!form.draft) return null;
  const draft = form.draft;
  // The user's own changes that the latest version does not already have.
  const fields = draftChanges(draft).filter((field) =>
    changedFields(mergeDraft(form.base, draft), form.base).includes(field),
  );
  if (fields.length === 0) return null;
  return (
    <section className="draft-compare notice notice-warning" aria-labelledby="draft-title">
      <h2 id="draft-title">{t("form.draftTitle")}</h2>
      <p>{t("form.draftBody")}</p>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t("form.draftField")}</th>
            <th scope="col">{t("form.draftMine")}</th>
            <th scope="col">{t("form.draftCurrent")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{labels[field] ?? field}</th>
              <td className="mine">{show(form.draft?.values[field])}</td>
              <td>{show(form.base[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={form.applyDraft}>
          {t("form.draftApply")}
        </button>
        <button type="button" className="button" onClick={form.discardDraft}>
          {t("form.draftDiscard")}
        </button>
      </div>
    </section>
  );
}

/**
 * A record form: status messages (saved, invalid, conflict with reload), the kept draft, the
 * fields, the actions and the unsaved-changes guard.
 */
export function FormFrame<V extends object>({
  form,
  labels,
  onReload,
  cancelTo,
  children,
  submitLabel,
}: {
  form: Form<V>;
  labels: Partial<Record<keyof V & string, string>>;
  onReload: () => Promise<unknown>;
  cancelTo: string;
  children: ReactNode;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const { status } = form;
  return (
    <form className="record-form" onSubmit={(e) => void form.submit(e)} noValidate>
      <UnsavedChangesGuard when={form.dirty && status.kind !== "saving" && status.kind !== "saved"} />
      {status.kind === "conflict" && (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{t("form.conflictTitle")}</strong>
          </p>
          <p>{t("form.conflictBody", { version: status.currentVersion })}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void onReload().then(() => form.showDraft())}
          >
            {t("actions.reload")}
          </button>
        </div>
      )}
      {status.kind === "invalid" && (
        <p className="notice notice-error" role="alert">
          {t("form.invalid")}
        </p>
      )}
      {status.kind === "failed" && (
        <p className="notice notice-error" role="alert">
          {status.message || t("state.error")}
        </p>
      )}
      {status.kind === "saved" && !form.dirty && (
        <p className="notice notice-success" role="status">
          {t("form.saved")}
        </p>
      )}
      <DraftCompare form={form} labels={labels} />
      <div className="form-fields">{children}</div>
      <div className="actions form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === "saving"}>
          {status.kind === "saving" ? t("actions.saving") : (submitLabel ?? t("actions.save"))}
        </button>
        <Link className="button" to={cancelTo}>
          {t("actions.cancel")}
        </Link>
      </div>
    </form>
  );
}
