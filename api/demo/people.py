"""Synthetic people, their memberships, and the relations between stakeholders."""

from __future__ import annotations

from datetime import date, timedelta

from api.demo import names
from api.demo.keys import suffixed_slug
from api.demo.regions import Place
from api.demo.world import TIMELINE_END, Group, Human, Picker, World, random_date, weighted
from api.models import (
    Membership,
    Person,
    Relation,
    RelationKind,
    StakeholderCategory,
    StakeholderStatus,
)

C = StakeholderCategory
APPOINTED_ROLES = frozenset(("ketua", "sekretaris", "bendahara"))
REUSE_SHARE = 0.1
CONSENT = "Persetujuan subjek data (UU 27/2022 Pasal 20 ayat 2 huruf a); data fiktif."
KINDS = (
    (RelationKind.PEMBINAAN, 45),
    (RelationKind.KEMITRAAN, 25),
    (RelationKind.MEMBER_OF, 12),
    (RelationKind.FUNDING, 10),
    (RelationKind.COORDINATION, 8),
)  # memberships held by someone who already belongs to another group


def people_and_memberships(world: World) -> None:
    """About 3 people and 3 memberships per stakeholder; officials head the agencies."""
    target = 3 * world.scale
    for agency in world.agencies:
        head = _head_title(agency)
        _join(world, agency, head[0], _person(world, agency.place, head[1], public=True))
        for _ in range(world.rng.randint(1, 3)):
            staff = _person(world, agency.place, f"Pranata Humas {agency.short}", public=False)
            _join(world, agency, "pranata humas", staff)
            if agency.name.startswith("Dinas "):
                world.authors.append(staff)
    for group in world.groups:
        roles = [r for r, share in (("ketua", 1.0), ("sekretaris", 0.8), ("bendahara", 0.6))
                 if world.rng.random() < share]  # fmt: skip
        roles += [world.rng.choice(names.EXTRA_ROLES) for _ in range(world.rng.randint(0, 1))]
        for role in roles:
            _join(world, group, role, _member(world, group, role, target))
    while len(world.people) < target:
        place = world.rng.choice(world.districts)
        public = world.rng.random() < 0.3
        title = world.rng.choice(names.PUBLIC_ROLES if public else names.OCCUPATIONS)
        _person(world, place, title, public=public)


def _head_title(agency: Group) -> tuple[str, str]:
    if agency.name.startswith("Dinas "):
        return "kepala dinas", f"Kepala {agency.name}"
    if agency.name.startswith("Pemerintah Kecamatan"):
        return "camat", f"Camat {agency.place.short}"
    if agency.name.startswith("Pemerintah Kelurahan"):
        return "lurah", f"Lurah {agency.place.short}"
    return "kepala desa", f"Kepala Desa {agency.place.short}"


def _member(world: World, group: Group, role: str, target: int) -> Human:
    rng = world.rng
    full = len(world.people) >= target
    if full or (rng.random() < REUSE_SHARE and len(world.people) > 10):
        # Someone already known, and if possible not already in this group.
        for attempt in range(5):
            person = world.people[rng.randrange(len(world.people))]
            if all(m is not person for m in group.members) or (full and attempt == 4):
                return person
    return _person(world, group.place, f"{role.title()} {group.name}", public=False)


