import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Outcome } from "../api/mutations";
import "./rows.css";

export interface RowNotice {
  tone: "success" | "error";
  text: string;
}

/**
 * One small record saved on its own (a speaker, an organiser): field errors for the fields the
 * row shows, a notice for everything else, and a refresh of the page's data afterwards. A
 * version conflict reloads the data, so the next try carries the current version.
 */
export function useRowMutation(shownFields: readonly string[]) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T,>(action: () => Promise<Outcome<T>>, done: string): Promise<boolean> => {
      setBusy(true);
      setErrors({});
      setNotice(null);
      try {
        const outcome = await action();
        if (outcome.kind === "ok") {
          setNotice({ tone: "success", text: done });
          await queryClient.invalidateQueries();
          return true;
        }
        if (outcome.kind === "invalid") {
          const fields = Object.entries(outcome.fields);
          const shown = fields.filter(([field]) => shownFields.includes(field));
          setErrors(Object.fromEntries(shown));
          // A problem with a field the row does not show (the pair already exists, say).
          const other = fields.find(([field]) => !shownFields.includes(field));
          if (other || shown.length === 0) {
            setNotice({ tone: "error", text: other?.[1] ?? outcome.message });
          }
        } else if (outcome.kind === "conflict") {
          setNotice({ tone: "error", text: t("form.rowConflict") });
          await queryClient.invalidateQueries();
        } else {
          setNotice({ tone: "error", text: outcome.message });
        }
      } catch (error) {
        setNotice({ tone: "error", text: error instanceof Error ? error.message : String(error) });
      } finally {
        setBusy(false);
      }
      return false;
    },
    [queryClient, shownFields, t],
  );

  /** A field error raised in the browser (nothing chosen yet). */
  const fail = useCallback((field: string, message: string) => {
    setNotice(null);
    setErrors({ [field]: message });
  }, []);

  return { errors, notice, busy, run, fail };
}

export function RowNoticeText({ notice }: { notice: RowNotice | null }) {
  if (!notice) return null;
  return (
    <p
      className={notice.tone === "error" ? "field-error" : "hint"}
      role={notice.tone === "error" ? "alert" : "status"}
    >
      {notice.text}
    </p>
  );
}

/** Save (the row's form submits) and remove, both naming the row for screen readers. */
export function RowButtons({
  name,
  changed,
  busy,
  onRemove,
}: {
  name: string;
  changed: boolean;
  busy: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions sub-row-actions">
      <button type="submit" className="button" disabled={!changed || busy}>
        {t("actions.save")}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="button" disabled={busy} onClick={onRemove}>
        {t("actions.delete")}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
