import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQLMutation } from "../api/hooks";
import { ConfirmButton } from "./ConfirmButton";
import { DeleteStakeholderMutation, RestoreStakeholderMutation } from "./operations";

export interface DeletedStakeholder {
  id: string;
  version: number;
  name: string;
}

/**
 * Soft-delete after asking. Deleted stakeholders are not listed by the API, so the way back is
 * the restore offered right after (DeletedNotice), while the id and version are known.
 */
export function DeleteStakeholder({
  stakeholder,
  onDeleted,
}: {
  stakeholder: DeletedStakeholder;
  onDeleted: (deleted: DeletedStakeholder) => void;
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const remove = useGraphQLMutation(DeleteStakeholderMutation);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        className="button button-danger"
        question={t("deleteConfirm", { name: stakeholder.name })}
        disabled={remove.isPending}
        onConfirm={() => {
          setProblem(null);
          remove
            .mutateAsync({ input: { id: stakeholder.id, version: stakeholder.version } })
            .then(({ deleteStakeholder: result }) =>
              result.__typename === "Stakeholder"
                ? onDeleted({ id: result.id, version: result.version, name: stakeholder.name })
                : setProblem(result.message),
            )
            .catch((error: unknown) => setProblem(error instanceof Error ? error.message : ""));
        }}
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

/** Shown in place of the profile after a delete, with the way to undo it. */
export function DeletedNotice({
  deleted,
  onRestored,
}: {
  deleted: DeletedStakeholder;
  onRestored: () => void;
}) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const restore = useGraphQLMutation(RestoreStakeholderMutation);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="notice notice-warning" role="status">
      <p>{t("deleted", { name: deleted.name })}</p>
      {problem !== null && <p className="field-error">{problem || tc("state.error")}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={restore.isPending}
          onClick={() =>
            void restore
              .mutateAsync({ input: { id: deleted.id, version: deleted.version } })
              .then(({ restoreStakeholder: result }) =>
                result.__typename === "Stakeholder" ? onRestored() : setProblem(result.message),
              )
              .catch((error: unknown) => setProblem(error instanceof Error ? error.message : ""))
          }
        >
          {tc("actions.restore")}
        </button>
        <Link className="button" to="/stakeholders">
          {t("title")}
        </Link>
      </div>
    </div>
  );
}
