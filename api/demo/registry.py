"""Synthetic registry: the region tree, tags, and the stakeholders with their legal basis."""

from __future__ import annotations

from datetime import date
from typing import Any

from api.demo import names
from api.demo.keys import slugify, stable_id, suffixed_slug
from api.demo.regions import (
    REGENCIES,
    Place,
    districts,
    province,
    regency_place,
    villages_in_spread,
)
from api.demo.world import Group, World, random_date, weighted, zipf_weights
from api.models import (
    Region,
    RegionLevel,
    Regulation,
    RegulationKind,
    RegulationStatus,
    Stakeholder,
    StakeholderCategory,
    StakeholderStatus,
    Tag,
)

C = StakeholderCategory
STATUSES = (
    (StakeholderStatus.ACTIVE, 74),
    (StakeholderStatus.DORMANT, 18),
    (StakeholderStatus.DISSOLVED, 8),
)
STATUS_ACTIVITY = {
    StakeholderStatus.ACTIVE: 1.0,
    StakeholderStatus.DORMANT: 0.15,
    StakeholderStatus.DISSOLVED: 0.03,
}
# Reference regulations shared by every synthetic set (natural keys, like regions and tags).
REFERENCE_REGULATIONS = (
    (RegulationKind.UU, "14", 2008, "tentang Keterbukaan Informasi Publik", date(2008, 4, 30)),
    (RegulationKind.UU, "27", 2022, "tentang Pelindungan Data Pribadi", date(2022, 10, 17)),
)


