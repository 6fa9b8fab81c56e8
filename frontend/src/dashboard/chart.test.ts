import { describe, expect, it } from "vitest";

import { layoutColumns } from "./chart";

const NO_MARGINS = { top: 0, right: 0, bottom: 0, left: 0 };

describe("layoutColumns", () => {
  it("rounds the axis up and draws whole-number gridlines", () => {
    const layout = layoutColumns([3, 7, 2], 300, 100, NO_MARGINS);
    expect(layout.max).toBe(8);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8]);
    expect(layout.ticks.map((tick) => tick.y)).toEqual([100, 75, 50, 25, 0]);
  });

  it("never shows fractional gridlines for small counts", () => {
    const layout = layoutColumns([1, 0, 1], 300, 100, NO_MARGINS);
    expect(layout.max).toBe(1);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1]);
  });

  it("keeps an axis when every value is zero", () => {
    const layout = layoutColumns([0, 0], 200, 100, NO_MARGINS);
    expect(layout.max).toBe(1);
    expect(layout.bars.map((bar) => bar.height)).toEqual([0, 0]);
  });

  it("places bars in equal bands inside the margins, scaled to the axis", () => {
    const layout = layoutColumns([5, 10], 240, 120, { top: 10, right: 20, bottom: 10, left: 20 });
    expect(layout.baseline).toBe(110);
    expect(layout.bars).toEqual([
      { x: 35, y: 60, width: 70, height: 50, labelled: true },
      { x: 135, y: 10, width: 70, height: 100, labelled: true },
    ]);
    expect(layout.centres).toEqual([70, 170]);
  });

  it("labels every n-th bar on narrow screens, counting back from the latest", () => {
    const values = Array.from({ length: 12 }, () => 1);
    const narrow = layoutColumns(values, 240, 100, NO_MARGINS, 40);
    expect(narrow.bars.map((bar) => bar.labelled)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    const wide = layoutColumns(values, 1200, 100, NO_MARGINS, 40);
    expect(wide.bars.every((bar) => bar.labelled)).toBe(true);
  });
});
