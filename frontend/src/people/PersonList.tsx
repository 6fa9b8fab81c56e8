import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { RegionFilter } from "../events/RegionFilter";
import { SortSelect } from "../ui/SortSelect";
import { formatDate } from "../format/dates";
import type { Column } from "../ui/DataTable";
import { FilterSelect } from "../ui/FilterSelect";
import { ListHeader, ListResults } from "../ui/ListPage";
import { type ListDefaults, pageVariables } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { useListState } from "../ui/useListState";
import { PersonListQuery } from "./operations";
import "../stakeholders/stakeholders.css";

const DEFAULTS: ListDefaults = {
  sort: "FULL_NAME",
  direction: "ASC",
  filters: ["public", "region"],
};

const SORTS = ["FULL_NAME", "CREATED_AT"] as const;
type SortField = (typeof SORTS)[number];

type Row = {
  id: string;
  slug: string;
  displayName: string;
  position: string;
  isPublicFigure: boolean;
  updatedAt: string;
  region: { code: string; name: string } | null;
};

export function PersonList() {
  const { t, i18n } = useTranslation("people");
  const { t: tc } = useTranslation();
  const { state, update } = useListState(DEFAULTS);
  const { filters } = state;
  const sort: SortField = SORTS.find((field) => field === state.sort) ?? "FULL_NAME";
  const query = useGraphQL(
    PersonListQuery,
    {
      filter: {
        search: state.search || null,
        isPublicFigure: filters.public === "yes" ? true : filters.public === "no" ? false : null,
        region: filters.region ?? null,
      },
      orderBy: { field: sort, direction: state.direction },
      ...pageVariables(state),
    },
    { keepPrevious: true },
  );

  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("fields.displayName"),
      sort: "FULL_NAME",
      render: (row) => <Link to={`/people/${row.slug}`}>{row.displayName}</Link>,
    },
    { key: "position", header: t("fields.position"), render: (row) => row.position || "—" },
    {
      key: "public",
      header: t("fields.isPublicFigure"),
      render: (row) =>
        row.isPublicFigure ? <span className="badge">{t("publicFigure.yes")}</span> : "—",
    },
    {
      key: "region",
      header: t("fields.region"),
      render: (row) => (row.region ? `${row.region.name} (${row.region.code})` : "—"),
    },
    {
      key: "updatedAt",
      header: t("fields.updatedAt"),
      render: (row) => formatDate(row.updatedAt, i18n.language),
    },
  ];

  const sortChoices = SORTS.flatMap((field) => [
    { sort: field, direction: "ASC" as const, label: `${t(`sorts.${field}`)} ↑` },
    { sort: field, direction: "DESC" as const, label: `${t(`sorts.${field}`)} ↓` },
  ]);

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/people/new" createLabel={t("new")} />
      <div className="toolbar">
        <SearchBox
          label={t("searchLabel")}
          value={state.search}
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t("fields.isPublicFigure")}
          value={filters.public}
          options={[
            { value: "yes", label: t("publicFigure.yes") },
            { value: "no", label: t("publicFigure.no") },
          ]}
          onChange={(value) => update({ filters: { public: value } })}
        />
        <RegionFilter
          code={filters.region}
          onChange={(region) => update({ filters: { region } })}
        />
        <SortSelect
          label={tc("list.sortBy")}
          choices={sortChoices}
          sort={sort}
          direction={state.direction}
          onChange={(next, direction) => update({ sort: next, direction })}
        />
      </div>
      <ListResults
        query={query}
        connection={(data) => data.people}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={sort}
        update={update}
      />
    </div>
  );
}
