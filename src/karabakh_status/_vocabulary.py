"""`Vocabulary`: the base of every closed vocabulary of the package (`Level`, `Act`, `Stance`, ...).

A member prints as its value, as `enum.StrEnum` does (Python 3.11+; the package supports 3.10):
``str()``, ``format()`` and f-strings give ``"municipality"``, ``repr()`` stays ``<Level.MUNICIPALITY:
'municipality'>``. Members are not strings: ``Level.MUNICIPALITY == "municipality"`` is False.
"""

from __future__ import annotations

import enum

__all__ = ["Vocabulary"]


class Vocabulary(enum.Enum):
    """A closed vocabulary whose members print as their value.

    Examples:
        >>> from karabakh_status import Level
        >>> str(Level.MUNICIPALITY), f"{Level.MUNICIPALITY:>14}", Level.MUNICIPALITY
        ('municipality', '  municipality', <Level.MUNICIPALITY: 'municipality'>)
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
