"""`Snapshot`: everything the rules read about one dataset folder, read once (by `_folders.snapshot`)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from karabakh_status._model import Entity, Record, Source
from karabakh_status._violation import Violation

__all__ = ["Snapshot"]


@attrs.frozen(kw_only=True)
class Snapshot:
    """Everything the rules read about one dataset folder, read once.

    Attributes:
        folder: how to name the folder in messages.
        manifest: the parsed manifest, or None when it could not be read.
        manifest_bytes: the manifest's bytes, or None.
        files: the bytes of each data file listed in the manifest that could be read.
        present: the names of the JSON files in the folder (manifest excluded).
        tables: the well-formed records of each dataset whose file was read,
            by dataset name (``"sources"``, ``"entities"``, ``"recognitions"``, ...).
        incomplete: the datasets some of whose records are malformed (left out of `tables`).
        problems: violations found while reading (rules of the ``read`` stage).
        lock: the lock of released versions: version -> manifest SHA-256 and date.
        today: the date to compare with when the version is not released.
    """

    folder: str
    manifest: Mapping[str, Any] | None
    manifest_bytes: bytes | None
    files: Mapping[str, bytes]
    present: frozenset[str]
    tables: Mapping[str, tuple[Any, ...]]
    incomplete: frozenset[str]
    problems: tuple[Violation, ...]
    lock: Mapping[str, Mapping[str, str]]
    today: _dt.date

    @property
    def quoted(self) -> Iterator[tuple[str, Record]]:
        """The cited records that have citations: those whose fields a quote can attest."""
        return ((file, record) for file, record in self.records if record.citations)

    @property
    def records(self) -> Iterator[tuple[str, Record]]:
        """Every cited record, with its file name, in file order."""
        for name, table in self.tables.items():
            if name not in ("sources", "entities"):
                for record in table:
                    yield f"{name}.json", record

    @property
    def entities(self) -> dict[str, Entity]:
        """The gazetteer, by id."""
        return {entity.id: entity for entity in self.tables.get("entities", ())}

    @property
    def sources(self) -> dict[str, Source]:
        """The sources, by id."""
        return {source.id: source for source in self.tables.get("sources", ())}

    @property
    def release_date(self) -> _dt.date | None:
        """The manifest's release date, or None when unreleased (or unreadable)."""
        value = (self.manifest or {}).get("released")
        try:
            return _dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None
