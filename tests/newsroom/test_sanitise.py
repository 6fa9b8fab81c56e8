"""Article bodies keep ordinary formatting; scripts, handlers, `javascript:` and frames go, and
images load only from the site itself or the hosts SIMPUL_IMAGE_HOSTS lists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, GraphQLClient, staff_session
from tests.newsroom.helpers import token

CREATE = """mutation($input: CreateArticleInput!) { result: createArticle(input: $input) {
    ... on Article { body } } }"""

KEPT = [
    "<p>Paragraf <strong>tebal</strong> dan <em>miring</em>.</p>",
    "<h2>Subjudul</h2><blockquote>Kutipan</blockquote>",
    "<ul><li>satu</li><li>dua</li></ul><ol><li>pertama</li></ol>",
    '<p><a href="https://diskominfo.example/berita" rel="noopener noreferrer">tautan</a></p>',
    '<img src="/media/foto.jpg" alt="Foto">',
    '<figure><img src="/media/a.jpg" alt="A"><figcaption>Keterangan foto</figcaption></figure>',
    "<table><tbody><tr><td>1</td></tr></tbody></table>",
]

REMOVED = {
    "<p>Hai<script>alert(1)</script></p>": "<p>Hai</p>",
    '<img src="/media/a.jpg" onerror="alert(1)">': '<img src="/media/a.jpg">',
    '<p onclick="steal()">klik</p>': "<p>klik</p>",
    '<a href="javascript:alert(1)">x</a>': '<a rel="noopener noreferrer">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>': '<a rel="noopener noreferrer">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>': '<a rel="noopener noreferrer">x</a>',
    '<iframe src="https://evil.example/"></iframe><p>isi</p>': "<p>isi</p>",
    '<svg onload="alert(1)"><circle></circle></svg>ok': "ok",
    '<p style="background:url(javascript:alert(1))">gaya</p>': "<p>gaya</p>",
    '<object data="x.swf"></object><embed src="x.swf">': "",
    '<img src="data:image/svg+xml;base64,PHN2Zz4=">': "<img>",
    '<a href="https://x.example/" target="_blank">x</a>': (
        '<a href="https://x.example/" rel="noopener noreferrer">x</a>'
    ),
}


async def _stored_body(client: Any, body: str) -> str:
    data = await client.data(CREATE, {"input": {"title": f"Sanitasi {token()}", "body": body}})
    result: str = data["result"]["body"]
    return result


@pytest.mark.parametrize("html", KEPT)
async def test_ordinary_formatting_survives(as_role: Any, html: str) -> None:
    editor = await as_role("editor")
    assert await _stored_body(editor, html) == html


@pytest.mark.parametrize(("html", "expected"), list(REMOVED.items()))
async def test_active_content_never_survives(as_role: Any, html: str, expected: str) -> None:
    editor = await as_role("editor")
    assert await _stored_body(editor, html) == expected


async def test_an_edited_body_is_sanitised_too(as_role: Any) -> None:
    editor = await as_role("editor")
    data = await editor.data(
        """mutation($input: CreateArticleInput!) { result: createArticle(input: $input) {
            ... on Article { id version } } }""",
        {"input": {"title": f"Sanitasi {token()}", "body": "<p>awal</p>"}},
    )
    article = data["result"]

    data = await editor.data(
        """mutation($input: UpdateArticleInput!) { result: updateArticle(input: $input) {
            ... on Article { body } } }""",
        {"input": {**article, "body": '<p onmouseover="x()">ubah<script>x()</script></p>'}},
    )

    assert data["result"] == {"body": "<p>ubah</p>"}


# With the default SIMPUL_IMAGE_HOSTS (none): only same-origin paths load images.
IMAGES = {
    '<img src="https://diskominfo.example/foto.jpg" alt="Foto">': '<img alt="Foto">',
    '<img src="http://tracker.example/pixel.gif">': "<img>",
    '<img src="//tracker.example/pixel.gif">': "<img>",
    '<img src="/\\tracker.example/pixel.gif">': "<img>",
    '<img src="/&#x09;/tracker.example/pixel.gif">': "<img>",
    '<img src="foto.jpg">': "<img>",
    '<img src="/media/foto.jpg">': '<img src="/media/foto.jpg">',
    '<a href="//diskominfo.example/berita">x</a>': (
        '<a href="https://diskominfo.example/berita" rel="noopener noreferrer">x</a>'
    ),
    '<blockquote cite="//diskominfo.example/sumber">k</blockquote>': (
        '<blockquote cite="https://diskominfo.example/sumber">k</blockquote>'
    ),
}


@pytest.mark.parametrize(("html", "expected"), list(IMAGES.items()))
async def test_images_come_only_from_the_site_by_default(
    as_role: Any, html: str, expected: str
) -> None:
    editor = await as_role("editor")
    assert await _stored_body(editor, html) == expected


ALLOWED_HOST = {
    '<img src="https://media.example.go.id/a.jpg">': '<img src="https://media.example.go.id/a.jpg">',
    '<img src="//MEDIA.example.go.id/a.jpg">': '<img src="https://MEDIA.example.go.id/a.jpg">',
    '<img src="https://cdn.example.go.id:8443/b.png">': (
        '<img src="https://cdn.example.go.id:8443/b.png">'
    ),
    '<img src="https://user@media.example.go.id/a.jpg">': "<img>",
    '<img src="https://media.example.go.id.evil.example/a.jpg">': "<img>",
    '<img src="https://tracker.example/pixel.gif">': "<img>",
    '<img src="data:image/png;base64,iVBORw0KGgo=">': "<img>",
}


@pytest.fixture
async def editor_with_image_hosts(write_settings: Settings, write_orm: None) -> Any:
    settings = replace(
        write_settings, image_hosts=("media.example.go.id", "cdn.example.go.id:8443")
    )
    app = create_app(settings)
    token_, csrf = await staff_session("editor")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://testserver",
        cookies={SESSION_COOKIE: token_},
        headers={CSRF_HEADER: csrf},
    ) as http:
        yield GraphQLClient(http)
    create_app(write_settings)  # back to the suite's own allow-list (none)


@pytest.mark.parametrize(("html", "expected"), list(ALLOWED_HOST.items()))
async def test_images_from_the_hosts_allowed(
    editor_with_image_hosts: GraphQLClient, html: str, expected: str
) -> None:
    assert await _stored_body(editor_with_image_hosts, html) == expected


COVER = """mutation($input: CreateArticleInput!) { result: createArticle(input: $input) {
    ... on Article { coverImageUrl } ... on ValidationError { errors { field code message } } } }"""


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        ("/media/sampul.jpg", True),
        ("https://media.example.go.id/sampul.jpg", True),
        ("https://tracker.example/pixel.gif", False),
        ("//media.example.go.id/sampul.jpg", False),  # stored as sent, or refused: never rewritten
        ("javascript:alert(1)", False),
    ],
)
async def test_cover_images_come_from_the_same_places(
    editor_with_image_hosts: GraphQLClient, address: str, kept: bool
) -> None:
    data = await editor_with_image_hosts.data(
        COVER, {"input": {"title": f"Sampul {token()}", "coverImageUrl": address}}
    )
    if kept:
        assert data["result"] == {"coverImageUrl": address}
    else:
        assert data["result"] == {
            "errors": [
                {
                    "field": "coverImageUrl",
                    "code": "INVALID",
                    "message": "`coverImageUrl` must be a path on this site (/media/cover.jpg) "
                    "or an http(s) URL on an allowed image host (SIMPUL_IMAGE_HOSTS: "
                    "cdn.example.go.id:8443, media.example.go.id).",
                }
            ]
        }
