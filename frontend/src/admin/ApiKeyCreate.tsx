import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

import { useGraphQLMutation } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { fromOfficeInput } from "../format/dates";
import { CheckboxField, NumberField, TextField } from "../ui/fields";
import { UnsavedChangesGuard } from "../ui/useUnsavedChanges";
import "./admin.css";
import { type ApiKeyScope, CreateApiKeyMutation, type IssuedKey, SCOPES } from "./apiKeyOperations";
import { SecretDialog } from "./SecretDialog";

interface Values {
  name: string;
  scopes: readonly ApiKeyScope[];
  expiresAt: string;
  requestsPerMinute: number | null;
}

const EMPTY: Values = { name: "", scopes: ["READ"], expiresAt: "", requestsPerMinute: null };

/** Issue a key; its secret is shown once in a dialog, then the key's page opens. */
export function ApiKeyCreate() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const create = useGraphQLMutation(CreateApiKeyMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Set before the request so that the guard lets the navigation after success through.
  const [submitting, setSubmitting] = useState(false);
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(EMPTY);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSubmitting(true);
    try {
      const { createApiKey } = await create.mutateAsync({
        input: {
          name: values.name.trim(),
          scopes: [...values.scopes],
          // An unfinished date-time input reads as empty: no expiry.
          expiresAt: fromOfficeInput(values.expiresAt),
          requestsPerMinute: values.requestsPerMinute,
        },
      });
      const outcome = toOutcome(createApiKey, "IssuedApiKey");
      if (outcome.kind === "ok") {
        setIssued(outcome.value);
        return;
      }
      if (outcome.kind === "invalid") setErrors(outcome.fields);
      else setFailure(outcome.message);
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : tc("state.error"));
    }
    setSubmitting(false);
  }

  const toggleScope = (scope: ApiKeyScope, on: boolean) =>
    set("scopes", on ? [...values.scopes, scope] : values.scopes.filter((s) => s !== scope));

  return (
    <div className="page">
      <h1>{t("keys.createTitle")}</h1>
      <form className="record-form" onSubmit={(e) => void submit(e)} noValidate>
        <UnsavedChangesGuard when={dirty && !submitting} />
        {Object.keys(errors).length > 0 && (
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
            label={t("keys.fields.name")}
            required
            value={values.name}
            error={errors.name}
            onChange={(value) => set("name", value)}
          />
          <fieldset className="field scope-field">
            <legend>{t("keys.fields.scopes")}</legend>
            {SCOPES.map((scope) => (
              <CheckboxField
                key={scope}
                label={t(`keys.scopes.${scope}`)}
                checked={values.scopes.includes(scope)}
                onChange={(on) => toggleScope(scope, on)}
              />
            ))}
            {errors.scopes && (
              <p className="field-error" role="alert">
                {errors.scopes}
              </p>
            )}
          </fieldset>
          <TextField
            label={t("keys.fields.expiresAt")}
            type="datetime-local"
            hint={t("keys.fields.expiresHint")}
            value={values.expiresAt}
            error={errors.expiresAt}
            onChange={(value) => set("expiresAt", value)}
          />
          <NumberField
            label={t("keys.fields.requestsPerMinute")}
            hint={t("keys.fields.requestsHint")}
            value={values.requestsPerMinute}
            error={errors.requestsPerMinute}
            onChange={(value) => set("requestsPerMinute", value)}
          />
        </div>
        <div className="actions form-actions">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? tc("actions.saving") : t("keys.new")}
          </button>
          <Link className="button" to="/api-keys">
            {tc("actions.cancel")}
          </Link>
        </div>
      </form>
      {issued && (
        <SecretDialog
          issued={issued}
          onClose={() => navigate(`/api-keys/${encodeURIComponent(issued.apiKey.id)}`)}
        />
      )}
    </div>
  );
}