def _person(world: World, place: Place, position: str, *, public: bool) -> Human:
    rng = world.rng
    female = rng.random() < 0.5
    given_names = names.FEMALE_GIVEN if female else names.MALE_GIVEN
    parts = [rng.choice(given_names)]
    if rng.random() < 0.25:
        parts.append(rng.choice([g for g in given_names if g != parts[0]]))
    if rng.random() < 0.9:
        parts.append(rng.choice(names.FAMILY))
    full_name = " ".join(parts)
    person_id = world.keys.next("people")
    prefixes = names.PREFIX_FEMALE if female else names.PREFIX_MALE
    world.graph.add(
        Person,
        id=person_id,
        full_name=full_name,
        slug=suffixed_slug(full_name, person_id, world.slugs),
        honorific_prefix=rng.choice(prefixes) if rng.random() < 0.12 else "",
        honorific_suffix=rng.choice(names.SUFFIXES) if rng.random() < 0.3 else "",
        position=position,
        is_public_figure=public,
        region_id=place.row()["id"],
        contact={
            "email": f"{full_name.lower().replace(' ', '.')}.{person_id.hex[:4]}@example.org",
            "phone": f"+62 000 {rng.randrange(10**7):07d}",
        },
        data_legal_basis=CONSENT,
    )
    human = Human(person_id, full_name, parts[0], position, public, place)
    world.people.append(human)
    return human


def _join(world: World, group: Group, role: str, person: Human) -> None:
    rng = world.rng
    founded = group.founded_on or date(2015, 1, 1)
    started = random_date(rng, founded, min(founded + timedelta(days=3 * 365), TIMELINE_END))
    ended = None
    if rng.random() < 0.08 or group.status is StakeholderStatus.DISSOLVED:
        candidate = random_date(rng, started + timedelta(days=180), started + timedelta(days=1500))
        ended = candidate if candidate < TIMELINE_END else None
    regulation = group.regulation[0] if group.regulation and role in APPOINTED_ROLES else None
    world.graph.add(
        Membership, id=world.keys.next("memberships"), person_id=person.id,
        stakeholder_id=group.id, role=role, started_on=started, ended_on=ended,
        source_regulation_id=regulation,
    )  # fmt: skip
    group.members.append(person)


def relations(world: World) -> None:
    """`scale // 2` relations; Diskominfo offices mentor the groups of their regency."""
    rng = world.rng
    groups = Picker(world.groups, [g.weight for g in world.groups])
    agencies = Picker(world.agencies, [a.weight for a in world.agencies])
    by_category: dict[StakeholderCategory, list[Group]] = {}
    for group in world.groups:
        by_category.setdefault(group.category, []).append(group)
    wanted, attempts = world.scale // 2, 0
    seen: set[tuple[object, ...]] = set()
    while len(seen) < wanted and attempts < 20 * wanted and world.groups:
        attempts += 1
        kind = weighted(rng, KINDS)
        target = groups.pick(rng)
        if kind in (RelationKind.PEMBINAAN, RelationKind.FUNDING):
            source = world.diskominfo.get(target.place.regency) or agencies.pick(rng)
            if kind is RelationKind.FUNDING or rng.random() < 0.3:
                source = agencies.pick(rng)
        elif kind is RelationKind.MEMBER_OF:
            forums = [g for g in by_category.get(C.OTHER, []) if g.name.startswith("Forum KIM")]
            if not forums:
                continue
            source, target = target, rng.choice(forums)
        else:
            source = groups.pick(rng)
        key = (source.id, target.id, kind)
        if source.id == target.id or key in seen:
            continue
        seen.add(key)
        _relate(world, source, target, kind)


def _relate(world: World, source: Group, target: Group, kind: RelationKind) -> None:
    rng = world.rng
    start = max(d for d in (source.founded_on, target.founded_on, date(2015, 1, 1)) if d)
    started = random_date(rng, start, max(start + timedelta(days=30), TIMELINE_END))
    ended = None
    if StakeholderStatus.DISSOLVED in (source.status, target.status) or rng.random() < 0.05:
        candidate = random_date(rng, started + timedelta(days=90), started + timedelta(days=1200))
        ended = candidate if candidate < TIMELINE_END else None
    relation_id = world.keys.next("relations")
    world.graph.add(
        Relation, id=relation_id, source_id=source.id, target_id=target.id, kind=kind,
        started_on=started, ended_on=ended, note=f"{kind.value.replace('_', ' ')}: data sintetis",
    )  # fmt: skip
    world.relations.setdefault((source.id, target.id), relation_id)
