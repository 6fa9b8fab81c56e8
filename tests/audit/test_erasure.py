"""Erasing a person's personal data (UU 27/2022): what goes, what stays, and the audit log."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from strawberry.relay.utils import from_base64, to_base64

from api import models as m
from api.auth.sessions import CSRF_REFUSED
from api.settings import Settings
from tests.conftest import CSRF_HEADER, GraphQLClient

PERSON = """fullName slug honorificPrefix honorificSuffix position isPublicFigure
  region { code } contact { email phone } dataLegalBasis erasedAt version"""
ERASE = f"""mutation($input: ErasePersonInput!) {{ result: erasePerson(input: $input) {{
  __typename ... on MutationError {{ message }} ... on ConflictError {{ currentVersion }}
  ... on AlreadyErasedError {{ erasedAt }} ... on ValidationError {{ errors {{ field code }} }}
  ... on Person {{ {PERSON} }} }} }}"""
CREATE = """mutation($input: CreatePersonInput!) { result: createPerson(input: $input) {
  ... on Person { id } } }"""
UPDATE = """mutation($input: UpdatePersonInput!) { result: updatePerson(input: $input) {
  ... on Person { version } } }"""
CONTACT = {"email": "rina.private@example.org", "phone": "+62 000 9999 0001"}
NEW_PHONE = "+62 000 9999 0002"
REASON = "Permintaan subjek data 7 Maret 2025"


@pytest.fixture
async def admin(as_role: Any) -> GraphQLClient:
    client: GraphQLClient = await as_role("admin")
    return client


async def person_with_history(
    as_role: Any, *, public_figure: bool = False
) -> tuple[str, dict[str, Any]]:
    """A person an editor created and updated (their contact is in both audit entries)."""
    editor: GraphQLClient = await as_role("editor")
    district = await m.Region.get(code="64.01.04")
    values = {
        "fullName": f"Rina Lestari {secrets.token_hex(4)}",
        "honorificPrefix": "Hj.",
        "honorificSuffix": "S.Sos",
        "position": "Sekretaris KIM",
        "isPublicFigure": public_figure,
        "regionId": to_base64("Region", str(district.id)),
        "contact": CONTACT,
        "dataLegalBasis": "Persetujuan tertulis 2024",
    }
    person_id: str = (await editor.data(CREATE, {"input": values}))["result"]["id"]
    update = {"id": person_id, "version": 1, "contact": {**CONTACT, "phone": NEW_PHONE}}
    assert (await editor.data(UPDATE, {"input": update}))["result"] == {"version": 2}
    return person_id, values


def key(global_id: str) -> UUID:
    return UUID(from_base64(global_id)[1])


async def erase(client: GraphQLClient, person_id: str, version: int, reason: str = REASON) -> Any:
    variables = {"input": {"id": person_id, "version": version, "reason": reason}}
    return (await client.data(ERASE, variables))["result"]


async def test_a_private_person_keeps_only_the_public_record(
    as_role: Any, admin: GraphQLClient
) -> None:
    person_id, values = await person_with_history(as_role)
    article = await m.Article.create(
        title=f"Berita {person_id}",
        slug=f"berita-{secrets.token_hex(4)}",
        author_id=key(person_id),
        status=m.ArticleStatus.PUBLISHED,
        published_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
    )
    await m.Quote.create(article=article, person_id=key(person_id), text="Kami siap membantu.")

    result = await erase(admin, person_id, 2)

    stored = await m.Person.get(id=key(person_id))
    assert stored.erased_at is not None
    assert result == {
        "__typename": "Person",
        "fullName": "(dihapus)",
        "slug": f"dihapus-{key(person_id).hex}",
        "honorificPrefix": "",
        "honorificSuffix": "",
        "position": "",
        "isPublicFigure": False,
        "region": None,
        "contact": None,
        "dataLegalBasis": "",
        "erasedAt": stored.erased_at.isoformat(),
        "version": 3,
    }
    # Its articles and quotes still point at it.
    anonymous: GraphQLClient = await as_role(None)
    data = await anonymous.data(
        """query($slug: String!) { article(slug: $slug) {
             author { displayName } quotes { edges { node { person { displayName } } } } } }""",
        {"slug": article.slug},
    )
    assert data == {
        "article": {
            "author": {"displayName": "(dihapus)"},
            "quotes": {"edges": [{"node": {"person": {"displayName": "(dihapus)"}}}]},
        }
    }

    entries = await m.AuditEntry.filter(entity_type="Person", entity_id=key(person_id)).order_by(
        "id"
    )
    erased = {"before": None, "after": None, "erased": True}
    assert [(e.action, e.changes) for e in entries] == [
        (
            m.AuditAction.CREATE,
            {
                "full_name": erased,
                "honorific_prefix": erased,
                "honorific_suffix": erased,
                "position": erased,
                "is_public_figure": {"before": None, "after": False},
                "region_id": erased,
                "contact": erased,
                "data_legal_basis": erased,
                "slug": erased,
            },
        ),
        (m.AuditAction.UPDATE, {"contact": erased}),
        (
            m.AuditAction.ERASE,
            {
                "erased": [
                    "contact",
                    "data_legal_basis",
                    "full_name",
                    "honorific_prefix",
                    "honorific_suffix",
                    "position",
                    "region_id",
                    "slug",
                ],
                "reason": REASON,
            },
        ),
    ]
    logged = json.dumps([e.changes for e in entries])
    for value in [*CONTACT.values(), NEW_PHONE, values["fullName"], values["dataLegalBasis"]]:
        assert value not in logged


async def test_a_public_figure_keeps_the_public_facts(as_role: Any, admin: GraphQLClient) -> None:
    person_id, values = await person_with_history(as_role, public_figure=True)

    result = await erase(admin, person_id, 2)

    assert result | {"erasedAt": None, "slug": None} == {
        "__typename": "Person",
        "fullName": values["fullName"],
        "slug": None,
        "honorificPrefix": "Hj.",
        "honorificSuffix": "S.Sos",
        "position": "Sekretaris KIM",
        "isPublicFigure": True,
        "region": {"code": "64.01.04"},
        "contact": None,
        "dataLegalBasis": "",
        "erasedAt": None,
        "version": 3,
    }
    entries = await m.AuditEntry.filter(entity_type="Person", entity_id=key(person_id)).order_by(
        "id"
    )
    assert entries[-1].changes == {"erased": ["contact", "data_legal_basis"], "reason": REASON}
    assert entries[0].changes["full_name"] == {"before": None, "after": values["fullName"]}
    logged = json.dumps([e.changes for e in entries])
    for value in [*CONTACT.values(), NEW_PHONE, values["dataLegalBasis"]]:
        assert value not in logged


async def test_erasing_twice_is_refused(as_role: Any, admin: GraphQLClient) -> None:
    person_id, _ = await person_with_history(as_role)
    assert (await erase(admin, person_id, 2))["__typename"] == "Person"
    stored = await m.Person.get(id=key(person_id))
    assert stored.erased_at is not None

    again = await erase(admin, person_id, 3)

    assert again == {
        "__typename": "AlreadyErasedError",
        "message": f"Person {key(person_id)} was already erased on "
        f"{stored.erased_at.date().isoformat()}.",
        "erasedAt": stored.erased_at.isoformat(),
    }
    assert (await m.Person.get(id=key(person_id))).version == 3


async def test_a_stale_version_changes_nothing(as_role: Any, admin: GraphQLClient) -> None:
    person_id, _ = await person_with_history(as_role)

    result = await erase(admin, person_id, 1)

    assert result == {
        "__typename": "ConflictError",
        "message": f"Person {key(person_id)} was changed by someone else: it is now at version 2. "
        "Reload it and apply your change again.",
        "currentVersion": 2,
    }
    stored = await m.Person.get(id=key(person_id))
    assert (stored.contact, stored.erased_at) == ({**CONTACT, "phone": NEW_PHONE}, None)
    assert not await m.AuditEntry.filter(entity_id=stored.id, action=m.AuditAction.ERASE).exists()


async def test_a_deleted_person_can_be_erased(as_role: Any, admin: GraphQLClient) -> None:
    person_id, _ = await person_with_history(as_role)
    await m.Person.filter(id=key(person_id)).update(deleted_at=dt.datetime.now(dt.UTC))

    assert (await erase(admin, person_id, 2))["__typename"] == "Person"
    assert (await m.Person.get(id=key(person_id))).contact is None


@pytest.mark.parametrize(
    ("reason", "code"), [("", "REQUIRED"), ("   ", "REQUIRED"), ("x" * 501, "TOO_LONG")]
)
async def test_a_reason_is_required(
    as_role: Any, admin: GraphQLClient, reason: str, code: str
) -> None:
    person_id, _ = await person_with_history(as_role)
    result = await erase(admin, person_id, 2, reason)
    assert result["__typename"] == "ValidationError"
    assert result["errors"] == [{"field": "reason", "code": code}]
    assert (await m.Person.get(id=key(person_id))).erased_at is None


async def test_unknown_and_malformed_ids(admin: GraphQLClient) -> None:
    missing = uuid4()
    assert await erase(admin, to_base64("Person", str(missing)), 1) == {
        "__typename": "NotFoundError",
        "message": f"No Person with id {missing}.",
    }
    variables = {"input": {"id": "nonsense", "version": 1, "reason": REASON}}
    assert await admin.errors(ERASE, variables) == [
        "Malformed global id 'nonsense': expected an `id` returned by this API."
    ]
    region = await m.Region.get(code="64.01.04")
    variables["input"]["id"] = to_base64("Region", str(region.id))
    assert await admin.errors(ERASE, variables) == ["`id` must be the id of a Person."]


async def test_an_admin_session_without_its_csrf_token_cannot_erase(
    as_role: Any, admin: GraphQLClient
) -> None:
    person_id, _ = await person_with_history(as_role)
    del admin.http.headers[CSRF_HEADER]
    assert await erase(admin, person_id, 2) == {
        "__typename": "PermissionDeniedError",
        "message": CSRF_REFUSED,
    }
    assert (await m.Person.get(id=key(person_id))).erased_at is None


async def test_erased_values_leave_the_sqlite_file(
    as_role: Any, admin: GraphQLClient, write_settings: Settings
) -> None:
    if write_settings.dialect != "sqlite":
        pytest.skip("PostgreSQL keeps dead tuples until vacuum: see README, Erasure")
    token = secrets.token_hex(6)
    email, phone = f"rahasia.{token}@example.org", f"+62 777 {token}"
    editor: GraphQLClient = await as_role("editor")
    address = f"Jl. Rahasia {token} " + "Gg. Panjang " * 30  # larger than the rest of its row
    values = {
        "fullName": f"Nama Rahasia {token}",
        "contact": {"email": email, "phone": phone, "address": address},
    }
    person_id: str = (await editor.data(CREATE, {"input": values}))["result"]["id"]
    path = Path(write_settings.database_url.removeprefix("sqlite://"))

    result = await erase(admin, person_id, 1)

    assert result["erasedAt"] is not None
    held = b"".join(file.read_bytes() for file in (path, Path(f"{path}-wal")) if file.exists())
    secrets_held = (
        email,
        phone,
        f"Jl. Rahasia {token}",
        f"Nama Rahasia {token}",
        f"nama-rahasia-{token}",
    )
    for secret in secrets_held:
        assert secret.encode() not in held, secret
