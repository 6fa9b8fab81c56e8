import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import Sigma from "sigma";

import { emphasis, type Focus, reduceEdge, reduceNode } from "./highlight";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./model";

export interface CanvasControls {
  /** Move the camera to a node (after a choice made outside the drawing). */
  centreOn(node: string): void;
}

/**
 * The network drawn by sigma (WebGL). Hover and click report node ids; `focus` decides what is
 * brought forward, dimmed or hidden. Buttons zoom for those without a wheel or a trackpad.
 */
export function GraphCanvas({
  graph,
  focus,
  onHover,
  onSelect,
  controls,
}: {
  graph: ExplorerGraph;
  focus: Focus;
  onHover: (node: string | null) => void;
  onSelect: (node: string | null) => void;
  controls?: Ref<CanvasControls>;
}) {
  const { t } = useTranslation("graph");
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const [failed, setFailed] = useState(false);
  const focusRef = useRef(focus);
  const shown = useRef(emphasis(graph, focus));
  const handlers = useRef({ onHover, onSelect });
  handlers.current = { onHover, onSelect };

  useEffect(() => {
    if (!container.current) return;
    let renderer: Sigma<NodeAttributes, EdgeAttributes>;
    try {
      renderer = new Sigma(graph, container.current, {
        allowInvalidContainer: true,
        zIndex: true,
        labelRenderedSizeThreshold: 9,
        labelFont: "system-ui, sans-serif",
        hideEdgesOnMove: graph.size > 10000,
        nodeReducer: (node, attributes) =>
          reduceNode(node, attributes, focusRef.current, shown.current),
        edgeReducer: (edge, attributes) =>
          reduceEdge(edge, attributes, focusRef.current, shown.current),
      });
    } catch {
      // No WebGL: the table and the details panel still carry the data.
      setFailed(true);
      return;
    }
    renderer.on("enterNode", ({ node }) => {
      if (container.current) container.current.style.cursor = "pointer";
      handlers.current.onHover(node);
    });
    renderer.on("leaveNode", () => {
      if (container.current) container.current.style.cursor = "";
      handlers.current.onHover(null);
    });
    renderer.on("clickNode", ({ node }) => handlers.current.onSelect(node));
    renderer.on("clickStage", () => handlers.current.onSelect(null));
    setSigma(renderer);
    setFailed(false);
    return () => {
      setSigma(null);
      renderer.kill();
    };
  }, [graph]);

  useEffect(() => {
    const monthChanged = focusRef.current.month !== focus.month;
    focusRef.current = focus;
    shown.current = emphasis(graph, focus);
    // Hover and path only restyle; the replay hides nodes, so their labels need placing again.
    sigma?.refresh({ skipIndexation: !monthChanged });
  }, [sigma, graph, focus]);

  useImperativeHandle(
    controls,
    () => ({
      centreOn(node: string) {
        const data = sigma?.getNodeDisplayData(node);
        if (sigma && data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.5 });
      },
    }),
    [sigma],
  );

  const camera = sigma?.getCamera();
  return (
    <div className="graph-canvas-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={t("canvas.label", { nodes: graph.order, edges: graph.size })}
      />
      {failed && (
        <p className="notice notice-warning graph-canvas-failed" role="alert">
          {t("canvas.noWebgl")}
        </p>
      )}
      {camera && (
        <div className="graph-zoom" role="group" aria-label={t("canvas.zoom")}>
          <button
            type="button"
            className="button button-small"
            onClick={() => void camera.animatedZoom()}
          >
            +<span className="visually-hidden"> {t("canvas.zoomIn")}</span>
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => void camera.animatedUnzoom()}
          >
            −<span className="visually-hidden"> {t("canvas.zoomOut")}</span>
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => void camera.animatedReset()}
          >
            {t("canvas.fit")}
          </button>
        </div>
      )}
    </div>
  );
}
