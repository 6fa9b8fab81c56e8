from __future__ import annotations

import strawberry

from api import models
from schema.events.inputs import EVENT_SORT, EventFilter
from schema.events.types import Event
from schema.lists import list_field
from schema.lookups import by_slug


@strawberry.type
class EventQuery:
    events = list_field(
        Event,
        models.Event,
        filter_type=EventFilter,
        sort=EVENT_SORT,
        description="Events, latest first.",
    )
    event = by_slug(models.Event, Event, "An event by slug.")
