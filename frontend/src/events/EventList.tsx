import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import type { Column } from "../ui/DataTable";
import { FilterSelect } from "../ui/FilterSelect";
import { ListHeader, ListResults } from "../ui/ListPage";
import { type ListDefaults, listFilter, pageVariables } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { useListState } from "../ui/useListState";
import { DateFilter } from "../ui/DateFilter";
import { startsRange } from "./eventDates";
import { EventWhen, StatusBadge } from "./EventParts";
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventKind,
  EventListQuery,
  type EventRowData,
  type EventStatus,
} from "./operations";
import { RegionFilter } from "./RegionFilter";
import { type SortChoice, SortSelect } from "../ui/SortSelect";
import "./events.css";

const DEFAULTS: ListDefaults = {
  sort: "STARTS_AT",
  direction: "DESC",
  filters: ["kind", "status", "region", "from", "to", "when"],
};

type SortField = "STARTS_AT" | "TITLE" | "CREATED_AT";

export function EventList() {
  const { t } = useTranslation("events");
  const { state, update } = useListState(DEFAULTS);
  const { filters } = state;
  // "Now" is fixed when the screen opens, so the query (and its cache key) stays put.
  const [now] = useState(() => new Date());
  const query = useGraphQL(
    EventListQuery,
    {
      filter: {
        search: state.search || null,
        kind: listFilter<EventKind>(filters.kind),
        status: listFilter<EventStatus>(filters.status),
        region: filters.region ?? null,
        starts: startsRange(filters.from, filters.to, filters.when, now),
      },
      orderBy: { field: state.sort as SortField, direction: state.direction },
      ...pageVariables(state),
    },
    { keepPrevious: true },
  );

  const sortChoices: SortChoice[] = [
    { sort: "STARTS_AT", direction: "DESC", label: t("filters.newest") },
    { sort: "STARTS_AT", direction: "ASC", label: t("filters.oldest") },
    { sort: "TITLE", direction: "ASC", label: t("filters.titleAsc") },
    { sort: "CREATED_AT", direction: "DESC", label: t("filters.recentlyAdded") },
  ];
  const columns: Column<EventRowData>[] = [
    {
      key: "title",
      header: t("fields.title"),
      sort: "TITLE",
      render: (row) => <Link to={`/events/${row.slug}`}>{row.title}</Link>,
    },
    { key: "kind", header: t("fields.kind"), render: (row) => t(`kinds.${row.kind}`) },
    {
      key: "when",
      header: t("fields.when"),
      sort: "STARTS_AT",
      render: (row) => <EventWhen event={row} />,
    },
    {
      key: "venue",
      header: t("fields.venue"),
      render: (row) => [row.venue, row.region?.name].filter(Boolean).join(" · ") || "—",
    },
    {
      key: "status",
      header: t("fields.status"),
      render: (row) => <StatusBadge status={row.status} />,
    },
  ];

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/events/new" createLabel={t("new")} />
      <div className="toolbar events-toolbar">
        <SearchBox
          label={t("searchLabel")}
          value={state.search}
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t("fields.kind")}
          value={filters.kind}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(kind) => update({ filters: { kind } })}
        />
        <FilterSelect
          label={t("fields.status")}
          value={filters.status}
          options={EVENT_STATUSES.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          }))}
          onChange={(status) => update({ filters: { status } })}
        />
        <FilterSelect
          label={t("filters.when")}
          value={filters.when}
          options={[
            { value: "upcoming", label: t("filters.upcoming") },
            { value: "past", label: t("filters.past") },
          ]}
          // Upcoming events read soonest first; past ones most recent first.
          onChange={(when) =>
            update({
              filters: { when },
              sort: "STARTS_AT",
              direction: when === "upcoming" ? "ASC" : "DESC",
            })
          }
        />
        <DateFilter
          label={t("filters.from")}
          value={filters.from}
          onChange={(from) => update({ filters: { from } })}
        />
        <DateFilter
          label={t("filters.to")}
          value={filters.to}
          onChange={(to) => update({ filters: { to } })}
        />
        <RegionFilter
          code={filters.region}
          onChange={(region) => update({ filters: { region } })}
        />
        <SortSelect
          label={t("filters.sort")}
          choices={sortChoices}
          sort={state.sort}
          direction={state.direction}
          onChange={(sort, direction) => update({ sort, direction })}
        />
      </div>
      <ListResults
        query={query}
        connection={(data) => data.events}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={state.sort}
        update={update}
      />
    </div>
  );
}
