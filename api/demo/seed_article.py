"""The seed article's rows: the article, its coverage, tags, mentions and quotes."""

from __future__ import annotations

from api.demo.graph import Graph
from api.demo.keys import slugify, stable_id
from api.demo.regions import region_id
from api.demo.seed_data import (
    ARTICLE_ID,
    ARTICLE_SLUG,
    AUTHOR,
    DISKOMINFO,
    EVENT_ID,
    EVENT_TITLE,
    FAISAL,
    KIM_KUKAR,
    KIM_PASER,
    KOMINFO,
    PERMEN_2019_ID,
    PUBLISHED_AT,
    TAGS,
    pid,
    sid,
)
from api.demo.text import html_body, seed_article
from api.models import (
    Article,
    ArticleCategory,
    ArticleStatus,
    ArticleTag,
    EventCoverage,
    Mention,
    MentionTarget,
    Quote,
    Tag,
)


def add_article(graph: Graph) -> None:
    """The article with its coverage of the event, tags, ten mentions and three quotes."""
    article = seed_article()
    graph.add(
        Article,
        id=ARTICLE_ID,
        title=article.title,
        slug=ARTICLE_SLUG,
        category=ArticleCategory(article.category.lower()),
        dateline="Tana Paser",
        dateline_region_id=region_id("64.01.04"),
        author_id=pid(AUTHOR),
        editor_initials="Rzk/ty",
        summary=article.paragraphs[0],
        body=html_body(article.paragraphs),
        language="id",
        status=ArticleStatus.PUBLISHED,
        published_at=PUBLISHED_AT,
        view_count=691,
    )
    graph.add(
        EventCoverage,
        id=stable_id("event-coverage", f"{slugify(EVENT_TITLE)}/{ARTICLE_SLUG}"),
        event_id=EVENT_ID,
        article_id=ARTICLE_ID,
    )
    for name in TAGS:
        tag_id = stable_id("tags", slugify(name))
        graph.add(Tag, id=tag_id, name=name, slug=slugify(name))
        graph.add(ArticleTag, article_id=ARTICLE_ID, tag_id=tag_id)
    _mentions(graph)
    for position, text in enumerate(article.quotes, start=1):
        graph.add(
            Quote,
            id=stable_id("quotes", f"{ARTICLE_SLUG}/{position}"),
            article_id=ARTICLE_ID,
            person_id=pid(FAISAL),
            text=text,
            position=position,
        )


def _mentions(graph: Graph) -> None:
    article = seed_article()
    stakeholder, person, region = (
        MentionTarget.STAKEHOLDER,
        MentionTarget.PERSON,
        MentionTarget.REGION,
    )
    mentions = (
        (stakeholder, sid(DISKOMINFO), "Informatika (Diskominfo)"),
        (stakeholder, sid(KOMINFO), "Kementerian Kominfo"),
        (stakeholder, sid(KIM_PASER), "(KIM) Paser"),
        (stakeholder, sid(KIM_KUKAR), "Kutai Kertanegara"),
        (person, pid(FAISAL), FAISAL),
        (MentionTarget.REGULATION, PERMEN_2019_ID, "Nomor 8 Tahun 2019"),
        (MentionTarget.EVENT, EVENT_ID, "Sosialisasi Pembinaan"),
        (region, region_id("64"), "Provinsi Kalimantan Timur"),
        (region, region_id("64.01"), "Tana Paser"),
        (region, region_id("64.02"), "Kutai Kertanegara"),
    )
    for target_type, target_id, phrase in mentions:
        graph.add(
            Mention,
            id=stable_id("mentions", f"{ARTICLE_SLUG}/{target_type}/{target_id}"),
            article_id=ARTICLE_ID,
            target_type=target_type,
            **{f"{target_type.value}_id": target_id},
            evidence=article.sentence_naming(phrase),
            confirmed=True,
        )
