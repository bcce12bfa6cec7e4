"""Bulk building: the cyclic garbage collector paused while a whole folder or file becomes records.

Records are trees (tuples, strings, frozen attrs objects): building thousands of them makes no
reference cycle, yet each of the collector's passes walks every object the process holds, and the
oldest generation's passes come more often the more is built, so a strict load of 100x the data
cost a quarter more per record than one of 10x. Paused while building, the collector runs as usual
after. Pauses nest and may overlap across threads: the collector is enabled again, if it was on
before the first of them, when the last one ends.
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["building", "paused"]

F = TypeVar("F", bound=Callable[..., Any])

_lock = _thread.allocate_lock()
_state = {"depth": 0, "enabled": False}  # pauses under way; whether the collector ran before the first


class _Paused:
    """The context of `paused` (a class, not a generator: entered on every first lookup of an id)."""

    __slots__ = ()

    def __enter__(self) -> None:
        with _lock:
            if _state["depth"] == 0:
                _state["enabled"] = gc.isenabled()
                gc.disable()
            _state["depth"] += 1

    def __exit__(self, *exc_info: object) -> None:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["enabled"]:
                gc.enable()


_PAUSED = _Paused()


def paused() -> _Paused:
    """The collector paused for a ``with`` block (and restored as it was when no other pause remains).

    Examples:
        >>> import gc
        >>> with paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    return _PAUSED


def building(function: F) -> F:
    """``function`` run with the collector `paused`."""

    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        with _PAUSED:
            return function(*args, **kwargs)

    return run  # type: ignore[return-value]  # the same signature: `wraps` keeps it
