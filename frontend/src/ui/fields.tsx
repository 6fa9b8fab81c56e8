import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";

import type { Option } from "./FilterSelect";

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and the server's error for one field, wired for screen readers. */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t("form.required")})</span>}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type Base = { label: string; error?: string | undefined; hint?: string; required?: boolean };

export function TextField({
  value,
  onChange,
  multiline = false,
  type = "text",
  name,
  ...field
}: Base & {
  value: string | null | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: "text" | "email" | "url" | "date" | "datetime-local" | "password";
  name?: string;
}) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            rows={5}
            value={value ?? ""}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            required={field.required}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            value={value ?? ""}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            required={field.required}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function NumberField({
  value,
  onChange,
  name,
  ...field
}: Base & { value: number | null | undefined; onChange: (value: number | null) => void; name?: string }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          value={value ?? ""}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        />
      )}
    </Field>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  allowEmpty = false,
  name,
  ...field
}: Base & {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  options: readonly Option[];
  allowEmpty?: boolean;
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          value={value ?? ""}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value || null)}
        >
          {(allowEmpty || !value) && <option value="">{t("form.none")}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  error,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={error ? "field field-check field-invalid" : "field field-check"}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A list of short strings (aliases, potentials) edited as one line per item. */
export function LinesField({
  value,
  onChange,
  ...field
}: Base & { value: readonly string[]; onChange: (value: string[]) => void }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          value={value.join("\n")}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value.split("\n"))}
          onBlur={(e) =>
            onChange(
              e.target.value
                .split("\n")
                .map((line) => line.trim())
                .filter(Boolean),
            )
          }
        />
      )}
    </Field>
  );
}
