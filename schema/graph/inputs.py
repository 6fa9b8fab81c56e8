"""Arguments of the graph queries, checked and turned into api.graph values."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry

from api.graph.network import GraphInputError, NetworkFilter
from api.graph.policy import check_filter
from api.services.actor import Actor
from schema.enums import StakeholderCategory
from schema.errors import InputError
from schema.inputs import REGION_CODE, OrderDirection

MAX_DEPTH = 3
MAX_NEIGHBOURHOOD = 2000
MAX_PATH_LENGTH = 10
MAX_PATHS = 20


def in_range(value: int, low: int, high: int, argument: str) -> int:
    if not low <= value <= high:
        raise InputError(
            f"`{argument}` must be between {low} and {high}, got {value}.", field=argument
        )
    return value


@strawberry.input(description="Which stakeholders and which appearances make a network.")
class StakeholderNetworkFilter:
    region: str | None = strawberry.field(
        default=None, description="Region code; stakeholders of its sub-regions are included."
    )
    category: list[StakeholderCategory] | None = strawberry.field(
        default=None, description="Only stakeholders of these categories."
    )
    from_: dt.date | None = strawberry.field(
        name="from", default=None, description="Only appearances on or after this date."
    )
    to: dt.date | None = strawberry.field(
        default=None, description="Only appearances on or before this date."
    )
    half_life: float | None = strawberry.field(
        default=None,
        description=(
            "Days after which an appearance counts half (measured back from `to`, or today); "
            "none: every appearance counts 1. Anonymous callers and keys: 30, 90, 180, 365 or "
            "730, `from` the first and `to` the last day of a month."
        ),
    )

    def value(self) -> NetworkFilter:
        if self.region is not None and not REGION_CODE.match(self.region):
            raise InputError(
                f"Invalid region code {self.region!r}: expected a Kemendagri code such as 64, "
                "64.01, 64.01.04 or 64.01.04.2002.",
                field="region",
            )
        try:
            return NetworkFilter(
                region=self.region,
                categories=frozenset(c.value for c in self.category or ()),
                start=self.from_,
                end=self.to,
                half_life=self.half_life,
            )
        except GraphInputError as error:
            raise InputError(str(error), field=error.field) from None


def network_filter(given: StakeholderNetworkFilter | None, viewer: Actor) -> NetworkFilter:
    """The filter asked for, if `viewer` may use it (api/graph/policy.py)."""
    flt = given.value() if given is not None else NetworkFilter()
    try:
        return check_filter(flt, viewer)
    except GraphInputError as error:
        raise InputError(str(error), field=error.field) from None


@strawberry.enum(description="Fields network nodes can be sorted by.")
class NetworkNodeOrderField(Enum):
    NAME = "name"
    DEGREE = "degree"
    WEIGHTED_DEGREE = "weighted_degree"
    BETWEENNESS = "betweenness"
    PAGE_RANK = "page_rank"
    COMMUNITY = "community"


@strawberry.input(description="Sort order of network nodes; ties by name, then id.")
class NetworkNodeOrder:
    field: NetworkNodeOrderField = strawberry.field(
        default=NetworkNodeOrderField.PAGE_RANK, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.DESC, description="Ascending or descending."
    )


@strawberry.input(description="Conditions on network nodes; all given ones must hold.")
class NetworkNodeFilter:
    community: list[int] | None = strawberry.field(
        default=None, description="In any of these communities."
    )
    min_degree: int | None = strawberry.field(default=None, description="At least this degree.")
    min_weighted_degree: float | None = strawberry.field(
        default=None, description="At least this weighted degree."
    )
    min_betweenness: float | None = strawberry.field(
        default=None, description="At least this betweenness."
    )
    min_page_rank: float | None = strawberry.field(
        default=None, description="At least this PageRank."
    )
    search: str | None = strawberry.field(default=None, description="Name contains.")
