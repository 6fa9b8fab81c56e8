import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { type ExplorerState, networkFilter } from "./explorerState";
import { layoutBudget, type RunningLayout, runLayout, seedPositions } from "./layout";
import { loadNetwork, type Progress } from "./load";
import { type EdgeData, type NodeData, mergeNodes, networkGraph } from "./model";
import { applyAppearance } from "./scales";

/**
 * The network of the URL's filter as a drawable graph: loaded page by page (with progress),
 * sized and coloured as asked, laid out by ForceAtlas2 for a time budget. `merge` adds what a
 * neighbourhood or a path brings; `version` changes whenever the graph changes in place.
 */
export function useExplorerGraph(state: ExplorerState) {
  const { sizeBy, colourBy } = state;
  // Query keys compare by value: a new month or selection in the URL loads nothing again.
  const filter = networkFilter(state);
  const [progress, setProgress] = useState<Progress | null>(null);
  const query = useQuery({
    queryKey: ["graphExplorerNetwork", filter],
    queryFn: ({ signal }) => loadNetwork(filter, signal, setProgress),
    staleTime: 5 * 60_000,
  });

  const graph = useMemo(() => {
    if (!query.data) return null;
    const built = networkGraph(query.data.nodes, query.data.edges);
    seedPositions(built);
    return built;
  }, [query.data]);

  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);
  useEffect(() => {
    if (!graph) return;
    applyAppearance(graph, sizeBy, colourBy);
    bump();
  }, [graph, sizeBy, colourBy, bump]);

  const running = useRef<RunningLayout | null>(null);
  const [laying, setLaying] = useState(false);
  const startLayout = useCallback(() => {
    if (!graph) return;
    running.current?.stop();
    setLaying(true);
    running.current = runLayout(graph, layoutBudget(graph.order), () => setLaying(false));
  }, [graph]);
  const stopLayout = useCallback(() => running.current?.stop(), []);
  useEffect(() => {
    startLayout();
    return () => running.current?.stop();
  }, [startLayout]);

  const merge = useCallback(
    (centre: string, nodes: NodeData[], edges: EdgeData[]) => {
      if (!graph) return [];
      const added = mergeNodes(graph, centre, nodes, edges);
      applyAppearance(graph, sizeBy, colourBy);
      bump();
      return added;
    },
    [graph, sizeBy, colourBy, bump],
  );

  return {
    query,
    progress,
    graph,
    version,
    filter,
    merge,
    layout: { running: laying, start: startLayout, stop: stopLayout },
  };
}
