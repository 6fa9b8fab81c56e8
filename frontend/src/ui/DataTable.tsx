import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { Direction } from "./listState";

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** The orderBy field this column sorts by, if any. */
  sort?: string;
  className?: string;
}

/**
 * A table of rows; sortable headers are buttons with aria-sort. On narrow screens each row
 * becomes a card (CSS), its cells labelled by data-label.
 */
export function DataTable<Row extends { id: string }>({
  caption,
  columns,
  rows,
  sort,
  direction,
  onSort,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  sort?: string;
  direction?: Direction;
  onSort?: (sort: string, direction: Direction) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = column.sort !== undefined && column.sort === sort;
              const ariaSort = active ? (direction === "ASC" ? "ascending" : "descending") : "none";
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={column.sort ? ariaSort : undefined}
                >
                  {column.sort && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSort(column.sort ?? "", active && direction === "ASC" ? "DESC" : "ASC")
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (direction === "ASC" ? "▲" : "▼") : "↕"}
                      </span>
                      {active && (
                        <span className="visually-hidden">
                          {direction === "ASC" ? t("list.ascending") : t("list.descending")}
                        </span>
                      )}
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.key} data-label={column.header} className={column.className}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
