import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { TextField } from "../ui/fields";
import type { Contact } from "./formValues";

const PARTS = ["email", "phone", "whatsapp", "address"] as const;

/**
 * Contact details (personal data, UU 27/2022) as one group of fields, for stakeholders and
 * people; `children` adds fields of the same kind (a person's legal basis for holding them).
 */
export function ContactFields({
  value,
  onChange,
  errors,
  children,
}: {
  value: Contact;
  onChange: (value: Contact) => void;
  errors: Record<string, string>;
  children?: ReactNode;
}) {
  const { t } = useTranslation("stakeholders");
  return (
    <fieldset className="fieldset field-wide">
      <legend>{t("fields.contact")}</legend>
      <p className="hint">{t("fields.contactNote")}</p>
      {errors.contact && (
        <p className="field-error" role="alert">
          {errors.contact}
        </p>
      )}
      <div className="form-fields">
        {PARTS.map((part) => (
          <TextField
            key={part}
            label={t(`fields.${part}`)}
            type={part === "email" ? "email" : "text"}
            value={value[part]}
            error={errors[`contact.${part}`]}
            onChange={(text) => onChange({ ...value, [part]: text })}
          />
        ))}
        {children}
      </div>
    </fieldset>
  );
}
