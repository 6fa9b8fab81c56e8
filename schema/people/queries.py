from __future__ import annotations

import strawberry

from api import models
from schema.lists import list_field
from schema.lookups import by_slug
from schema.people.inputs import PERSON_SORT, PersonFilter
from schema.people.types import Person


@strawberry.type
class PersonQuery:
    people = list_field(
        Person,
        models.Person,
        filter_type=PersonFilter,
        sort=PERSON_SORT,
        description="People in the graph.",
    )
    person = by_slug(models.Person, Person, "A person by slug.")
