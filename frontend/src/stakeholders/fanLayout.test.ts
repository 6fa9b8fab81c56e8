import { describe, expect, it } from "vitest";

import { fanLayout, shortLabel } from "./fanLayout";

describe("fan layout", () => {
  it("puts the first half on the right and the rest on the left, one row each", () => {
    const layout = fanLayout(["a", "b", "c", "d", "e"]);
    const { centre, placed } = layout;
    expect(placed.map((p) => [p.item, p.anchor])).toEqual([
      ["a", "start"],
      ["b", "start"],
      ["c", "start"],
      ["d", "end"],
      ["e", "end"],
    ]);
    expect(placed.slice(0, 3).map((p) => p.y)).toEqual([centre.y - 30, centre.y, centre.y + 30]);
    expect(placed.every((p) => (p.anchor === "start" ? p.x > centre.x : p.x < centre.x))).toBe(
      true,
    );
    // The middle row is the farthest out.
    expect(placed[1]!.x).toBeGreaterThan(placed[0]!.x);
  });

  it("grows taller with the rows and keeps every node inside", () => {
    const small = fanLayout(["a"]);
    expect(small.height).toBe(320);
    expect(small.placed[0]).toMatchObject({ x: small.centre.x + 160, y: small.centre.y });
    const big = fanLayout(Array.from({ length: 39 }, (_, i) => i));
    expect(big.height).toBe(20 * 30 + 60);
    for (const p of big.placed) {
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(big.height);
    }
  });

  it("fans everything out to the right on phones", () => {
    const layout = fanLayout(["a", "b", "c"], 1);
    expect(layout.centre.x).toBe(40);
    expect(layout.width).toBe(40 + 160 + 230);
    expect(layout.placed.every((p) => p.anchor === "start" && p.x > 40)).toBe(true);
  });

  it("shortens long labels", () => {
    expect(shortLabel("KIM Kabupaten Paser")).toBe("KIM Kabupaten Paser");
    expect(shortLabel("Dinas Komunikasi dan Informatika Kabupaten Paser", 20)).toBe(
      "Dinas Komunikasi da…",
    );
  });
});
