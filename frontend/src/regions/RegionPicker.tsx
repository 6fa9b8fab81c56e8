import { request } from "../api/client";
import { RecordPicker } from "../ui/RecordPicker";
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
  return (
    <RecordPicker
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
      find={async (text, signal) => {
        const { regions } = await request(RegionSearchQuery, { search: text }, signal);
        return regions.edges.map(({ node }) => node);
      }}
      option={(node) => ({ label: node.name, detail: node.code })}
      picked={({ id, code, name }) => ({ id, code, name })}
      shown={(picked) => `${picked.code} ${picked.name}`}
    />
  );
}
