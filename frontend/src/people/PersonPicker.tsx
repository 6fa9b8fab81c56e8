import { useRef } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { graphql } from "../graphql";
import { Combobox } from "../ui/Combobox";

export interface PickedPerson {
  id: string;
  slug: string;
  /** The name as printed, with honorifics. */
  name: string;
}

/** For reference pickers: people by name, with their position. */
export const PersonSearchQuery = graphql(`
  query PersonSearch($search: String!) {
    people(filter: { search: $search }, first: 10, orderBy: { field: FULL_NAME }) {
      edges {
        node {
          id
          slug
          displayName
          position
        }
      }
    }
  }
`);

/** Choose one person by name; shows the current choice with a way to clear it. */
export function PersonPicker({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (value: PickedPerson | null) => void;
  error?: string | undefined;
  hint?: string;
}) {
  const { t } = useTranslation();
  // Options carry only id and label; the slug of each offered person is kept here.
  const slugs = useRef(new Map<string, string>());
  return (
    <div className="field">
      <Combobox
        label={label}
        placeholder={hint}
        error={error}
        search={async (text, signal) => {
          const { people } = await request(PersonSearchQuery, { search: text }, signal);
          for (const { node } of people.edges) slugs.current.set(node.id, node.slug);
          return people.edges.map(({ node }) => ({
            id: node.id,
            label: node.displayName,
            ...(node.position && { detail: node.position }),
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
