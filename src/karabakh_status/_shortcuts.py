"""Module-level shortcuts: each calls the same method on the default dataset version.

The default is `load()`: the version pinned by ``KARABAKH_STATUS_VERSION``,
else the newest released one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, overload

from karabakh_status._loading import load, opened
from karabakh_status._versions import resolve_version

if TYPE_CHECKING:  # pragma: no cover - a lookup defines only the classes its record needs
    from typing import TypeVar

    from karabakh_status._datelike import DateLike
    from karabakh_status._event import Event, EventKind
    from karabakh_status._foreign import (
        FriendshipGroup,
        Membership,
        MinisterTerm,
        Office,
        Relation,
        Role,
        TwinTown,
        VisaArrangement,
    )
    from karabakh_status._gazetteer import Entity, EntityKind, Source
    from karabakh_status._model import Record
    from karabakh_status._position import Position, PositionKind, Stance
    from karabakh_status._recognition import Act, Level, Outcome, Recognition

    Found = TypeVar("Found", bound="Record | Entity | Source")

__all__ = [
    "as_of",
    "by_actor",
    "entities",
    "entity",
    "events",
    "get",
    "minister_on",
    "ministers",
    "offices",
    "positions",
    "recognitions",
    "relations_with",
    "search",
    "search_entities",
    "sources",
    "timeline",
    "twin_towns",
]


@overload
def get(id: str) -> Record | Entity | Source: ...
@overload
def get(id: str, cls: type[Found]) -> Found: ...
def get(id: str, cls: type[Found] | None = None) -> Record | Entity | Source | Found:
    """The record, entity or source with this id, in the default version; ``cls``: the type it must be
    (as `Dataset.get`).

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.get("artsakh", karabakh_status.Entity).name
        'Republic of Artsakh'
        >>> karabakh_status.get("artsakh", karabakh_status.Recognition)
        Traceback (most recent call last):
        karabakh_status.errors.NotFoundError: artsakh is an Entity, not a Recognition
    """
    found = opened(resolve_version())  # as `load()`, without the queries' modules: a lookup needs none
    return found.get(id) if cls is None else found.get(id, cls)


def sources() -> tuple[Source, ...]:
    """Every source the default version cites.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.sources()[0].title
        'Political status of Nagorno-Karabakh'
    """
    return load().sources()


def entities(*, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
    """The gazetteer of the default version, filtered by kind and country.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.entities(kind="person")[0].name
        'Arkadi Ghukasyan'
    """
    return load().entities(kind=kind, country=country)


def entity(key: str) -> Entity:
    """The entity with this id, name or alias, in the default version.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.entity("Artsakh").id
        'artsakh'
    """
    return load().entity(key)


def ministers(*, person: str | None = None, on: DateLike | None = None) -> tuple[MinisterTerm, ...]:
    """The foreign ministers' terms in the default version, filtered by person and date.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.ministers(person="Naira Melkumian")[0].term.phrase()
        'from 1997 to 2002'
    """
    return load().ministers(person=person, on=on)


def minister_on(day: DateLike) -> MinisterTerm:
    """The term of the foreign minister in office on a date, in the default version.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.minister_on("2019-06-01").person
        'masis-mayilyan'
    """
    return load().minister_on(day)


def recognitions(
    *,
    actor: str | None = None,
    country: str | None = None,
    level: Level | str | Collection[Level | str] | None = None,
    act: Act | str | Collection[Act | str] | None = None,
    outcome: Outcome | str | Collection[Outcome | str] | None = None,
    between: DateLike | None = None,
    within: DateLike | None = None,
    starts_in: DateLike | None = None,
    disputed: bool | None = None,
) -> tuple[Recognition, ...]:
    """Acts about Artsakh's status in the default version; the filters of `Dataset.recognitions`.

    Examples:
        >>> import karabakh_status
        >>> [r.actor for r in karabakh_status.recognitions(country="CZ")]
        ['cz-reporyje']
    """
    return load().recognitions(
        actor=actor,
        country=country,
        level=level,
        act=act,
        outcome=outcome,
        between=between,
        within=within,
        starts_in=starts_in,
        disputed=disputed,
    )


def by_actor(key: str) -> tuple[Recognition, ...]:
    """The recognitions whose actor is an entity or one within it, in the default version.

    Examples:
        >>> import karabakh_status
        >>> {r.country for r in karabakh_status.by_actor("Spain")}
        {'ES'}
    """
    return load().by_actor(key)


def as_of(day: DateLike) -> tuple[Recognition, ...]:
    """The recognitions of independence in force on a day, in the default version.

    Examples:
        >>> import karabakh_status
        >>> sorted(r.actor for r in karabakh_status.as_of("2007"))
        ['abkhazia', 'south-ossetia', 'transnistria']
    """
    return load().as_of(day)


def positions(
    *,
    author: str | None = None,
    kind: PositionKind | str | Collection[PositionKind | str] | None = None,
    stance: Stance | str | Collection[Stance | str] | None = None,
    binding: bool | None = None,
    between: DateLike | None = None,
    within: DateLike | None = None,
    starts_in: DateLike | None = None,
) -> tuple[Position, ...]:
    """Positions on the status in the default version; the filters of `Dataset.positions`.

    Examples:
        >>> import karabakh_status
        >>> [p.vote.in_favour for p in karabakh_status.positions(author="un-general-assembly") if p.vote]
        [39]
    """
    return load().positions(
        author=author, kind=kind, stance=stance, binding=binding, between=between, within=within, starts_in=starts_in
    )


def events(
    *,
    between: DateLike | None = None,
    within: DateLike | None = None,
    starts_in: DateLike | None = None,
    kind: EventKind | str | Collection[EventKind | str] | None = None,
    participant: str | None = None,
) -> tuple[Event, ...]:
    """Events of the timeline in the default version; the filters of `Dataset.events`.

    Examples:
        >>> import karabakh_status
        >>> [str(e.date) for e in karabakh_status.events(kind="declaration")][:2]
        ['1991-09-02', '1991-12-10']
    """
    return load().events(between=between, within=within, starts_in=starts_in, kind=kind, participant=participant)


def timeline(
    *, between: DateLike | None = None, within: DateLike | None = None, starts_in: DateLike | None = None
) -> tuple[Event | Position | Recognition, ...]:
    """Events, positions and recognitions of the default version in one chronological sequence.

    Examples:
        >>> import karabakh_status
        >>> len(karabakh_status.timeline()) > 150
        True
    """
    return load().timeline(between=between, within=within, starts_in=starts_in)


def offices(*, country: str | None = None, host: str | None = None) -> tuple[Office, ...]:
    """Artsakh's representative offices in the default version, by host country code or host entity.

    Examples:
        >>> import karabakh_status
        >>> [o.city for o in karabakh_status.offices(country="Lebanon")]
        ['lb-beirut']
    """
    return load().offices(country=country, host=host)


def relations() -> tuple[Relation, ...]:
    """Artsakh's bilateral relations in the default version, one per counterpart.

    Examples:
        >>> import karabakh_status
        >>> len(karabakh_status.relations())
        9
    """
    return load().relations()


def visas(*, counterpart: str | None = None) -> tuple[VisaArrangement, ...]:
    """Where citizens of Artsakh could travel without a visa, in the default version.

    Examples:
        >>> import karabakh_status
        >>> [str(v.in_force) for v in karabakh_status.visas(counterpart="Abkhazia")]
        ['2016-04-01']
    """
    return load().visas(counterpart=counterpart)


def friendship_groups(
    *, between: DateLike | None = None, within: DateLike | None = None, starts_in: DateLike | None = None
) -> tuple[FriendshipGroup, ...]:
    """Parliamentary friendship groups in the default version; the date filters of `Dataset.friendship_groups`.

    Examples:
        >>> import karabakh_status
        >>> len(karabakh_status.friendship_groups(within="2013"))
        2
    """
    return load().friendship_groups(between=between, within=within, starts_in=starts_in)


def memberships(
    *, counterpart: str | None = None, role: Role | str | Collection[Role | str] | None = None
) -> tuple[Membership, ...]:
    """Artsakh's organisations, conventions, contacts and sports competitions in the default version.

    Examples:
        >>> import karabakh_status
        >>> [m.role.value for m in karabakh_status.memberships(counterpart="CONIFA")][:1]
        ['member']
    """
    return load().memberships(counterpart=counterpart, role=role)


def relations_with(key: str, *, parts: bool = True) -> tuple[Record, ...]:
    """Every record of the default version that refers to an entity or (``parts``) to one within it.

    Examples:
        >>> import karabakh_status
        >>> "rel-lebanon" in [r.id for r in karabakh_status.relations_with("Lebanon")]
        True
    """
    return load().relations_with(key, parts=parts)


def twin_towns(*, town: str | None = None) -> tuple[TwinTown, ...]:
    """Twin towns and sister cities in the default version; ``town`` matches either side.

    Examples:
        >>> import karabakh_status
        >>> [t.town for t in karabakh_status.twin_towns(town="Vagharshapat")]
        ['artsakh-martakert']
    """
    return load().twin_towns(town=town)


def search(text: str) -> tuple[Record, ...]:
    """The records of the default version that hold every word of ``text``, best first (`Dataset.search`).

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.search("milan")[0].id
        'rec-it-milan-2020'
    """
    return load().search(text)


def search_entities(query: str) -> tuple[Entity, ...]:
    """The entities of the default version that one of their names matches, best first (`Dataset.search_entities`).

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.search_entities("Berdzor")[0].id
        'lachin'
    """
    return load().search_entities(query)
