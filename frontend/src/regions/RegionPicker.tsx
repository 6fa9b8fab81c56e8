import { request } from "../api/client";
import { type PickerProps, RecordPicker } from "../ui/RecordPicker";
import { RegionSearchQuery } from "./operations";

export interface PickedRegion {
  id: string;
  code: string;
  name: string;
}

/** Choose one region by name or code; shows the current choice with a way to clear it. */
export function RegionPicker(field: PickerProps<PickedRegion>) {
  return (
    <RecordPicker
      {...field}
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
