"""The shipped versions: where they live, which exist, which are released (the lock), what a spec names.

The lock, ``data/releases.json``, holds each released version's manifest SHA-256: a released
version never changes.
"""

from __future__ import annotations

import _thread
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from karabakh_status._files import loads
from karabakh_status._integrity import MANIFEST, broken, read

if TYPE_CHECKING:  # pragma: no cover - `errors` is imported by the first error (a cold lookup raises none)
    from karabakh_status.errors import ManifestError

__all__ = ["DATA", "ENV_VAR", "canonical", "released_versions", "resolve_version", "version_key", "versions"]

ENV_VAR: Final = "KARABAKH_STATUS_VERSION"
"""The environment variable that pins the default dataset version for a whole program."""

DATA: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
"""The folder of the shipped versions (a string: the fast path does not import pathlib)."""
LOCK: Final = os.path.join(DATA, "releases.json")
"""The lock of released versions: each one's manifest SHA-256 and release date."""
_MAX_DIGITS: Final = 9
"""The most digits a part of a version may have (``1.0.0``): more is absurd, and ``int`` refuses 4,300."""


def _canonical_parts(parts: list[str]) -> bool:
    """Whether each part is a number of at most 9 digits without leading zeros (``0``, ``12``; not ``01``)."""
    return all(0 < len(p) <= _MAX_DIGITS and p.isascii() and p.isdigit() and (p == "0" or p[0] != "0") for p in parts)


def canonical(version: object) -> bool:
    """Whether ``version`` is a canonical dataset version: the one syntax of a version, ``X.Y.Z``,
    numbers without leading zeros, each at most 9 digits (a string test: compiling a regular
    expression costs a lookup ~0.1 ms).

    Examples:
        >>> canonical("1.10.0"), canonical("01.0.0"), canonical("1.0"), canonical(1.0)
        (True, False, False, False)
    """
    if not isinstance(version, str):
        return False
    parts = version.split(".")
    return len(parts) == 3 and _canonical_parts(parts)


def _is_spec(spec: str) -> bool:
    """Whether ``spec`` is ``X``, ``X.Y`` or ``X.Y.Z`` of the parts of a `canonical` version."""
    parts = spec.split(".")
    return len(parts) <= 3 and _canonical_parts(parts)


_read_lock = _thread.allocate_lock()
_cached: dict[str, Mapping[str, Mapping[str, str]]] = {}


def version_key(version: str) -> tuple[int, ...]:
    """A version's (or spec's) place in SemVer order: ``"1.10.0"`` after ``"1.9.0"``.

    Examples:
        >>> sorted(["1.10.0", "1.9.0", "1.0.0"], key=version_key)
        ['1.0.0', '1.9.0', '1.10.0']
    """
    return tuple(int(part) for part in version.split("."))


def _lock() -> Mapping[str, Mapping[str, str]]:
    """The lock, read once (other threads wait for the first read); a `ManifestError` if it is missing or malformed."""
    found = _cached.get("lock")
    if found is None:
        with _read_lock:
            found = _cached.get("lock")
            if found is None:
                found = _cached["lock"] = _read_lock_file()
    return found


def _read_lock_file() -> Mapping[str, Mapping[str, str]]:
    def malformed(*messages: str) -> ManifestError:
        from karabakh_status.errors import ManifestError

        error = broken(ManifestError, f"the lock of released versions {LOCK} is broken", "released-unchanged",
                       "releases.json", *messages)  # fmt: skip
        assert isinstance(error, ManifestError)
        return error

    try:
        data: Any = loads(read(LOCK))
    except (OSError, ValueError) as error:
        raise malformed(str(error)) from None
    if not isinstance(data, dict):
        raise malformed("expected an object of version -> {manifest_sha256, released}")
    for version, entry in data.items():
        if not (
            canonical(version)
            and isinstance(entry, dict)
            and entry.keys() == {"manifest_sha256", "released"}
            and all(isinstance(value, str) for value in entry.values())
        ):
            raise malformed(f'{version!r}: expected {{"manifest_sha256": string, "released": "YYYY-MM-DD"}}')
    return data


def _spec(spec: object, name: str) -> str | None:
    """``spec`` if it is a string or None; else the `TypeError` that names the parameter."""
    if spec is None or isinstance(spec, str):
        return spec
    raise TypeError(f"{name} must be a str (X, X.Y or X.Y.Z) or None, not {type(spec).__name__}")


def versions() -> tuple[str, ...]:
    """Every dataset version this package ships, oldest first.

    A shipped version is a folder of ``data/`` that holds a manifest and is named by a `canonical`
    version: a folder ``01.0.0`` is not one.

    Examples:
        >>> "1.0.0" in versions()
        True
    """
    found = [
        name for name in os.listdir(DATA) if canonical(name) and os.path.isfile(os.path.join(DATA, name, MANIFEST))
    ]
    return tuple(sorted(found, key=version_key))


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
        >>> resolve_version("1"), resolve_version("1.0"), resolve_version("1.1")
        ('1.2.0', '1.0.0', '1.1.0')
    """
    spec = _spec(spec, "version")
    where = ""
    if spec is None:
        spec = os.environ.get(ENV_VAR) or None
        where = f" (from the environment variable {ENV_VAR})"
    if spec is None:
        # The newest released version that is shipped (`released_versions()[-1]`): the lock's versions, newest
        # first, each checked for its manifest; the folder is listed only if none is (a stat costs ~30 us).
        for version in sorted(_lock(), key=version_key, reverse=True):
            if os.path.isfile(os.path.join(DATA, version, MANIFEST)):
                return version
        shipped: tuple[str, ...] = versions()
        if not shipped:
            from karabakh_status.errors import VersionError

            raise VersionError("this package ships no dataset version", requested="", available=())
        return shipped[-1]
    shipped = versions()
    if not _is_spec(spec):
        from karabakh_status.errors import VersionError

        shown = f"{spec[:20]!r}... ({len(spec)} characters)" if len(spec) > 40 else repr(spec)
        raise VersionError(
            f"malformed dataset version {shown}{where}: expected X, X.Y or X.Y.Z (each part at most "
            f"{_MAX_DIGITS} digits)",
            requested=spec[:40],
            available=shipped,
        )
    wanted = version_key(spec)
    matching = [v for v in shipped if version_key(v)[: len(wanted)] == wanted]
    if not matching:
        from karabakh_status.errors import VersionError

        raise VersionError(f"no shipped dataset version matches {spec!r}{where}", requested=spec, available=shipped)
    released_matching = [v for v in matching if v in _lock()]
    return (released_matching or matching)[-1]