def regions_and_tags(world: World) -> None:
    """The province, its ten regencies and cities, all districts, and `scale // 8` villages."""
    rows: list[Place] = [regency_place(r) for r in REGENCIES]
    rows.extend(d.place for d in districts())
    chosen = villages_in_spread(world.scale // 8)
    rows.extend(sorted(chosen, key=lambda v: v.code))
    for place in [province(), *rows]:
        world.shared.add(Region, **place.row())
    world.districts = [d.place for d in districts()]
    for village in chosen:
        world.villages.setdefault(village.parent or "", []).append(village)
    for name in names.TAGS:
        tag_id = stable_id("tags", slugify(name))
        world.tags[name] = tag_id
        world.shared.add(Tag, id=tag_id, name=name, slug=slugify(name))
    for kind, number, year, title, enacted in REFERENCE_REGULATIONS:
        slug = f"{kind.value}-{number}-{year}"
        reg_id = stable_id("regulations", slug)
        world.shared.add(
            Regulation, id=reg_id, kind=kind, number=number, year=year, title=title, slug=slug,
            enacted_on=enacted, status=RegulationStatus.IN_FORCE,
        )  # fmt: skip
        world.reference_regulations.append(
            (reg_id, f"{kind.name} Nomor {number} Tahun {year} {title}")
        )


def stakeholders(world: World) -> None:
    rng, n = world.rng, world.scale
    counts = _category_counts(n)
    agencies = _agency_plan(world, counts.pop(C.GOVERNMENT_AGENCY))
    plan = [category for category, count in counts.items() for _ in range(count)]
    rng.shuffle(plan)
    used_names: set[str] = {name for name, _, _ in agencies}
    for name, alias, place in agencies:
        world.agencies.append(_add(world, name, alias, C.GOVERNMENT_AGENCY, place, agency=True))
        if name.startswith("Dinas "):
            world.diskominfo[place.code] = world.agencies[-1]
    forum_regencies: set[str] = set()
    for category in plan:
        place = _home(world)
        name = _unique(_name(world, category, place, forum_regencies), place, used_names)
        world.groups.append(_add(world, name, name, category, place, agency=False))
    weights = zipf_weights(rng, len(world.groups))
    for group, weight in zip(world.groups, weights, strict=True):
        group.weight = weight * STATUS_ACTIVITY[group.status]
    for group, weight in zip(world.agencies, zipf_weights(rng, len(world.agencies)), strict=True):
        group.weight = weight * (5.0 if group.name.startswith("Dinas ") else 1.0)
    _legal_bases(world)


def _category_counts(n: int) -> dict[StakeholderCategory, int]:
    counts = {
        C.GOVERNMENT_AGENCY: max(1, round(n * 0.03)),
        C.MEDIA_OUTLET: round(n * 0.04),
        C.OTHER: round(n * 0.02),
        C.TRADITIONAL_MEDIA: round(n * 0.13),
        C.CONTENT_CREATOR: round(n * 0.12),
        C.STRATEGIC_GROUP: round(n * 0.12),
    }
    counts[C.KIM] = max(0, n - sum(counts.values()))
    return counts


def _agency_plan(world: World, count: int) -> list[tuple[str, str, Place]]:
    """Regency Diskominfo offices first, then district and village governments."""
    rng = world.rng
    regencies = list(REGENCIES)
    rng.shuffle(regencies)
    plan = []
    for regency in regencies:
        short = regency.name.removeprefix("Kabupaten ").removeprefix("Kota ")
        name = f"Dinas Komunikasi dan Informatika {regency.name}"
        plan.append((name, f"Diskominfo {short}", regency_place(regency)))
    local = list(world.districts) + [v for vs in world.villages.values() for v in vs]
    rng.shuffle(local)
    for place in local:
        level = place.name.split(" ")[0]
        name = f"Pemerintah {level} {place.short}"
        plan.append((name, name, place))
    return plan[:count]


def _home(world: World) -> Place:
    rng = world.rng
    regency = weighted(rng, [(r.code, float(r.weight)) for r in REGENCIES])
    district = rng.choice([d for d in world.districts if d.regency == regency])
    villages = world.villages.get(district.code)
    return rng.choice(villages) if villages and rng.random() < 0.8 else district


def _name(world: World, category: StakeholderCategory, place: Place, forums: set[str]) -> str:
    rng = world.rng
    word = rng.choice(names.GROUP_WORDS)
    if category is C.KIM:
        if rng.random() < 0.5:
            return f"KIM {rng.choice(names.KIM_WORDS)}"
        return f"KIM {place.short} {rng.choice(names.PLACE_SUFFIXES)}"
    if category is C.TRADITIONAL_MEDIA:
        return f"{rng.choice(names.TRADITIONAL_LEADS)} {rng.choice([word, place.short])}"
    if category is C.CONTENT_CREATOR:
        return f"{rng.choice(names.CONTENT_LEADS)} {place.short}"
    if category is C.STRATEGIC_GROUP:
        return f"{rng.choice(names.STRATEGIC_LEADS)} {rng.choice([word, place.short])}"
    if category is C.MEDIA_OUTLET:
        lead = rng.choice(names.MEDIA_LEADS)
        return f"{lead} {word} FM" if lead == "Radio Komunitas" else f"{lead} {word} {place.short}"
    regency = place.regency
    if regency not in forums:
        forums.add(regency)
        return f"Forum KIM {next(r.name for r in REGENCIES if r.code == regency)}"
    return f"{rng.choice(('Yayasan', 'Forum Komunikasi', 'Perkumpulan'))} {word} {place.short}"


def _unique(name: str, place: Place, used: set[str]) -> str:
    candidate, n = name, 2
    if candidate in used and place.short not in candidate:
        candidate = f"{name} {place.short}"
    while candidate in used:
        candidate, n = f"{name} {n}", n + 1
    used.add(candidate)
    return candidate


def _add(
    world: World,
    name: str,
    alias: str,
    category: StakeholderCategory,
    place: Place,
    *,
    agency: bool,
) -> Group:
    rng = world.rng
    group_id = world.keys.next("stakeholders")
    status = StakeholderStatus.ACTIVE if agency else weighted(rng, STATUSES)
    founded = None if agency else random_date(rng, date(2008, 1, 1), date(2025, 12, 31))
    slug = suffixed_slug(name, group_id, world.slugs)
    row: dict[str, Any] = {
        "id": group_id,
        "name": name,
        "slug": slug,
        "aliases": [alias] if alias != name else [],
        "category": category,
        "region_id": stable_id("regions", place.code),
        "status": status,
        "founded_on": founded,
        "classification": _classification(world, category),
        "description": _description(name, category, place),
        "media_channels": [] if agency else _channels(world, slug),
        "potentials": rng.sample(names.POTENTIALS, rng.randint(0, 3)) if not agency else [],
        "member_count": None if agency else rng.randint(5, 40 if category is C.KIM else 150),
        "contact": {"email": f"{slug}@example.org", "phone": f"+62 000 {rng.randrange(10**7):07d}"},
    }
    world.graph.add(Stakeholder, **row)
    return Group(group_id, name, alias, category, status, place, founded)


def _classification(world: World, category: StakeholderCategory) -> str | None:
    if category is C.KIM:
        return world.rng.choice(names.KIM_CLASSES)
    if category is C.STRATEGIC_GROUP:
        return world.rng.choice(names.STRATEGIC_TOPICS)
    return None


def _description(name: str, category: StakeholderCategory, place: Place) -> str:
    what = {
        C.KIM: "Komunitas Informasi Masyarakat yang mengelola dan menyebarkan informasi",
        C.TRADITIONAL_MEDIA: "Kelompok media tradisional yang menyampaikan pesan lewat seni",
        C.CONTENT_CREATOR: "Komunitas pembuat konten positif",
        C.STRATEGIC_GROUP: "Kelompok strategis yang menjadi mitra diseminasi informasi",
        C.MEDIA_OUTLET: "Media lokal yang memberitakan kegiatan warga",
        C.GOVERNMENT_AGENCY: "Instansi pemerintah daerah",
        C.OTHER: "Wadah komunikasi para pegiat informasi",
    }[category]
    return f"{name}: {what} di {place.name}."


def _channels(world: World, slug: str) -> list[dict[str, str]]:
    rng = world.rng
    handle = slug.rsplit("-", 1)[0].replace("-", "")[:24]
    options = [
        {"kind": "instagram", "value": f"@{handle}"},
        {"kind": "facebook", "value": f"facebook.com/{handle}"},
        {"kind": "youtube", "value": f"youtube.com/@{handle}"},
        {"kind": "website", "value": f"https://{handle}.example.org"},
        {"kind": "bulletin", "value": f"Buletin {handle.title()}"},
    ]
    return rng.sample(options, rng.randint(0, 3))


def _legal_bases(world: World) -> None:
    """A legal basis text for most groups; `scale // 20` KIM SKs are registered Regulations."""
    rng = world.rng
    rows = {row["id"]: row for row in world.graph.of(Stakeholder)}
    local_agencies = {a.place.code: a for a in world.agencies}
    sk_left = max(1, world.scale // 20)
    for group in world.groups:
        if group.founded_on is None or rng.random() > (0.7 if group.category is C.KIM else 0.35):
            continue
        row, year, number = rows[group.id], group.founded_on.year, str(rng.randint(1, 60))
        if group.category in (C.KIM, C.STRATEGIC_GROUP):
            issuer = {RegionLevel.VILLAGE: "Kepala Desa", RegionLevel.DISTRICT: "Camat"}[
                group.place.level
            ]
            if group.place.name.startswith("Kelurahan"):
                issuer = "Lurah"
            basis = f"SK {issuer} {group.place.short} Nomor {number} Tahun {year}"
        else:
            basis = f"Akta Notaris Nomor {number} Tahun {year}"
        row["legal_basis"] = basis
        if group.category is C.KIM and sk_left > 0:
            sk_left -= 1
            reg_id = world.keys.next("regulations")
            agency = local_agencies.get(group.place.code)
            world.graph.add(
                Regulation, id=reg_id, kind=RegulationKind.SK, number=number, year=year,
                title=f"tentang Pembentukan {group.name} {group.place.name}",
                slug=suffixed_slug(f"sk {number} {year}", reg_id, world.slugs),
                issuer_id=agency.id if agency else None, enacted_on=group.founded_on,
                status=RegulationStatus.REVOKED if group.status is StakeholderStatus.DISSOLVED
                else RegulationStatus.IN_FORCE,
            )  # fmt: skip
            row["legal_basis_regulation_id"] = reg_id
            group.regulation = (reg_id, basis)
