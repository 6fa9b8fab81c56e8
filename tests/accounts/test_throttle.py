"""Failed logins: one answer for wrong and unknown, slowed down, then refused for a while."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from api.auth import throttle
from api.models import LoginFailure
from api.services import accounts
from tests.accounts.conftest import PASSWORD, Client, Clients, new_user

WRONG = {"__typename": "PermissionDeniedError", "message": "Wrong email or password."}
ACCOUNT_LOCKED = "Too many failed logins for this account; try again in 15 minutes."
ADDRESS_LOCKED = "Too many failed logins from this address; try again in 15 minutes."
PAIR_LOCKED = "Too many failed logins for this account from this address; try again in 15 minutes."


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


async def test_an_account_is_locked_after_five_failures_to_unknown_addresses(
    client: Clients,
) -> None:
    user = await new_user()
    owner = await client()
    assert (await owner.login(user.email))["__typename"] == "Viewer"
    first, second = await client(), await client()
    await _fail(first, user.email, 3)
    await _fail(second, user.email, 2)

    # Even the right password is refused for now from addresses the account never logged in from.
    for browser in (first, second, await client()):
        result = await browser.login(user.email)
        assert result["__typename"] == "TooManyAttemptsError"
        assert result["message"] == ACCOUNT_LOCKED
        assert 14 * 60 < result["retryAfterSeconds"] <= 15 * 60
    # Refused attempts are not counted: the lockout still ends 15 minutes after the 5th failure.
    assert await LoginFailure.filter(email=user.email).count() == 5
    # The owner, from an address they logged in from, is not locked out by the guessers.
    assert (await (await client(ip=owner.address)).login(user.email))["__typename"] == "Viewer"


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


async def test_parallel_guesses_are_checked_no_more_than_the_account_limit(
    client: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await new_user()
    verified: list[str] = []

    async def slow_wrong(password_hash: str, password: str) -> bool:
        verified.append(password)
        await asyncio.sleep(0.2)  # every guess is still being checked when the others arrive
        return False

    monkeypatch.setattr(accounts, "verify_password", slow_wrong)
    guessers = [await client() for _ in range(30)]

    results = await asyncio.gather(
        *(guesser.login(user.email, f"guess number {n}") for n, guesser in enumerate(guessers))
    )

    assert len(verified) == throttle.ACCOUNT_LIMIT
    answers = sorted((result["__typename"], result["message"]) for result in results)
    assert (
        answers
        == [("PermissionDeniedError", WRONG["message"])] * 5
        + [("TooManyAttemptsError", ACCOUNT_LOCKED)] * 25
    )
    # Only the checked guesses are failures; the refused ones left no row behind.
    assert await LoginFailure.filter(email=user.email).count() == throttle.ACCOUNT_LIMIT


async def _attacked(client: Clients) -> tuple[str, Client]:
    """An account that logged in from one address, then guessed at from many others."""
    user = await new_user()
    owner = await client()
    assert (await owner.login(user.email))["__typename"] == "Viewer"
    for _ in range(throttle.ACCOUNT_LIMIT):
        await _fail(await client(), user.email, 1)
    assert (await (await client()).login(user.email))["message"] == ACCOUNT_LOCKED
    return user.email, owner


async def test_the_owner_logs_in_with_their_session_from_a_new_address(client: Clients) -> None:
    email, owner = await _attacked(client)
    travelling = await client()
    assert (await travelling.login(email))["message"] == ACCOUNT_LOCKED

    token = owner.http.cookies["simpul_session"]
    travelling.http.cookies.set("simpul_session", token)

    assert (await travelling.login(email))["__typename"] == "Viewer"
    # The login ended the session the cookie named: it no longer opens the door elsewhere.
    stale = await client()
    stale.http.cookies.set("simpul_session", token)
    assert (await stale.login(email))["message"] == ACCOUNT_LOCKED


async def test_failures_from_a_known_address_are_slowed_not_refused(
    client: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    email, owner = await _attacked(client)
    waits: list[int] = []

    async def record(failures: int, *, step: float, maximum: float) -> None:
        waits.append(failures)

    monkeypatch.setattr(throttle, "slow_down", record)
    await _fail(owner, email, 4)

    assert waits == [1, 2, 3, 4]
    assert (await owner.login(email))["__typename"] == "Viewer"


async def test_one_account_from_one_address_is_refused_after_ten_failures(
    client: Clients,
) -> None:
    user = await new_user()
    owner = await client()
    assert (await owner.login(user.email))["__typename"] == "Viewer"
    await _fail(owner, user.email, throttle.PAIR_LIMIT)

    result = await owner.login(user.email)

    assert result["__typename"] == "TooManyAttemptsError"
    assert result["message"] == PAIR_LOCKED
    assert 14 * 60 < result["retryAfterSeconds"] <= 15 * 60
    # The address may still log in to other accounts, and the account from other addresses.
    same_address = await client(ip=owner.address)
    assert (await same_address.login((await new_user()).email))["__typename"] == "Viewer"
    elsewhere = await client()
    assert (await elsewhere.login(user.email))["message"] == ACCOUNT_LOCKED  # a new address
    token = owner.http.cookies["simpul_session"]
    elsewhere.http.cookies.set("simpul_session", token)
    assert (await elsewhere.login(user.email))["__typename"] == "Viewer"


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
