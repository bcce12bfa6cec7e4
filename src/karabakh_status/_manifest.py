"""Manifests: what a version's ``manifest.json`` lists (each file's SHA-256 and record count), as
`Manifest` and `FileEntry`, with the checks of its format (`Manifest.from_json`).

The verified read of the files it lists is `_integrity`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from karabakh_status._integrity import MANIFEST, broken
from karabakh_status.errors import ManifestError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

__all__ = ["FileEntry", "Manifest", "checked", "is_version"]

_NAME_CHARACTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")
# The checks below are plain string tests, not regular expressions: compiling one costs a lookup ~0.1 ms.


def is_version(text: object) -> bool:
    """Whether ``text`` is a version ``X.Y.Z`` (digits only, at most 9 in a part: more is absurd).

    Examples:
        >>> is_version("1.0.0"), is_version("1.0"), is_version("1.0.x"), is_version("1.0." + "9" * 10)
        (True, False, False, False)
    """
    if not isinstance(text, str):
        return False
    parts = text.split(".")
    return len(parts) == 3 and all(0 < len(part) <= 9 and part.isascii() and part.isdigit() for part in parts)


def _is_file_name(name: str) -> bool:
    """Whether a manifest's file name is plain: ``[a-z][a-z0-9_-]*.json``."""
    stem = name[:-5] if name.endswith(".json") else ""
    return bool(stem) and "a" <= stem[0] <= "z" and _NAME_CHARACTERS.issuperset(stem)


_MANIFEST_KEYS: Final = frozenset({"version", "released", "sources", "files"})


@attrs.frozen(kw_only=True)
class FileEntry:
    """One data file of a version, as its manifest lists it.

    Attributes:
        name: the file name (``"recognitions.json"``).
        sha256: the SHA-256 of its bytes.
        records: how many records it holds.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").manifest.file("ministers.json").records
        10
    """

    name: str
    sha256: str
    records: int


@attrs.frozen(kw_only=True)
class Manifest:
    """What a version's ``manifest.json`` says.

    Attributes:
        version: the dataset version (``"1.0.0"``).
        released_on: the release date as the manifest writes it (``"2026-11-25"``),
            or None while unreleased; the property ``released`` gives it as a date.
        sources: ``(source id, SHA-256)`` of each bundled source text.
        files: each data file with its SHA-256 and record count.

    Examples:
        >>> import karabakh_status
        >>> manifest = karabakh_status.load("1.0.0").manifest
        >>> manifest.version, [entry.name for entry in manifest.files][:2]
        ('1.0.0', ['sources.json', 'entities.json'])
    """

    version: str
    released_on: str | None
    sources: tuple[tuple[str, str], ...]
    files: tuple[FileEntry, ...]

    @property
    def released(self) -> _dt.date | None:
        """The release date, or None while unreleased."""
        if self.released_on is None:
            return None
        from datetime import date

        return date.fromisoformat(self.released_on)

    def file(self, name: str) -> FileEntry | None:
        """The entry of a file, or None."""
        return next((entry for entry in self.files if entry.name == name), None)

    @classmethod
    def from_json(cls, data: Any) -> Manifest | list[str]:
        """The manifest, or a list of what is wrong with it."""
        problems: list[str] = []
        if not isinstance(data, dict):
            return ["the manifest is not a JSON object"]
        for key in sorted(_MANIFEST_KEYS - data.keys()):
            problems.append(f"missing field {key!r}")
        for key in sorted(data.keys() - _MANIFEST_KEYS):
            problems.append(f"unknown field {key!r}")
        version, released = data.get("version"), data.get("released")
        if not is_version(version):
            problems.append(f"version: expected X.Y.Z, got {version!r}")
        if released is not None and not _is_iso_day(released):
            problems.append(f"released: expected null or YYYY-MM-DD, got {released!r}")
        sources = data.get("sources", {})
        if not (isinstance(sources, dict) and all(isinstance(v, str) for v in sources.values())):
            problems.append("sources: expected an object of source id -> SHA-256")
            sources = {}
        files, entries = data.get("files", {}), []
        if not isinstance(files, dict):
            problems.append("files: expected an object of file name -> {sha256, records}")
            files = {}
        for name, entry in files.items():
            if not _is_file_name(name):
                problems.append(f"files: {name!r} is not a plain file name like 'events.json'")
            elif not (
                isinstance(entry, dict)
                and entry.keys() == {"sha256", "records"}
                and isinstance(entry["sha256"], str)
                and type(entry["records"]) is int
            ):
                problems.append(f'files: {name}: expected {{"sha256": string, "records": integer}}')
            else:
                entries.append(FileEntry(name=name, sha256=entry["sha256"], records=entry["records"]))
        if problems or not isinstance(version, str):
            return problems
        return cls(version=version, released_on=released, sources=tuple(sorted(sources.items())), files=tuple(entries))


def _is_iso_day(value: Any) -> bool:
    """Whether a value is a YYYY-MM-DD string naming a day that exists (read without importing datetime)."""
    if not (isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-"):
        return False
    digits = value[:4] + value[5:7] + value[8:]
    if not (digits.isascii() and digits.isdigit()):
        return False
    from karabakh_status._dates import _days_in

    year, month, day = (int(part) for part in value.split("-"))
    return year >= 1 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


def checked(version: str, data: object) -> Manifest:
    """The manifest of version ``version`` from its JSON, its format checked; else the `ManifestError`
    carrying each problem (``manifest-readable``)."""
    manifest = Manifest.from_json(data)
    if isinstance(manifest, list):
        raise broken(
            ManifestError, f"the manifest of version {version} is malformed", "manifest-readable", MANIFEST, *manifest
        )
    return manifest
