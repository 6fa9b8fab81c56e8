"""State shared by the steps of the synthetic generator, and its random helpers.

Everything random comes from one `random.Random(seed)` consumed in a fixed order, and every id is
a UUID5 of the set's scale, seed and the row's ordinal, so a (scale, seed) pair always yields the
same graph. The timeline is fixed too (2019 to `TIMELINE_END`): it never depends on today's date.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Generic, TypeVar
from uuid import UUID

from api.demo.graph import Graph
from api.demo.keys import stable_id
from api.demo.regions import Place
from api.models import StakeholderCategory, StakeholderStatus

TIMELINE_START = date(2019, 1, 1)
TIMELINE_END = date(2026, 11, 30)  # later dates are planned events and scheduled articles
ZIPF_EXPONENT = 1.1

T = TypeVar("T")


class Keys:
    """Ids of one synthetic set: `synthetic/<scale>/<seed>/<table>:<ordinal>`."""

    def __init__(self, scale: int, seed: int) -> None:
        self.prefix = f"synthetic/{scale}/{seed}"
        self.counters: dict[str, int] = {}

    def next(self, table: str) -> UUID:
        n = self.counters.get(table, 0)
        self.counters[table] = n + 1
        return stable_id(f"{self.prefix}/{table}", str(n))


class Picker(Generic[T]):
    """Weighted random choice with precomputed cumulative weights (bisect, O(log n))."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(accumulate(weights))

    def __bool__(self) -> bool:
        return bool(self.items)

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass(slots=True)
class Group:
    """A synthetic stakeholder as the later steps need it."""

    id: UUID
    name: str
    short: str  # alias or name, as a second mention says it
    category: StakeholderCategory
    status: StakeholderStatus
    place: Place
    founded_on: date | None
    weight: float = 1.0
    members: list[Human] = field(default_factory=list)
    regulation: tuple[UUID, str] | None = None  # the SK: id and how the text cites it


@dataclass(slots=True)
class Human:
    id: UUID
    full_name: str
    given: str  # how an article refers to them after the first mention
    position: str
    public: bool
    place: Place


@dataclass(slots=True)
class Happening:
    """A synthetic event as the article step needs it."""

    id: UUID
    title: str
    topic: str
    starts_at: datetime
    held: bool
    venue: str
    place: Place
    organisers: list[Group]
    participants: list[Group]
    speakers: list[tuple[Human, str]]  # person and how they took part ("secara daring", ...)


@dataclass
class World:
    scale: int
    rng: random.Random
    keys: Keys
    shared: Graph = field(default_factory=Graph)  # regions, tags: keyed by natural keys
    graph: Graph = field(default_factory=Graph)  # everything owned by this synthetic set
    districts: list[Place] = field(default_factory=list)
    villages: dict[str, list[Place]] = field(default_factory=dict)  # by district code
    groups: list[Group] = field(default_factory=list)
    agencies: list[Group] = field(default_factory=list)
    diskominfo: dict[str, Group] = field(default_factory=dict)  # by regency code
    people: list[Human] = field(default_factory=list)
    authors: list[Human] = field(default_factory=list)
    events: list[Happening] = field(default_factory=list)
    relations: dict[tuple[UUID, UUID], UUID] = field(default_factory=dict)
    evidence: set[tuple[UUID, UUID]] = field(default_factory=set)  # (relation, article|event)
    evidence_count: Counter[UUID] = field(default_factory=Counter)
    reference_regulations: list[tuple[UUID, str]] = field(default_factory=list)
    tags: dict[str, UUID] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)


def zipf_weights(rng: random.Random, count: int) -> list[float]:
    """Power-law activity in a random order: a few very active items, a long quiet tail."""
    ranks = list(range(count))
    rng.shuffle(ranks)
    return [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in ranks]


def weighted(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    values = [value for value, _ in options]
    return rng.choices(values, weights=[weight for _, weight in options])[0]


def random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def random_moment(rng: random.Random, start: date, end: date) -> datetime:
    """A moment in office hours, 08:00-17:00 WITA (UTC+8)."""
    day = random_date(rng, start, end)
    minutes = rng.randrange(9 * 60)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(minutes=minutes)
