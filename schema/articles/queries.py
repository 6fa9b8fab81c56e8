from __future__ import annotations

import strawberry

from api import models
from schema.articles.inputs import (
    ARTICLE_SORT,
    MENTION_SORT,
    QUOTE_SORT,
    TAG_SORT,
    ArticleFilter,
    MentionFilter,
    QuoteFilter,
    TagFilter,
)
from schema.articles.types import Article, Mention, Quote, Tag
from schema.lists import list_field
from schema.lookups import by_slug


@strawberry.type
class ArticleQuery:
    articles = list_field(
        Article,
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        description="Articles, latest first.",
    )
    article = by_slug(models.Article, Article, "An article by slug.")
    mentions = list_field(
        Mention,
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        description="Mentions of entities in articles.",
    )
    quotes = list_field(
        Quote,
        models.Quote,
        filter_type=QuoteFilter,
        sort=QUOTE_SORT,
        description="Quotes in articles.",
    )
    tags = list_field(
        Tag,
        models.Tag,
        filter_type=TagFilter,
        sort=TAG_SORT,
        description="Article tags.",
    )
    tag = by_slug(models.Tag, Tag, "A tag by slug.")
