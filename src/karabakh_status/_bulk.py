"""Bulk building: the cyclic garbage collector paused while a whole folder or file becomes records.

Records are trees (tuples, strings, frozen attrs objects): building thousands of them makes no
reference cycle, yet each of the collector's passes walks every object the process holds, and the
oldest generation's passes come more often the more is built, so a strict load of 100x the data
cost a quarter more per record than one of 10x. Paused while building, the collector runs as usual
after. A pause enables the collector again at its end only if it found it enabled: a program that
disabled it keeps it disabled, and a pause inside another leaves it to the outer one. The collector
is process-wide: while a pause lasts, other threads run without it too, and a program that disables
it during a pause finds it enabled again when the pause ends.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["building", "paused"]

F = TypeVar("F", bound=Callable[..., Any])


class paused:  # lower case: used as a function, ``with paused():``
    """The collector paused for a ``with`` block, enabled again at its end if it was enabled at its start.

    Examples:
        >>> import gc
        >>> with paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """

    __slots__ = ("_enabled",)

    def __enter__(self) -> None:
        self._enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self._enabled:
            gc.enable()


def building(function: F) -> F:
    """``function`` run with the collector `paused`."""

    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        with paused():
            return function(*args, **kwargs)

    return run  # type: ignore[return-value]  # the same signature: `wraps` keeps it
