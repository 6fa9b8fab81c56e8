import { useRef } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { Combobox } from "../ui/Combobox";
import { RegulationSearchQuery } from "./operations";
import type { PickedRegulation } from "./regulationInput";

/** Choose one regulation by title; shows the current choice with a way to clear it. */
export function RegulationPicker({
  label,
  value,
  onChange,
  error,
  hint,
  exclude,
}: {
  label: string;
  value: PickedRegulation | null;
  onChange: (value: PickedRegulation | null) => void;
  error?: string | undefined;
  hint?: string;
  /** An id never offered (a regulation cannot replace itself). */
  exclude?: string | null;
}) {
  const { t } = useTranslation();
  // Options carry only id and label; the regulations offered are kept here for the choice.
  const found = useRef(new Map<string, PickedRegulation>());
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={async (text, signal) => {
          const { regulations } = await request(RegulationSearchQuery, { search: text }, signal);
          const nodes = regulations.edges
            .map(({ node }) => node)
            .filter((node) => node.id !== exclude);
          for (const node of nodes) found.current.set(node.id, node);
          return nodes.map((node) => ({ id: node.id, label: node.citation, detail: node.title }));
        }}
        onSelect={(option) => {
          const node = found.current.get(option.id);
          if (node) onChange({ id: node.id, slug: node.slug, citation: node.citation });
        }}
      />
      {value && (
        <p className="picked">
          <span className="badge">{value.citation}</span>{" "}
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t("actions.reset")}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </div>
  );
}
