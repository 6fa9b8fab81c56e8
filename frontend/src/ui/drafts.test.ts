import { beforeEach, describe, expect, it } from "vitest";

import {
  changedFields,
  draftChanges,
  dropDraft,
  loadDraft,
  mergeDraft,
  patchOf,
  saveDraft,
} from "./drafts";

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

describe("applying a draft after a conflict", () => {
  const base = { name: "KIM Sinar", status: "ACTIVE", description: "lama" };

  it("lays only the user's own changes over the latest version", () => {
    const draft = {
      values: { ...base, name: "KIM Sinar Mas" },
      base,
      baseVersion: 3,
      savedAt: "",
    };
    // Meanwhile someone else changed the description.
    const latest = { ...base, description: "baru" };
    expect(draftChanges(draft)).toEqual(["name"]);
    expect(mergeDraft(latest, draft)).toEqual({
      name: "KIM Sinar Mas",
      status: "ACTIVE",
      description: "baru",
    });
  });

  it("takes every field of a draft kept without its base", () => {
    const draft = { values: { ...base, name: "X" }, baseVersion: 3, savedAt: "" };
    expect(mergeDraft({ ...base, description: "baru" }, draft)).toEqual({ ...base, name: "X" });
  });

  it("keeps the base with the stored draft", () => {
    saveDraft("Stakeholder:9", { ...base, name: "Y" }, 2, base);
    expect(loadDraft("Stakeholder:9")?.base).toEqual(base);
  });
});
