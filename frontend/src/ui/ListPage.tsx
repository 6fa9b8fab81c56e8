import { Link } from "react-router";

import type { PageInfo } from "../api/fragments";
import { canWrite, useViewer } from "../auth/AuthProvider";
import type { ResultOf } from "../graphql";
import { type Column, DataTable } from "./DataTable";
import type { ListPatch, ListState } from "./listState";
import { Pager } from "./Pager";
import { Empty, QueryState } from "./states";

/** A list screen's title, with its "create" link for those who may write. */
export function ListHeader({
  title,
  createTo,
  createLabel,
}: {
  title: string;
  createTo: string;
  createLabel: string;
}) {
  const viewer = useViewer();
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {canWrite(viewer.role) && (
        <Link className="button button-primary" to={createTo}>
          {createLabel}
        </Link>
      )}
    </div>
  );
}

interface Connection<Row> {
  totalCount: number;
  pageInfo: ResultOf<typeof PageInfo>;
  edges: readonly { node: Row }[];
}

/**
 * One page of a paged list query: loading and error states, an empty notice (saying "no
 * results" when the list is searched or filtered), else the table and the pager.
 */
export function ListResults<Data, Row extends { id: string }>({
  query,
  connection,
  caption,
  columns,
  state,
  sort,
  update,
}: {
  query: { data: Data | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  connection: (data: Data) => Connection<Row>;
  caption: string;
  columns: readonly Column<Row>[];
  state: ListState;
  /** The sort the table marks: state.sort, or the field a screen falls back to. */
  sort: string;
  update: (patch: ListPatch) => void;
}) {
  return (
    <QueryState query={query}>
      {(data) => {
        const { edges, pageInfo, totalCount } = connection(data);
        if (edges.length === 0) {
          return <Empty filtered={Boolean(state.search || Object.keys(state.filters).length)} />;
        }
        return (
          <>
            <DataTable
              caption={caption}
              columns={columns}
              rows={edges.map((edge) => edge.node)}
              sort={sort}
              direction={state.direction}
              onSort={(next, direction) => update({ sort: next, direction })}
            />
            <Pager pageInfo={pageInfo} totalCount={totalCount} onPage={update} />
          </>
        );
      }}
    </QueryState>
  );
}
