from __future__ import annotations

import strawberry

from api import models
from schema.lists import list_field
from schema.lookups import by_slug
from schema.stakeholders.inputs import (
    MEMBERSHIP_ORDER,
    RELATION_ORDER,
    STAKEHOLDER_ORDER,
    MembershipFilter,
    MembershipOrder,
    RelationFilter,
    RelationOrder,
    StakeholderFilter,
    StakeholderOrder,
)
from schema.stakeholders.types import Membership, Relation, Stakeholder


@strawberry.type
class StakeholderQuery:
    stakeholders = list_field(
        Stakeholder,
        models.Stakeholder,
        filter_type=StakeholderFilter,
        order_type=StakeholderOrder,
        default_order=STAKEHOLDER_ORDER,
        description="The stakeholder registry.",
    )
    stakeholder = by_slug(models.Stakeholder, Stakeholder, "A stakeholder by slug.")
    memberships = list_field(
        Membership,
        models.Membership,
        filter_type=MembershipFilter,
        order_type=MembershipOrder,
        default_order=MEMBERSHIP_ORDER,
        description="People's roles in stakeholders.",
    )
    relations = list_field(
        Relation,
        models.Relation,
        filter_type=RelationFilter,
        order_type=RelationOrder,
        default_order=RELATION_ORDER,
        description="Ties between stakeholders.",
    )
