"""The GraphQL schema: feature roots composed into one Query and one Mutation."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.types import ExecutionContext

from api.services.specs import SPECS
from schema.accounts.mutations import AccountMutations
from schema.accounts.queries import AccountQuery
from schema.arguments import TextArguments
from schema.articles.mutations import NewsroomMutations
from schema.articles.queries import ArticleQuery
from schema.articles.types import Article, Mention, Quote, Tag
from schema.audit.queries import AuditQuery
from schema.compiled.engine import CompiledReads
from schema.dashboard.queries import DashboardQuery
from schema.documents import DocumentCache
from schema.errors import log_errors, should_mask
from schema.events.queries import EventQuery
from schema.events.types import Event, EventCoverage, EventParticipation, EventSpeaker
from schema.graph.queries import GraphQuery
from schema.http import create_graphql_app
from schema.introspection import IntrospectionPolicy
from schema.limits.extension import QueryLimits
from schema.mutations.errors import ERROR_TYPES
from schema.mutations.generate import generated_mutations
from schema.node import NodeQuery, register
from schema.partners.mutations import PartnerMutations
from schema.partners.queries import PartnerQuery
from schema.people.mutations import ErasureMutations
from schema.people.queries import PersonQuery
from schema.people.types import Person
from schema.regions.queries import RegionQuery
from schema.regions.types import Region
from schema.regulations.queries import RegulationQuery
from schema.regulations.types import Affair, Regulation
from schema.search.queries import SearchQuery
from schema.stakeholders.queries import StakeholderQuery
from schema.stakeholders.types import Membership, Relation, RelationEvidence, Stakeholder

NODE_TYPES: tuple[Any, ...] = (
    Affair,
    Article,
    Event,
    EventCoverage,
    EventParticipation,
    EventSpeaker,
    Membership,
    Mention,
    Person,
    Quote,
    Region,
    Regulation,
    Relation,
    RelationEvidence,
    Stakeholder,
    Tag,
)
register(*NODE_TYPES)


@strawberry.type(description="Read the stakeholder graph and the published content.")
class Query(
    NodeQuery,
    RegionQuery,
    StakeholderQuery,
    PersonQuery,
    ArticleQuery,
    EventQuery,
    RegulationQuery,
    AuditQuery,
    AccountQuery,
    PartnerQuery,
    GraphQuery,
    DashboardQuery,
    SearchQuery,
):
    pass


RecordMutations = generated_mutations(SPECS, {t.__name__: t for t in NODE_TYPES})


@strawberry.type(description="Change the registry and the newsroom (admins and editors).")
class Mutation(
    RecordMutations,  # type: ignore[misc, valid-type]  # generated at import
    ErasureMutations,
    NewsroomMutations,
    AccountMutations,
    PartnerMutations,
):
    pass


class Schema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # One short line for the caller's mistakes, a traceback for the server's (schema/errors.py).
        log_errors(errors)


schema = Schema(
    query=Query,
    mutation=Mutation,
    types=[*NODE_TYPES, *ERROR_TYPES],
    extensions=[
        TextArguments,
        QueryLimits,
        IntrospectionPolicy,
        # After the limits, which may refuse a document before it is validated.
        DocumentCache,
        lambda: MaskErrors(should_mask_error=should_mask),
        # Last: it answers reads it can compile, after every check has passed.
        CompiledReads,
    ],
)


def sdl() -> str:
    return schema.as_str() + "\n"


__all__ = ["create_graphql_app", "schema", "sdl"]
