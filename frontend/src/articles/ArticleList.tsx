import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDate, formatDateTime } from "../format/dates";
import { type Column, DataTable } from "../ui/DataTable";
import { pageVariables } from "../ui/listState";
import { Pager } from "../ui/Pager";
import { Empty, QueryState } from "../ui/states";
import { useListState } from "../ui/useListState";
import "./articles.css";
import { ArticleFilters } from "./ArticleFilters";
import { LIST_DEFAULTS, listVariables } from "./filters";
import { ArticleListQuery, type ArticleRowData } from "./operations";
import { StatusBadge } from "./StatusBadge";

export function ArticleList() {
  const { t, i18n } = useTranslation("articles");
  const viewer = useViewer();
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
      <div className="page-header">
        <h1>{t("title")}</h1>
        {canWrite(viewer.role) && (
          <Link className="button button-primary" to="/articles/new">
            {t("new")}
          </Link>
        )}
      </div>
      <ArticleFilters state={state} update={update} />
      <QueryState query={query}>
        {({ articles }) =>
          articles.edges.length === 0 ? (
            <Empty filtered={Boolean(state.search || Object.keys(state.filters).length)} />
          ) : (
            <>
              <DataTable
                caption={t("title")}
                columns={columns}
                rows={articles.edges.map((edge) => edge.node)}
                sort={state.sort}
                direction={state.direction}
                onSort={(sort, direction) => update({ sort, direction })}
              />
              <Pager pageInfo={articles.pageInfo} totalCount={articles.totalCount} onPage={update} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
