"""Loading: ``load`` opens a shipped version (cached, checked against the lock) or reads a user's folder
strictly; ``validate`` checks every rule. File -> manifest check -> JSON -> records -> indices.

A shipped version is read lazily: each file is read, checked against its
manifest's SHA-256, built and indexed on first access, once, under a lock.
A folder of the user's own is read eagerly and strictly, then validated:
it loads whole or raises one error carrying every violation.
"""

from __future__ import annotations

import _thread
import os
from typing import TYPE_CHECKING

from karabakh_status import _versions
from karabakh_status._files import loads
from karabakh_status._integrity import MANIFEST, broken, read, sha256
from karabakh_status._store import Store
from karabakh_status._versions import DATA, resolve_version

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._dataset import Dataset
    from karabakh_status._violation import Violation

__all__ = ["load", "opened", "validate"]


_cache: dict[str, Store] = {}  # each shipped version opened so far: a `Dataset` once `load` gave it
_cache_lock = _thread.allocate_lock()


def load(version: str | None = None, *, path: str | os.PathLike[str] | None = None) -> Dataset:
    """A dataset version: the newest by default, a pinned one, or a folder of your own.

    ``load()`` gives the version pinned by ``KARABAKH_STATUS_VERSION``, else the
    newest released one; ``load("1.0.0")`` exactly that one; ``load("1")`` the
    newest 1.x. ``load(path=...)`` reads a folder with a manifest, strictly,
    and raises a `DataError` carrying every violation if it breaks a rule.
    Shipped versions are cached: every call returns the same `Dataset`.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1").version
        '1.2.0'
        >>> karabakh_status.load("1.0").version
        '1.0.0'
    """
    _versions._spec(version, "version")
    if path is not None:
        folder = _folder(path)
        if version is not None:
            raise TypeError("give a version or a path, not both")
        from karabakh_status._folders import raise_for, snapshot
        from karabakh_status._rules import check

        snap = snapshot(folder)
        violations = check(snap)
        raise_for(violations, folder)
        from karabakh_status._manifest import Manifest

        manifest = Manifest.from_json(snap.manifest)
        assert isinstance(manifest, Manifest)
        from karabakh_status._dataset import Dataset

        return Dataset(folder, manifest, dict(snap.tables), snap.tombstones)
    return _queried(opened(resolve_version(version)))


def opened(version: str) -> Store:
    """The shipped ``version`` (exact), opened once: the object `load` gives. The shortcut `get` looks a record
    up in it as it is, a `Store`, so a lookup imports none of the queries' modules."""
    found = _cache.get(version)
    if found is None:
        with _cache_lock:
            found = _cache.get(version)
            if found is None:
                found = _cache[version] = _open_store(version)
    return found


def _queried(store: Store) -> Dataset:
    """The same object as a `Dataset`, whose class adds only the queries to a `Store`'s (no slot: Python
    allows the change of class), so a lookup, `load` and every query share one version's records."""
    from karabakh_status._dataset import Dataset

    if type(store) is not Dataset:
        object.__setattr__(store, "__class__", Dataset)  # a Store refuses to set an attribute: it is frozen
    assert isinstance(store, Dataset)
    return store


def _folder(path: object) -> str:
    """A folder given as a path: a `str` or an `os.PathLike`; else the `TypeError` naming ``path``."""
    if isinstance(path, (str, os.PathLike)):
        folder = os.fspath(path)
        if isinstance(folder, str):
            return folder
    raise TypeError(f"path must be a str or an os.PathLike of str, or None, not {type(path).__name__}")


def _open_shipped(version: str) -> Dataset:
    """A shipped version opened anew (not the cached one), as a `Dataset`."""
    return _queried(_open_store(version))


def _open_store(version: str) -> Store:
    """A shipped version: a released one's manifest must match the lock (then its JSON is trusted as
    checked before the release, and its `Manifest` made only when asked); a draft's is checked now."""
    folder = os.path.join(DATA, version)
    try:
        raw = read(os.path.join(folder, MANIFEST))
        data = loads(raw)
    except (OSError, ValueError) as error:
        from karabakh_status.errors import ManifestError

        raise broken(
            ManifestError, f"cannot read the manifest of version {version}", "manifest-readable", MANIFEST, str(error)
        ) from None
    locked = _versions._lock().get(version)
    if locked is not None:
        if sha256(raw) != locked["manifest_sha256"]:
            from karabakh_status._manifest import checked
            from karabakh_status.errors import ManifestError

            checked(version, data)  # a malformed manifest is reported as such first, as for a draft
            raise broken(
                ManifestError,
                f"released version {version} has changed",
                "released-unchanged",
                MANIFEST,
                f"its SHA-256 must be {locked['manifest_sha256']}; make a new version instead",
            )
        return Store._from_released_json(folder, data)
    from karabakh_status._manifest import checked

    return Store(folder, checked(version, data))


def validate(version: str | None = None, *, path: str | os.PathLike[str] | None = None) -> tuple[Violation, ...]:
    """Check every rule on a shipped version (the default one if none is named) or a folder.

    Returns every violation found; ``()`` when the data is valid. Never
    raises for bad data; raises `VersionError` for a version not shipped.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.validate("1.0.0")
        ()
    """
    from karabakh_status._folders import snapshot
    from karabakh_status._rules import check

    _versions._spec(version, "version")
    if path is not None:
        folder = _folder(path)
        if version is not None:
            raise TypeError("give a version or a path, not both")
        return check(snapshot(folder))
    return check(snapshot(os.path.join(DATA, resolve_version(version))))
