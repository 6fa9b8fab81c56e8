import { request } from "../api/client";
import { graphql } from "../graphql";
import { type PickerProps, RecordPicker } from "../ui/RecordPicker";

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
export function PersonPicker(field: PickerProps<PickedPerson>) {
  return (
    <RecordPicker
      {...field}
      find={async (text, signal) => {
        const { people } = await request(PersonSearchQuery, { search: text }, signal);
        return people.edges.map(({ node }) => node);
      }}
      option={(node) => ({
        label: node.displayName,
        ...(node.position && { detail: node.position }),
      })}
      picked={({ id, slug, displayName }) => ({ id, slug, name: displayName })}
      shown={(picked) => picked.name}
    />
  );
}
