"""The Kalimantan Timur region tree with Kemendagri codes and official names.

Names carry their level, as official documents write them: "Provinsi Kalimantan Timur",
"Kabupaten Paser", "Kota Samarinda", "Kecamatan Tanah Grogot", "Desa Janju",
"Kelurahan Tanah Grogot" (a village code's fourth part starting with 1 is a kelurahan, with 2 a
desa). Codes 64.04-64.06, 64.10 and 64.73 are not here: those regencies and Tarakan became
Kalimantan Utara (65.xx) in 2012.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from uuid import UUID

from api.demo.keys import stable_id
from api.models import RegionLevel

PROVINCE_CODE = "64"
PROVINCE_NAME = "Provinsi Kalimantan Timur"


@dataclass(frozen=True, slots=True)
class Regency:
    code: str
    name: str
    dateline: str  # the seat as datelines print it
    seat_code: str  # the region a dateline from the seat links to
    weight: int  # population in thousands (2020 census, rounded): where activity happens


REGENCIES = (
    Regency("64.01", "Kabupaten Paser", "Tana Paser", "64.01.04", 275),
    Regency("64.02", "Kabupaten Kutai Kartanegara", "Tenggarong", "64.02.06", 730),
    Regency("64.03", "Kabupaten Berau", "Tanjung Redeb", "64.03.05", 248),
    Regency("64.07", "Kabupaten Kutai Barat", "Sendawar", "64.07.07", 166),
    Regency("64.08", "Kabupaten Kutai Timur", "Sangatta", "64.08.04", 434),
    Regency("64.09", "Kabupaten Penajam Paser Utara", "Penajam", "64.09.01", 178),
    Regency("64.11", "Kabupaten Mahakam Ulu", "Ujoh Bilang", "64.11.01", 33),
    Regency("64.71", "Kota Balikpapan", "Balikpapan", "64.71", 689),
    Regency("64.72", "Kota Samarinda", "Samarinda", "64.72", 827),
    Regency("64.74", "Kota Bontang", "Bontang", "64.74", 178),
)


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str  # with its level prefix
    short: str  # as people say it: "Tanah Grogot", "Janju"
    level: RegionLevel
    parent: str | None

    @property
    def regency(self) -> str:
        return self.code[:5]

    def row(self) -> dict[str, Any]:
        return {
            "id": region_id(self.code),
            "code": self.code,
            "name": self.name,
            "level": self.level,
            "parent_id": region_id(self.parent) if self.parent else None,
        }


def region_id(code: str) -> UUID:
    return stable_id("regions", code)


@dataclass(frozen=True, slots=True)
class District:
    place: Place
    villages: tuple[Place, ...]


@cache
def districts() -> tuple[District, ...]:
    text = resources.files("api.demo").joinpath("data/kaltim-districts.txt").read_text("utf-8")
    result = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, tail = line.partition(": ")
        code, _, name = head.partition(" ")
        villages = []
        for item in tail.split(", "):
            suffix, _, village = item.partition(" ")
            prefix = "Kelurahan" if suffix.startswith("1") else "Desa"
            villages.append(
                Place(f"{code}.{suffix}", f"{prefix} {village}", village, RegionLevel.VILLAGE, code)
            )
        district = Place(code, f"Kecamatan {name}", name, RegionLevel.DISTRICT, code[:5])
        result.append(District(district, tuple(villages)))
    return tuple(result)


def province() -> Place:
    return Place(PROVINCE_CODE, PROVINCE_NAME, "Kalimantan Timur", RegionLevel.PROVINCE, None)


def regency_place(regency: Regency) -> Place:
    level = RegionLevel.CITY if regency.code[3] == "7" else RegionLevel.REGENCY
    short = regency.name.removeprefix("Kabupaten ")
    return Place(regency.code, regency.name, short, level, PROVINCE_CODE)


def district_place(code: str) -> Place:
    for district in districts():
        if district.place.code == code:
            return district.place
    raise KeyError(code)


def villages_in_spread(count: int) -> list[Place]:
    """`count` villages taken round-robin over the districts, so a few already span the map.

    Which villages a count gives depends only on the count: a bigger set contains a smaller one.
    """
    by_district = [list(d.villages) for d in _interleaved_districts()]
    chosen: list[Place] = []
    depth = 0
    while len(chosen) < count and any(depth < len(v) for v in by_district):
        for villages in by_district:
            if depth < len(villages) and len(chosen) < count:
                chosen.append(villages[depth])
        depth += 1
    return chosen


def _interleaved_districts() -> list[District]:
    # First district of each regency, then the second of each, ...: spreads small samples.
    grouped: dict[str, list[District]] = {}
    for district in districts():
        grouped.setdefault(district.place.regency, []).append(district)
    ordered: list[District] = []
    depth = 0
    while len(ordered) < len(districts()):
        for regency in REGENCIES:
            group = grouped.get(regency.code, [])
            if depth < len(group):
                ordered.append(group[depth])
        depth += 1
    return ordered
