"""Fixtures for the permission matrix: a client per role and a fresh neighbourhood of records."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph, build_graph
from tests.permissions.roles import client_for


@pytest.fixture
async def graph(write_orm: None) -> Graph:
    return await build_graph()


@pytest.fixture
async def client(as_role: Any, role: str) -> GraphQLClient:
    """A client for the test's `role` parameter."""
    return await client_for(as_role, role)
