"""Counting readers: once per reader and day, without touching version, audit or revisions.

A reader is an address: the User-Agent header is the caller's to choose, so counting by it would
let one client count as many readers as it sends headers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from uuid import UUID
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from api.models import (
    Article,
    ArticleView,
)


def today(timezone: str) -> dt.date:
    """The day in the office's time zone: readers are counted once per such day."""
    return dt.datetime.now(ZoneInfo(timezone)).date()


def reader_hash(*, secret_key: str, ip_address: str, day: dt.date) -> str:
    """A keyed digest of the reader: the same address on the same day, the same value; the
    address itself is never stored."""
    message = "\n".join((ip_address, day.isoformat())).encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


async def record_view(
    *, article_id: UUID, ip_address: str, secret_key: str, day: dt.date
) -> tuple[int, bool]:
    """Count a reader's view of a public article once a day: (view count, whether counted).

    The caller checks the article is public. A repeat, even one racing the first, hits the
    unique (article, reader, day) row and changes nothing.
    """
    reader = reader_hash(secret_key=secret_key, ip_address=ip_address, day=day)
    async with in_transaction():
        try:
            async with in_transaction():  # a savepoint, so a duplicate leaves the rest usable
                await ArticleView.create(article_id=article_id, reader_hash=reader, day=day)
        except IntegrityError:
            counted = False
        else:
            counted = True
            await Article.filter(id=article_id).update(view_count=F("view_count") + 1)
        count = await Article.filter(id=article_id).values_list("view_count", flat=True)
    return int(count[0]), counted  # type: ignore[call-overload]  # flat gives scalars
