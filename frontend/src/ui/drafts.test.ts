import { beforeEach, describe, expect, it } from "vitest";

import { changedFields, dropDraft, loadDraft, patchOf, saveDraft } from "./drafts";

beforeEach(() => localStorage.clear());

describe("drafts", () => {
  it("stores, loads and drops a draft per record", () => {
    saveDraft("Stakeholder:1", { name: "KIM Sinar" }, 3);
    const draft = loadDraft<{ name: string }>("Stakeholder:1");
    expect(draft?.values).toEqual({ name: "KIM Sinar" });
    expect(draft?.baseVersion).toBe(3);
    expect(loadDraft("Stakeholder:2")).toBeNull();
    dropDraft("Stakeholder:1");
    expect(loadDraft("Stakeholder:1")).toBeNull();
  });

  it("survives a corrupt entry", () => {
    localStorage.setItem("simpul.draft.x", "{not json");
    expect(loadDraft("x")).toBeNull();
  });

  it("lists the fields that differ, treating missing and null alike", () => {
    const mine = { name: "A", aliases: ["x"], note: null as string | null };
    const current = { name: "A", aliases: ["x", "y"], note: undefined as unknown as string | null };
    expect(changedFields(mine, current)).toEqual(["aliases"]);
  });

  it("builds a patch of changed fields only", () => {
    expect(patchOf({ name: "B", status: "ACTIVE" }, { name: "A", status: "ACTIVE" })).toEqual({
      name: "B",
    });
  });
});
