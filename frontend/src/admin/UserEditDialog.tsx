import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQLMutation } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { SelectField, TextField } from "../ui/fields";
import { Dialog } from "./Dialog";
import { ROLES, type Role, UpdateUserMutation, type User } from "./userOperations";

/** Change an account's name and role; only what changed is sent. */
export function UserEditDialog({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const update = useGraphQLMutation(UpdateUserMutation);
  const [fullName, setFullName] = useState(user.fullName);
  const [role, setRole] = useState<Role>(user.role);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      const { updateUser } = await update.mutateAsync({
        input: {
          id: user.id,
          ...(fullName !== user.fullName && { fullName }),
          ...(role !== user.role && { role }),
        },
      });
      const outcome = toOutcome(updateUser, "User");
      if (outcome.kind === "ok") {
        onSaved(t("users.updated", { name: outcome.value.fullName || outcome.value.email }));
        onClose();
      } else if (outcome.kind === "invalid") setErrors(outcome.fields);
      else setFailure(outcome.message);
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : tc("state.error"));
    }
  }

  return (
    <Dialog title={t("users.editTitle", { name: user.fullName || user.email })} onClose={onClose}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{user.email}</p>
        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
        <TextField
          label={t("users.fields.fullName")}
          value={fullName}
          error={errors.fullName}
          onChange={setFullName}
        />
        <SelectField
          label={t("users.fields.role")}
          required
          value={role}
          error={errors.role}
          options={ROLES.map((value) => ({ value, label: tc(`roles.${value}`) }))}
          onChange={(value) => setRole((value ?? user.role) as Role)}
        />
        <div className="actions dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {tc("actions.cancel")}
          </button>
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            {update.isPending ? tc("actions.saving") : tc("actions.save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
