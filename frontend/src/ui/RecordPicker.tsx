import { useRef } from "react";
import { useTranslation } from "react-i18next";

import { Combobox, type ComboOption } from "./Combobox";

/** What a form passes to a picker of one record. */
export interface PickerProps<V> {
  label: string;
  value: V | null;
  onChange: (value: V | null) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/**
 * Choose one record by typing: the combobox offers what `find` returns, the choice shows as a
 * badge with a way to clear it. The records offered are kept so that the choice can carry more
 * than an option's id and label (a slug, say).
 */
export function RecordPicker<T extends { id: string }, V>({
  label,
  value,
  onChange,
  find,
  option,
  picked,
  shown,
  error,
  hint,
}: PickerProps<V> & {
  find: (text: string, signal: AbortSignal) => Promise<T[]>;
  option: (record: T) => Omit<ComboOption, "id">;
  picked: (record: T) => V;
  shown: (value: V) => string;
}) {
  const { t } = useTranslation();
  const offered = useRef(new Map<string, T>());
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={async (text, signal) => {
          const records = await find(text, signal);
          for (const record of records) offered.current.set(record.id, record);
          return records.map((record) => ({ id: record.id, ...option(record) }));
        }}
        onSelect={({ id }) => {
          const record = offered.current.get(id);
          if (record) onChange(picked(record));
        }}
      />
      {value && (
        <p className="picked">
          <span className="badge">{shown(value)}</span>{" "}
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t("actions.reset")}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </div>
  );
}
