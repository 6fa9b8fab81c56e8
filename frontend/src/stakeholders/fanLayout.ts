/**
 * The layout of a small neighbourhood (up to ~50 nodes): the centre and the others in fans, one
 * row each, so that every label has a line of its own and reads horizontally. Wide screens get
 * two fans (right and left of the centre); phones one fan to the right of it. The drawing grows
 * taller with the number of rows.
 */
export interface Placed<T> {
  item: T;
  x: number;
  y: number;
  /** Which side of the node its label goes. */
  anchor: "start" | "end";
}

export interface Layout<T> {
  width: number;
  height: number;
  centre: { x: number; y: number };
  placed: Placed<T>[];
}

const ROW = 30;
const MIN_HEIGHT = 320;
const SPREAD = 160;
// Room for a node's label beside it (20 characters at the drawing's font size).
const LABEL = 230;
const MARGIN = 40;

export function fanLayout<T>(items: readonly T[], sides: 1 | 2 = 2): Layout<T> {
  const rightCount = sides === 2 ? Math.ceil(items.length / 2) : items.length;
  const rows = Math.max(rightCount, 1);
  const height = Math.max(MIN_HEIGHT, rows * ROW + 2 * ROW);
  const width = sides === 2 ? 2 * (SPREAD + LABEL) : MARGIN + SPREAD + LABEL;
  const centre = { x: sides === 2 ? width / 2 : MARGIN, y: height / 2 };
  const half = ((rows - 1) * ROW) / 2 + ROW;
  const side = (list: readonly T[], sign: 1 | -1): Placed<T>[] =>
    list.map((item, index) => {
      const offset = (index - (list.length - 1) / 2) * ROW;
      // Along an ellipse: the rows far from the middle come in closer to the centre.
      const x = centre.x + sign * SPREAD * Math.sqrt(1 - (offset / half) ** 2);
      return {
        item,
        x: round(x),
        y: round(centre.y + offset),
        anchor: sign === 1 ? "start" : "end",
      };
    });
  return {
    width,
    height,
    centre,
    placed: [...side(items.slice(0, rightCount), 1), ...side(items.slice(rightCount), -1)],
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A label short enough for the drawing; the full one goes in the node's title. */
export function shortLabel(label: string, max = 20): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
