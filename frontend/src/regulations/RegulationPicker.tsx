import { request } from "../api/client";
import { RecordPicker } from "../ui/RecordPicker";
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
  return (
    <RecordPicker
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
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
