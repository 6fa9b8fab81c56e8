import { nice, ticks } from "d3-array";

/** Where the bars of a column chart go, in pixels, for a drawing area of the given size. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartLayout {
  /** The top of the value axis: a round number at or above the largest value. */
  max: number;
  /** Gridlines: whole numbers only, since the chart counts things. */
  ticks: { value: number; y: number }[];
  bars: { x: number; y: number; width: number; height: number; labelled: boolean }[];
  /** The x of each bar's centre, for its label. */
  centres: number[];
  /** The y of the value axis' zero line. */
  baseline: number;
}

const TICK_COUNT = 4;

export function layoutColumns(
  values: readonly number[],
  width: number,
  height: number,
  margins: Margins,
  minLabelWidth = 40,
): ChartLayout {
  const plotWidth = Math.max(0, width - margins.left - margins.right);
  const plotHeight = Math.max(0, height - margins.top - margins.bottom);
  const [, max = 1] = nice(0, Math.max(1, ...values), TICK_COUNT);
  const baseline = margins.top + plotHeight;
  const y = (value: number) => baseline - (value / max) * plotHeight;
  const band = values.length ? plotWidth / values.length : 0;
  // Label every n-th bar so that labels do not overlap, always including the latest one.
  const every = band > 0 ? Math.max(1, Math.ceil(minLabelWidth / band)) : 1;
  const last = values.length - 1;
  return {
    max,
    ticks: ticks(0, max, TICK_COUNT)
      .filter(Number.isInteger)
      .map((value) => ({ value, y: y(value) })),
    bars: values.map((value, i) => ({
      x: margins.left + i * band + band * 0.15,
      y: y(value),
      width: band * 0.7,
      height: baseline - y(value),
      labelled: (last - i) % every === 0,
    })),
    centres: values.map((_, i) => margins.left + (i + 0.5) * band),
    baseline,
  };
}
