/**
 * The explorer's drawing at benchmark size, without a server: a synthetic network (?nodes=5000
 * &edges=20000) built, sized, coloured and laid out exactly as the explorer does, drawn by the
 * explorer's own GraphCanvas. run.mjs drives it in Chromium and reads `window.bench`.
 */
import "../../i18n";
import "../../styles.css";
import "../graph.css";

import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

import { type CanvasControls, GraphCanvas } from "../GraphCanvas";
import { type Focus, NO_FOCUS } from "../highlight";
import { HoverCard } from "../HoverCard";
import { layoutBudget, runLayout, seedPositions } from "../layout";
import { networkGraph } from "../model";
import { applyAppearance } from "../scales";
import { syntheticNetwork } from "../synthetic";
import { monthsOf } from "../timeline";

/** Resolves after the next frame has been presented (two animation frames later). */
function painted(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

const params = new URLSearchParams(location.search);
const start = performance.now();
const data = syntheticNetwork(
  Number(params.get("nodes") ?? 5000),
  Number(params.get("edges") ?? 20000),
);
const graph = networkGraph(data.nodes, data.edges);
seedPositions(graph);
applyAppearance(graph, "pageRank", "category");
const built = performance.now();
const months = monthsOf(graph);

/** What run.mjs reads and calls. */
const bench = {
  order: graph.order,
  size: graph.size,
  buildMs: built - start,
  firstPaintMs: 0,
  /** Time the last focus change took to reach the screen (event → commit → sigma → frame). */
  lastFocusMs: 0,
  hovered: null as string | null,
  selected: null as string | null,
  centreOn: (_node: string) => undefined as void,
  setMonth: (_month: string | null) => Promise.resolve(0),
  months,
  /** Frame intervals (ms) while the camera animates or the layout runs. */
  frames: (ms: number) => {
    const intervals: number[] = [];
    return new Promise<number[]>((resolve) => {
      let last = performance.now();
      const end = last + ms;
      const tick = (now: number) => {
        intervals.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve(intervals);
      };
      requestAnimationFrame(tick);
    });
  },
  /** ForceAtlas2 for `ms`: how many iterations it ran and how often the drawing moved. */
  layout: (ms: number) => {
    let updates = 0;
    const count = () => (updates += 1);
    graph.on("eachNodeAttributesUpdated", count);
    return new Promise<{ iterations: number; updates: number }>((resolve) => {
      runLayout(graph, ms, (iterations) => {
        graph.removeListener("eachNodeAttributesUpdated", count);
        resolve({ iterations, updates });
      });
    });
  },
  layoutBudgetMs: layoutBudget(graph.order),
  eventAt: 0,
};
Object.assign(window, { bench });

function Bench() {
  const [focus, setFocus] = useState<Focus>(NO_FOCUS);
  const controls = useRef<CanvasControls>(null);
  const monthDone = useRef<((ms: number) => void) | null>(null);

  useEffect(() => {
    void painted().then((at) => (bench.firstPaintMs = at - start));
    bench.centreOn = (node) => controls.current?.centreOn(node);
    bench.setMonth = (month) =>
      new Promise((resolve) => {
        bench.eventAt = performance.now();
        monthDone.current = resolve;
        setFocus((current) => ({ ...current, month }));
      });
  }, []);

  // Runs after GraphCanvas has refreshed sigma for this focus (child effects run first).
  useEffect(() => {
    if (bench.eventAt === 0) return;
    void painted().then((at) => {
      bench.lastFocusMs = at - bench.eventAt;
      bench.hovered = focus.hovered;
      bench.selected = focus.selected;
      monthDone.current?.(bench.lastFocusMs);
      monthDone.current = null;
    });
  }, [focus]);

  const hovered = focus.hovered ? graph.getNodeAttributes(focus.hovered) : null;
  return (
    <div className="graph-stage" style={{ width: 1000, padding: 8 }}>
      <GraphCanvas
        graph={graph}
        focus={focus}
        controls={controls}
        onHover={(hovered) => setFocus((current) => ({ ...current, hovered }))}
        onSelect={(selected) => setFocus((current) => ({ ...current, selected }))}
      />
      {hovered && <HoverCard node={hovered} metric="pageRank" />}
    </div>
  );
}

// Pointer events stamp when the user acted; the focus effect above stamps when it showed.
for (const type of ["mousemove", "mouseup"]) {
  window.addEventListener(type, (event) => (bench.eventAt = event.timeStamp), { capture: true });
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Bench />);
