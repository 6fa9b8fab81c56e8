import { type MouseEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

import { formatDateTime } from "../format/dates";
import { entityOf, type Entity, groupMentions, linkMentions } from "./mentions";
import type { ArticleCategory, ArticleStatus, MentionData } from "./operations";

/** What the reader view shows: a saved article, or the editor's unsaved values. */
export interface ReaderArticle {
  title: string;
  summary: string;
  body: string;
  category: ArticleCategory;
  dateline: string;
  authorName: string | null;
  editorInitials: string;
  publishedAt: string | null;
  status: ArticleStatus;
  tags: readonly string[];
  coverImageUrl: string | null;
  sourceUrl: string | null;
  language: string;
  mentions: readonly MentionData[];
}

// The router's basename: links inside the body HTML are plain anchors.
const APP_BASE = "/admin";

/**
 * The article as readers will see it: headline, lead, dateline and time in WITA, the body with
 * mentioned entities linked, tags, and what it mentions.
 */
export function ArticleReader({ article, headingLevel = 1 }: { article: ReaderArticle; headingLevel?: 1 | 2 }) {
  const { t, i18n } = useTranslation("articles");
  const navigate = useNavigate();
  const entities = useMemo(
    () => article.mentions.map((mention) => entityOf(mention.target)).filter((e): e is Entity => e !== null),
    [article.mentions],
  );
  const body = useMemo(() => linkMentions(article.body, entities, APP_BASE), [article.body, entities]);
  const groups = groupMentions(article.mentions);
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Section = headingLevel === 1 ? "h2" : "h3";

  // Mention links in the body stay inside the app instead of reloading it.
  const follow = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.mention-link");
    if (!link?.dataset.to || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(link.dataset.to);
  };

  let when = t("reader.notPublished");
  if (article.publishedAt) {
    const time = formatDateTime(article.publishedAt, i18n.language);
    when = article.status === "SCHEDULED" ? t("reader.scheduled", { when: time }) : time;
  }

  return (
    <article className="reader" lang={article.language || undefined}>
      <p className="reader-kicker">{t(`categories.${article.category}`)}</p>
      <Title className="reader-title">{article.title}</Title>
      <p className="reader-byline">
        {article.dateline && <span className="reader-dateline">{article.dateline}</span>}
        <time dateTime={article.publishedAt ?? undefined}>{when}</time>
        {article.authorName && <span>{t("reader.by", { name: article.authorName })}</span>}
      </p>
      {article.coverImageUrl && <img className="reader-cover" src={article.coverImageUrl} alt="" />}
      {article.summary && <p className="reader-lead">{article.summary}</p>}
      {article.body ? (
        // The body is HTML the server sanitised (or the editor's own output in a preview).
        <div className="reader-body" onClick={follow} dangerouslySetInnerHTML={{ __html: body }} />
      ) : (
        <p className="muted">{t("reader.empty")}</p>
      )}
      {article.editorInitials && (
        <p className="reader-editor">{t("reader.editor", { initials: article.editorInitials })}</p>
      )}
      {article.sourceUrl && (
        <p className="reader-source">
          {t("reader.source")}: <a href={article.sourceUrl}>{article.sourceUrl}</a>
        </p>
      )}
      {article.tags.length > 0 && (
        <ul className="chip-list reader-tags" aria-label={t("reader.tags")}>
          {article.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {groups.length > 0 && (
        <aside className="reader-related" aria-label={t("reader.related")}>
          <Section>{t("reader.related")}</Section>
          {groups.map((group) => (
            <p key={group.kind}>
              <span className="muted">{t(`mentions.kinds.${group.kind}`)}: </span>
              {group.items.map((item, index) => (
                <span key={item.mention.id}>
                  {index > 0 && ", "}
                  {item.entity ? <Link to={item.entity.href}>{item.entity.label}</Link> : t("reader.unavailable")}
                </span>
              ))}
            </p>
          ))}
        </aside>
      )}
    </article>
  );
}
