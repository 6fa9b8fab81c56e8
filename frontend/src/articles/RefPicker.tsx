import { useTranslation } from "react-i18next";

import { Combobox, type ComboOption } from "../ui/Combobox";
import type { PickedRef } from "./articleValues";

/** Choose one record by name (a region, an author); shows the choice with a way to clear it. */
export function RefPicker({
  label,
  hint,
  value,
  onChange,
  error,
  search,
}: {
  label: string;
  hint?: string;
  value: PickedRef | null;
  onChange: (value: PickedRef | null) => void;
  error?: string | undefined;
  search: (text: string, signal: AbortSignal) => Promise<ComboOption[]>;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={search}
        onSelect={(option) => onChange({ id: option.id, name: option.label, detail: option.detail ?? "" })}
      />
      {value && (
        <p className="picked">
          <span className="badge">
            {value.name} {value.detail && <span className="muted">{value.detail}</span>}
          </span>{" "}
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t("actions.reset")}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </div>
  );
}
