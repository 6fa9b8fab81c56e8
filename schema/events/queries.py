from __future__ import annotations

import strawberry

from api import models
from schema.events.inputs import EVENT_ORDER, EventFilter, EventOrder
from schema.events.types import Event
from schema.lists import list_field
from schema.lookups import by_slug


@strawberry.type
class EventQuery:
    events = list_field(
        Event,
        models.Event,
        filter_type=EventFilter,
        order_type=EventOrder,
        default_order=EVENT_ORDER,
        description="Events, latest first.",
    )
    event = by_slug(models.Event, Event, "An event by slug.")
