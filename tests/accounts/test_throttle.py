"""Failed logins: one answer for wrong and unknown, slowed down, then refused for a while."""

from __future__ import annotations

import datetime as dt

import pytest

from api.auth import throttle
from api.models import LoginFailure
from tests.accounts.conftest import PASSWORD, Clients, new_user

WRONG = {"__typename": "PermissionDeniedError", "message": "Wrong email or password."}
ACCOUNT_LOCKED = "Too many failed logins for this account; try again in 15 minutes."
ADDRESS_LOCKED = "Too many failed logins from this address; try again in 15 minutes."


async def test_wrong_password_and_unknown_email_get_the_same_answer(client: Clients) -> None:
    user = await new_user()
    browser = await client()

    assert await browser.login(user.email, "not the password") == WRONG
    assert await browser.login("nobody-at-all@example.org", "not the password") == WRONG
    assert await browser.login("nobody-at-all@example.org", PASSWORD) == WRONG


async def test_missing_credentials_are_named(client: Clients) -> None:
    browser = await client()

    result = await browser.data(
        'mutation { login(input: {email: " ", password: ""}) { __typename '
        "... on ValidationError { errors { field code message } } } }"
    )

    assert result["login"]["errors"] == [
        {"field": "email", "code": "REQUIRED", "message": "`email` is required."},
        {"field": "password", "code": "REQUIRED", "message": "`password` is required."},
    ]


async def _fail(browser: object, email: str, times: int) -> None:
    for _ in range(times):
        assert await browser.login(email, "wrong password!") == WRONG  # type: ignore[attr-defined]


async def test_an_account_is_locked_after_five_failures(client: Clients) -> None:
    user = await new_user()
    first, second = await client(), await client()
    await _fail(first, user.email, 3)
    await _fail(second, user.email, 2)

    # Even the right password, from anywhere, is refused for now.
    for browser in (first, second, await client()):
        result = await browser.login(user.email)
        assert result["__typename"] == "TooManyAttemptsError"
        assert result["message"] == ACCOUNT_LOCKED
        assert 14 * 60 < result["retryAfterSeconds"] <= 15 * 60
    # Refused attempts are not counted: the lockout still ends 15 minutes after the 5th failure.
    assert await LoginFailure.filter(email=user.email).count() == 5


async def test_unknown_emails_are_locked_alike(client: Clients) -> None:
    browser = await client()
    await _fail(browser, "ghost-lock@example.org", 5)

    assert (await browser.login("ghost-lock@example.org"))["message"] == ACCOUNT_LOCKED


async def test_the_lockout_ends(client: Clients) -> None:
    user = await new_user()
    browser = await client()
    await _fail(browser, user.email, 5)
    assert (await browser.login(user.email))["__typename"] == "TooManyAttemptsError"

    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=15, seconds=1)
    await LoginFailure.filter(email=user.email).update(at=past)

    assert (await browser.login(user.email))["__typename"] == "Viewer"


async def test_old_failures_do_not_add_up(client: Clients) -> None:
    user = await new_user()
    browser = await client()
    await _fail(browser, user.email, 4)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16)
    await LoginFailure.filter(email=user.email).update(at=past)
    await _fail(browser, user.email, 4)

    assert (await browser.login(user.email))["__typename"] == "Viewer"


async def test_a_successful_login_clears_the_account_failures(client: Clients) -> None:
    user = await new_user()
    browser = await client()
    await _fail(browser, user.email, 4)

    assert (await browser.login(user.email))["__typename"] == "Viewer"
    assert await LoginFailure.filter(email=user.email).count() == 0
    await _fail(browser, user.email, 4)
    assert (await browser.login(user.email))["__typename"] == "Viewer"


async def test_an_address_is_locked_after_twenty_failures(client: Clients) -> None:
    user = await new_user()
    guesser = await client()
    for n in range(20):
        assert await guesser.login(f"guess-{n}@example.org", "wrong password!") == WRONG

    result = await guesser.login(user.email)

    assert result["__typename"] == "TooManyAttemptsError"
    assert result["message"] == ADDRESS_LOCKED
    # The account itself is not locked: from another address it logs in.
    assert (await (await client()).login(user.email))["__typename"] == "Viewer"


async def test_each_failure_waits_as_the_settings_say(
    client: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[tuple[int, float, float]] = []

    async def record(failures: int, *, step: float, maximum: float) -> None:
        waits.append((failures, step, maximum))

    monkeypatch.setattr(throttle, "slow_down", record)
    browser = await client()
    await _fail(browser, "slow-guess@example.org", 3)

    # These tests run with login_delay_step=0; the default is 0.25 s, doubling, at most 4 s.
    assert waits == [(1, 0.0, 4.0), (2, 0.0, 4.0), (3, 0.0, 4.0)]


@pytest.mark.parametrize(
    ("failures", "seconds"), [(0, 0.0), (1, 0.25), (2, 0.5), (4, 2.0), (6, 4.0), (200, 4.0)]
)
def test_delay_doubles_up_to_a_cap(failures: int, seconds: float) -> None:
    assert throttle.delay(failures, step=0.25, maximum=4.0) == seconds


def test_delay_zero_step_never_waits() -> None:
    assert throttle.delay(9, step=0.0, maximum=4.0) == 0.0
