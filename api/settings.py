"""One Settings object, read from the environment, shared by the app, the CLI and the tools."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Mode = Literal["development", "production", "test"]

PLACEHOLDER_SECRET = "change-me"
ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """Raised when the environment describes an unusable configuration."""


def _default_database_url(data_dir: Path) -> str:
    return f"sqlite://{data_dir / 'simpul.sqlite3'}"


@dataclass(frozen=True, slots=True)
class Settings:
    mode: Mode = "development"
    data_dir: Path = field(default_factory=lambda: ROOT / "data")
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: str = PLACEHOLDER_SECRET
    admin_dir: Path = field(default_factory=lambda: ROOT / "frontend" / "dist")
    db_pool_size: int = 10
    timezone: str = "Asia/Makassar"
    report_sql_count: bool = False
    # Staff sessions end at the absolute lifetime (the cookie's Max-Age) or after idling.
    session_lifetime: dt.timedelta = dt.timedelta(days=7)
    session_idle_timeout: dt.timedelta = dt.timedelta(hours=12)
    # The n-th failed login in a row is answered after login_delay_step * 2**(n-1) seconds,
    # at most login_delay_max: password guessing gets slow long before it is refused.
    login_delay_step: float = 0.25
    login_delay_max: float = 4.0

    def __post_init__(self) -> None:
        if not self.database_url:
            object.__setattr__(self, "database_url", _default_database_url(self.data_dir))
        weak = self.secret_key == PLACEHOLDER_SECRET or len(self.secret_key) < 32
        if self.mode != "development" and weak:
            raise SettingsError(
                "SIMPUL_SECRET_KEY must be set to a random value of at least 32 characters "
                f"when SIMPUL_MODE is {self.mode!r}"
            )

    @property
    def dialect(self) -> Literal["sqlite", "postgres"]:
        return "sqlite" if self.database_url.startswith("sqlite") else "postgres"

    @property
    def is_development(self) -> bool:
        return self.mode == "development"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        mode = env.get("SIMPUL_MODE", "development")
        if mode not in ("development", "production", "test"):
            raise SettingsError(
                f"SIMPUL_MODE must be development, production or test, not {mode!r}"
            )
        data_dir = Path(env.get("SIMPUL_DATA_DIR", str(ROOT / "data")))
        try:
            port = int(env.get("SIMPUL_PORT", "8000"))
            pool = int(env.get("SIMPUL_DB_POOL_SIZE", "10"))
        except ValueError as exc:
            raise SettingsError(
                f"SIMPUL_PORT and SIMPUL_DB_POOL_SIZE must be integers: {exc}"
            ) from None
        return cls(
            mode=mode,  # type: ignore[arg-type]  # checked against the Literal just above
            data_dir=data_dir,
            database_url=env.get("SIMPUL_DATABASE_URL", ""),
            host=env.get("SIMPUL_HOST", "127.0.0.1"),
            port=port,
            secret_key=env.get("SIMPUL_SECRET_KEY", PLACEHOLDER_SECRET),
            admin_dir=Path(env.get("SIMPUL_ADMIN_DIR", str(ROOT / "frontend" / "dist"))),
            db_pool_size=pool,
            timezone=env.get("SIMPUL_TIMEZONE", "Asia/Makassar"),
            report_sql_count=env.get("SIMPUL_REPORT_SQL_COUNT", "") in ("1", "true", "yes"),
        )
