"""Article bodies keep ordinary formatting; scripts, handlers, `javascript:` and frames go."""

from __future__ import annotations

from typing import Any

import pytest

from tests.newsroom.helpers import token

CREATE = """mutation($input: CreateArticleInput!) { result: createArticle(input: $input) {
    ... on Article { body } } }"""

KEPT = [
    "<p>Paragraf <strong>tebal</strong> dan <em>miring</em>.</p>",
    "<h2>Subjudul</h2><blockquote>Kutipan</blockquote>",
    "<ul><li>satu</li><li>dua</li></ul><ol><li>pertama</li></ol>",
    '<p><a href="https://diskominfo.example/berita" rel="noopener noreferrer">tautan</a></p>',
    '<img src="https://diskominfo.example/foto.jpg" alt="Foto">',
    '<figure><img src="https://diskominfo.example/a.jpg" alt="A">'
    "<figcaption>Keterangan foto</figcaption></figure>",
    "<table><tbody><tr><td>1</td></tr></tbody></table>",
]

REMOVED = {
    "<p>Hai<script>alert(1)</script></p>": "<p>Hai</p>",
    '<img src="https://x.example/a.jpg" onerror="alert(1)">': '<img src="https://x.example/a.jpg">',
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
