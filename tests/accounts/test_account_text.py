"""Account and key names are cleaned of what XML cannot hold, like every other text field."""

from __future__ import annotations

import secrets

from schema.accounts.types import global_id
from tests.accounts.conftest import PASSWORD, Clients, new_user
from tests.accounts.test_keys import issue
from tests.accounts.test_update_user import UPDATE
from tests.accounts.test_users import CREATE_USER, logged_in

PASTED = "Nia\x0bRahma\x01yanti\ufffe"


async def test_user_names_are_cleaned_on_create_and_update(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    email = f"pasted-{secrets.token_hex(4)}@example.org"
    created = await admin.data(
        CREATE_USER,
        {"input": {"email": email, "role": "VIEWER", "password": PASSWORD, "fullName": PASTED}},
    )
    assert created["createUser"]["fullName"] == "Nia Rahmayanti"

    user = await new_user("viewer", full_name="Nia")
    updated = await admin.data(
        UPDATE, {"input": {"id": global_id("User", user.id), "fullName": f"\x0c{PASTED}\x1f"}}
    )
    assert updated["updateUser"]["fullName"] == "Nia Rahmayanti"


async def test_key_names_are_cleaned(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    issued = await issue(admin, name=f"Portal\x0bKutai\x02 {PASTED}")
    assert issued["apiKey"]["name"] == "Portal Kutai Nia Rahmayanti"
