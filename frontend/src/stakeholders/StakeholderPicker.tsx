import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { graphql } from "../graphql";
import { type PickerProps, RecordPicker } from "../ui/RecordPicker";

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
  exclude,
  ...field
}: PickerProps<PickedStakeholder> & {
  /** Ids never offered (e.g. the stakeholder a relation starts from). */
  exclude?: readonly string[];
}) {
  const { t } = useTranslation("stakeholders");
  return (
    <RecordPicker
      {...field}
      find={async (text, signal) => {
        const { stakeholders } = await request(StakeholderSearchQuery, { search: text }, signal);
        return stakeholders.edges
          .map(({ node }) => node)
          .filter((node) => !exclude?.includes(node.id));
      }}
      option={(node) => ({
        label: node.name,
        detail: [t(`categories.${node.category}`), node.region?.name].filter(Boolean).join(" · "),
      })}
      picked={({ id, slug, name }) => ({ id, slug, name })}
      shown={(picked) => picked.name}
    />
  );
}
