import "./graph.css";

import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { ErrorState, Loading } from "../ui/states";
import { DetailsPanel } from "./DetailsPanel";
import { type ExplorerPatch, readExplorerState, writeExplorerState } from "./explorerState";
import { ExportLinks } from "./ExportLinks";
import { FilterBar } from "./FilterBar";
import { type CanvasControls, GraphCanvas } from "./GraphCanvas";
import type { Focus } from "./highlight";
import { HoverCard } from "./HoverCard";
import { Legend } from "./Legend";
import { formatCount } from "./numbers";
import { NodeTable } from "./NodeTable";
import { PathFinder } from "./PathFinder";
import { legend } from "./scales";
import { countShownAt, monthsOf } from "./timeline";
import { TimeSlider } from "./TimeSlider";
import { useExplorerGraph } from "./useExplorerGraph";
import { useExpand } from "./useExpand";
import { usePath } from "./usePath";
import { ViewControls } from "./ViewControls";

/** The analysts' network explorer: a filtered co-appearance network, drawn and tabulated. */
export function GraphExplorer() {
  const { t, i18n } = useTranslation("graph");
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readExplorerState(params), [params]);
  const update = useCallback(
    (patch: ExplorerPatch, replace = false) =>
      setParams((current) => writeExplorerState(current, patch), { replace }),
    [setParams],
  );
  const replay = useCallback((month: string | null) => update({ month }, true), [update]);

  const explorer = useExplorerGraph(state);
  const { graph, version, merge, query, progress } = explorer;
  const found = usePath(state.pathFrom, state.pathTo, state.via, merge);
  const expand = useExpand(merge);
  const [hovered, setHovered] = useState<string | null>(null);
  const canvas = useRef<CanvasControls>(null);

  const focus: Focus = useMemo(
    () => ({ hovered, selected: state.node, path: found.nodes, month: state.month }),
    // `version`: a path's nodes may arrive in the graph after the path itself.
    [hovered, state.node, found.nodes, state.month, version],
  );
  const months = useMemo(() => (graph ? monthsOf(graph) : []), [graph, version]);
  const entries = useMemo(
    () => (graph ? legend(graph, state.colourBy) : []),
    [graph, version, state.colourBy],
  );
  const shown = useMemo(
    () => (graph ? countShownAt(graph, state.month) : null),
    [graph, version, state.month],
  );

  const select = useCallback((node: string | null) => update({ node }), [update]);
  const find = useCallback(
    (node: string) => {
      select(node);
      canvas.current?.centreOn(node);
    },
    [select],
  );
  const hoveredNode =
    graph && hovered && graph.hasNode(hovered) ? graph.getNodeAttributes(hovered) : null;
  const selectedNode =
    graph && state.node && graph.hasNode(state.node) ? graph.getNodeAttributes(state.node) : null;

  return (
    <div className="page graph-page">
      <div className="page-header">
        <h1>{t("title")}</h1>
        <ExportLinks state={state} />
      </div>
      <FilterBar state={state} onChange={update} />
      {query.error ? (
        <ErrorState error={query.error} retry={() => void query.refetch()} />
      ) : !graph || !query.data ? (
        <Loading
          label={
            progress && progress.nodeCount > 0
              ? t("loading.progress", {
                  nodes: formatCount(progress.nodes, i18n.language),
                  nodeCount: formatCount(progress.nodeCount, i18n.language),
                  edges: formatCount(progress.edges, i18n.language),
                  edgeCount: formatCount(progress.edgeCount, i18n.language),
                })
              : t("loading.network")
          }
        />
      ) : (
        <>
          <ViewControls
            graph={graph}
            sizeBy={state.sizeBy}
            colourBy={state.colourBy}
            layoutRunning={explorer.layout.running}
            onChange={update}
            onFind={find}
            onLayout={(run) => (run ? explorer.layout.start() : explorer.layout.stop())}
          />
          <p className="graph-summary" role="status">
            {t("summary", {
              nodes: formatCount(shown?.nodes ?? 0, i18n.language),
              edges: formatCount(shown?.edges ?? 0, i18n.language),
              communities: formatCount(query.data.communityCount, i18n.language),
            })}
            {(query.data.nodeCount > query.data.nodes.length ||
              query.data.edgeCount > query.data.edges.length) &&
              ` ${t("truncated", {
                nodes: formatCount(query.data.nodes.length, i18n.language),
                nodeCount: formatCount(query.data.nodeCount, i18n.language),
                edges: formatCount(query.data.edges.length, i18n.language),
                edgeCount: formatCount(query.data.edgeCount, i18n.language),
              })}`}
          </p>
          {graph.order === 0 ? (
            <p className="state state-empty">{t("empty")}</p>
          ) : (
            <div className="graph-main">
              <div className="graph-stage">
                <GraphCanvas
                  graph={graph}
                  focus={focus}
                  onHover={setHovered}
                  onSelect={select}
                  controls={canvas}
                />
                {hoveredNode && <HoverCard node={hoveredNode} metric={state.sizeBy} />}
                <Legend entries={entries} />
                <TimeSlider months={months} month={state.month} onChange={replay} />
              </div>
              <div className="graph-side">
                {state.node && (
                  <DetailsPanel
                    key={state.node}
                    node={state.node}
                    attributes={selectedNode}
                    filter={explorer.filter}
                    expanding={expand.busy}
                    onExpand={(depth) => state.node && expand.run(state.node, depth)}
                    onClose={() => select(null)}
                  />
                )}
                {expand.notice && (
                  <p className={`notice ${expand.failed ? "notice-error" : ""}`} role="status">
                    {t(expand.notice, { count: expand.added })}
                  </p>
                )}
                <PathFinder
                  graph={graph}
                  metric={state.sizeBy}
                  from={state.pathFrom}
                  to={state.pathTo}
                  via={state.via}
                  found={found}
                  onChange={update}
                />
              </div>
            </div>
          )}
          <NodeTable graph={graph} version={version} metric={state.sizeBy} onSelect={find} />
        </>
      )}
    </div>
  );
}
