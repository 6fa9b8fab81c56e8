import { useRef } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { graphql } from "../graphql";
import { Combobox } from "../ui/Combobox";

export interface PickedStakeholder {
  id: string;
  slug: string;
  name: string;
}

/** For reference pickers: stakeholders by name, with their category and region. */
export const StakeholderSearchQuery = graphql(`
  query StakeholderSearch($search: String!) {
    stakeholders(filter: { search: $search }, first: 10, orderBy: { field: NAME }) {
      edges {
        node {
          id
          slug
          name
          category
          region {
            name
          }
        }
      }
    }
  }
`);

/** Choose one stakeholder by name; shows the current choice with a way to clear it. */
export function StakeholderPicker({
  label,
  value,
  onChange,
  error,
  hint,
  exclude,
}: {
  label: string;
  value: PickedStakeholder | null;
  onChange: (value: PickedStakeholder | null) => void;
  error?: string | undefined;
  hint?: string;
  /** Ids never offered (e.g. the stakeholder a relation starts from). */
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation("stakeholders");
  // Options carry only id and label; the slug of each offered stakeholder is kept here.
  const slugs = useRef(new Map<string, string>());
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={async (text, signal) => {
          const { stakeholders } = await request(StakeholderSearchQuery, { search: text }, signal);
          const found = stakeholders.edges.filter(({ node }) => !exclude?.includes(node.id));
          for (const { node } of found) slugs.current.set(node.id, node.slug);
          return found.map(({ node }) => ({
            id: node.id,
            label: node.name,
            detail: [ts(`categories.${node.category}`), node.region?.name]
              .filter(Boolean)
              .join(" · "),
          }));
        }}
        onSelect={(option) =>
          onChange({ id: option.id, slug: slugs.current.get(option.id) ?? "", name: option.label })
        }
      />
      {value && (
        <p className="picked">
          <span className="badge">{value.name}</span>{" "}
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t("actions.reset")}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </div>
  );
}
