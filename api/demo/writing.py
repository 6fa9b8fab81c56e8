"""Turning an article draft into rows: the article, its mentions, quote, tags and coverage."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from api.demo import names
from api.demo.events import add_evidence
from api.demo.keys import suffixed_slug
from api.demo.regions import region_id
from api.demo.text import html_body
from api.demo.world import TIMELINE_END, Happening, Human, Picker, World, weighted
from api.models import (
    Article,
    ArticleStatus,
    ArticleTag,
    EventCoverage,
    Mention,
    MentionTarget,
    Quote,
)

if TYPE_CHECKING:
    from api.demo.articles import Draft

S = ArticleStatus
STATUSES = ((S.PUBLISHED, 88), (S.ARCHIVED, 5), (S.DRAFT, 4), (S.IN_REVIEW, 3))
MENTION_COUNTS = ((1, 14), (2, 24), (3, 26), (4, 18), (5, 10), (6, 8))
VOWELS = frozenset("aeiouAEIOU")


def write(world: World, draft: Draft, authors: Picker[Human], event: Happening | None) -> UUID:
    rng = world.rng
    article_id = world.keys.next("articles")
    wanted = weighted(rng, MENTION_COUNTS)
    kept: list[tuple[MentionTarget, UUID, str | None]] = []
    for named in draft.named:
        if len(kept) < wanted and all(named[1] != k[1] for k in kept):
            kept.append(named)
    lead = f"{draft.regency.dateline} - {draft.lead}"
    paragraphs = [lead]
    lines = [line for kind, _, line in kept if line and kind is not MentionTarget.PERSON]
    people = [line for kind, _, line in kept if line and kind is MentionTarget.PERSON]
    context = rng.sample(names.CONTEXT_LINES, 2)
    paragraphs += [" ".join(part) for part in (lines, context, people) if part]
    quoted = draft.person if draft.person and any(k[1] == draft.person.id for k in kept) else None
    quote = ""
    if quoted and rng.random() < 0.6:
        agency = world.diskominfo.get(draft.regency.code)
        said = rng.choice(names.QUOTES).format(
            place=draft.regency.dateline, agency=agency.short if agency else "Diskominfo"
        )
        if rng.random() < 0.7:
            quote = f"{said},"
            paragraphs.append(f"“{quote}” {rng.choice(names.SAY_VERBS)}.")
        else:
            quote = f"{said}."
            paragraphs.append(f"{quoted.given} menambahkan, “{quote}”")
    paragraphs.append(rng.choice(names.CLOSINGS))
    _article_row(world, article_id, draft, paragraphs, authors.pick(rng))
    for kind, target, line in kept:
        world.graph.add(
            Mention, id=world.keys.next("mentions"), article_id=article_id, target_type=kind,
            evidence=line or lead, confirmed=event is not None or rng.random() < 0.85,
            **{f"{kind.value}_id": target},
        )  # fmt: skip
    if quoted and quote:
        world.graph.add(
            Quote, id=world.keys.next("quotes"), article_id=article_id, person_id=quoted.id,
            text=quote, position=1,
        )  # fmt: skip
    tags = list(dict.fromkeys([*draft.tags, *rng.sample(names.TAGS, rng.randint(0, 2))]))
    for tag in tags[:4]:
        world.graph.add(ArticleTag, article_id=article_id, tag_id=world.tags[tag])
    if event:
        _cover(world, event, article_id, {target for _, target, _ in kept})
    return article_id


def _article_row(
    world: World, article_id: UUID, draft: Draft, paragraphs: list[str], author: Human
) -> None:
    rng = world.rng
    status = weighted(rng, STATUSES)
    published_at: datetime | None = draft.when
    if status in (S.DRAFT, S.IN_REVIEW):
        published_at = None
    elif draft.when.date() > TIMELINE_END:
        status = S.SCHEDULED
    read = status in (S.PUBLISHED, S.ARCHIVED)
    world.graph.add(
        Article,
        id=article_id,
        title=draft.title[:300],
        slug=suffixed_slug(draft.title, article_id, world.slugs),
        category=draft.category,
        dateline=draft.regency.dateline,
        dateline_region_id=region_id(draft.regency.seat_code),
        author_id=author.id,
        editor_initials=f"{_initials(author.given)}/{rng.choice(names.EDITOR_CODES)}",
        summary=paragraphs[0],
        body=html_body(paragraphs),
        language="id",
        status=status,
        published_at=published_at,
        view_count=min(int(rng.paretovariate(1.2) * 40), 250_000) if read else 0,
    )


def _initials(given: str) -> str:
    """The byline code Diskominfo editors use: "Rizky" -> "Rzk"."""
    consonants = [c for c in given[1:] if c not in VOWELS]
    return (given[0] + "".join(consonants))[:3]


def _cover(world: World, event: Happening, article_id: UUID, named: set[UUID]) -> None:
    world.graph.add(
        EventCoverage, id=world.keys.next("event-coverage"), event_id=event.id,
        article_id=article_id,
    )  # fmt: skip
    for organiser in event.organisers:
        for guest in event.participants:
            relation = world.relations.get((organiser.id, guest.id))
            if relation and organiser.id in named and guest.id in named:
                add_evidence(world, relation, article_id=article_id)
