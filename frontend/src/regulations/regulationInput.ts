import type { VariablesOf } from "../graphql";
import type { PickedStakeholder } from "../stakeholders/StakeholderPicker";
import { patchOf } from "../ui/drafts";
import { listFilter } from "../ui/listState";
import type {
  CreateRegulationMutation,
  RegulationDetailData,
  RegulationKind,
  RegulationListQuery,
  RegulationStatus,
  UpdateRegulationMutation,
} from "./operations";

export interface PickedRegulation {
  id: string;
  slug: string;
  citation: string;
}

export interface RegulationValues {
  kind: RegulationKind | null;
  number: string;
  year: number | null;
  title: string;
  slug: string;
  issuer: PickedStakeholder | null;
  /** YYYY-MM-DD, or empty. */
  enactedOn: string;
  status: RegulationStatus;
  replacedBy: PickedRegulation | null;
  url: string;
}

export const EMPTY_REGULATION: RegulationValues = {
  kind: null,
  number: "",
  year: null,
  title: "",
  slug: "",
  issuer: null,
  enactedOn: "",
  status: "IN_FORCE",
  replacedBy: null,
  url: "",
};

type Filter = NonNullable<VariablesOf<typeof RegulationListQuery>["filter"]>;
type CreateInput = VariablesOf<typeof CreateRegulationMutation>["input"];
type UpdateInput = VariablesOf<typeof UpdateRegulationMutation>["input"];

function year(value: string | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The list's URL filters as the API's RegulationFilter. */
export function regulationFilter(search: string, filters: Record<string, string>): Filter {
  return {
    search: search || null,
    kind: listFilter<RegulationKind>(filters.kind),
    status: listFilter<RegulationStatus>(filters.status),
    yearFrom: year(filters.yearFrom),
    yearTo: year(filters.yearTo),
  };
}

export function regulationValues(regulation: RegulationDetailData): RegulationValues {
  return {
    kind: regulation.kind,
    number: regulation.number,
    year: regulation.year,
    title: regulation.title,
    slug: regulation.slug,
    issuer: regulation.issuer,
    enactedOn: regulation.enactedOn ?? "",
    status: regulation.status,
    replacedBy: regulation.replacedBy,
    url: regulation.url ?? "",
  };
}

type Required = "kind" | "number" | "year" | "title";

/** Required fields left empty, checked before sending (the API cannot take a null kind or year). */
export function missingRequired(values: RegulationValues): Required[] {
  const required: readonly Required[] = ["kind", "number", "year", "title"];
  return required.filter((field) => {
    const value = values[field];
    return value === null || (typeof value === "string" && !value.trim());
  });
}

export function createRegulationInput(
  values: RegulationValues & { kind: RegulationKind; year: number },
): CreateInput {
  return {
    kind: values.kind,
    number: values.number,
    year: values.year,
    title: values.title,
    ...(values.slug.trim() && { slug: values.slug.trim() }),
    issuerId: values.issuer?.id ?? null,
    enactedOn: values.enactedOn || null,
    status: values.status,
    replacedById: values.replacedBy?.id ?? null,
    url: values.url.trim() || null,
  };
}

/** Only what changed, at the version the form was loaded with; emptied fields become null. */
export function updateRegulationInput(
  id: string,
  version: number,
  values: RegulationValues,
  base: RegulationValues,
): UpdateInput {
  const patch = patchOf(values, base);
  return {
    id,
    version,
    ...(patch.kind !== undefined && patch.kind !== null && { kind: patch.kind }),
    ...(patch.number !== undefined && { number: patch.number }),
    ...(patch.year !== undefined && patch.year !== null && { year: patch.year }),
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.slug !== undefined && patch.slug.trim() && { slug: patch.slug.trim() }),
    ...(patch.issuer !== undefined && { issuerId: patch.issuer?.id ?? null }),
    ...(patch.enactedOn !== undefined && { enactedOn: patch.enactedOn || null }),
    ...(patch.status !== undefined && { status: patch.status }),
    ...(patch.replacedBy !== undefined && { replacedById: patch.replacedBy?.id ?? null }),
    ...(patch.url !== undefined && { url: patch.url.trim() || null }),
  };
}

/** An affair (urusan) as its row edits it. */
export interface AffairValues {
  name: string;
  position: number | null;
  description: string;
}

/** The fields of an affair row that differ from the saved affair; an empty position is left out. */
export function affairChanges(values: AffairValues, saved: AffairValues): Partial<AffairValues> {
  const changes: Partial<AffairValues> = {};
  if (values.name !== saved.name) changes.name = values.name;
  if (values.position !== null && values.position !== saved.position) {
    changes.position = values.position;
  }
  if (values.description !== saved.description) changes.description = values.description;
  return changes;
}
