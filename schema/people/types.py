from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api import models
from schema.articles.inputs import (
    ARTICLE_SORT,
    MENTION_SORT,
    QUOTE_SORT,
    ArticleFilter,
    MentionFilter,
    QuoteFilter,
)
from schema.context import Info
from schema.lists import list_field, ref_field
from schema.loaders import Parent
from schema.node import Record
from schema.people.inputs import SPEAKER_SORT, SpeakerFilter
from schema.stakeholders.inputs import MEMBERSHIP_SORT, MembershipFilter

if TYPE_CHECKING:
    from schema.articles.types import Article, Mention, Quote
    from schema.events.types import EventSpeaker
    from schema.regions.types import Region
    from schema.stakeholders.types import Membership

L = strawberry.lazy

PERSONAL = (
    " Personal data (UU 27/2022): null unless the caller is an admin or an editor (never for a "
    "partner key)."
)


@strawberry.type(description="Contact details: personal data (UU 27/2022).")
class ContactDetails:
    email: str | None = strawberry.field(description="E-mail address.")
    phone: str | None = strawberry.field(description="Telephone number.")
    whatsapp: str | None = strawberry.field(description="WhatsApp number.")
    address: str | None = strawberry.field(description="Postal address.")


def contact_details(info: Info, stored: dict[str, Any] | None) -> ContactDetails | None:
    """Stored contact details, for callers who may see personal data; otherwise null."""
    if stored is None or not info.context.viewer.sees_personal_data:
        return None
    return ContactDetails(
        email=stored.get("email"),
        phone=stored.get("phone"),
        whatsapp=stored.get("whatsapp"),
        address=stored.get("address"),
    )


@strawberry.type(description="A person; honorifics and degrees are kept apart from the name.")
class Person(Record):
    model = models.Person

    full_name: str = strawberry.field(description="Name without honorifics or degrees.")
    slug: str = strawberry.field(description="Stable, URL-safe key.")
    honorific_prefix: str = strawberry.field(description='Titles before the name ("Drs. H.").')
    honorific_suffix: str = strawberry.field(description='Degrees after the name ("S.Kom").')
    position: str = strawberry.field(description="Current position.")
    is_public_figure: bool = strawberry.field(description="Whether a public figure.")
    region = ref_field(
        models.Region,
        "region_id",
        Annotated["Region", L("schema.regions.types")],
        "Where the person is based.",
    )

    @strawberry.field(description='Name as printed: "Drs. H. Muhammad Faisal, M.Si".')
    def display_name(self) -> str:
        prefix: str = self.honorific_prefix
        suffix: str = self.honorific_suffix
        name = f"{prefix} {self.full_name}".strip()
        return f"{name}, {suffix}" if suffix else name

    @strawberry.field(description="How to reach the person." + PERSONAL)
    def contact(self, info: Info) -> ContactDetails | None:
        stored: dict[str, Any] | None = self.contact
        return contact_details(info, stored)

    @strawberry.field(
        description="The recorded consent or legal basis for holding the person's personal data."
        + PERSONAL
    )
    def data_legal_basis(self, info: Info) -> str | None:
        value: str = self.data_legal_basis
        return value if info.context.viewer.sees_personal_data else None

    @strawberry.field(
        description="When the person's personal data was erased on request (null if never)."
        + PERSONAL
    )
    def erased_at(self, info: Info) -> dt.datetime | None:
        value: dt.datetime | None = self.erased_at
        return value if info.context.viewer.sees_personal_data else None

    memberships = list_field(
        Annotated["Membership", L("schema.stakeholders.types")],
        models.Membership,
        filter_type=MembershipFilter,
        sort=MEMBERSHIP_SORT,
        parent=Parent("person_id"),
        description="Stakeholders the person belongs to.",
    )
    quotes = list_field(
        Annotated["Quote", L("schema.articles.types")],
        models.Quote,
        filter_type=QuoteFilter,
        sort=QUOTE_SORT,
        parent=Parent("person_id"),
        description="What articles quote the person saying.",
    )
    articles = list_field(
        Annotated["Article", L("schema.articles.types")],
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        parent=Parent("author_id"),
        description="Articles the person wrote.",
    )
    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("person_id"),
        description="Where articles mention the person.",
    )
    speaking = list_field(
        Annotated["EventSpeaker", L("schema.events.types")],
        models.EventSpeaker,
        filter_type=SpeakerFilter,
        sort=SPEAKER_SORT,
        parent=Parent("person_id"),
        description="Events the person spoke at, with the mode.",
    )
