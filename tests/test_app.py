from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings

HTML = {"accept": "text/html"}


async def test_admin_serves_the_index(http: httpx.AsyncClient) -> None:
    response = await http.get("/admin/")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "Simpul" in response.text


async def test_admin_deep_link_falls_back_to_the_index(http: httpx.AsyncClient) -> None:
    index = await http.get("/admin/")
    response = await http.get("/admin/stakeholders/abc")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text == index.text


async def test_admin_deep_link_with_a_dot_falls_back_to_the_index(http: httpx.AsyncClient) -> None:
    index = await http.get("/admin/")
    response = await http.get("/admin/regions/64.72.01")

    assert response.status_code == 200
    assert response.text == index.text


@pytest.mark.parametrize("path", ["/admin/assets/index-x.js", "/admin/missing.css"])
async def test_admin_missing_build_file_is_not_found(http: httpx.AsyncClient, path: str) -> None:
    response = await http.get(path)

    assert response.status_code == 404


async def test_admin_assets_are_served_gzipped(http: httpx.AsyncClient) -> None:
    plain = await http.get("/admin/assets/app.js", headers={"accept-encoding": "identity"})
    packed = await http.get("/admin/assets/app.js", headers={"accept-encoding": "gzip"})

    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.text == plain.text  # httpx decodes it again
    assert int(packed.headers["content-length"]) < len(plain.content) / 3


async def test_admin_missing_asset_is_not_found(http: httpx.AsyncClient) -> None:
    response = await http.get("/admin/missing.js")

    assert response.status_code == 404


async def test_root_redirects_to_admin(http: httpx.AsyncClient) -> None:
    response = await http.get("/")

    assert response.is_redirect
    assert response.headers["location"] == "/admin/"


async def test_health(http: httpx.AsyncClient) -> None:
    response = await http.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"query": "{ __typename ', "Unable to parse request body as JSON"),
        ('{"variables": {}}', "No GraphQL query found in the request"),
    ],
)
async def test_malformed_graphql_body_is_a_client_error(
    http: httpx.AsyncClient, body: str, message: str
) -> None:
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert message in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize("body", ["42", '"{ __typename }"', "null"])
async def test_graphql_body_that_is_not_an_object_is_a_client_error(
    http: httpx.AsyncClient, body: str
) -> None:
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert response.text
    assert "Traceback" not in response.text


@pytest.fixture
async def dev_http(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(dataclasses.replace(settings, mode="development"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def test_graphiql_is_served_in_development(dev_http: httpx.AsyncClient) -> None:
    response = await dev_http.get("/graphql", headers=HTML)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_graphiql_is_not_served_outside_development(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", headers=HTML)

    assert 400 <= response.status_code < 500
    assert "graphiql" not in response.text.lower()
