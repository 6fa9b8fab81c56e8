from __future__ import annotations

import strawberry

from api import models
from schema.context import Info
from schema.errors import InputError
from schema.inputs import REGION_CODE
from schema.lists import list_field
from schema.regions.inputs import REGION_SORT, RegionFilter
from schema.regions.types import Region


@strawberry.type
class RegionQuery:
    regions = list_field(
        Region,
        models.Region,
        filter_type=RegionFilter,
        sort=REGION_SORT,
        description="Administrative regions, by code.",
    )

    @strawberry.field(description="A region by its Kemendagri code, e.g. 64.01.")
    async def region(self, info: Info, code: str) -> Region:
        if not REGION_CODE.match(code):
            raise InputError(
                f"Invalid region code {code!r}: expected a Kemendagri code such as 64.01.",
                field="code",
            )
        region: Region | None = await info.context.loaders.get(models.Region, code, "code")
        if region is None:
            raise InputError(f"Unknown region code {code!r}.", field="code")
        return region
