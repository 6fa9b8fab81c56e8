from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from api.cli import app
from api.settings import PLACEHOLDER_SECRET, ROOT, Settings, SettingsError

# From `openssl rand -hex 32`.
GOOD_SECRET = "9c3e5a1f7b2d4068e1c3a5f7092b4d6e8f1a3c5e7092b4d6f8a1c3e5a7b9d0f2"


def test_defaults() -> None:
    settings = Settings.from_env({})

    assert settings.database_url == f"sqlite://{ROOT / 'data' / 'simpul.sqlite3'}"
    assert settings.dialect == "sqlite"
    assert settings.host == "127.0.0.1"
    assert settings.port == 8000
    assert settings.mode == "development"


def test_reads_database_url_mode_and_port() -> None:
    settings = Settings.from_env(
        {
            "SIMPUL_DATABASE_URL": "postgres://simpul@db.example:5432/simpul",
            "SIMPUL_MODE": "production",
            "SIMPUL_PORT": "9001",
            "SIMPUL_SECRET_KEY": GOOD_SECRET,
        }
    )

    assert settings.database_url == "postgres://simpul@db.example:5432/simpul"
    assert settings.dialect == "postgres"
    assert settings.mode == "production"
    assert settings.port == 9001


def test_data_dir_moves_the_default_database(tmp_path: Path) -> None:
    settings = Settings.from_env({"SIMPUL_DATA_DIR": str(tmp_path)})

    assert settings.database_url == f"sqlite://{tmp_path}/simpul.sqlite3"


def test_invalid_mode_is_refused() -> None:
    with pytest.raises(SettingsError, match=r"SIMPUL_MODE must be .*not 'staging'"):
        Settings.from_env({"SIMPUL_MODE": "staging"})


def test_non_integer_port_is_refused() -> None:
    with pytest.raises(SettingsError, match=r"SIMPUL_PORT .*must be integers"):
        Settings.from_env({"SIMPUL_PORT": "eighty"})


@pytest.mark.parametrize("secret", [PLACEHOLDER_SECRET, "too-short-" * 3])
def test_weak_secret_is_refused_in_production(secret: str) -> None:
    with pytest.raises(SettingsError, match=r"SIMPUL_SECRET_KEY must be set .*at least 32"):
        Settings.from_env({"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": secret})


@pytest.mark.parametrize("secret", [PLACEHOLDER_SECRET, "short"])
def test_weak_secret_is_accepted_in_development(secret: str) -> None:
    settings = Settings.from_env({"SIMPUL_MODE": "development", "SIMPUL_SECRET_KEY": secret})

    assert settings.secret_key == secret


def test_strong_secret_is_accepted_in_production() -> None:
    settings = Settings.from_env({"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": GOOD_SECRET})

    assert settings.secret_key == GOOD_SECRET


def test_serve_refuses_placeholder_secret_in_production(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: started.append(args))

    result = CliRunner().invoke(
        app,
        ["serve"],
        env={"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": PLACEHOLDER_SECRET},
    )

    assert result.exit_code == 2
    assert "Configuration error: SIMPUL_SECRET_KEY must be set" in result.output
    assert started == []


@pytest.mark.parametrize(
    "secret", [" " * 32, "s" * 40, "ab" * 20, "abcdefgh" * 4, "too-short-" * 3 + "xy"]
)
def test_low_entropy_secret_is_refused_in_production(secret: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": secret})

    assert str(refused.value) == (
        "SIMPUL_SECRET_KEY must be set to a random value of at least 32 characters and 128 "
        "bits of estimated entropy (e.g. `openssl rand -hex 32`) when SIMPUL_MODE is "
        "'production'"
    )


def test_generated_secrets_are_accepted_in_production() -> None:
    for _ in range(200):
        for secret in (secrets.token_urlsafe(32), secrets.token_hex(32)):
            settings = Settings(mode="production", secret_key=secret)
            assert settings.secret_key == secret


def test_placeholder_secret_is_refused_in_test_mode_too() -> None:
    with pytest.raises(SettingsError, match="when SIMPUL_MODE is 'test'"):
        Settings.from_env({"SIMPUL_MODE": "test"})


def test_query_budgets_and_concurrency_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "SIMPUL_RATE_LIMIT_CONCURRENCY": "5",
            "SIMPUL_RATE_LIMIT_KEY_COST_PER_MINUTE": "1000",
            "SIMPUL_RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE": "500",
            "SIMPUL_RATE_LIMIT_STAFF_COST_PER_MINUTE": "9000",
        }
    )
    assert (
        settings.rate_limit_concurrency,
        settings.rate_limit_key_cost_per_minute,
        settings.rate_limit_anonymous_cost_per_minute,
        settings.rate_limit_staff_cost_per_minute,
    ) == (5, 1000, 500, 9000)
    with pytest.raises(SettingsError, match="SIMPUL_RATE_LIMIT_CONCURRENCY must be a positive"):
        Settings.from_env({"SIMPUL_RATE_LIMIT_CONCURRENCY": "0"})


