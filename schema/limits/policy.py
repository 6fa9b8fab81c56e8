"""How much one query may ask for, by caller: the one table of defaults, and per-key overrides."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from api.models import ApiKey
from api.services.actor import Actor


@dataclass(frozen=True, slots=True)
class Limits:
    depth: int
    cost: int
    aliases: int
    tokens: int
    # Who these limits are for, as the error message names them.
    caller: str


# A page of 100 profiles, each with a page of 20 members, costs about 26,000: the public
# limits admit that and refuse the next level of nesting at full pages.
DEFAULT_LIMITS: dict[str, Limits] = {
    "anonymous": Limits(
        depth=10, cost=30_000, aliases=15, tokens=2_000, caller="anonymous callers"
    ),
    "partner": Limits(depth=10, cost=30_000, aliases=15, tokens=2_000, caller="partner keys"),
    "staff": Limits(depth=15, cost=300_000, aliases=50, tokens=10_000, caller="staff"),
}


def kind_of(actor: Actor) -> str:
    if actor.key_id is not None:
        return "partner"
    if actor.is_staff:
        return "staff"
    return "anonymous"


async def limits_for(actor: Actor, key: ApiKey | None = None) -> Limits:
    """The caller's limits; a partner key's own `max_query_cost`/`max_query_depth` win.

    `key` is the caller's ApiKey when the request already loaded it (no second lookup)."""
    limits = DEFAULT_LIMITS[kind_of(actor)]
    if actor.key_id is None:
        return limits
    if key is None or key.id != actor.key_id:
        row = await ApiKey.filter(id=actor.key_id).values("max_query_cost", "max_query_depth")
        if not row:
            return limits
        cost, depth = row[0]["max_query_cost"], row[0]["max_query_depth"]
    else:
        cost, depth = key.max_query_cost, key.max_query_depth
    if cost is None and depth is None:
        return limits
    return dataclasses.replace(
        limits,
        cost=limits.cost if cost is None else cost,
        depth=limits.depth if depth is None else depth,
        caller="this API key",
    )
