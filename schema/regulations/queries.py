from __future__ import annotations

import strawberry

from api import models
from schema.lists import list_field
from schema.lookups import by_slug
from schema.regulations.inputs import (
    AFFAIR_SORT,
    REGULATION_SORT,
    AffairFilter,
    RegulationFilter,
)
from schema.regulations.types import Affair, Regulation


@strawberry.type
class RegulationQuery:
    regulations = list_field(
        Regulation,
        models.Regulation,
        filter_type=RegulationFilter,
        sort=REGULATION_SORT,
        description="Regulations, newest first.",
    )
    regulation = by_slug(models.Regulation, Regulation, "A regulation by slug.")
    affairs = list_field(
        Affair,
        models.Affair,
        filter_type=AffairFilter,
        sort=AFFAIR_SORT,
        description="Public-information affairs (urusan).",
    )
