"""The released-SDL contract: what may change between releases (api/schema_contract.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from api.cli import app
from api.schema_contract import CURRENT_SDL, RELEASED_DIR, check, check_files, newest_release

TODAY = dt.date(2027, 3, 15)

RELEASED = """
type Query {
  "The article."
  article(slug: String!): Article
  articles(first: Int): [Article!]!
}

type Article {
  title: String!
  summary: String%s
  kind: Kind!
}

enum Kind { NEWS RELEASE }
"""


def released(deprecation: str = "") -> str:
    return RELEASED % deprecation


def current(article: str = "title: String!\n  kind: Kind!", query: str = "") -> str:
    return f"""
type Query {{
  article(slug: String!): Article
  articles(first: Int{query}): [Article!]!
}}

type Article {{
  {article}
}}

enum Kind {{ NEWS RELEASE }}
"""


def test_the_current_sdl_keeps_the_newest_release() -> None:
    report = check_files(today=dt.date.today())

    assert report.released == newest_release() == RELEASED_DIR / "2026-11.graphql"
    assert report.errors == []


def test_the_first_release_is_the_sdl_partners_started_with() -> None:
    first = (RELEASED_DIR / "2026-11.graphql").read_text(encoding="utf-8")

    assert "type Query" in first
    assert CURRENT_SDL.exists()


def test_an_unchanged_schema_passes() -> None:
    report = check(released(), released(), today=TODAY)

    assert (report.errors, report.warnings) == ([], [])


def test_a_removed_field_fails() -> None:
    report = check(current(), released(), today=TODAY)

    assert report.errors == [
        "FIELD_REMOVED: Field Article.summary was removed. "
        "(it was not deprecated in the released SDL)"
    ]


def test_a_field_deprecated_with_a_past_date_may_be_removed() -> None:
    deprecated = ' @deprecated(reason: "Use `title`. Removal after 2027-03-01.")'

    report = check(current(), released(deprecated), today=TODAY)

    assert report.errors == []


def test_the_removal_date_itself_counts_as_passed() -> None:
    deprecated = ' @deprecated(reason: "Use `title`. Removal after 2027-03-15.")'

    assert check(current(), released(deprecated), today=TODAY).errors == []


def test_a_field_deprecated_with_a_future_date_may_not_be_removed_yet() -> None:
    deprecated = ' @deprecated(reason: "Use `title`. Removal after 2027-06-01.")'

    report = check(current(), released(deprecated), today=TODAY)

    assert report.errors == [
        "FIELD_REMOVED: Field Article.summary was removed. "
        "(deprecated, but not removable before 2027-06-01)"
    ]


def test_a_field_deprecated_without_a_date_may_not_be_removed() -> None:
    deprecated = ' @deprecated(reason: "Use `title`.")'

    report = check(current(), released(deprecated), today=TODAY)

    assert report.errors == [
        "FIELD_REMOVED: Field Article.summary was removed. "
        "(its deprecation in the released SDL names no removal date)"
    ]


def test_a_new_required_argument_fails() -> None:
    sdl = current("title: String!\n  summary: String\n  kind: Kind!", query=", region: String!")

    report = check(sdl, released(), today=TODAY)

    assert report.errors == [
        "REQUIRED_ARG_ADDED: A required argument Query.articles(region:) was added."
    ]


def test_a_new_optional_argument_is_a_warning() -> None:
    sdl = current("title: String!\n  summary: String\n  kind: Kind!", query=", region: String")

    report = check(sdl, released(), today=TODAY)

    assert report.errors == []
    assert report.warnings == [
        "OPTIONAL_ARG_ADDED: An optional argument Query.articles(region:) was added."
    ]


def test_a_changed_type_fails() -> None:
    report = check(
        current("title: String!\n  summary: Int\n  kind: Kind!"), released(), today=TODAY
    )

    assert report.errors == [
        "FIELD_CHANGED_KIND: Field Article.summary changed type from String to Int. "
        "(it was not deprecated in the released SDL)"
    ]


def test_a_removed_enum_value_fails() -> None:
    sdl = current("title: String!\n  summary: String\n  kind: Kind!").replace(
        "NEWS RELEASE", "NEWS"
    )

    report = check(sdl, released(), today=TODAY)

    assert report.errors == [
        "VALUE_REMOVED_FROM_ENUM: Enum value Kind.RELEASE was removed. "
        "(it was not deprecated in the released SDL)"
    ]


def test_a_deprecation_without_a_date_fails() -> None:
    sdl = current(
        'title: String!\n  summary: String @deprecated(reason: "Use `title`.")\n  kind: Kind!'
    )

    report = check(sdl, released(), today=TODAY)

    assert report.errors == [
        "DEPRECATION_WITHOUT_DATE: Article.summary is deprecated without a removal date "
        "(\"after YYYY-MM-DD\") in its reason: 'Use `title`.'."
    ]


def test_a_dated_deprecation_passes() -> None:
    reason = "Use `title`. Removal after 2027-09-01."
    sdl = current(
        f'title: String!\n  summary: String @deprecated(reason: "{reason}")\n  kind: Kind!'
    )

    assert check(sdl, released(), today=TODAY).errors == []


def test_a_new_optional_field_passes() -> None:
    sdl = current("title: String!\n  summary: String\n  kind: Kind!\n  lead: String")

    report = check(sdl, released(), today=TODAY)

    assert (report.errors, report.warnings) == ([], [])


def test_a_type_may_go_when_every_field_returning_it_is_retired() -> None:
    old = released().replace(
        "type Article {",
        "type Author { name: String! }\n\ntype Article {\n  author: Author "
        '@deprecated(reason: "Removal after 2027-01-01.")',
    )

    assert check(released(), old, today=TODAY).errors == []
    assert check(released(), old, today=dt.date(2026, 12, 31)).errors == [
        "TYPE_REMOVED: Author was removed. (still used by Article.author in the released SDL)",
        "FIELD_REMOVED: Field Article.author was removed. "
        "(deprecated, but not removable before 2027-01-01)",
    ]


def test_check_schema_command_passes_on_the_current_sdl() -> None:
    result = CliRunner().invoke(app, ["check-schema"])

    assert result.exit_code == 0, result.output
    *warnings, verdict = result.output.splitlines()
    assert verdict == "The schema keeps the released contract 2026-11.graphql."
    # Enum values added since the release may surprise an exhaustive client: warned, not failed.
    assert "warning: VALUE_ADDED_TO_ENUM: Enum value ApiKeyScope.PERSIST was added." in warnings
    assert all(line.startswith("warning: VALUE_ADDED_TO_ENUM: ") for line in warnings)


def test_check_schema_command_lists_each_break_and_fails(tmp_path: Path) -> None:
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / "2026-11.graphql").write_text(released(), encoding="utf-8")
    (tmp_path / "released" / "2026-05.graphql").write_text("type Query { x: Int }\n")
    sdl = current(query=", region: String!")
    (tmp_path / "schema.graphql").write_text(sdl, encoding="utf-8")

    options = [
        "--current",
        str(tmp_path / "schema.graphql"),
        "--released",
        str(tmp_path / "released"),
    ]
    result = CliRunner().invoke(app, ["check-schema", *options])

    assert result.exit_code == 1
    assert result.output == (
        "The schema breaks the released contract 2026-11.graphql:\n"
        "  - REQUIRED_ARG_ADDED: A required argument Query.articles(region:) was added.\n"
        "  - FIELD_REMOVED: Field Article.summary was removed. "
        "(it was not deprecated in the released SDL)\n"
    )
