/**
 * A stakeholder's timeline: the articles that name it and the events it organised or joined,
 * merged newest first. Articles arrive in pages (newest first); events arrive all at once.
 */
import type { TimelineData } from "./profileOperations";

export type TimelineArticle = TimelineData["articles"]["edges"][number]["node"];
type Participation = TimelineData["events"]["edges"][number]["node"];
export type TimelineEvent = NonNullable<Participation["event"]>;
export type ParticipationRole = Participation["role"];

export type TimelineEntry =
  | { type: "article"; key: string; at: string; article: TimelineArticle }
  | {
      type: "event";
      key: string;
      at: string | null;
      event: TimelineEvent;
      roles: ParticipationRole[];
    };

const time = (at: string | null): number => (at ? Date.parse(at) : Number.NEGATIVE_INFINITY);

/** An article is placed at its publication, or when it was written if still unpublished. */
function articleEntry(article: TimelineArticle): TimelineEntry {
  return {
    type: "article",
    key: `a:${article.id}`,
    at: article.publishedAt ?? article.createdAt,
    article,
  };
}

/**
 * Merge newest first. While more articles wait to be loaded, events older than the oldest loaded
 * article (and undated ones) are held back, so that loading more never slips an article in
 * above something already shown. An event it organised and joined is one entry with both roles.
 */
export function mergeTimeline(
  articles: readonly TimelineArticle[],
  participations: readonly { role: ParticipationRole; event: TimelineEvent | null }[],
  moreArticles: boolean,
): TimelineEntry[] {
  const events = new Map<string, Extract<TimelineEntry, { type: "event" }>>();
  for (const { role, event } of participations) {
    if (!event) continue;
    const known = events.get(event.id);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
    } else {
      events.set(event.id, {
        type: "event",
        key: `e:${event.id}`,
        at: event.startsAt,
        event,
        roles: [role],
      });
    }
  }
  const entries: TimelineEntry[] = articles.map(articleEntry);
  const oldest = Math.min(...entries.map((entry) => time(entry.at)));
  for (const entry of events.values()) {
    if (!moreArticles || time(entry.at) >= oldest) entries.push(entry);
  }
  return entries.sort((a, b) => time(b.at) - time(a.at) || a.key.localeCompare(b.key));
}