def test_graph_cache_size_comes_from_the_environment() -> None:
    assert Settings.from_env({}).graph_cache_mb == 256
    assert Settings.from_env({"SIMPUL_GRAPH_CACHE_MB": "64"}).graph_cache_mb == 64
    for bad in ("0", "1.5", "lots"):
        with pytest.raises(SettingsError) as refused:
            Settings.from_env({"SIMPUL_GRAPH_CACHE_MB": bad})
        assert (
            str(refused.value) == f"SIMPUL_GRAPH_CACHE_MB must be a positive integer, not {bad!r}"
        )


def test_read_engine_comes_from_the_environment() -> None:
    assert Settings.from_env({}).read_engine == "compiled"
    assert Settings.from_env({"SIMPUL_READ_ENGINE": " Resolvers "}).read_engine == "resolvers"
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_READ_ENGINE": "fast"})
    assert str(refused.value) == "SIMPUL_READ_ENGINE must be compiled or resolvers, not 'fast'"


def test_image_hosts_come_from_the_environment() -> None:
    assert Settings.from_env({}).image_hosts == ()
    settings = Settings.from_env({"SIMPUL_IMAGE_HOSTS": " Media.Example.go.id, cdn.example:8443 ,"})
    assert settings.image_hosts == ("media.example.go.id", "cdn.example:8443")


@pytest.mark.parametrize("host", ["https://media.example", "media.example/foto", "*.example"])
def test_image_hosts_must_be_host_names(host: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_IMAGE_HOSTS": host})
    assert str(refused.value) == (
        "SIMPUL_IMAGE_HOSTS must list host names like media.example.go.id (optional port; "
        f"no scheme, path or wildcard), not {host!r}"
    )


def test_persisted_query_limits_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "SIMPUL_PERSISTED_QUERIES_PER_KEY": "50",
            "SIMPUL_PERSISTED_QUERY_CHARS_PER_KEY": "20000",
            "SIMPUL_PERSISTED_QUERY_UNUSED_DAYS": "7",
        }
    )
    assert (
        settings.persisted_queries_per_key,
        settings.persisted_query_chars_per_key,
        settings.persisted_query_unused_days,
    ) == (50, 20000, 7)
    assert Settings.from_env({}).persisted_queries_per_key == 500
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_PERSISTED_QUERY_UNUSED_DAYS": "never"})
    assert str(refused.value) == (
        "SIMPUL_PERSISTED_QUERY_UNUSED_DAYS must be a positive integer, not 'never'"
    )


def test_rate_limit_store_failure_policy_comes_from_the_environment() -> None:
    assert Settings.from_env({}).rate_limit_on_store_failure == "open"
    closed = Settings.from_env({"SIMPUL_RATE_LIMIT_ON_STORE_FAILURE": " Closed "})
    assert closed.rate_limit_on_store_failure == "closed"
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_RATE_LIMIT_ON_STORE_FAILURE": "shut"})
    assert str(refused.value) == (
        "SIMPUL_RATE_LIMIT_ON_STORE_FAILURE must be open or closed, not 'shut'"
    )


def test_trusted_proxies_come_from_the_environment() -> None:
    assert Settings.from_env({}).forwarded_allow_ips == ("127.0.0.1", "::1")
    proxies = Settings.from_env({"SIMPUL_FORWARDED_ALLOW_IPS": "10.0.0.5, 10.1.0.0/16,fd00::/8"})
    assert proxies.forwarded_allow_ips == ("10.0.0.5", "10.1.0.0/16", "fd00::/8")
    assert Settings.from_env({"SIMPUL_FORWARDED_ALLOW_IPS": ""}).forwarded_allow_ips == ()
    assert Settings.from_env({"SIMPUL_FORWARDED_ALLOW_IPS": "*"}).forwarded_allow_ips == ("*",)
    for bad in ("proxy.internal", "10.0.0.1/8", "*,10.0.0.5"):
        with pytest.raises(SettingsError) as refused:
            Settings.from_env({"SIMPUL_FORWARDED_ALLOW_IPS": bad})
        wrong = bad.split(",")[0]
        assert str(refused.value) == (
            "SIMPUL_FORWARDED_ALLOW_IPS must list IP addresses or networks like 10.0.0.5 or "
            f"10.0.0.0/24, or be * alone; not {wrong!r}"
        )


def test_serve_trusts_forwarded_headers_from_the_configured_proxies_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: started.append(kwargs))

    result = CliRunner().invoke(app, ["serve"], env={"SIMPUL_FORWARDED_ALLOW_IPS": "10.0.0.5"})

    assert result.exit_code == 0, result.output
    assert started[0]["proxy_headers"] is True
    assert started[0]["forwarded_allow_ips"] == ["10.0.0.5"]


def test_the_access_log_is_off_in_production_unless_turned_on() -> None:
    secret = secrets.token_hex(32)
    assert Settings.from_env({}).logs_access
    production = {"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": secret}
    assert not Settings.from_env(production).logs_access
    assert Settings.from_env(production | {"SIMPUL_ACCESS_LOG": "1"}).logs_access
    assert not Settings.from_env({"SIMPUL_ACCESS_LOG": "no"}).logs_access
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"SIMPUL_ACCESS_LOG": "sometimes"})
    assert str(refused.value) == "SIMPUL_ACCESS_LOG must be 1 or 0, not 'sometimes'"
