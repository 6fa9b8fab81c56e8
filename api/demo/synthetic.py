"""The synthetic graph of `simpul demo --scale N --seed S`, built in memory.

It sits on top of the seed graph in the Kalimantan Timur region tree and scales linearly with N:
about N stakeholders, 3N people and memberships, N/2 relations and events, 5N articles with
1-6 mentions each. Activity follows a power law, so a few groups get most of the mentions and
participations. The same N and S always give the same rows, ids included.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from uuid import UUID

from api.demo.articles import articles
from api.demo.events import events
from api.demo.graph import Graph
from api.demo.people import people_and_memberships, relations
from api.demo.registry import regions_and_tags, stakeholders
from api.demo.world import Keys, World


@dataclass(frozen=True)
class Synthetic:
    shared: Graph  # regions, tags and reference regulations: may already be in the database
    own: Graph  # the rows of this (scale, seed) set: all new, or all present
    marker: UUID  # the id of the set's first stakeholder: present means the set is loaded


def marker_id(scale: int, seed: int) -> UUID:
    return Keys(scale, seed).next("stakeholders")


def generate(scale: int, seed: int) -> Synthetic:
    if scale < 1:
        raise ValueError("scale must be at least 1")
    world = World(scale=scale, rng=random.Random(seed), keys=Keys(scale, seed))
    regions_and_tags(world)
    stakeholders(world)
    people_and_memberships(world)
    relations(world)
    events(world)
    articles(world)
    return Synthetic(world.shared, world.graph, marker_id(scale, seed))
