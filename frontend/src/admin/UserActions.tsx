import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQLMutation } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { ConfirmDialog } from "./Dialog";
import { UserEditDialog } from "./UserEditDialog";
import {
  DeactivateUserMutation,
  ReactivateUserMutation,
  RevokeUserSessionsMutation,
  type User,
} from "./userOperations";

type Asking = "edit" | "deactivate" | "revoke" | null;

/**
 * Edit an account's name and role, deactivate / reactivate it, end its sessions; destructive
 * steps ask first. Admins cannot lock themselves out from here.
 */
export function UserActions({
  user,
  self,
  onDone,
}: {
  user: User;
  self: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation("admin");
  const [asking, setAsking] = useState<Asking>(null);
  const [error, setError] = useState<string | null>(null);
  const deactivate = useGraphQLMutation(DeactivateUserMutation);
  const reactivate = useGraphQLMutation(ReactivateUserMutation);
  const revoke = useGraphQLMutation(RevokeUserSessionsMutation);
  const name = user.fullName || user.email;
  const input = { input: { id: user.id } };

  async function reactivateNow() {
    setError(null);
    const outcome = toOutcome((await reactivate.mutateAsync(input)).reactivateUser, "User");
    if (outcome.kind === "ok") onDone(t("users.reactivated", { name }));
    else setError(outcome.message);
  }

  return (
    <div className="actions">
      <button type="button" className="button button-small" onClick={() => setAsking("edit")}>
        {t("users.edit")}
        <span className="visually-hidden"> {name}</span>
      </button>
      {self ? null : user.isActive ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => setAsking("deactivate")}
        >
          {t("users.deactivate")}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={reactivate.isPending}
          onClick={() => void reactivateNow().catch((caught: Error) => setError(caught.message))}
        >
          {t("users.reactivate")}
          <span className="visually-hidden"> {name}</span>
        </button>
      )}
      {user.isActive && !self && (
        <button type="button" className="button button-small" onClick={() => setAsking("revoke")}>
          {t("users.revokeSessions")}
          <span className="visually-hidden"> {name}</span>
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {asking === "edit" && (
        <UserEditDialog user={user} onClose={() => setAsking(null)} onSaved={onDone} />
      )}
      {asking === "deactivate" && (
        <ConfirmDialog
          title={t("users.deactivateTitle", { name })}
          body={<p>{t("users.deactivateBody")}</p>}
          confirmLabel={t("users.deactivate")}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const outcome = toOutcome((await deactivate.mutateAsync(input)).deactivateUser, "User");
            if (outcome.kind !== "ok") return outcome.message;
            onDone(t("users.deactivated", { name }));
            return null;
          }}
        />
      )}
      {asking === "revoke" && (
        <ConfirmDialog
          title={t("users.revokeTitle", { name })}
          body={<p>{t("users.revokeBody")}</p>}
          confirmLabel={t("users.revokeSessions")}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const result = (await revoke.mutateAsync(input)).revokeUserSessions;
            const outcome = toOutcome(result, "SessionsRevoked");
            if (outcome.kind !== "ok") return outcome.message;
            onDone(t("users.revoked", { name, count: outcome.value.count }));
            return null;
          }}
        />
      )}
    </div>
  );
}
