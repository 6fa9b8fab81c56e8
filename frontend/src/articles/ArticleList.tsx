import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatDate, formatDateTime } from "../format/dates";
import type { Column } from "../ui/DataTable";
import { ListHeader, ListResults } from "../ui/ListPage";
import { pageVariables } from "../ui/listState";
import { useListState } from "../ui/useListState";
import "./articles.css";
import { ArticleFilters } from "./ArticleFilters";
import { LIST_DEFAULTS, listVariables } from "./filters";
import { ArticleListQuery, type ArticleRowData } from "./operations";
import { StatusBadge } from "./StatusBadge";

export function ArticleList() {
  const { t, i18n } = useTranslation("articles");
  const { state, update } = useListState(LIST_DEFAULTS);
  const query = useGraphQL(
    ArticleListQuery,
    { ...listVariables(state), ...pageVariables(state) },
    { keepPrevious: true },
  );
  const language = i18n.language;

  const published = (row: ArticleRowData) => {
    if (!row.publishedAt) return <span className="muted">{t("list.notPublished")}</span>;
    const when = formatDateTime(row.publishedAt, language);
    return row.status === "SCHEDULED" ? t("list.scheduledFor", { when }) : when;
  };
  const columns: Column<ArticleRowData>[] = [
    {
      key: "title",
      header: t("fields.title"),
      sort: "TITLE",
      className: "article-title-cell",
      render: (row) => (
        <>
          <Link to={`/articles/${row.slug}`}>{row.title}</Link>
          <span className="muted article-meta">
            {[t(`categories.${row.category}`), row.dateline, row.author?.displayName]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </>
      ),
    },
    {
      key: "status",
      header: t("fields.status"),
      className: "compact",
      render: (row) => <StatusBadge status={row.status} />,
    },
    {
      key: "publishedAt",
      header: t("fields.publishedAt"),
      sort: "PUBLISHED_AT",
      className: "compact",
      render: published,
    },
    {
      key: "updatedAt",
      header: t("fields.updatedAt"),
      sort: "UPDATED_AT",
      className: "compact nowrap",
      render: (row) => formatDate(row.updatedAt, language),
    },
    {
      key: "viewCount",
      header: t("fields.viewCount"),
      sort: "VIEW_COUNT",
      className: "compact numeric",
      render: (row) => row.viewCount.toLocaleString(language === "en" ? "en-GB" : "id-ID"),
    },
  ];

  return (
    <div className="page">
      <ListHeader title={t("title")} createTo="/articles/new" createLabel={t("new")} />
      <ArticleFilters state={state} update={update} />
      <ListResults
        query={query}
        connection={(data) => data.articles}
        caption={t("title")}
        columns={columns}
        state={state}
        sort={state.sort}
        update={update}
      />
    </div>
  );
}
