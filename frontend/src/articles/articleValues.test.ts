import { describe, expect, it } from "vitest";

import { articlePatch, type ArticleValues, createInput, EMPTY_ARTICLE } from "./articleValues";

const SAVED: ArticleValues = {
  ...EMPTY_ARTICLE,
  title: "KIM Sepakat juara",
  slug: "kim-sepakat-juara",
  body: "<p>Isi</p>",
  datelineRegion: { id: "R1", name: "Samarinda", detail: "64.72" },
  coverImageUrl: "https://x.test/a.jpg",
  tags: ["KIM"],
};

describe("articlePatch", () => {
  it("sends only what changed, references as ids", () => {
    const values = {
      ...SAVED,
      body: "<p>Isi baru</p>",
      datelineRegion: null,
      author: { id: "P1", name: "Junaidi", detail: "junaidi" },
      tags: ["KIM", "UMKM"],
    };
    expect(articlePatch(values, SAVED)).toEqual({
      body: "<p>Isi baru</p>",
      datelineRegionId: null,
      authorId: "P1",
    });
  });

  it("clears an emptied address and keeps an emptied slug", () => {
    expect(articlePatch({ ...SAVED, coverImageUrl: "  ", slug: "" }, SAVED)).toEqual({ coverImageUrl: null });
  });
});

describe("createInput", () => {
  it("always has the title and leaves defaults out", () => {
    expect(createInput({ ...EMPTY_ARTICLE, title: "Judul", summary: "Ringkas" })).toEqual({
      title: "Judul",
      summary: "Ringkas",
    });
    expect(createInput({ ...EMPTY_ARTICLE, title: "Judul", category: "OPINI", language: "en" })).toEqual({
      title: "Judul",
      category: "OPINI",
      language: "en",
    });
  });
});
