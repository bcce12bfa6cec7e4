"""The record fields' metadata, read by the validator and the converter.

``entity`` marks a reference to the gazetteer, ``attested`` marks a value that a quote of the
record must state (an actor's name or alias, a date), ``key`` names a field whose JSON key
differs from the attribute's, ``omit_default`` marks a field added after 1.0.0. `Vocabulary` is the base
of every enum of the package (a field of a closed vocabulary), whose members print as their value.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["Vocabulary"]


def _ref(*, attested: bool = True, default: Any = attrs.NOTHING, key: str | None = None) -> Any:
    """A field that holds entity ids; ``attested``: a quote must name the entity; ``key``: the field's
    name in the JSON files where it differs from the attribute's (a reading rule, see `Office.host`)."""
    metadata: dict[str, Any] = {"entity": True, "attested": attested}
    if key is not None:
        metadata["key"] = key
    return attrs.field(default=default, metadata=metadata)


def _added(default: Any) -> Any:
    """A field added after 1.0.0: optional, and left out of the JSON where it has its default."""
    return attrs.field(default=default, metadata={"omit_default": True})


def _date(*, default: Any = attrs.NOTHING) -> Any:
    """A date field that the record's quotes must attest."""
    return attrs.field(default=default, metadata={"attested": True})


class Vocabulary(enum.Enum):
    """A closed vocabulary whose members print as their value: the base of every enum of the package.

    ``str()``, ``format()`` and f-strings give the value, as `enum.StrEnum` does (Python 3.11+; the package
    supports 3.10); ``repr()`` stays ``<Level.MUNICIPALITY: 'municipality'>``. Members are not strings:
    ``Level.MUNICIPALITY == "municipality"`` is False.

    Examples:
        >>> from karabakh_status import Level
        >>> str(Level.MUNICIPALITY), f"{Level.MUNICIPALITY:>14}", Level.MUNICIPALITY
        ('municipality', '  municipality', <Level.MUNICIPALITY: 'municipality'>)
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
