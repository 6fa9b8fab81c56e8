"""Synthetic events: organisers, participants and speakers, skewed towards the active few."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from api.demo import names
from api.demo.keys import suffixed_slug
from api.demo.regions import REGENCIES, Place
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
from api.models import (
    DatePrecision,
    Event,
    EventKind,
    EventParticipation,
    EventSpeaker,
    EventStatus,
    ParticipationRole,
    RelationEvidence,
    SpeakerMode,
)

MAX_EVIDENCE = 12
PARTICIPANTS = ((1, 20), (2, 20), (3, 18), (4, 14), (5, 10), (6, 8), (8, 6), (12, 4))
PRECISION = ((DatePrecision.EXACT, 80), (DatePrecision.DAY, 12), (DatePrecision.MONTH, 4),
             (DatePrecision.APPROXIMATE, 4))  # fmt: skip
MODES = ((SpeakerMode.IN_PERSON, 70), (SpeakerMode.ONLINE, 20), (SpeakerMode.RECORDED_VIDEO, 10))
MODE_PHRASES = {
    SpeakerMode.IN_PERSON: "",
    SpeakerMode.ONLINE: " secara daring",
    SpeakerMode.RECORDED_VIDEO: " melalui rekaman video",
}


def group_pickers(world: World) -> tuple[Picker[Group], dict[str, Picker[Group]]]:
    """All groups by activity weight, and the same per regency."""
    by_regency: dict[str, list[Group]] = {}
    for group in world.groups:
        by_regency.setdefault(group.place.regency, []).append(group)
    local = {code: Picker(gs, [g.weight for g in gs]) for code, gs in by_regency.items()}
    return Picker(world.groups, [g.weight for g in world.groups]), local


def events(world: World) -> None:
    rng = world.rng
    groups, local = group_pickers(world)
    agencies = Picker(world.agencies, [a.weight for a in world.agencies])
    public = [h for h in world.people if h.public]
    figures = Picker(public, zipf_weights(rng, len(public)))
    for _ in range(world.scale // 2):
        organiser = agencies.pick(rng) if rng.random() < 0.75 or not groups else groups.pick(rng)
        district = _district(world, organiser.place)
        villages = world.villages.get(district.code, [])
        place = organiser.place if organiser.place.level == "village" else district
        if place is district and villages and rng.random() < 0.5:
            place = rng.choice(villages)
        event = _event(world, organiser, district, place)
        _participate(world, event, ParticipationRole.ORGANISER, organiser)
        if rng.random() < 0.15:
            co = agencies.pick(rng) if rng.random() < 0.5 or not groups else groups.pick(rng)
            if co is not organiser:
                _participate(world, event, ParticipationRole.ORGANISER, co)
        picker = local.get(district.regency) or groups
        for _ in range(weighted(rng, PARTICIPANTS)):
            guest = (picker if rng.random() < 0.7 else groups).pick(rng) if groups else None
            if guest and guest not in event.participants and guest not in event.organisers:
                _participate(world, event, ParticipationRole.PARTICIPANT, guest)
        _speakers(world, event, figures)
        world.events.append(event)


def _district(world: World, place: Place) -> Place:
    if place.level in ("regency", "city"):
        return world.rng.choice([d for d in world.districts if d.regency == place.code])
    if place.level == "village":
        return next(d for d in world.districts if d.code == place.parent)
    return place


def _event(world: World, organiser: Group, district: Place, place: Place) -> Happening:
    rng = world.rng
    kind = weighted(rng, [(EventKind(k), float(w)) for k, w in names.EVENT_KINDS])
    topic = rng.choice(names.EVENT_TOPICS[kind.value])
    starts = random_moment(rng, TIMELINE_START, TIMELINE_END + timedelta(days=60))
    regency = next(r for r in REGENCIES if r.code == district.regency)
    audience = rng.choice(
        (
            f"bagi KIM se-{district.name}",
            organiser.short,
            f"Tingkat {regency.name}",
            str(starts.year),
        )
    )
    title = f"{names.EVENT_LABELS[kind.value]} {topic} {audience}"
    village = place.name if place.level == "village" else district.name
    venue = rng.choice(names.VENUES).format(district=district.name, village=village)
    precision = weighted(rng, PRECISION)
    ends = None
    if precision is DatePrecision.EXACT:
        long = kind in (EventKind.FESTIVAL, EventKind.PAMERAN)
        ends = starts + (
            timedelta(days=rng.randint(1, 3)) if long else timedelta(hours=rng.randint(2, 8))
        )
    if starts.date() > TIMELINE_END:
        status = EventStatus.PLANNED
    else:
        status = EventStatus.HELD if rng.random() < 0.92 else EventStatus.CANCELLED
    event_id = world.keys.next("events")
    world.graph.add(
        Event, id=event_id, title=title, slug=suffixed_slug(title, event_id, world.slugs),
        kind=kind, starts_at=starts, ends_at=ends, date_precision=precision, venue=venue,
        region_id=place.row()["id"], status=status,
        description=f"{title} di {venue}, diselenggarakan oleh {organiser.name}.",
    )  # fmt: skip
    held = status is EventStatus.HELD
    return Happening(event_id, title, topic, starts, held, venue, place, [], [], [])


def _participate(world: World, event: Happening, role: ParticipationRole, group: Group) -> None:
    world.graph.add(
        EventParticipation, id=world.keys.next("event-participations"), event_id=event.id,
        stakeholder_id=group.id, role=role,
    )  # fmt: skip
    if role is ParticipationRole.ORGANISER:
        event.organisers.append(group)
        return
    event.participants.append(group)
    for organiser in event.organisers:
        relation = world.relations.get((organiser.id, group.id))
        if relation:
            add_evidence(world, relation, event_id=event.id)


def _speakers(world: World, event: Happening, figures: Picker[Human]) -> None:
    rng = world.rng
    chosen: list[Human] = []
    for _ in range(weighted(rng, ((1, 55), (2, 30), (3, 15)))):
        hosts = [g for g in event.organisers + event.participants if g.members]
        if figures and (rng.random() < 0.6 or not hosts):
            person = figures.pick(rng)
        elif hosts:
            person = rng.choice(hosts).members[0]
        else:
            continue
        if person in chosen:
            continue
        chosen.append(person)
        mode = SpeakerMode.ONLINE if event.venue.startswith("daring") else weighted(rng, MODES)
        world.graph.add(
            EventSpeaker, id=world.keys.next("event-speakers"), event_id=event.id,
            person_id=person.id, mode=mode, topic=event.topic,
        )  # fmt: skip
        event.speakers.append((person, MODE_PHRASES[mode]))


def add_evidence(world: World, relation: UUID, **target: Any) -> None:
    """One evidence row per (relation, article or event); a few per relation are enough."""
    key = (relation, next(iter(target.values())))
    if key in world.evidence or world.evidence_count[relation] >= MAX_EVIDENCE:
        return
    world.evidence.add(key)
    world.evidence_count[relation] += 1
    world.graph.add(
        RelationEvidence, id=world.keys.next("relation-evidence"), relation_id=relation, **target
    )
