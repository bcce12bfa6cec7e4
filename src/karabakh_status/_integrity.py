"""Integrity: the one verified read of a version's file (its bytes, their SHA-256 against what the
manifest lists, its JSON, its record count), and the errors it raises.

Kept apart from `_manifest`'s classes: a shipped version whose manifest matches the lock is read with
these alone, so that a cold lookup defines no class it does not build.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from karabakh_status import _files

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status.errors import DataError

__all__ = ["MANIFEST", "broken", "read", "sha256", "verified"]

MANIFEST: Final = "manifest.json"
"""The name of a version's manifest file."""


# CPython's built-in SHA-256: the same digests, without starting OpenSSL. Its module is named for the
# version (a failed import costs a search of every path entry: only the version's name is tried).
try:
    if sys.version_info >= (3, 12):
        from _sha2 import sha256 as _builtin_sha256  # type: ignore[import-not-found, unused-ignore]
    else:  # pragma: no cover - depends on the Python version
        from _sha256 import sha256 as _builtin_sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
except ImportError:  # pragma: no cover - another implementation: the public module only
    _builtin_sha256 = None

_LARGE: Final = 4 * 1024 * 1024
"""From this many bytes on, OpenSSL's faster hashing pays for starting it (about 3 ms)."""


def sha256(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex, the fastest way (the digest is the same either way).

    OpenSSL (``hashlib``) hashes fastest, but starting it costs about 3 ms: it is used when it
    is already started, or when the data is large enough to pay for it; else CPython's built-in
    SHA-256.
    """
    if _builtin_sha256 is not None and "hashlib" not in sys.modules and len(data) < _LARGE:
        digest: str = _builtin_sha256(data).hexdigest()
        return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read(path: str) -> bytes:
    """The bytes of a regular file (never a link, FIFO or device; at most 64 MiB): see `_files.read_regular`."""
    return _files.read_regular(path)


def verified(folder: str, name: str, digest: str, records: int, parse: Callable[[bytes], Any]) -> list[Any]:
    """The JSON array of the file ``name`` that a manifest lists with this SHA-256 and record count: read,
    checked against ``digest``, parsed with ``parse``, its length checked against ``records``.

    Raises `DataFileError` (not read, not JSON, not an array) and `ManifestError` (``manifest-hash``,
    ``manifest-count``), each naming the file.
    """
    path = os.path.join(folder, name)
    try:
        raw = read(path)
    except OSError as error:
        from karabakh_status.errors import DataFileError

        raise broken(DataFileError, f"cannot read {path}", "json-well-formed", name, str(error)) from None
    found = sha256(raw)
    if found != digest:
        from karabakh_status.errors import ManifestError

        raise broken(
            ManifestError,
            f"{path} does not match its manifest",
            "manifest-hash",
            name,
            f"SHA-256 is {found}, the manifest says {digest}",
        )
    try:
        items = parse(raw)
    except ValueError as error:  # JSONDecodeError, or the strict reader's JSONProblem
        from karabakh_status.errors import DataFileError

        message = str(error) if isinstance(error, _files.JSONProblem) else f"not JSON: {error}"
        raise broken(DataFileError, f"cannot read {path}", "json-well-formed", name, message) from None
    if not isinstance(items, list):
        from karabakh_status.errors import DataFileError

        raise broken(DataFileError, f"cannot read {path}", "json-well-formed", name, "expected a JSON array")
    if len(items) != records:
        from karabakh_status.errors import ManifestError, plural

        raise broken(
            ManifestError,
            f"{path} does not match its manifest",
            "manifest-count",
            name,
            f"{plural(len(items), 'record')}, the manifest says {records}",
        )
    return items


def broken(error: type[DataError], summary: str, rule: str, file: str, *messages: str) -> DataError:
    """An error of the family carrying one violation per message (`Violation` is imported only now)."""
    from karabakh_status._violation import Violation

    return error(summary, [Violation(rule=rule, file=file, message=message) for message in messages])
