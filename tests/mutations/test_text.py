"""Text input keeps only what XML can hold: one pasted control character must not reach an
export (api/text.py)."""

from __future__ import annotations

from api.models import Article, Stakeholder
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, key, mutate, token

# Vertical tab (Word's line break), form feed, other C0 controls, U+FFFE and U+FFFF.
PASTED = "\x0b\x0c\x01\x08\x1b\x1f\ufffe\uffff"


async def test_create_removes_what_xml_cannot_hold_from_every_text(editor: GraphQLClient) -> None:
    t = token()
    stakeholder = await create(
        editor,
        "Stakeholder",
        {
            "name": f"KIM\x0bRukun\x01 {t}",
            "category": "KIM",
            "aliases": ["Rukun\x1b", "\ufffeKIM R"],
            "description": "Baris satu\x0bbaris dua\tdan\r\ntiga\uffff",
            "mediaChannels": [{"kind": "web\x08", "value": "rukun.example\x0c"}],
            "contact": {"phone": "+62\x01 811", "address": "Jl.\x0bMerdeka"},
        },
    )

    stored = await Stakeholder.get(id=key(stakeholder))
    assert stored.name == f"KIM Rukun {t}"
    assert stored.slug == f"kim-rukun-{t}"
    assert stored.aliases == ["Rukun", "KIM R"]
    assert stored.description == "Baris satu\nbaris dua\tdan\r\ntiga"
    assert stored.media_channels == [{"kind": "web", "value": "rukun.example "}]
    assert stored.contact == {"phone": "+62 811", "address": "Jl. Merdeka"}


async def test_update_and_html_are_cleaned_too(editor: GraphQLClient) -> None:
    article = await create(editor, "Article", {"title": f"Berita {token()}"})

    result = await mutate(
        editor,
        "updateArticle",
        {
            "id": article,
            "version": 1,
            "title": f"Judul{PASTED}baru",
            "summary": f"a{PASTED}b",
            "body": f"<p>Satu\x0bdua{PASTED}</p>",
            "editorInitials": "Rzk\x0b/ty",
        },
        "version title summary body editorInitials",
    )

    assert result == {
        "__typename": "Article",
        "version": 2,
        "title": "Judul  baru",
        "summary": "a\n\nb",
        "body": "<p>Satu\ndua\n\n</p>",
        "editorInitials": "Rzk /ty",
    }
    stored = await Article.get(id=key(article))
    assert (stored.title, stored.body) == ("Judul  baru", "<p>Satu\ndua\n\n</p>")


async def test_tags_are_cleaned(editor: GraphQLClient) -> None:
    article = await create(editor, "Article", {"title": f"Berita {token()}"})
    t = token()

    data = await editor.data(
        """mutation($input: SetArticleTagsInput!) { setArticleTags(input: $input) {
            ... on Article { tags { name } } } }""",
        {"input": {"articleId": article, "version": 1, "tags": [f"Tag\x0b{t}\x01"]}},
    )

    assert data["setArticleTags"]["tags"] == [{"name": f"Tag {t}"}]


async def test_nul_is_still_refused(editor: GraphQLClient) -> None:
    result = await mutate(editor, "createPerson", {"fullName": "Siti\x00"})

    assert result["__typename"] == "ValidationError"
    assert result["errors"] == [
        {
            "field": "fullName",
            "code": "INVALID",
            "message": "`fullName` must not contain NUL characters.",
        }
    ]
