import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { FormStatus } from "../ui/useRecordForm";

/**
 * A small form inside a profile section (a membership, a relation): its title, what went wrong,
 * the fields, save and cancel. A conflict asks to cancel and start again from the fresh list.
 */
export function InlineForm({
  title,
  status,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  status: FormStatus;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className="inline-form" aria-label={title} onSubmit={onSubmit} noValidate>
      <h3>{title}</h3>
      {status.kind === "conflict" && (
        <p className="notice notice-warning field-wide" role="alert">
          {t("form.conflictTitle")}
        </p>
      )}
      {status.kind === "failed" && (
        <p className="notice notice-error field-wide" role="alert">
          {status.message || t("state.error")}
        </p>
      )}
      {children}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={status.kind === "saving"}>
          {status.kind === "saving" ? t("actions.saving") : t("actions.save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
