import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

import { useGraphQLMutation } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { SelectField, TextField } from "../ui/fields";
import { UnsavedChangesGuard } from "../ui/useUnsavedChanges";
import "./admin.css";
import { CreateUserMutation, ROLES, type Role } from "./userOperations";

interface Values {
  fullName: string;
  email: string;
  role: Role;
  password: string;
  passwordConfirm: string;
}

const EMPTY: Values = {
  fullName: "",
  email: "",
  role: "VIEWER",
  password: "",
  passwordConfirm: "",
};

/**
 * A new staff account. Not a record form: the password must never land in a kept draft, so the
 * values live only in this component.
 */
export function UserCreate() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const create = useGraphQLMutation(CreateUserMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Set before the request so that the guard lets the navigation after success through.
  const [submitting, setSubmitting] = useState(false);
  const dirty = (Object.keys(EMPTY) as (keyof Values)[]).some((key) => values[key] !== EMPTY[key]);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (values.password !== values.passwordConfirm) {
      setErrors({ passwordConfirm: t("users.mismatch") });
      return;
    }
    setSubmitting(true);
    try {
      const { createUser } = await create.mutateAsync({
        input: {
          fullName: values.fullName,
          email: values.email,
          role: values.role,
          password: values.password,
        },
      });
      const outcome = toOutcome(createUser, "User");
      if (outcome.kind === "ok") {
        navigate("/users", {
          state: { notice: t("users.created", { email: outcome.value.email }) },
        });
        return;
      }
      if (outcome.kind === "invalid") setErrors(outcome.fields);
      else setFailure(outcome.message);
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : tc("state.error"));
    }
    setSubmitting(false);
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div className="page">
      <h1>{t("users.createTitle")}</h1>
      <form className="record-form" onSubmit={(e) => void submit(e)} noValidate>
        <UnsavedChangesGuard when={dirty && !submitting} />
        {hasErrors && (
          <p className="notice notice-error" role="alert">
            {tc("form.invalid")}
          </p>
        )}
        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-fields">
          <TextField
            label={t("users.fields.fullName")}
            value={values.fullName}
            error={errors.fullName}
            onChange={(value) => set("fullName", value)}
          />
          <TextField
            label={t("users.fields.email")}
            type="email"
            required
            value={values.email}
            error={errors.email}
            onChange={(value) => set("email", value)}
          />
          <SelectField
            label={t("users.fields.role")}
            required
            value={values.role}
            error={errors.role}
            options={ROLES.map((role) => ({ value: role, label: tc(`roles.${role}`) }))}
            onChange={(value) => set("role", (value ?? EMPTY.role) as Role)}
          />
          <TextField
            label={t("users.fields.password")}
            type="password"
            name="new-password"
            required
            hint={t("users.fields.passwordHint")}
            value={values.password}
            error={errors.password}
            onChange={(value) => set("password", value)}
          />
          <TextField
            label={t("users.fields.passwordConfirm")}
            type="password"
            name="new-password-confirm"
            required
            value={values.passwordConfirm}
            error={errors.passwordConfirm}
            onChange={(value) => set("passwordConfirm", value)}
          />
        </div>
        <div className="actions form-actions">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? tc("actions.saving") : t("users.new")}
          </button>
          <Link className="button" to="/users">
            {tc("actions.cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}
