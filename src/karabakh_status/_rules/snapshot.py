"""`Snapshot`: everything the rules read about one dataset folder, read once (by `_folders.snapshot`)."""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from karabakh_status._gazetteer import Entity, Source
from karabakh_status._model import Record
from karabakh_status._sources import SourceText, bundled_text
from karabakh_status._tombstones import Tombstone
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
        tombstones: the well-formed tombstones of its ``withdrawn.json`` (``()`` without one).
        previous: the newest released version before this one, or None.
        previous_ids: every id of that version (its records' and its tombstones'), with its dataset.
        texts: the folder's own texts of bundled sources (``<source id>.txt`` beside its JSON),
            by source id; a source without one is read from the package's bundled texts.
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
    tombstones: tuple[Tombstone, ...] = ()
    previous: str | None = None
    previous_ids: Mapping[str, str] = attrs.field(factory=dict)
    texts: Mapping[str, SourceText] = attrs.field(factory=dict)
    # `entities` and `sources`, each made once per snapshot where a dozen rules read them (the rules never
    # change them); not an argument, so `attrs.evolve` makes a snapshot with a memo of its own.
    _memo: dict[str, dict[str, Any]] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def text(self, source_id: str) -> SourceText | None:
        """The text of a bundled source: the folder's own, else the package's; None if neither."""
        own = self.texts.get(source_id)
        return own if own is not None else bundled_text(source_id)

    @property
    def quoted(self) -> Iterator[tuple[str, Record]]:
        """The cited records that have citations: those whose fields a quote can attest."""
        return ((file, record) for file, record in self.records if record.citations)

    @property
    def records(self) -> Iterator[tuple[str, Record]]:
        """Every cited record, with its file name, in file order."""
        # each table paired with its file's name in C (a dozen rules read every record through this)
        return itertools.chain.from_iterable(
            zip(itertools.repeat(f"{name}.json"), table)
            for name, table in self.tables.items()
            if name not in ("sources", "entities")
        )

    @property
    def entities(self) -> dict[str, Entity]:
        """The gazetteer, by id."""
        return self._by_id("entities")

    @property
    def sources(self) -> dict[str, Source]:
        """The sources, by id."""
        return self._by_id("sources")

    def _by_id(self, dataset: str) -> dict[str, Any]:
        found = self._memo.get(dataset)
        if found is None:
            found = self._memo[dataset] = {record.id: record for record in self.tables.get(dataset, ())}
        return found

    @property
    def version(self) -> str | None:
        """The manifest's version, or None when unreadable."""
        value = (self.manifest or {}).get("version")
        return value if isinstance(value, str) else None

    @property
    def release_date(self) -> _dt.date | None:
        """The manifest's release date, or None when unreleased (or unreadable)."""
        value = (self.manifest or {}).get("released")
        try:
            return _dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None
