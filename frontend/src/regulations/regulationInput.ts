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

/** Required fields without a default, checked before sending (the API cannot take a null). */
export function missingRequired(values: RegulationValues): ("kind" | "year")[] {
  return (["kind", "year"] as const).filter((field) => values[field] === null);
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
