from __future__ import annotations

import strawberry

from api import models
from schema.articles.inputs import (
    ARTICLE_ORDER,
    MENTION_ORDER,
    QUOTE_ORDER,
    TAG_ORDER,
    ArticleFilter,
    ArticleOrder,
    MentionFilter,
    MentionOrder,
    QuoteFilter,
    QuoteOrder,
    TagFilter,
    TagOrder,
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
        order_type=ArticleOrder,
        default_order=ARTICLE_ORDER,
        description="Articles, latest first.",
    )
    article = by_slug(models.Article, Article, "An article by slug.")
    mentions = list_field(
        Mention,
        models.Mention,
        filter_type=MentionFilter,
        order_type=MentionOrder,
        default_order=MENTION_ORDER,
        description="Mentions of entities in articles.",
    )
    quotes = list_field(
        Quote,
        models.Quote,
        filter_type=QuoteFilter,
        order_type=QuoteOrder,
        default_order=QUOTE_ORDER,
        description="Quotes in articles.",
    )
    tags = list_field(
        Tag,
        models.Tag,
        filter_type=TagFilter,
        order_type=TagOrder,
        default_order=TAG_ORDER,
        description="Article tags.",
    )
    tag = by_slug(models.Tag, Tag, "A tag by slug.")
