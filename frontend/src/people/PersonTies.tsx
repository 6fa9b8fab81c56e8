import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useGraphQL } from "../api/hooks";
import { formatEventDates } from "../events/eventDates";
import { formatDate } from "../format/dates";
import { period } from "../stakeholders/period";
import { Empty, QueryState } from "../ui/states";
import { PersonTiesQuery } from "./operations";

/** Articles naming the person, each once (an article may name them twice), newest first. */
function distinct<T extends { id: string; publishedAt: string | null }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) =>
    (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""),
  );
}

function Section({
  id,
  title,
  total,
  shown,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  const { t } = useTranslation("people");
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({total})
      </h2>
      {shown === 0 ? <Empty /> : children}
      {total > shown && <p className="hint">{t("shown", { shown, total })}</p>}
    </section>
  );
}

/** Memberships, talks, quotes, articles written and articles naming the person. */
export function PersonTiesSections({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation("people");
  const { t: ts } = useTranslation("stakeholders");
  const { t: te } = useTranslation("events");
  const query = useGraphQL(PersonTiesQuery, { slug });
  const language = i18n.language;
  return (
    <QueryState query={query}>
      {({ person }) =>
        person && (
          <div className="grid-2">
            <Section
              id="memberships"
              title={t("sections.memberships")}
              total={person.memberships.totalCount}
              shown={person.memberships.edges.length}
            >
              <ul className="tie-list">
                {person.memberships.edges.map(({ node }) => (
                  <li key={node.id} className={node.isActive ? undefined : "tie-ended"}>
                    <div className="tie-main">
                      {node.stakeholder ? (
                        <Link to={`/stakeholders/${node.stakeholder.slug}`}>
                          {node.stakeholder.name}
                        </Link>
                      ) : (
                        "—"
                      )}{" "}
                      <span className="badge">{node.role}</span>{" "}
                      <span className={node.isActive ? "badge badge-success" : "badge"}>
                        {node.isActive ? t("active") : t("ended")}
                      </span>
                      <div className="muted">
                        {period(node.startedOn, node.endedOn, language, ts)}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </Section>
            <Section
              id="speaking"
              title={t("sections.speaking")}
              total={person.speaking.totalCount}
              shown={person.speaking.edges.length}
            >
              <ul className="tie-list">
                {person.speaking.edges.map(({ node }) => (
                  <li key={node.id}>
                    <div className="tie-main">
                      {node.event ? (
                        <Link to={`/events/${node.event.slug}`}>{node.event.title}</Link>
                      ) : (
                        "—"
                      )}{" "}
                      <span className="badge">{te(`modes.${node.mode}`)}</span>
                      <div className="muted">
                        {[
                          node.event &&
                            formatEventDates(
                              node.event.startsAt,
                              node.event.endsAt,
                              node.event.datePrecision,
                              language,
                            ),
                          node.topic,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </Section>
            <Section
              id="quotes"
              title={t("sections.quotes")}
              total={person.quotes.totalCount}
              shown={person.quotes.edges.length}
            >
              <ul className="tie-list">
                {person.quotes.edges.map(({ node }) => (
                  <li key={node.id}>
                    <div className="tie-main">
                      <blockquote className="quote">“{node.text}”</blockquote>
                      {node.article && (
                        <div className="muted">
                          <Link to={`/articles/${node.article.slug}`}>{node.article.title}</Link>
                          {node.article.publishedAt &&
                            ` · ${formatDate(node.article.publishedAt, language)}`}
                        </div>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </Section>
            <ArticleSection
              id="mentions"
              title={t("sections.mentions")}
              total={person.mentions.totalCount}
              articles={distinct(person.mentions.edges.flatMap(({ node }) => node.article ?? []))}
            />
            <ArticleSection
              id="articles"
              title={t("sections.articles")}
              total={person.articles.totalCount}
              articles={person.articles.edges.map(({ node }) => node)}
            />
          </div>
        )
      }
    </QueryState>
  );
}

function ArticleSection({
  id,
  title,
  total,
  articles,
}: {
  id: string;
  title: string;
  total: number;
  articles: readonly { id: string; slug: string; title: string; publishedAt: string | null }[];
}) {
  const { i18n } = useTranslation();
  return (
    <Section id={id} title={title} total={total} shown={articles.length}>
      <ul className="plain-list">
        {articles.map((article) => (
          <li key={article.id}>
            <Link to={`/articles/${article.slug}`}>{article.title}</Link>
            {article.publishedAt && (
              <span className="muted"> · {formatDate(article.publishedAt, i18n.language)}</span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
