import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { type SortChoice, SortSelect } from "../ui/SortSelect";
import { formatDate } from "../format/dates";
import type { Column } from "../ui/DataTable";
import { FilterSelect } from "../ui/FilterSelect";
import { ListHeader, ListResults } from "../ui/ListPage";
import { type ListDefaults, pageVariables } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { useListState } from "../ui/useListState";
import {
  REGULATION_KINDS,
  REGULATION_STATUSES,
  RegulationListQuery,
  type RegulationRowData,
} from "./operations";
import { RegulationStatusBadge } from "./RegulationStatusBadge";
import { regulationFilter } from "./regulationInput";
import { YearFilter } from "./YearFilter";
import "./regulations.css";

const DEFAULTS: ListDefaults = {
  sort: "YEAR",
  direction: "DESC",
  filters: ["kind", "status", "yearFrom", "yearTo"],
};

type SortField = "YEAR" | "ENACTED_ON" | "TITLE";

export function RegulationList() {
  const { t, i18n } = useTranslation("regulations");
  const { state, update } = useListState(DEFAULTS);
  const { filters } = state;
  const query = useGraphQL(
    RegulationListQuery,
    {
      filter: regulationFilter(state.search, filters),
      orderBy: { field: state.sort as SortField, direction: state.direction },
      ...pageVariables(state),
    },
    { keepPrevious: true },
  );

  const sortChoices: SortChoice[] = [
    { sort: "YEAR", direction: "DESC", label: t("filters.newest") },
    { sort: "YEAR", direction: "ASC", label: t("filters.oldest") },
    { sort: "ENACTED_ON", direction: "DESC", label: t("filters.enacted") },
    { sort: "TITLE", direction: "ASC", label: t("filters.titleAsc") },
  ];
  const columns: Column<RegulationRowData>[] = [
    {
      key: "citation",
      header: t("fields.citation"),
      render: (row) => <Link to={`/regulations/${row.slug}`}>{row.citation}</Link>,
    },
    { key: "title", header: t("fields.title"), sort: "TITLE", render: (row) => row.title },
    { key: "year", header: t("fields.year"), sort: "YEAR", render: (row) => row.year },
    {
      key: "enactedOn",
      header: t("fields.enactedOn"),
      sort: "ENACTED_ON",
      render: (row) => formatDate(row.enactedOn, i18n.language) || "—",
    },
    {
      key: "status",
      header: t("fields.status"),
      render: (row) => <RegulationStatusBadge status={row.status} />,
    },
  ];

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/regulations/new" createLabel={t("new")} />
      <div className="toolbar regulations-toolbar">
        <SearchBox
          label={t("searchLabel")}
          value={state.search}
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t("fields.kind")}
          value={filters.kind}
          options={REGULATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(kind) => update({ filters: { kind } })}
        />
        <FilterSelect
          label={t("fields.status")}
          value={filters.status}
          options={REGULATION_STATUSES.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          }))}
          onChange={(status) => update({ filters: { status } })}
        />
        <YearFilter
          label={t("filters.yearFrom")}
          value={filters.yearFrom}
          onChange={(yearFrom) => update({ filters: { yearFrom } })}
        />
        <YearFilter
          label={t("filters.yearTo")}
          value={filters.yearTo}
          onChange={(yearTo) => update({ filters: { yearTo } })}
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
        connection={(data) => data.regulations}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={state.sort}
        update={update}
      />
    </div>
  );
}
