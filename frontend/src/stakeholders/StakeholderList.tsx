import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { DateFilter } from "../ui/DateFilter";
import { RegionFilter } from "../events/RegionFilter";
import { SortSelect } from "../ui/SortSelect";
import { formatDate } from "../format/dates";
import type { Column } from "../ui/DataTable";
import { FilterSelect } from "../ui/FilterSelect";
import { ListHeader, ListResults } from "../ui/ListPage";
import { type ListDefaults, listFilter, pageVariables } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { useListState } from "../ui/useListState";
import {
  CATEGORIES,
  STATUSES,
  type StakeholderCategory,
  StakeholderListQuery,
  type StakeholderStatus,
} from "./operations";

import { StatusBadge } from "./StatusBadge";
import "./stakeholders.css";

const DEFAULTS: ListDefaults = {
  sort: "NAME",
  direction: "ASC",
  filters: ["category", "status", "region", "foundedFrom", "foundedTo"],
};

const SORTS = ["NAME", "FOUNDED_ON", "MEMBER_COUNT", "CREATED_AT", "UPDATED_AT"] as const;
type SortField = (typeof SORTS)[number];

type Row = {
  id: string;
  slug: string;
  name: string;
  category: StakeholderCategory;
  status: StakeholderStatus;
  foundedOn: string | null;
  memberCount: number | null;
  updatedAt: string;
  region: { code: string; name: string } | null;
};

export function StakeholderList() {
  const { t, i18n } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const { state, update } = useListState(DEFAULTS);
  const { filters } = state;
  const sort: SortField = SORTS.find((field) => field === state.sort) ?? "NAME";
  const founded =
    filters.foundedFrom || filters.foundedTo
      ? { from: filters.foundedFrom ?? null, to: filters.foundedTo ?? null }
      : null;
  const query = useGraphQL(
    StakeholderListQuery,
    {
      filter: {
        search: state.search || null,
        category: listFilter<StakeholderCategory>(filters.category),
        status: listFilter<StakeholderStatus>(filters.status),
        region: filters.region ?? null,
        founded,
      },
      orderBy: { field: sort, direction: state.direction },
      ...pageVariables(state),
    },
    { keepPrevious: true },
  );

  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("fields.name"),
      sort: "NAME",
      render: (row) => <Link to={`/stakeholders/${row.slug}`}>{row.name}</Link>,
    },
    {
      key: "category",
      header: t("fields.category"),
      render: (row) => t(`categories.${row.category}`),
    },
    {
      key: "status",
      header: t("fields.status"),
      render: (row) => <StatusBadge status={row.status} />,
    },
    {
      key: "region",
      header: t("fields.region"),
      render: (row) => (row.region ? `${row.region.name} (${row.region.code})` : "—"),
    },
    {
      key: "foundedOn",
      header: t("fields.foundedOn"),
      sort: "FOUNDED_ON",
      render: (row) => formatDate(row.foundedOn, i18n.language) || "—",
    },
    {
      key: "memberCount",
      header: t("fields.memberCount"),
      sort: "MEMBER_COUNT",
      className: "numeric",
      render: (row) => row.memberCount ?? "—",
    },
    {
      key: "updatedAt",
      header: t("fields.updatedAt"),
      sort: "UPDATED_AT",
      render: (row) => formatDate(row.updatedAt, i18n.language),
    },
  ];

  const sortChoices = SORTS.flatMap((field) => [
    { sort: field, direction: "ASC" as const, label: `${t(`sorts.${field}`)} ↑` },
    { sort: field, direction: "DESC" as const, label: `${t(`sorts.${field}`)} ↓` },
  ]);

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/stakeholders/new" createLabel={t("new")} />
      <div className="toolbar">
        <SearchBox
          label={t("searchLabel")}
          value={state.search}
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t("fields.category")}
          value={filters.category}
          options={CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))}
          onChange={(category) => update({ filters: { category } })}
        />
        <FilterSelect
          label={t("fields.status")}
          value={filters.status}
          options={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          onChange={(status) => update({ filters: { status } })}
        />
        <SortSelect
          label={tc("list.sortBy")}
          choices={sortChoices}
          sort={sort}
          direction={state.direction}
          onChange={(next, direction) => update({ sort: next, direction })}
        />
      </div>
      <div className="toolbar">
        <RegionFilter
          code={filters.region}
          onChange={(region) => update({ filters: { region } })}
        />
        <DateFilter
          label={t("filters.foundedFrom")}
          value={filters.foundedFrom}
          onChange={(foundedFrom) => update({ filters: { foundedFrom } })}
        />
        <DateFilter
          label={t("filters.foundedTo")}
          value={filters.foundedTo}
          onChange={(foundedTo) => update({ filters: { foundedTo } })}
        />
      </div>
      <ListResults
        query={query}
        connection={(data) => data.stakeholders}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={sort}
        update={update}
      />
    </div>
  );
}
