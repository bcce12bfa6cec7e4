"""The datasets a version may hold: one list, read by the loader, the validator and the command line.

Each dataset is the file ``<name>.json`` of a version and holds records of one
type; the type's module is imported when the dataset is first read, so that a
lookup creates only the classes it needs.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

__all__ = ["CITED", "DATASETS", "record_type"]

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

CITED: Final = tuple(name for name in DATASETS if name not in ("sources", "entities"))
"""The datasets whose records cite their sources."""


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
