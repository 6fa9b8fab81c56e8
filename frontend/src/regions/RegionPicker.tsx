import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { Combobox } from "../ui/Combobox";
import { RegionSearchQuery } from "./operations";

export interface PickedRegion {
  id: string;
  code: string;
  name: string;
}

/** Choose one region by name or code; shows the current choice with a way to clear it. */
export function RegionPicker({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: PickedRegion | null;
  onChange: (value: PickedRegion | null) => void;
  error?: string | undefined;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={async (text, signal) => {
          const { regions } = await request(RegionSearchQuery, { search: text }, signal);
          return regions.edges.map(({ node }) => ({
            id: node.id,
            label: node.name,
            detail: node.code,
          }));
        }}
        onSelect={(option) =>
          onChange({ id: option.id, code: option.detail ?? "", name: option.label })
        }
      />
      {value && (
        <p className="picked">
          <span className="badge">
            {value.code} {value.name}
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
