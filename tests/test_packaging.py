"""`pip install` ships the built admin app: the wheel holds api/static/admin.

The app is built by `scripts/setup` (and by `scripts/test` before pytest). Without a build this
test is skipped, except under CI (`CI` set), where a missing build is a failure.
"""

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "api" / "static" / "admin" / "index.html"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    if os.environ.get("SIMPUL_TEST_DATABASE_URL", "").startswith("postgres"):
        pytest.skip("the wheel does not depend on the database: checked in the SQLite run")
    if not INDEX.is_file():
        if os.environ.get("CI"):
            pytest.fail("api/static/admin/index.html is missing: scripts/test builds it first")
        pytest.skip("the admin app is not built (scripts/setup builds it)")
    # Build from a copy, so that setuptools' build/ and egg-info stay out of the checkout.
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for package in ("api", "schema"):
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    # Build isolation fetches the pinned setuptools from the package index (or pip's cache).
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    result = subprocess.run(
        [*pip, "wheel", "--no-deps", "--wheel-dir", str(tmp / "dist"), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = (tmp / "dist").glob("simpul-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_contains_the_admin_app(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "api/static/admin/index.html" in names
    scripts = {name for name in names if re.fullmatch(r"api/static/admin/assets/[^/]+\.js", name)}
    assert scripts
    # index.html loads an entry script that is in the wheel too.
    index = wheel.read("api/static/admin/index.html").decode()
    entry = re.search(r'<script type="module"[^>]* src="/admin/(assets/[^"]+\.js)"', index)
    assert entry is not None, index
    assert f"api/static/admin/{entry.group(1)}" in scripts


def test_the_wheel_contains_the_sdl_and_demo_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"schema/schema.graphql", "api/demo/data/seed-article.txt"} <= names
