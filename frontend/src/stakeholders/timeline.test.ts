import { describe, expect, it } from "vitest";

import { mergeTimeline, type TimelineArticle, type TimelineEvent } from "./timeline";

function article(
  id: string,
  publishedAt: string | null,
  createdAt = "2020-01-01T00:00:00Z",
): TimelineArticle {
  return {
    id,
    slug: id,
    title: id,
    status: publishedAt ? "PUBLISHED" : "DRAFT",
    publishedAt,
    createdAt,
  };
}

function event(id: string, startsAt: string | null): TimelineEvent {
  return { id, slug: id, title: id, kind: "RAPAT", startsAt, endsAt: null, datePrecision: "DAY" };
}

const keys = (entries: { key: string }[]) => entries.map((entry) => entry.key);

describe("stakeholder timeline", () => {
  it("merges articles and events newest first, undated events last", () => {
    const entries = mergeTimeline(
      [article("a2", "2026-05-01T00:00:00Z"), article("a1", "2026-01-01T00:00:00Z")],
      [
        { role: "PARTICIPANT", event: event("e1", "2026-03-01T02:00:00Z") },
        { role: "ORGANISER", event: event("e0", null) },
        { role: "ORGANISER", event: event("e2", "2026-07-01T02:00:00Z") },
      ],
      false,
    );
    expect(keys(entries)).toEqual(["e:e2", "a:a2", "e:e1", "a:a1", "e:e0"]);
  });

  it("places an unpublished article at its creation", () => {
    const entries = mergeTimeline(
      [article("draft", null, "2026-06-01T00:00:00Z"), article("old", "2026-01-01T00:00:00Z")],
      [{ role: "PARTICIPANT", event: event("e", "2026-03-01T00:00:00Z") }],
      false,
    );
    expect(keys(entries)).toEqual(["a:draft", "e:e", "a:old"]);
  });

  it("holds back events older than the loaded articles while more articles wait", () => {
    const articles = [article("a2", "2026-05-01T00:00:00Z"), article("a1", "2026-04-01T00:00:00Z")];
    const participations = [
      { role: "PARTICIPANT" as const, event: event("new", "2026-04-15T00:00:00Z") },
      { role: "PARTICIPANT" as const, event: event("old", "2026-01-01T00:00:00Z") },
      { role: "PARTICIPANT" as const, event: event("undated", null) },
    ];
    expect(keys(mergeTimeline(articles, participations, true))).toEqual(["a:a2", "e:new", "a:a1"]);
    expect(keys(mergeTimeline(articles, participations, false))).toEqual([
      "a:a2",
      "e:new",
      "a:a1",
      "e:old",
      "e:undated",
    ]);
  });

  it("makes one entry of an event organised and joined, and skips hidden events", () => {
    const shared = event("e", "2026-03-01T00:00:00Z");
    const entries = mergeTimeline(
      [],
      [
        { role: "ORGANISER", event: shared },
        { role: "PARTICIPANT", event: shared },
        { role: "PARTICIPANT", event: null },
      ],
      false,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ type: "event", roles: ["ORGANISER", "PARTICIPANT"] });
  });
});
