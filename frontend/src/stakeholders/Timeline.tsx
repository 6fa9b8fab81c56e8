import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { request } from "../api/client";
import { formatEventDates } from "../events/eventDates";
import { formatDate } from "../format/dates";
import { Empty, ErrorState, Loading } from "../ui/states";
import { StakeholderTimelineQuery } from "./profileOperations";
import { mergeTimeline, type TimelineEntry } from "./timeline";

/** Articles naming the stakeholder and events it took part in, newest first, in WITA. */
export function Timeline({ slug }: { slug: string }) {
  const { t } = useTranslation("stakeholders");
  const { t: tc } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ["StakeholderTimeline", slug],
    queryFn: ({ pageParam, signal }) =>
      request(StakeholderTimelineQuery, { slug, after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => {
      const info = page.stakeholder?.articles.pageInfo;
      return info?.hasNextPage ? info.endCursor : undefined;
    },
  });

  if (query.error) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  if (query.isPending) return <Loading />;
  const pages = query.data.pages.flatMap((page) => (page.stakeholder ? [page.stakeholder] : []));
  const first = pages[0];
  if (!first) return <Empty />;
  const articles = pages.flatMap((page) => page.articles.edges.map((edge) => edge.node));
  const participations = first.events.edges.map((edge) => edge.node);
  const entries = mergeTimeline(articles, participations, query.hasNextPage);
  if (entries.length === 0) return <Empty />;
  return (
    <>
      <ol className="timeline">
        {entries.map((entry) => (
          <TimelineItem key={entry.key} entry={entry} />
        ))}
      </ol>
      {query.hasNextPage && (
        <div className="actions">
          <p className="muted">
            {t("timeline.more", {
              shown: entries.length,
              articles: first.articles.totalCount,
              events: first.events.totalCount,
            })}
          </p>
          <button
            type="button"
            className="button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? tc("state.loading") : t("timeline.loadMore")}
          </button>
        </div>
      )}
    </>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation("stakeholders");
  const { t: ta } = useTranslation("articles");
  const { t: te } = useTranslation("events");
  if (entry.type === "article") {
    const { article } = entry;
    return (
      <li className="timeline-article">
        <time dateTime={entry.at}>{formatDate(entry.at, i18n.language)}</time>
        <span className="badge">{t("timeline.article")}</span>{" "}
        <Link to={`/articles/${article.slug}`}>{article.title}</Link>
        {article.status !== "PUBLISHED" && (
          <>
            {" "}
            <span className="badge badge-warning">{ta(`statuses.${article.status}`)}</span>
          </>
        )}
      </li>
    );
  }
  const { event } = entry;
  const when = formatEventDates(event.startsAt, event.endsAt, event.datePrecision, i18n.language);
  return (
    <li className="timeline-event">
      <time dateTime={event.startsAt ?? undefined}>
        {!when
          ? t("timeline.undated")
          : event.datePrecision === "APPROXIMATE"
            ? te("approximately", { when })
            : when}
      </time>
      <span className="badge">{te(`kinds.${event.kind}`)}</span>{" "}
      <Link to={`/events/${event.slug}`}>{event.title}</Link>{" "}
      <span className="muted">· {entry.roles.map((role) => t(`timeline.${role}`)).join(", ")}</span>
    </li>
  );
}
