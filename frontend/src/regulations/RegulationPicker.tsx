import { request } from "../api/client";
import { type PickerProps, RecordPicker } from "../ui/RecordPicker";
import { RegulationSearchQuery } from "./operations";
import type { PickedRegulation } from "./regulationInput";

/** Choose one regulation by title; shows the current choice with a way to clear it. */
export function RegulationPicker({
  exclude,
  ...field
}: PickerProps<PickedRegulation> & {
  /** An id never offered (a regulation cannot replace itself). */
  exclude?: string | null;
}) {
  return (
    <RecordPicker
      {...field}
      find={async (text, signal) => {
        const { regulations } = await request(RegulationSearchQuery, { search: text }, signal);
        return regulations.edges.map(({ node }) => node).filter((node) => node.id !== exclude);
      }}
      option={(node) => ({ label: node.citation, detail: node.title })}
      picked={({ id, slug, citation }) => ({ id, slug, citation })}
      shown={(picked) => picked.citation}
    />
  );
}
