import { describe, expect, it } from "vitest";

import { listChange, parseUnifiedDiff, readableLine, revisionCause, shownValue } from "./diff";

// As the revision API sends it (schema/articles/revisions.py, difflib with n=1).
const BODY_DIFF = [
  "--- revision 1",
  "+++ revision 2",
  "@@ -1,2 +1,3 @@",
  " <p>Satu.</p>",
  "-<p>Dua </p>",
  "+<p>Dua diubah</p>",
  "+<h2>Tiga</h2>",
  "@@ -9 +10 @@",
  "-<p>Akhir</p>",
  "+<p>Akhir &amp; penutup</p>",
].join("\n");

describe("parseUnifiedDiff", () => {
  it("numbers the lines of both sides and marks each hunk", () => {
    expect(parseUnifiedDiff(BODY_DIFF)).toEqual([
      { kind: "gap", text: "@@ -1,2 +1,3 @@", oldLine: null, newLine: null },
      { kind: "context", text: "<p>Satu.</p>", oldLine: 1, newLine: 1 },
      { kind: "removed", text: "<p>Dua </p>", oldLine: 2, newLine: null },
      { kind: "added", text: "<p>Dua diubah</p>", oldLine: null, newLine: 2 },
      { kind: "added", text: "<h2>Tiga</h2>", oldLine: null, newLine: 3 },
      { kind: "gap", text: "@@ -9 +10 @@", oldLine: null, newLine: null },
      { kind: "removed", text: "<p>Akhir</p>", oldLine: 9, newLine: null },
      { kind: "added", text: "<p>Akhir &amp; penutup</p>", oldLine: null, newLine: 10 },
    ]);
  });

  it("reads a first revision (everything added from nothing)", () => {
    const lines = parseUnifiedDiff("--- revision 0\n+++ revision 1\n@@ -0,0 +1 @@\n+ringkas");
    expect(lines.slice(1)).toEqual([{ kind: "added", text: "ringkas", oldLine: null, newLine: 1 }]);
  });

  it("keeps changed lines that look like the header", () => {
    const lines = parseUnifiedDiff("--- revision 1\n+++ revision 2\n@@ -1 +1 @@\n--- tanda\n+++ baru");
    expect(lines.slice(1)).toEqual([
      { kind: "removed", text: "-- tanda", oldLine: 1, newLine: null },
      { kind: "added", text: "++ baru", oldLine: null, newLine: 1 },
    ]);
  });
});

describe("readableLine", () => {
  it("drops tags and decodes entities", () => {
    expect(readableLine("<p>Akhir &amp; <strong>penutup</strong></p>")).toBe("Akhir & penutup");
    expect(readableLine("teks biasa")).toBe("teks biasa");
  });
});

describe("listChange", () => {
  it("names the tags added and removed", () => {
    expect(listChange(["KIM", "Hoaks"], ["KIM", "UMKM"])).toEqual({
      added: ["UMKM"],
      removed: ["Hoaks"],
    });
    expect(listChange(null, ["KIM"])).toEqual({ added: ["KIM"], removed: [] });
    expect(listChange("a", "b")).toBeNull();
  });
});

describe("shownValue", () => {
  it("shows empty values as nothing and others as text", () => {
    expect(shownValue(null)).toBeNull();
    expect(shownValue("")).toBeNull();
    expect(shownValue("BERITA")).toBe("BERITA");
    expect(shownValue(3)).toBe("3");
  });
});

describe("revisionCause", () => {
  it("reads the notes the newsroom services write", () => {
    expect(revisionCause("")).toEqual({ kind: "edit" });
    expect(revisionCause("tags")).toEqual({ kind: "tags" });
    expect(revisionCause("return to draft")).toEqual({ kind: "move", move: "RETURN_TO_DRAFT" });
    expect(revisionCause("publish")).toEqual({ kind: "move", move: "PUBLISH" });
    expect(revisionCause("restored revision 12")).toEqual({ kind: "restore", number: 12 });
    expect(revisionCause("imported")).toEqual({ kind: "other", note: "imported" });
  });
});
