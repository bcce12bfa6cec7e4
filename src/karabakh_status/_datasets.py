"""The datasets a version may hold: one list, read by the loader, the validator and the command line.

Each dataset is the file ``<name>.json`` of a version and holds records of one
type; the type's module is imported when the dataset is first read, so that a
lookup creates only the classes it needs.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

__all__ = ["CITED", "DATASETS", "ID_PREFIXES", "lookup_order", "record_type"]

DATASETS: Final[dict[str, tuple[str, str]]] = {
    "sources": ("karabakh_status._model", "Source"),
    "entities": ("karabakh_status._model", "Entity"),
    "ministers": ("karabakh_status._foreign", "MinisterTerm"),
    "recognitions": ("karabakh_status._status", "Recognition"),
    "positions": ("karabakh_status._status", "Position"),
    "events": ("karabakh_status._status", "Event"),
    "offices": ("karabakh_status._foreign", "Office"),
    "relations": ("karabakh_status._foreign", "Relation"),
    "visas": ("karabakh_status._foreign", "VisaArrangement"),
    "friendship_groups": ("karabakh_status._foreign", "FriendshipGroup"),
    "memberships": ("karabakh_status._foreign", "Membership"),
    "twin_towns": ("karabakh_status._foreign", "TwinTown"),
}
"""Every dataset, in the order of a version's files: name -> (module, record type)."""
_ORDER: Final = tuple(DATASETS)

ID_PREFIXES: Final[dict[str, str]] = {
    "mfa-": "ministers",
    "rec-": "recognitions",
    "pos-": "positions",
    "evt-": "events",
    "office-": "offices",
    "rel-": "relations",
    "visa-": "visas",
    "group-": "friendship_groups",
    "member-": "memberships",
    "twin-": "twin_towns",
}
"""The prefix of the ids of a dataset's records -> the dataset: where a lookup by id looks first
(a hint for speed: ids are unique across files, so a lookup is right whatever the prefix)."""

CITED: Final = tuple(name for name in DATASETS if name not in ("sources", "entities"))
"""The datasets whose records cite their sources."""


def lookup_order(id: str) -> tuple[str, ...]:
    """The datasets in the order a lookup of ``id`` reads them: the one its prefix names first.

    Examples:
        >>> lookup_order("rec-it-milan-2020")[:2]
        ('recognitions', 'sources')
        >>> lookup_order("artsakh")[:2]
        ('sources', 'entities')
    """
    first = ID_PREFIXES.get(id[: id.find("-") + 1]) if isinstance(id, str) else None
    if first is None:
        return _ORDER
    return (first, *(name for name in _ORDER if name != first))


def record_type(dataset: str) -> type[Any]:
    """The record type of a dataset (its module imported now if it was not yet).

    Examples:
        >>> record_type("recognitions").__name__
        'Recognition'
    """
    if dataset not in DATASETS:
        from karabakh_status.errors import NotFoundError

        raise NotFoundError("dataset", dataset, f"; datasets: {', '.join(DATASETS)}")
    module, name = DATASETS[dataset]
    cls: type[Any] = getattr(importlib.import_module(module), name)
    return cls
