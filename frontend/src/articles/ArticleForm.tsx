import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";

import { useGraphQL } from "../api/hooks";
import { FormFrame } from "../ui/FormFrame";
import { NotFound } from "../ui/NotFound";
import { QueryState } from "../ui/states";
import { useRecordForm } from "../ui/useRecordForm";
import "./articles.css";
import { ArticleFields } from "./ArticleFields";
import { ArticleReader } from "./ArticleReader";
import { type ArticleValues, EMPTY_ARTICLE, saveArticle, type SavedArticle, valuesOf } from "./articleValues";
import { EditorTabs } from "./EditorTabs";
import { MentionPanel } from "./MentionPanel";
import { type ArticleData, ArticleDetailQuery } from "./operations";
import { StatusBadge } from "./StatusBadge";
import { WorkflowPanel } from "./WorkflowPanel";

export function ArticleCreate() {
  const { t } = useTranslation("articles");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <ArticleEditor article={null} onReload={async () => undefined} />
    </div>
  );
}

export function ArticleEdit() {
  const { t } = useTranslation("articles");
  const { slug = "" } = useParams();
  const { state } = useLocation();
  const query = useGraphQL(ArticleDetailQuery, { slug });
  return (
    <div className="page">
      <QueryState query={query}>
        {({ article }) =>
          !article ? (
            <NotFound />
          ) : (
            <>
              <div className="page-header">
                <h1>{t("editTitle")}</h1>
                <StatusBadge status={article.status} />
                <Link className="button" to={`/articles/${article.slug}`}>
                  {t("editor.openPreview")}
                </Link>
              </div>
              {state === "created" && (
                <p className="notice notice-success" role="status">
                  {t("editor.createdNotice")}
                </p>
              )}
              <ArticleEditor article={article} onReload={() => query.refetch()} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

/** The article form (write and preview tabs) and, once saved, its workflow and mentions. */
function ArticleEditor({ article, onReload }: { article: ArticleData | null; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation("articles");
  const navigate = useNavigate();
  const version = article?.version ?? null;
  // The query hands over a new object on every render; the form's base changes with the version.
  const initial = useMemo(() => (article ? valuesOf(article) : EMPTY_ARTICLE), [version]);
  const form = useRecordForm<ArticleValues, SavedArticle>({
    initial,
    version,
    draftKey: article ? `Article:${article.id}` : "new:Article",
    save: (values, currentVersion) => saveArticle(article?.id ?? null, currentVersion, values, initial),
    onSaved: (saved) => {
      if (!article) navigate(`/articles/${saved.slug}/edit`, { replace: true, state: "created" });
      else if (saved.slug !== article.slug) navigate(`/articles/${saved.slug}/edit`, { replace: true });
    },
  });
  const labels = {
    title: t("fields.title"),
    slug: t("fields.slug"),
    category: t("fields.category"),
    dateline: t("fields.dateline"),
    datelineRegion: t("fields.datelineRegion"),
    author: t("fields.author"),
    editorInitials: t("fields.editorInitials"),
    summary: t("fields.summary"),
    body: t("fields.body"),
    coverImageUrl: t("fields.coverImageUrl"),
    sourceUrl: t("fields.sourceUrl"),
    language: t("fields.language"),
    tags: t("fields.tags"),
  };
  const mentions = article?.mentions.edges.map((edge) => edge.node) ?? [];
  const { values } = form;

  return (
    <div className="article-layout">
      <FormFrame form={form} labels={labels} onReload={onReload} cancelTo={article ? `/articles/${article.slug}` : "/articles"}>
        <EditorTabs
          write={<ArticleFields form={form} labels={labels} published={article?.status === "PUBLISHED"} />}
          preview={() => (
            <ArticleReader
              headingLevel={2}
              article={{
                ...values,
                authorName: values.author?.name ?? null,
                coverImageUrl: values.coverImageUrl || null,
                sourceUrl: values.sourceUrl || null,
                publishedAt: article?.publishedAt ?? null,
                status: article?.status ?? "DRAFT",
                mentions,
              }}
            />
          )}
        />
      </FormFrame>
      <div className="article-side">
        {article ? (
          <>
            <WorkflowPanel
              article={article}
              blockedReason={form.dirty ? t("editor.saveFirst") : null}
              onReload={() => void onReload()}
            />
            <MentionPanel article={{ id: article.id, mentions }} body={values.body} />
            <p>
              <Link to={`/articles/${article.slug}/revisions`}>{t("detail.revisions")}</Link>
            </p>
          </>
        ) : (
          <p className="notice">{t("mentions.saveFirst")}</p>
        )}
      </div>
    </div>
  );
}
