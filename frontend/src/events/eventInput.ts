import { fromOfficeInput, toOfficeInput } from "../format/dates";
import type { VariablesOf } from "../graphql";
import type { PickedRegion } from "../regions/RegionPicker";
import { patchOf } from "../ui/drafts";
import type {
  CreateEventMutation,
  DatePrecision,
  EventDetailData,
  EventKind,
  EventStatus,
  UpdateEventMutation,
} from "./operations";

/**
 * The event form's values; times are datetime-local strings in the office zone (the browser
 * hands over a complete value or none, and none clears the time).
 */
export interface EventValues {
  title: string;
  slug: string;
  kind: EventKind | null;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  datePrecision: DatePrecision;
  venue: string;
  region: PickedRegion | null;
  description: string;
}

export const EMPTY_EVENT: EventValues = {
  title: "",
  slug: "",
  kind: null,
  status: "PLANNED",
  startsAt: "",
  endsAt: "",
  datePrecision: "EXACT",
  venue: "",
  region: null,
  description: "",
};

type CreateInput = VariablesOf<typeof CreateEventMutation>["input"];
type UpdateInput = VariablesOf<typeof UpdateEventMutation>["input"];

export function eventValues(event: EventDetailData): EventValues {
  return {
    title: event.title,
    slug: event.slug,
    kind: event.kind,
    status: event.status,
    startsAt: toOfficeInput(event.startsAt),
    endsAt: toOfficeInput(event.endsAt),
    datePrecision: event.datePrecision,
    venue: event.venue,
    region: event.region,
    description: event.description,
  };
}

/** Required fields left empty, checked before sending (the API cannot take a null kind). */
export function missingRequired(values: EventValues): ("title" | "kind")[] {
  const missing: ("title" | "kind")[] = [];
  if (!values.title.trim()) missing.push("title");
  if (values.kind === null) missing.push("kind");
  return missing;
}

/** Called once missingRequired found nothing, so the kind is known. */
export function createEventInput(values: EventValues & { kind: EventKind }): CreateInput {
  return {
    title: values.title,
    ...(values.slug.trim() && { slug: values.slug.trim() }),
    kind: values.kind,
    status: values.status,
    startsAt: fromOfficeInput(values.startsAt),
    endsAt: fromOfficeInput(values.endsAt),
    datePrecision: values.datePrecision,
    venue: values.venue,
    regionId: values.region?.id ?? null,
    description: values.description,
  };
}

/** Only what changed, at the version the form was loaded with. */
export function updateEventInput(
  id: string,
  version: number,
  values: EventValues,
  base: EventValues,
): UpdateInput {
  const patch = patchOf(values, base);
  return {
    id,
    version,
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.slug !== undefined && patch.slug.trim() && { slug: patch.slug.trim() }),
    ...(patch.kind !== undefined && patch.kind !== null && { kind: patch.kind }),
    ...(patch.status !== undefined && { status: patch.status }),
    ...(patch.startsAt !== undefined && { startsAt: fromOfficeInput(patch.startsAt) }),
    ...(patch.endsAt !== undefined && { endsAt: fromOfficeInput(patch.endsAt) }),
    ...(patch.datePrecision !== undefined && { datePrecision: patch.datePrecision }),
    ...(patch.venue !== undefined && { venue: patch.venue }),
    ...(patch.region !== undefined && { regionId: patch.region?.id ?? null }),
    ...(patch.description !== undefined && { description: patch.description }),
  };
}
