import type { VariablesOf } from "../graphql";
import type { PickedRegion } from "../regions/RegionPicker";
import { type Contact, contactInput, NO_CONTACT } from "../stakeholders/formValues";
import { patchOf } from "../ui/drafts";
import type { CreatePersonMutation, PersonRecord, UpdatePersonMutation } from "./operations";

/** What the person form edits. */
export interface PersonValues {
  fullName: string;
  slug: string;
  honorificPrefix: string;
  honorificSuffix: string;
  position: string;
  isPublicFigure: boolean;
  region: PickedRegion | null;
  contact: Contact;
  dataLegalBasis: string;
}

type CreateInput = VariablesOf<typeof CreatePersonMutation>["input"];
type UpdateInput = VariablesOf<typeof UpdatePersonMutation>["input"];

export const EMPTY_PERSON: PersonValues = {
  fullName: "",
  slug: "",
  honorificPrefix: "",
  honorificSuffix: "",
  position: "",
  isPublicFigure: false,
  region: null,
  contact: NO_CONTACT,
  dataLegalBasis: "",
};

export function personValuesOf(person: PersonRecord): PersonValues {
  const contact = person.contact;
  return {
    fullName: person.fullName,
    slug: person.slug,
    honorificPrefix: person.honorificPrefix,
    honorificSuffix: person.honorificSuffix,
    position: person.position,
    isPublicFigure: person.isPublicFigure,
    region: person.region,
    contact: {
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
      whatsapp: contact?.whatsapp ?? "",
      address: contact?.address ?? "",
    },
    dataLegalBasis: person.dataLegalBasis ?? "",
  };
}

/**
 * Each form field as its input field. Personal data (contact, its legal basis) is sent only by
 * those who may see it: anyone else would overwrite what they cannot read.
 */
function inputFields(values: Partial<PersonValues>, personal: boolean): Partial<CreateInput> {
  const input: Partial<CreateInput> = {};
  if (values.fullName !== undefined) input.fullName = values.fullName.trim();
  if (values.slug !== undefined) input.slug = values.slug.trim() || null;
  if (values.honorificPrefix !== undefined) input.honorificPrefix = values.honorificPrefix.trim();
  if (values.honorificSuffix !== undefined) input.honorificSuffix = values.honorificSuffix.trim();
  if (values.position !== undefined) input.position = values.position.trim();
  if (values.isPublicFigure !== undefined) input.isPublicFigure = values.isPublicFigure;
  if (values.region !== undefined) input.regionId = values.region?.id ?? null;
  if (personal && values.contact !== undefined) input.contact = contactInput(values.contact);
  if (personal && values.dataLegalBasis !== undefined) {
    input.dataLegalBasis = values.dataLegalBasis.trim();
  }
  return input;
}

export function createPersonInput(values: PersonValues, personal: boolean): CreateInput {
  const input = inputFields(values, personal);
  if (Object.values(values.contact).every((value) => !value.trim())) delete input.contact;
  // Left out (not null), the slug is made from the name.
  if (!input.slug) delete input.slug;
  return { ...input, fullName: values.fullName.trim() };
}

export function updatePersonInput(
  id: string,
  version: number,
  values: PersonValues,
  base: PersonValues,
  personal: boolean,
): UpdateInput {
  return { id, version, ...inputFields(patchOf(values, base), personal) };
}
