import type { VariablesOf } from "../graphql";
import type { PickedRegion } from "../regions/RegionPicker";
import type { PickedRegulation } from "../regulations/regulationInput";
import { patchOf } from "../ui/drafts";
import type {
  CreateStakeholderMutation,
  StakeholderCategory,
  StakeholderRecord,
  StakeholderStatus,
  UpdateStakeholderMutation,
} from "./operations";

export interface Channel {
  kind: string;
  value: string;
}

export interface Contact {
  email: string;
  phone: string;
  whatsapp: string;
  address: string;
}

/** What the stakeholder form edits: text inputs hold strings, references the picked record. */
export interface StakeholderValues {
  name: string;
  slug: string;
  aliases: string[];
  category: StakeholderCategory | null;
  status: StakeholderStatus | null;
  region: PickedRegion | null;
  foundedOn: string;
  legalBasis: string;
  legalBasisRegulation: PickedRegulation | null;
  classification: string;
  description: string;
  mediaChannels: Channel[];
  potentials: string[];
  memberCount: number | null;
  contact: Contact;
}

type CreateInput = VariablesOf<typeof CreateStakeholderMutation>["input"];
type UpdateInput = VariablesOf<typeof UpdateStakeholderMutation>["input"];

export const NO_CONTACT: Contact = { email: "", phone: "", whatsapp: "", address: "" };

export const EMPTY_VALUES: StakeholderValues = {
  name: "",
  slug: "",
  aliases: [],
  category: null,
  status: "ACTIVE",
  region: null,
  foundedOn: "",
  legalBasis: "",
  legalBasisRegulation: null,
  classification: "",
  description: "",
  mediaChannels: [],
  potentials: [],
  memberCount: null,
  contact: NO_CONTACT,
};

export function valuesOf(record: StakeholderRecord): StakeholderValues {
  const contact = record.contact;
  return {
    name: record.name,
    slug: record.slug,
    aliases: [...record.aliases],
    category: record.category,
    status: record.status,
    region: record.region,
    foundedOn: record.foundedOn ?? "",
    legalBasis: record.legalBasis ?? "",
    legalBasisRegulation: record.legalBasisRegulation && {
      id: record.legalBasisRegulation.id,
      slug: record.legalBasisRegulation.slug,
      citation: record.legalBasisRegulation.citation,
    },
    classification: record.classification ?? "",
    description: record.description,
    mediaChannels: record.mediaChannels.map(({ kind, value }) => ({ kind, value })),
    potentials: [...record.potentials],
    memberCount: record.memberCount,
    contact: {
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
      whatsapp: contact?.whatsapp ?? "",
      address: contact?.address ?? "",
    },
  };
}

const text = (value: string): string | null => value.trim() || null;
const lines = (values: readonly string[]): string[] =>
  values.map((value) => value.trim()).filter(Boolean);

/** Rows the user left half-empty are dropped rather than refused. */
function channels(values: readonly Channel[]): Channel[] {
  return values
    .map(({ kind, value }) => ({ kind: kind.trim(), value: value.trim() }))
    .filter(({ kind, value }) => kind && value);
}

export function contactInput(contact: Contact) {
  return {
    email: text(contact.email),
    phone: text(contact.phone),
    whatsapp: text(contact.whatsapp),
    address: text(contact.address),
  };
}

/** Each form field as the input field (or fields) it becomes. */
function inputFields(values: Partial<StakeholderValues>): Partial<CreateInput> {
  const input: Partial<CreateInput> = {};
  if (values.name !== undefined) input.name = values.name.trim();
  if (values.slug !== undefined) input.slug = text(values.slug);
  if (values.aliases !== undefined) input.aliases = lines(values.aliases);
  if (values.category !== undefined && values.category !== null) input.category = values.category;
  if (values.status !== undefined && values.status !== null) input.status = values.status;
  if (values.region !== undefined) input.regionId = values.region?.id ?? null;
  if (values.foundedOn !== undefined) input.foundedOn = text(values.foundedOn);
  if (values.legalBasis !== undefined) input.legalBasis = text(values.legalBasis);
  if (values.legalBasisRegulation !== undefined) {
    input.legalBasisRegulationId = values.legalBasisRegulation?.id ?? null;
  }
  if (values.classification !== undefined) input.classification = text(values.classification);
  if (values.description !== undefined) input.description = values.description.trim();
  if (values.mediaChannels !== undefined) input.mediaChannels = channels(values.mediaChannels);
  if (values.potentials !== undefined) input.potentials = lines(values.potentials);
  if (values.memberCount !== undefined) input.memberCount = values.memberCount;
  if (values.contact !== undefined) input.contact = contactInput(values.contact);
  return input;
}

/** A new stakeholder's input; contact details only for those who may hold them. */
export function createInput(
  values: StakeholderValues & { category: StakeholderCategory },
  withContact: boolean,
): CreateInput {
  const { contact, ...rest } = values;
  const input = inputFields(withContact ? values : rest);
  if (Object.values(contact).every((value) => !value.trim())) delete input.contact;
  // Left out (not null), the slug is made from the name.
  if (!input.slug) delete input.slug;
  return { ...input, name: values.name.trim(), category: values.category };
}

/** Only the changed fields, with the id and the version the form was based on. */
export function updateInput(
  id: string,
  version: number,
  values: StakeholderValues,
  base: StakeholderValues,
): UpdateInput {
  return { id, version, ...inputFields(patchOf(values, base)) };
}
