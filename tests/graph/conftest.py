"""A fresh neighbourhood of records (tests/permissions/graph.py) and clients that read it."""

from __future__ import annotations

from typing import Any

import pytest

from api import models as m
from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph, build_graph


@pytest.fixture
async def graph(write_orm: None) -> Graph:
    """Stakeholder and stakeholder2 co-appear in the published article and at the event;
    the draft article also mentions stakeholder2 (so staff count one more co-appearance)."""
    g = await build_graph()
    for article in ("article", "draft"):
        await m.Mention.create(
            article=g[article],
            target_type=m.MentionTarget.STAKEHOLDER,
            stakeholder=g["stakeholder2"],
        )
    await m.EventParticipation.create(
        event=g["event"], stakeholder=g["stakeholder2"], role=m.ParticipationRole.PARTICIPANT
    )
    return g


@pytest.fixture
async def anonymous(as_role: Any) -> GraphQLClient:
    client: GraphQLClient = await as_role(None)
    return client


@pytest.fixture
async def staff(as_role: Any) -> GraphQLClient:
    client: GraphQLClient = await as_role("analyst")
    return client
