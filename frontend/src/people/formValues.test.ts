import { describe, expect, it } from "vitest";

import { createPersonInput, EMPTY_PERSON, personValuesOf, updatePersonInput } from "./formValues";
import type { PersonRecord } from "./operations";

const person: PersonRecord = {
  id: "UGVyc29uOjE=",
  slug: "muhammad-faisal",
  fullName: "Muhammad Faisal",
  displayName: "Drs. H. Muhammad Faisal, M.Si",
  position: "Kepala Dinas",
  isPublicFigure: true,
  updatedAt: "2026-11-01T02:00:00Z",
  region: null,
  version: 2,
  honorificPrefix: "Drs. H.",
  honorificSuffix: "M.Si",
  dataLegalBasis: null,
  erasedAt: null,
  contact: null,
};

describe("person form values", () => {
  it("reads hidden personal data as empty fields", () => {
    const values = personValuesOf(person);
    expect(values.contact).toEqual({ email: "", phone: "", whatsapp: "", address: "" });
    expect(values.dataLegalBasis).toBe("");
  });

  it("creates without empty contact details", () => {
    const values = { ...EMPTY_PERSON, fullName: " Siti Aminah ", position: "Ketua" };
    expect(createPersonInput(values, true)).toEqual({
      fullName: "Siti Aminah",
      honorificPrefix: "",
      honorificSuffix: "",
      position: "Ketua",
      isPublicFigure: false,
      regionId: null,
      dataLegalBasis: "",
    });
  });

  it("never sends personal data for someone who may not see it", () => {
    const base = personValuesOf(person);
    const values = { ...base, position: "Sekda", contact: { ...base.contact, phone: "0812" } };
    expect(updatePersonInput(person.id, 2, values, base, false)).toEqual({
      id: person.id,
      version: 2,
      position: "Sekda",
    });
    expect(updatePersonInput(person.id, 2, values, base, true)).toEqual({
      id: person.id,
      version: 2,
      position: "Sekda",
      contact: { email: null, phone: "0812", whatsapp: null, address: null },
    });
  });
});
