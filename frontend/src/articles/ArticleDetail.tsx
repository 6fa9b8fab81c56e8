import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { canWrite, useViewer } from "../auth/AuthProvider";
import { formatDateTime } from "../format/dates";
import { NotFound } from "../ui/NotFound";
import { QueryState } from "../ui/states";
import "./articles.css";
import { ArticleReader, type ReaderArticle } from "./ArticleReader";
import { type ArticleData, ArticleDetailQuery, LANGUAGES } from "./operations";
import { StatusBadge } from "./StatusBadge";
import { TagPanel } from "./TagPanel";
import { WorkflowPanel } from "./WorkflowPanel";

export function readerOf(article: ArticleData): ReaderArticle {
  return {
    ...article,
    authorName: article.author?.displayName ?? null,
    tags: article.tags.map((tag) => tag.name),
    mentions: article.mentions.edges.map((edge) => edge.node),
  };
}

function isLanguage(code: string): code is (typeof LANGUAGES)[number] {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** An article previewed as readers will see it, with the newsroom's controls beside it. */
export function ArticleDetail() {
  const { slug = "" } = useParams();
  const query = useGraphQL(ArticleDetailQuery, { slug });
  return (
    <div className="page">
      <QueryState query={query}>
        {({ article }) =>
          article ? <ArticleView article={article} onReload={() => void query.refetch()} /> : <NotFound />
        }
      </QueryState>
    </div>
  );
}

function ArticleView({ article, onReload }: { article: ArticleData; onReload: () => void }) {
  const { t, i18n } = useTranslation("articles");
  const writable = canWrite(useViewer().role);
  return (
    <>
      <div className="page-header article-header">
        <p className="breadcrumb">
          <Link to="/articles">{t("title")}</Link> › {t("preview")}
        </p>
        <StatusBadge status={article.status} />
        <Link className="button" to={`/articles/${article.slug}/revisions`}>
          {t("detail.revisions")}
        </Link>
        {writable && (
          <Link className="button button-primary" to={`/articles/${article.slug}/edit`}>
            {t("detail.edit")}
          </Link>
        )}
      </div>
      <div className="article-layout">
        <div className="card reader-card">
          <ArticleReader article={readerOf(article)} />
        </div>
        <div className="article-side">
          {writable && <WorkflowPanel article={article} onReload={onReload} />}
          <TagPanel article={article} writable={writable} onReload={onReload} />
          <section className="card" aria-labelledby="info-title">
            <h2 id="info-title">{t("detail.info")}</h2>
            <dl className="details">
              <dt>{t("fields.slug")}</dt>
              <dd className="break">{article.slug}</dd>
              <dt>{t("fields.language")}</dt>
              <dd>{isLanguage(article.language) ? t(`languages.${article.language}`) : article.language}</dd>
              <dt>{t("fields.viewCount")}</dt>
              <dd>{article.viewCount}</dd>
              <dt>{t("fields.createdAt")}</dt>
              <dd>{formatDateTime(article.createdAt, i18n.language)}</dd>
              <dt>{t("fields.updatedAt")}</dt>
              <dd>{formatDateTime(article.updatedAt, i18n.language)}</dd>
              {article.datelineRegion && (
                <>
                  <dt>{t("fields.datelineRegion")}</dt>
                  <dd>
                    <Link to={`/regions/${article.datelineRegion.code}`}>{article.datelineRegion.name}</Link>
                  </dd>
                </>
              )}
              {article.author && (
                <>
                  <dt>{t("fields.author")}</dt>
                  <dd>
                    <Link to={`/people/${article.author.slug}`}>{article.author.displayName}</Link>
                  </dd>
                </>
              )}
            </dl>
          </section>
        </div>
      </div>
    </>
  );
}
