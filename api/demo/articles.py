"""Synthetic articles from templates: event coverage and stories about the active groups.

Each article names 1-6 entities; every name the article records as a Mention appears in a
sentence of the body, and that sentence is the mention's evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

from api.demo import names
from api.demo.events import add_evidence, group_pickers
from api.demo.regions import REGENCIES, Regency
from api.demo.world import (
    TIMELINE_END,
    TIMELINE_START,
    Group,
    Happening,
    Human,
    Picker,
    World,
    random_moment,
    weighted,
    zipf_weights,
)
from api.demo.writing import write
from api.models import ArticleCategory, MentionTarget

A, T = ArticleCategory, MentionTarget
COVERAGE_SHARE = 0.3


@dataclass
class Draft:
    """An article being written: the lead names the subject, each extra line names one more."""

    title: str
    lead: str
    category: ArticleCategory
    regency: Regency
    when: datetime
    tags: list[str]
    named: list[tuple[MentionTarget, UUID, str | None]] = field(default_factory=list)
    person: Human | None = None
    quote: str = ""


def articles(world: World) -> None:
    rng = world.rng
    authors = world.authors or world.people[:1]
    author_picker = Picker(authors, zipf_weights(rng, len(authors)))
    wanted = 5 * world.scale
    written = 0
    for event in world.events:
        for _ in range(weighted(rng, ((0, 25), (1, 55), (2, 15), (3, 5))) if event.held else 0):
            if written < wanted * COVERAGE_SHARE:
                write(world, _coverage(world, event), author_picker, event)
                written += 1
    groups, local = group_pickers(world)
    figures = [h for h in world.people if h.public]
    figure_picker = Picker(figures, zipf_weights(rng, len(figures)))
    neighbours: dict[UUID, list[UUID]] = {}
    for source, target in world.relations:
        neighbours.setdefault(source, []).append(target)
        neighbours.setdefault(target, []).append(source)
    by_id = {g.id: g for g in world.groups}
    while written < wanted and groups:
        subject = groups.pick(rng)
        partner_ids = [i for i in neighbours.get(subject.id, []) if i in by_id]
        if partner_ids and rng.random() < 0.6:
            partner = by_id[rng.choice(partner_ids)]
        else:
            partner = (local.get(subject.place.regency) or groups).pick(rng)
        figure = figure_picker.pick(rng) if figures and rng.random() < 0.3 else None
        article_id = write(world, _story(world, subject, partner, figure), author_picker, None)
        relation = world.relations.get((subject.id, partner.id)) or world.relations.get(
            (partner.id, subject.id)
        )
        if relation and rng.random() < 0.6:
            add_evidence(world, relation, article_id=article_id)
        written += 1


def _regency(code: str) -> Regency:
    return next(r for r in REGENCIES if r.code == code[:5])


def _lower(phrase: str) -> str:
    return " ".join(w if w.isupper() else w.lower() for w in phrase.split())


def _coverage(world: World, event: Happening) -> Draft:
    rng = world.rng
    organiser = event.organisers[0]
    title = rng.choice(
        (
            event.title,
            f"{organiser.short} Gelar {event.title}",
            f"Warga Antusias Ikuti {event.title}",
        )
    )
    when = event.starts_at + timedelta(hours=rng.randint(3, 72))
    where = "secara daring" if event.venue.startswith("daring") else f"di {event.venue}"
    lead = f"{organiser.name} menggelar {event.title} {where}."
    draft = Draft(title, lead, A.BERITA, _regency(event.place.regency), when, ["Sosialisasi"])
    draft.tags.insert(0, names.CATEGORY_TAGS[organiser.category.value])
    draft.named += [(T.EVENT, event.id, None), (T.STAKEHOLDER, organiser.id, None)]
    for guest in event.participants[:3]:
        line = rng.choice(names.SUPPORT_LINES[:3]).format(name=guest.name)
        draft.named.append((T.STAKEHOLDER, guest.id, line))
    for person, how in event.speakers[:1]:
        line = f"{person.full_name} ({person.position}) hadir sebagai narasumber{how}."
        draft.named.append((T.PERSON, person.id, line))
        draft.person = person
    line = f"Kegiatan tersebut berlangsung di {event.place.name}."
    draft.named.append((T.REGION, event.place.row()["id"], line))
    return draft


def _story(world: World, subject: Group, partner: Group, figure: Human | None) -> Draft:
    rng = world.rng
    place, regency = subject.place, _regency(subject.place.regency)
    activity, topic_tag = rng.choice(names.ACTIVITIES)
    agency = world.diskominfo.get(regency.code)
    label = names.CATEGORY_LABELS[subject.category.value]
    when = random_moment(rng, TIMELINE_START, TIMELINE_END + timedelta(days=30))
    kind = weighted(rng, (("activity", 45), ("prize", 15), ("support", 15 if agency else 0),
                          ("announcement", 10), ("opinion", 8), ("profile", 7)))  # fmt: skip
    name = subject.name
    if kind == "activity":
        category = weighted(rng, ((A.BERITA, 85), (A.SIARAN_PERS, 10), (A.GALERI, 5)))
        title = f"{name} Gelar {activity} di {place.short}"
        lead = f"{name} menggelar {_lower(activity)} bagi warga {place.name}."
    elif kind == "prize":
        rank, contest = rng.randint(1, 3), rng.choice(names.EVENT_TOPICS["lomba"])
        category, title = A.BERITA, f"{name} Raih Juara {rank} Lomba {contest}"
        lead = (
            f"{name} dari {place.name} meraih juara {rank} "
            f"lomba {_lower(contest)} tingkat {regency.name}."
        )
    elif kind == "support" and agency:
        category = weighted(rng, ((A.BERITA, 80), (A.SIARAN_PERS, 20)))
        title = f"{agency.short} Dorong {name} Aktif Kelola Informasi"
        lead = f"{agency.name} mendorong {name} di {place.name} aktif mengelola informasi publik."
    elif kind == "announcement":
        category, title = A.PENGUMUMAN, f"Pendaftaran {activity} {name} Dibuka"
        lead = f"{name} membuka pendaftaran {_lower(activity)} bagi warga {place.name}."
    elif kind == "opinion":
        category, title = A.OPINI, f"Peran {label} dalam Pembangunan {regency.dateline}"
        lead = f"{name} menunjukkan peran {_lower(label)} dalam pembangunan {regency.name}."
    else:
        since = subject.founded_on.year if subject.founded_on else 2019
        category, title = A.ARTIKEL, f"Mengenal {name}, {label} dari {place.short}"
        lead = f"{name} adalah {_lower(label)} yang aktif di {place.name} sejak {since}."
    draft = Draft(
        title,
        lead,
        category,
        regency,
        when,
        [names.CATEGORY_TAGS[subject.category.value], topic_tag],
    )
    draft.named.append((T.STAKEHOLDER, subject.id, None))
    extras: list[tuple[MentionTarget, UUID, str | None]] = []
    if agency and kind == "support":
        draft.named.append((T.STAKEHOLDER, agency.id, None))
    elif agency:
        extras.append(
            (T.STAKEHOLDER, agency.id, rng.choice(names.SUPPORT_LINES).format(name=agency.name))
        )
    extras.append(
        (T.STAKEHOLDER, partner.id, rng.choice(names.SUPPORT_LINES).format(name=partner.name))
    )
    if subject.members:
        ketua = subject.members[0]
        line = f"{ketua.position}, {ketua.full_name}, mengapresiasi antusiasme warga."
        extras.append((T.PERSON, ketua.id, line))
    if figure:
        line = f"{figure.position} {figure.full_name} turut memberikan dukungan."
        extras.append((T.PERSON, figure.id, line))
    line = f"Warga {place.name} menyambut baik kegiatan tersebut."
    extras.append((T.REGION, place.row()["id"], line))
    if subject.regulation:
        reg_id, basis = subject.regulation
        extras.append((T.REGULATION, reg_id, f"{name} dibentuk berdasarkan {basis}."))
    elif world.reference_regulations and rng.random() < 0.3:
        reg_id, cited = rng.choice(world.reference_regulations)
        extras.append((T.REGULATION, reg_id, f"Kegiatan ini sejalan dengan {cited}."))
    rng.shuffle(extras)
    draft.named += extras
    if subject.members:
        draft.person = subject.members[0]
    return draft
