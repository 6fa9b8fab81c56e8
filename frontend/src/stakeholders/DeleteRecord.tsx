import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { ConfirmButton } from "./ConfirmButton";

export interface RecordRef {
  id: string;
  version: number;
  name: string;
}

/** One soft-delete or restore call: the record's new version, or why not. */
export type RecordStep = (input: {
  id: string;
  version: number;
}) => Promise<{ version: number } | { message: string }>;

function useStep(step: RecordStep) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (record: RecordRef, done: (version: number) => void) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await step({ id: record.id, version: record.version });
      if ("message" in result) setProblem(result.message);
      else {
        void queryClient.invalidateQueries();
        done(result.version);
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "");
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

/**
 * Soft-delete after asking. Deleted records are not listed by the API, so the way back is the
 * restore offered right after (DeletedNotice), while the id and version are known.
 */
export function DeleteRecord({
  record,
  remove,
  onDeleted,
}: {
  record: RecordRef;
  remove: RecordStep;
  onDeleted: (deleted: RecordRef) => void;
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const { busy, problem, run } = useStep(remove);
  return (
    <>
      <ConfirmButton
        className="button button-danger"
        question={t("deleteConfirm", { name: record.name })}
        disabled={busy}
        onConfirm={() => void run(record, (version) => onDeleted({ ...record, version }))}
      >
        {tc("actions.delete")}
      </ConfirmButton>
      {problem !== null && (
        <p className="notice notice-error" role="alert">
          {problem || tc("state.error")}
        </p>
      )}
    </>
  );
}

/** Shown in place of a record's page after a delete, with the way to undo it. */
export function DeletedNotice({
  deleted,
  restore,
  onRestored,
  back,
}: {
  deleted: RecordRef;
  restore: RecordStep;
  onRestored: () => void;
  back: { to: string; label: string };
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const { busy, problem, run } = useStep(restore);
  return (
    <div className="notice notice-warning" role="status">
      <p>{t("deleted", { name: deleted.name })}</p>
      {problem !== null && <p className="field-error">{problem || tc("state.error")}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void run(deleted, onRestored)}
        >
          {tc("actions.restore")}
        </button>
        <Link className="button" to={back.to}>
          {back.label}
        </Link>
      </div>
    </div>
  );
}
