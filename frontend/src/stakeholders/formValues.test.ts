import { describe, expect, it } from "vitest";

import {
  createInput,
  EMPTY_VALUES,
  type StakeholderValues,
  updateInput,
  valuesOf,
} from "./formValues";
import type { StakeholderRecord } from "./operations";

const record: StakeholderRecord = {
  id: "U3Rha2Vob2xkZXI6MQ==",
  slug: "kim-paser",
  name: "KIM Kabupaten Paser",
  category: "KIM",
  status: "ACTIVE",
  foundedOn: "2019-03-01",
  memberCount: 12,
  updatedAt: "2026-11-01T02:00:00Z",
  region: { id: "R1", code: "64.01", name: "Paser" },
  version: 4,
  aliases: ["KIM Paser"],
  legalBasis: null,
  classification: null,
  description: "Komunitas informasi.",
  potentials: ["Rotan"],
  mediaChannels: [{ kind: "instagram", value: "@kimpaser" }],
  legalBasisRegulation: null,
  contact: { email: "kim@paser.id", phone: null, whatsapp: null, address: null },
};

describe("stakeholder form values", () => {
  it("reads a record into form values, nulls as empty text", () => {
    const values = valuesOf(record);
    expect(values.legalBasis).toBe("");
    expect(values.contact).toEqual({ email: "kim@paser.id", phone: "", whatsapp: "", address: "" });
    expect(values.region).toEqual({ id: "R1", code: "64.01", name: "Paser" });
  });

  it("creates with trimmed text, clean lists and no empty contact", () => {
    const values: StakeholderValues & { category: "KIM" } = {
      ...EMPTY_VALUES,
      name: "  KIM Baru ",
      category: "KIM",
      aliases: ["A", " ", " B "],
      mediaChannels: [
        { kind: "website", value: "kim.id" },
        { kind: "radio", value: " " },
      ],
      foundedOn: "",
    };
    expect(createInput(values, true)).toEqual({
      name: "KIM Baru",
      aliases: ["A", "B"],
      category: "KIM",
      status: "ACTIVE",
      regionId: null,
      foundedOn: null,
      legalBasis: null,
      legalBasisRegulationId: null,
      classification: null,
      description: "",
      mediaChannels: [{ kind: "website", value: "kim.id" }],
      potentials: [],
      memberCount: null,
    });
  });

  it("leaves contact out for those who may not hold it", () => {
    const values = { ...EMPTY_VALUES, name: "X", category: "OTHER" as const };
    values.contact = { ...values.contact, phone: "0812" };
    expect(createInput(values, false)).not.toHaveProperty("contact");
    expect(createInput(values, true).contact).toEqual({
      email: null,
      phone: "0812",
      whatsapp: null,
      address: null,
    });
  });

  it("updates only what changed, clearing references with null", () => {
    const base = valuesOf(record);
    const values = { ...base, region: null, memberCount: 15, legalBasis: "SK 1/2019" };
    expect(updateInput(record.id, 4, values, base)).toEqual({
      id: record.id,
      version: 4,
      regionId: null,
      memberCount: 15,
      legalBasis: "SK 1/2019",
    });
  });

  it("sends the whole contact when one part changes", () => {
    const base = valuesOf(record);
    const values = { ...base, contact: { ...base.contact, phone: "0812" } };
    expect(updateInput(record.id, 4, values, base)).toEqual({
      id: record.id,
      version: 4,
      contact: { email: "kim@paser.id", phone: "0812", whatsapp: null, address: null },
    });
  });
});
