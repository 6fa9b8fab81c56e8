import { memo, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { type Column, DataTable } from "../ui/DataTable";
import type { Direction } from "../ui/listState";
import { type ExplorerGraph, METRICS, type Metric, type Metrics } from "./model";
import { formatMetric } from "./numbers";

export const TABLE_ROWS = [20, 50, 100, 500] as const;

export interface NodeRow {
  id: string;
  label: string;
  category: string | null;
  community: number | null;
  metrics: Metrics;
}

type SortKey = Metric | "label" | "community";

/** The network's stakeholders as rows, ordered by one column; the top `limit`. */
export function nodeRows(
  graph: ExplorerGraph,
  sort: SortKey,
  direction: Direction,
  limit: number,
): NodeRow[] {
  const rows: NodeRow[] = [];
  graph.forEachNode((id, { label, category, community, metrics }) => {
    if (metrics) rows.push({ id, label, category, community, metrics });
  });
  const value = (row: NodeRow): number | string =>
    sort === "label" ? row.label : sort === "community" ? (row.community ?? 0) : row.metrics[sort];
  const sign = direction === "ASC" ? 1 : -1;
  rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === "string" ? x.localeCompare(String(y)) : x - Number(y);
    return sign * order || a.label.localeCompare(b.label);
  });
  return rows.slice(0, limit);
}

/**
 * The drawing as a table, for screen readers and for reading exact figures: the top stakeholders
 * by the chosen metric, every column sortable; a name selects the node. Memoised: hovering the
 * drawing re-renders the page, and up to 500 rows need not follow.
 */
export const NodeTable = memo(function NodeTable({
  graph,
  version,
  metric,
  onSelect,
}: {
  graph: ExplorerGraph;
  /** Changes whenever the graph does, so the rows are read again. */
  version: number;
  metric: Metric;
  onSelect: (node: string) => void;
}) {
  const { t, i18n } = useTranslation("graph");
  const [order, setOrder] = useState<{ sort: SortKey | null; direction: Direction }>({
    sort: null,
    direction: "DESC",
  });
  const [limit, setLimit] = useState<number>(TABLE_ROWS[0]);
  const id = useId();
  const sort = order.sort ?? metric;
  const rows = useMemo(
    () => nodeRows(graph, sort, order.direction, limit),
    // The graph changes in place (a neighbourhood, a path); `version` says when.
    [graph, version, sort, order.direction, limit],
  );

  const columns: Column<NodeRow>[] = [
    {
      key: "label",
      header: t("table.name"),
      sort: "label",
      render: (row) => (
        <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
          {row.label}
        </button>
      ),
    },
    {
      key: "category",
      header: t("details.category"),
      render: (row) => (row.category ? t(`categories.${row.category as "KIM"}`) : "—"),
    },
    {
      key: "community",
      header: t("details.community"),
      sort: "community",
      render: (row) => row.community,
    },
    ...METRICS.map((m) => ({
      key: m,
      header: t(`metrics.${m}`),
      sort: m,
      className: "numeric",
      render: (row: NodeRow) => formatMetric(m, row.metrics[m], i18n.language),
    })),
  ];

  return (
    <section className="graph-table" aria-labelledby="graph-table-title">
      <div className="graph-table-head">
        <h2 id="graph-table-title">{t("table.title", { count: rows.length })}</h2>
        <div className="filter">
          <label htmlFor={`${id}-rows`}>{t("table.rows")}</label>
          <select
            id={`${id}-rows`}
            value={limit}
            onChange={(e) => setLimit(Number(e.target.value))}
          >
            {TABLE_ROWS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      </div>
      <DataTable
        caption={t("table.caption", {
          column: columns.find((column) => column.sort === sort)?.header ?? "",
        })}
        columns={columns}
        rows={rows}
        sort={sort}
        direction={order.direction}
        onSort={(next, direction) => setOrder({ sort: next as SortKey, direction })}
      />
    </section>
  );
});
