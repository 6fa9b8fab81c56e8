import { describe, expect, it } from "vitest";

import {
  affairChanges,
  createRegulationInput,
  EMPTY_REGULATION,
  missingRequired,
  regulationFilter,
  type RegulationValues,
  updateRegulationInput,
} from "./regulationInput";

const SAVED: RegulationValues = {
  kind: "PERMEN",
  number: "8",
  year: 2019,
  title: "tentang Penyelenggaraan Urusan Pemerintahan Konkuren",
  slug: "permen-8-2019",
  issuer: { id: "U3Rha2Vob2xkZXI6MQ==", slug: "kominfo", name: "Kementerian Kominfo" },
  enactedOn: "2019-06-10",
  status: "IN_FORCE",
  replacedBy: null,
  url: "",
};

describe("regulation list filter", () => {
  it("maps URL filters, taking only whole years", () => {
    const filters = { kind: "PERMEN,UU", yearFrom: "2019", yearTo: "20" };
    expect(regulationFilter("konkuren", filters)).toEqual({
      search: "konkuren",
      kind: ["PERMEN", "UU"],
      status: null,
      yearFrom: 2019,
      yearTo: null,
    });
    expect(regulationFilter("", {})).toEqual({
      search: null,
      kind: null,
      status: null,
      yearFrom: null,
      yearTo: null,
    });
  });
});

describe("regulation inputs", () => {
  it("asks for the required fields before sending a new regulation", () => {
    expect(missingRequired(EMPTY_REGULATION)).toEqual(["kind", "number", "year", "title"]);
    expect(missingRequired({ ...SAVED, title: "  " })).toEqual(["title"]);
    expect(missingRequired(SAVED)).toEqual([]);
  });

  it("creates with empty optional fields as null and without an empty slug", () => {
    expect(
      createRegulationInput({
        ...EMPTY_REGULATION,
        kind: "UU",
        year: 2008,
        number: "14",
        title: "KIP",
      }),
    ).toEqual({
      kind: "UU",
      number: "14",
      year: 2008,
      title: "KIP",
      issuerId: null,
      enactedOn: null,
      status: "IN_FORCE",
      replacedById: null,
      url: null,
    });
  });

  it("updates only what changed; a revocation names its successor", () => {
    const successor = { id: "UmVndWxhdGlvbjoy", slug: "permen-4-2024", citation: "Permen 4/2024" };
    expect(
      updateRegulationInput(
        "UmVndWxhdGlvbjox",
        2,
        { ...SAVED, status: "REVOKED", replacedBy: successor },
        SAVED,
      ),
    ).toEqual({
      id: "UmVndWxhdGlvbjox",
      version: 2,
      status: "REVOKED",
      replacedById: "UmVndWxhdGlvbjoy",
    });
  });

  it("clears the issuer, the enactment date and the link with null", () => {
    expect(
      updateRegulationInput(
        "UmVndWxhdGlvbjox",
        2,
        { ...SAVED, issuer: null, enactedOn: "", url: " " },
        { ...SAVED, url: "https://jdih.example/8" },
      ),
    ).toEqual({ id: "UmVndWxhdGlvbjox", version: 2, issuerId: null, enactedOn: null, url: null });
  });
});

describe("affair changes", () => {
  const saved = { name: "Layanan Informasi Publik", position: 3, description: "" };

  it("sends only what changed", () => {
    expect(affairChanges({ ...saved, position: 1 }, saved)).toEqual({ position: 1 });
    expect(affairChanges(saved, saved)).toEqual({});
  });

  it("never sends an emptied position (the API keeps one for every affair)", () => {
    expect(affairChanges({ ...saved, position: null, name: "Layanan" }, saved)).toEqual({
      name: "Layanan",
    });
  });
});
