from __future__ import annotations

import strawberry

from api import models
from schema.lists import list_field
from schema.lookups import by_slug
from schema.stakeholders.inputs import (
    MEMBERSHIP_SORT,
    RELATION_SORT,
    STAKEHOLDER_SORT,
    MembershipFilter,
    RelationFilter,
    StakeholderFilter,
)
from schema.stakeholders.types import Membership, Relation, Stakeholder


@strawberry.type
class StakeholderQuery:
    stakeholders = list_field(
        Stakeholder,
        models.Stakeholder,
        filter_type=StakeholderFilter,
        sort=STAKEHOLDER_SORT,
        description="The stakeholder registry.",
    )
    stakeholder = by_slug(models.Stakeholder, Stakeholder, "A stakeholder by slug.")
    memberships = list_field(
        Membership,
        models.Membership,
        filter_type=MembershipFilter,
        sort=MEMBERSHIP_SORT,
        description="People's roles in stakeholders.",
    )
    relations = list_field(
        Relation,
        models.Relation,
        filter_type=RelationFilter,
        sort=RELATION_SORT,
        description="Ties between stakeholders.",
    )
