import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDate } from "../format/dates";
import type { Column } from "../ui/DataTable";
import { FilterSelect } from "../ui/FilterSelect";
import { ListHeader, ListResults } from "../ui/ListPage";
import { type ListDefaults, listFilter, pageVariables } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { useListState } from "../ui/useListState";
import { REGION_LEVELS, type RegionLevel, RegionListQuery } from "./operations";

const DEFAULTS: ListDefaults = { sort: "CODE", direction: "ASC", filters: ["level", "within"] };

type Row = {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  updatedAt: string;
  parent: { code: string; name: string } | null;
};

export function RegionList() {
  const { t, i18n } = useTranslation("regions");
  const { state, update } = useListState(DEFAULTS);
  const query = useGraphQL(
    RegionListQuery,
    {
      filter: {
        search: state.search || null,
        level: listFilter<RegionLevel>(state.filters.level),
        within: state.filters.within ?? null,
      },
      orderBy: { field: state.sort as "CODE" | "NAME", direction: state.direction },
      ...pageVariables(state),
    },
    { keepPrevious: true },
  );

  const columns: Column<Row>[] = [
    {
      key: "code",
      header: t("fields.code"),
      sort: "CODE",
      render: (row) => <Link to={`/regions/${row.code}`}>{row.code}</Link>,
    },
    { key: "name", header: t("fields.name"), sort: "NAME", render: (row) => row.name },
    { key: "level", header: t("fields.level"), render: (row) => t(`levels.${row.level}`) },
    {
      key: "parent",
      header: t("fields.parent"),
      render: (row) => (row.parent ? `${row.parent.code} ${row.parent.name}` : "—"),
    },
    {
      key: "updatedAt",
      header: t("fields.updatedAt"),
      render: (row) => formatDate(row.updatedAt, i18n.language),
    },
  ];

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/regions/new" createLabel={t("new")} />
      <div className="toolbar">
        <SearchBox
          label={t("searchLabel")}
          value={state.search}
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t("fields.level")}
          value={state.filters.level}
          options={REGION_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          onChange={(level) => update({ filters: { level } })}
        />
        <SearchBox
          label={t("within")}
          value={state.filters.within ?? ""}
          onChange={(within) => update({ filters: { within } })}
        />
      </div>
      <ListResults
        query={query}
        connection={(data) => data.regions}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={state.sort}
        update={update}
      />
    </div>
  );
}
