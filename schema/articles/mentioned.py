"""The union of everything an article can mention."""

from __future__ import annotations

from typing import Annotated

import strawberry

from schema.events.types import Event
from schema.people.types import Person
from schema.regions.types import Region
from schema.regulations.types import Regulation
from schema.stakeholders.types import Stakeholder

MentionedEntity = Annotated[
    Stakeholder | Person | Region | Event | Regulation,
    strawberry.union("MentionedEntity", description="Anything an article can mention."),
]
