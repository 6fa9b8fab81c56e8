"""Search hits for the mention picker: the record, the name to show and what matched."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Union

import strawberry

from schema.events.types import Event
from schema.people.types import Person
from schema.regions.types import Region
from schema.regulations.types import Regulation
from schema.stakeholders.types import Stakeholder


@strawberry.enum(description="Kinds of record `search` looks through.")
class SearchType(Enum):
    STAKEHOLDER = "stakeholder"
    PERSON = "person"
    REGION = "region"
    EVENT = "event"
    REGULATION = "regulation"


SearchResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        Stakeholder, Person, Region, Event, Regulation
    ],
    strawberry.union("SearchResult", description="A record `search` can find."),
]


@strawberry.type(description="One record matching a search.")
class SearchHit:
    node: SearchResult = strawberry.field(description="The record.")
    label: str = strawberry.field(
        description="Its name or title: stakeholder and region name, person's full name, event "
        "and regulation title."
    )
    matched: str = strawberry.field(
        description="The text that matched: the name, an alias, a region code or a regulation "
        "number."
    )
    prefix: bool = strawberry.field(
        description="Whether `matched` starts with the query (such hits come first)."
    )
