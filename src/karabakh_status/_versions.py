"""The shipped versions: where they live, which exist, which are released (the lock), what a spec names.

The lock, ``data/releases.json``, holds each released version's manifest SHA-256: a released
version never changes.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from typing import Final

from karabakh_status._manifest import _DIGITS, MANIFEST, is_version, read
from karabakh_status.errors import VersionError

__all__ = ["DATA", "ENV_VAR", "released_versions", "resolve_version", "versions"]

ENV_VAR: Final = "KARABAKH_STATUS_VERSION"
"""The environment variable that pins the default dataset version for a whole program."""

DATA: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
"""The folder of the shipped versions (a string: the fast path does not import pathlib)."""
_LOCK_FILE: Final = "releases.json"


def _is_spec(spec: str) -> bool:
    """Whether ``spec`` is ``X``, ``X.Y`` or ``X.Y.Z``, each a number without leading zeros."""
    parts = spec.split(".")
    return len(parts) <= 3 and all(p and _DIGITS.issuperset(p) and (p == "0" or p[0] != "0") for p in parts)


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@functools.lru_cache(maxsize=1)
def _lock() -> Mapping[str, Mapping[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(read(os.path.join(DATA, _LOCK_FILE)))
    return data


def versions() -> tuple[str, ...]:
    """Every dataset version this package ships, oldest first.

    Examples:
        >>> "1.0.0" in versions()
        True
    """
    found = [
        name for name in os.listdir(DATA) if is_version(name) and os.path.isfile(os.path.join(DATA, name, MANIFEST))
    ]
    return tuple(sorted(found, key=_semver))


def released_versions() -> tuple[str, ...]:
    """The shipped versions that are released (hash-locked), oldest first.

    Examples:
        >>> set(released_versions()) <= set(versions())
        True
    """
    return tuple(v for v in versions() if v in _lock())


def resolve_version(spec: str | None = None) -> str:
    """The exact version that ``spec`` names.

    None: the version pinned by the environment variable ``KARABAKH_STATUS_VERSION``,
    else the newest released version (the newest of all while none is released).
    ``"1.0.0"`` names itself; ``"1"`` or ``"1.2"`` the newest matching version.

    Examples:
        >>> resolve_version("1") == resolve_version("1.0.0")
        True
    """
    shipped: tuple[str, ...] = versions()
    if spec is None:
        spec = os.environ.get(ENV_VAR) or None
    if spec is None:
        released = released_versions()
        if not (released or shipped):
            raise VersionError("this package ships no dataset version", requested="", available=())
        return (released or shipped)[-1]
    if not isinstance(spec, str) or not _is_spec(spec):
        raise VersionError(
            f"malformed dataset version {spec!r}: expected X, X.Y or X.Y.Z", requested=str(spec), available=shipped
        )
    wanted = _semver(spec)
    matching = [v for v in shipped if _semver(v)[: len(wanted)] == wanted]
    if not matching:
        raise VersionError(f"no shipped dataset version matches {spec!r}", requested=spec, available=shipped)
    released_matching = [v for v in matching if v in _lock()]
    return (released_matching or matching)[-1]
