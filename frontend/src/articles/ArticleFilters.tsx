import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { DateFilter } from "../ui/DateFilter";
import { FilterSelect } from "../ui/FilterSelect";
import type { ListPatch, ListState } from "../ui/listState";
import { SearchBox } from "../ui/SearchBox";
import { SORT_FIELDS } from "./filters";
import { ARTICLE_CATEGORIES, ARTICLE_STATUSES, LANGUAGES, TagOptionsQuery } from "./operations";

/** Search, filters and order of the article list; every change goes to the URL. */
export function ArticleFilters({
  state,
  update,
}: {
  state: ListState;
  update: (patch: ListPatch) => void;
}) {
  const { t } = useTranslation("articles");
  const tags = useGraphQL(TagOptionsQuery, {});
  const { filters } = state;
  // Phones show the filters on request (CSS); wider screens always show them.
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div id={id} className={open ? "toolbar article-filters open" : "toolbar article-filters"}>
      <SearchBox label={t("searchLabel")} value={state.search} onChange={(search) => update({ search })} />
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t("list.filters", { count: Object.keys(filters).length })}
      </button>
      <FilterSelect
        label={t("fields.status")}
        value={filters.status}
        options={ARTICLE_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        onChange={(status) => update({ filters: { status } })}
      />
      <FilterSelect
        label={t("fields.category")}
        value={filters.category}
        options={ARTICLE_CATEGORIES.map((category) => ({
          value: category,
          label: t(`categories.${category}`),
        }))}
        onChange={(category) => update({ filters: { category } })}
      />
      <FilterSelect
        label={t("fields.tag")}
        value={filters.tag}
        options={(tags.data?.tags.edges ?? []).map(({ node }) => ({ value: node.slug, label: node.name }))}
        onChange={(tag) => update({ filters: { tag } })}
      />
      <FilterSelect
        label={t("fields.language")}
        value={filters.language}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        onChange={(language) => update({ filters: { language } })}
      />
      <RegionCodeFilter value={filters.region} onChange={(region) => update({ filters: { region } })} />
      <DateFilter label={t("fields.from")} value={filters.from} onChange={(from) => update({ filters: { from } })} />
      <DateFilter label={t("fields.to")} value={filters.to} onChange={(to) => update({ filters: { to } })} />
      <SortSelect state={state} update={update} />
    </div>
  );
}

/** A region code (sub-regions included); applied on Enter or on leaving the field. */
function RegionCodeFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation("articles");
  const id = useId();
  const commit = (text: string) => {
    if (text.trim() !== (value ?? "")) onChange(text.trim() || null);
  };
  return (
    <div className="filter filter-narrow">
      <label htmlFor={id}>{t("fields.region")}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        key={value ?? ""}
        defaultValue={value ?? ""}
        placeholder={t("list.regionHint")}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
        }}
      />
    </div>
  );
}

/** The order as one choice: table headers sort too, but phones show no table header. */
function SortSelect({ state, update }: { state: ListState; update: (patch: ListPatch) => void }) {
  const { t } = useTranslation("articles");
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{t("fields.sort")}</label>
      <select
        id={id}
        value={`${state.sort}:${state.direction}`}
        onChange={(e) => {
          const [sort, direction] = e.target.value.split(":");
          update({ sort, direction: direction === "ASC" ? "ASC" : "DESC" });
        }}
      >
        {SORT_FIELDS.flatMap((field) =>
          (["DESC", "ASC"] as const).map((direction) => (
            <option key={`${field}:${direction}`} value={`${field}:${direction}`}>
              {t(`sorts.${field}`)} ({t(`sorts.${direction}`)})
            </option>
          )),
        )}
      </select>
    </div>
  );
}
