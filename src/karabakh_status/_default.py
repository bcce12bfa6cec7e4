"""Module-level shortcuts: each calls the same method on the default dataset version.

The default is `load()`: the version pinned by ``KARABAKH_STATUS_VERSION``,
else the newest released one.
"""

from __future__ import annotations

from typing import Any

from karabakh_status._load import load
from karabakh_status._model import Entity, EntityKind, MinisterTerm, Source

__all__ = ["entities", "entity", "get", "minister_on", "ministers", "sources"]


def get(id: str) -> Any:
    """The record, entity or source with this id, in the default version.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.get("artsakh").name
        'Republic of Artsakh'
    """
    return load().get(id)


def sources() -> tuple[Source, ...]:
    """Every source the default version cites.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.sources()[0].title
        'Political status of Nagorno-Karabakh'
    """
    return load().sources()


def entities(*, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
    """The gazetteer of the default version, filtered by kind and country.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.entities(kind="person")[0].name
        'Arkadi Ghukasyan'
    """
    return load().entities(kind=kind, country=country)


def entity(key: str) -> Entity:
    """The entity with this id, name or alias, in the default version.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.entity("Artsakh").id
        'artsakh'
    """
    return load().entity(key)


def ministers(*, person: str | None = None, on: Any = None) -> tuple[MinisterTerm, ...]:
    """The foreign ministers' terms in the default version, filtered by person and date.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.ministers(person="Naira Melkumian")[0].term.phrase()
        'from 1997 to 2002'
    """
    return load().ministers(person=person, on=on)


def minister_on(day: Any) -> MinisterTerm:
    """The term of the foreign minister in office on a date, in the default version.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.minister_on("2019-06-01").person
        'masis-mayilyan'
    """
    return load().minister_on(day)
