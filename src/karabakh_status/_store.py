"""A version's files opened: each read on first use, verified, built, its records found by id.

Each file is read on first use, checked against the manifest's SHA-256 and record count, and
its records built once, under a lock (its parsed JSON then dropped); a lookup reads the file its id's
prefix names first, and remembers each record found in a plain dict. `Dataset` adds the queries (the
mixins of `_queries`); a lookup by id (the shortcut `get`) needs none of their modules.
"""

from __future__ import annotations

import _thread
import json
import os
from typing import TYPE_CHECKING, Any, NoReturn, overload

from karabakh_status import _build
from karabakh_status._bulk import paused
from karabakh_status._datasets import DATASETS, lookup_order, record_type
from karabakh_status._integrity import verified

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt
    from pathlib import Path
    from typing import TypeVar

    from karabakh_status._gazetteer import Entity, Source
    from karabakh_status._manifest import Manifest
    from karabakh_status._model import Record
    from karabakh_status._tombstones import Tombstone

    Found = TypeVar("Found", bound="Record | Entity | Source")

__all__ = ["Store"]


class Store:
    """What a `Dataset` is without its queries: a version's folder, its files read, verified and built
    on first use, its records found by id. A shipped version is opened once as a `Store`
    (`_loading.opened`); `load` gives the same object as a `Dataset` (its class, of the same layout, set
    to `Dataset`), so a lookup and every query share its records."""

    __slots__ = (
        "_built",
        "_derived",
        "_entries",
        "_folder",
        "_found",
        "_frozen",
        "_indexes",
        "_items",
        "_lock",
        "_manifest",
        "_names",
        "_raw_manifest",
        "_tables",
        "_tombstones",
        "_version",
    )

    def __init__(
        self,
        folder: str | os.PathLike[str],
        manifest: Manifest,
        tables: dict[str, tuple[Any, ...]] | None = None,
        tombstones: tuple[Tombstone, ...] | None = None,
    ) -> None:
        """Open a version's folder; ``tables``, ``tombstones``: what was already read strictly (a user's folder)."""
        self._open(folder, manifest, None, tables, tombstones)

    @classmethod
    def _from_released_json(cls, folder: str, raw: dict[str, Any]) -> Store:
        """A released version from its manifest's JSON, whose bytes match the lock (so its format was checked
        before the release): its `Manifest` is made when first asked for (`_loading` alone calls this)."""
        data = cls.__new__(cls)
        data._open(folder, None, raw, None, None)
        return data

    def _open(
        self,
        folder: str | os.PathLike[str],
        manifest: Manifest | None,
        raw: dict[str, Any] | None,
        tables: dict[str, tuple[Any, ...]] | None,
        tombstones: tuple[Tombstone, ...] | None,
    ) -> None:
        self._tombstones = tombstones
        self._folder = os.fspath(folder)
        self._manifest, self._raw_manifest = manifest, raw
        if manifest is not None:
            self._version = manifest.version
            self._entries = {entry.name: (entry.sha256, entry.records) for entry in manifest.files}
        else:
            assert raw is not None  # one of the two, always
            self._version = raw["version"]
            self._entries = {name: (entry["sha256"], entry["records"]) for name, entry in raw["files"].items()}
        self._tables: dict[str, tuple[Any, ...]] = dict(tables or {})  # complete datasets
        self._items: dict[str, list[Any]] = {}  # verified JSON of each file read so far
        self._built: dict[str, list[Any]] = {}  # the records built from it so far (None: not yet)
        self._lock = _thread.allocate_lock()  # never taken twice by one thread: see _verified, _record
        self._indexes: dict[str, dict[str, int]] = {}  # id -> position, per dataset
        self._names: dict[str, tuple[Entity, ...]] | None = None
        self._derived: dict[str, Any] = {}  # what a query computes once from complete records (as_of's bounds)
        self._found: dict[str, Any] = {}  # id -> record of every id looked up so far (a plain dict: the fastest lookup)
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError(f"a Dataset is immutable: cannot set {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Dataset is immutable: cannot delete {name!r}")

    def __repr__(self) -> str:
        return f"<Dataset {self.version} ({'released ' + str(self.released) if self.released else 'draft'})>"

    @property
    def version(self) -> str:
        """The dataset version, ``"X.Y.Z"``."""
        return self._version

    @property
    def released(self) -> _dt.date | None:
        """The release date; None for a draft: a version not in the package's lock of releases.

        A folder of one's own whose manifest claims a release date is still a draft unless the
        package's lock holds its version (``manifest.released`` keeps what it claims).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").released
            datetime.date(2026, 11, 25)
        """
        from karabakh_status._versions import _lock

        return self.manifest.released if self._version in _lock() else None

    @property
    def manifest(self) -> Manifest:
        """The version's manifest."""
        found = self._manifest
        if found is None:
            from karabakh_status._manifest import checked

            with self._lock:  # made once, even under threads
                found = self._manifest
                if found is None:
                    found = checked(self._version, self._raw_manifest)  # the lock vouches for the bytes
                    object.__setattr__(self, "_manifest", found)  # the Dataset is frozen
        return found

    @property
    def folder(self) -> Path:
        """The folder the version was read from."""
        from pathlib import Path

        return Path(self._folder)

    @property
    def datasets(self) -> tuple[str, ...]:
        """The names of the datasets this version holds (``"entities"``, ``"ministers"``, ...)."""
        names = (name.removesuffix(".json") for name in self._entries)
        return tuple(name for name in names if name in DATASETS)

    def withdrawn(self) -> tuple[Tombstone, ...]:
        """The tombstones of this version: each id it (or an earlier version) withdrew, why, and its replacements.

        ``()`` for a version that withdrew nothing; read from its ``withdrawn.json`` on first use.

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").withdrawn()
            ()
        """
        found = self._tombstones
        if found is None:
            from karabakh_status._tombstones import shipped

            manifest = self.manifest  # made before the lock is taken: it takes it
            with self._lock:  # read once, even under threads
                found = self._tombstones
                if found is None:
                    found = shipped(self._folder, manifest)
                    object.__setattr__(self, "_tombstones", found)  # the Dataset is frozen
        return found

    def records(self, dataset: str) -> tuple[Any, ...]:
        """Every record of a dataset, in file order; ``()`` if this version lacks it.

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").records("ministers"))
            10
        """
        if not isinstance(dataset, str) or dataset not in DATASETS:  # an unhashable list is no dataset name either
            from karabakh_status._queries.filters import expect
            from karabakh_status.errors import NotFoundError

            expect("records", "dataset", dataset, str, optional=False)
            raise NotFoundError("dataset", dataset, f"; datasets: {', '.join(DATASETS)}")
        table = self._tables.get(dataset)
        if table is None:
            with paused(), self._lock:  # a whole file parsed and built: no cycle made, no collector pass (`_bulk`)
                table = self._tables.get(dataset)
                if table is None:
                    items = self._verified(dataset)
                    built = self._built[dataset]
                    make = _build.builder(record_type(dataset))
                    if not any(built):  # no lookup built one yet: one pass in C
                        table = tuple(map(make, items))
                    else:  # records a lookup built stay the same objects
                        table = tuple(make(items[at]) if record is None else record for at, record in enumerate(built))
                    self._tables[dataset] = table
                    del self._items[dataset], self._built[dataset]  # no parsed JSON kept once built
        return table

    def _verified(self, dataset: str) -> list[Any]:
        """The JSON items of a dataset's file, read once and checked against the manifest (under the lock)."""
        items = self._items.get(dataset)
        if items is not None:
            return items
        name = f"{dataset}.json"
        entry = self._entries.get(name)
        # hash-checked first, so the fast standard reader parses it
        items = [] if entry is None else verified(self._folder, name, *entry, json.loads)
        self._built[dataset] = [None] * len(items)
        self._items[dataset] = items
        return items

    def _verify(self) -> None:
        """Check every file against the manifest and every bundled text against its SHA-256 (for ``info``)."""
        from karabakh_status._sources import verified_text

        manifest = self.manifest  # made before the lock is taken: it takes it
        with self._lock:
            for entry in manifest.files:
                if entry.name.removesuffix(".json") in DATASETS:
                    self._verified(entry.name.removesuffix(".json"))
        for source_id, _ in manifest.sources:
            verified_text(source_id)

    def _record(self, dataset: str, position: int) -> Any:
        """The record at a position of a verified file, built once (under the lock)."""
        table = self._tables.get(dataset)
        if table is not None:
            return table[position]
        built = self._built[dataset]
        record = built[position]
        if record is None:
            record = built[position] = _build.build(record_type(dataset), self._items[dataset][position])
        return record

    def _where(self, id: str) -> tuple[str, int] | None:
        """The dataset and position of an id: files are indexed in dataset order, each once, on demand.

        Ids are unique across a version's files (the rule ``unique-ids``), so the
        first file that holds the id is the only one, and a lookup reads no file after it;
        the file its prefix names (``rec-``: recognitions) is read first (`lookup_order`).
        """
        if not isinstance(id, str):  # ids are strings: no record has another id
            return None
        for name in lookup_order(id):
            index = self._indexes.get(name)
            if index is None:
                with self._lock:
                    index = self._indexes.get(name)
                    if index is None:
                        table = self._tables.get(name)
                        ids = [r.id for r in table] if table is not None else [i["id"] for i in self._verified(name)]
                        index = self._indexes[name] = {record_id: at for at, record_id in enumerate(ids)}
            if id in index:
                return name, index[id]
        return None

    @overload
    def get(self, id: str) -> Record | Entity | Source: ...
    @overload
    def get(self, id: str, cls: type[Found]) -> Found: ...
    def get(self, id: str, cls: type[Found] | None = None) -> Record | Entity | Source | Found:
        """The record, entity or source with this id, in constant time: one dict lookup once found.

        ``cls``: the type the record must be (`Recognition`, `Position`, `Entity`, `Source`, `Record`...);
        the record is returned as that type, for a type checker too, and a record of another type raises
        a `NotFoundError` that says what the id is. Without it a type checker sees a `Record`, an
        `Entity` or a `Source`.

        A withdrawn id raises `NotFoundError` whose message names the version that withdrew it,
        the reason and the replacements (no redirect is followed: see `withdrawn`). An unknown id
        is a `NotFoundError` that names the nearest ids.

        Examples:
            >>> import karabakh_status
            >>> from karabakh_status import Position, Recognition
            >>> data = karabakh_status.load("1.0.0")
            >>> data.get("mfa-2012-karen-mirzoyan").term.phrase()
            'from 2012 to 2017'
            >>> data.get("rec-it-milan-2020", Recognition).act
            <Act.RECOGNIZE_INDEPENDENCE: 'recognize-independence'>
            >>> data.get("rec-it-milan-2020", Position)
            Traceback (most recent call last):
            karabakh_status.errors.NotFoundError: rec-it-milan-2020 is a Recognition, not a Position
            >>> data.get("rec-it-milan-2021")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            karabakh_status.errors.NotFoundError: no record has id 'rec-it-milan-2021' ...'rec-it-milan-2020' or ...?
        """
        if cls is None:  # the common case first: one dict lookup once found (benchmarks/bench.py, target 5)
            try:
                return self._found[id]  # type: ignore[no-any-return]
            except (KeyError, TypeError):  # not looked up yet; or an id that cannot be a key (a list...)
                pass
            return self._find(id)  # type: ignore[no-any-return]  # outside the handler: no KeyError as context
        found = self.get(id)
        if isinstance(cls, type) and isinstance(found, cls) and cls is not object:
            return found
        _mismatch("get", id, found, cls)

    def _find(self, id: str) -> Any:
        """The record with an id not looked up before: its file indexed, the record built, remembered."""
        with paused():  # its file parsed, its type defined, the record built: no cycle made (`_bulk`)
            return self._find_paused(id)

    def _find_paused(self, id: str) -> Any:
        where = self._where(id)
        if where is None:
            from karabakh_status.errors import NotFoundError

            tombstone = next((t for t in self.withdrawn() if t.id == id), None) if isinstance(id, str) else None
            if tombstone is not None:
                raise NotFoundError("record", id, message=f"no record has id {id!r} in dataset version "
                                    f"{self.version}: {tombstone}")  # fmt: skip
            from karabakh_status._countries import nearest
            from karabakh_status._queries.filters import expect

            expect("get", "id", id, str, optional=False)
            ids = [record_id for name in DATASETS for record_id in self._indexes.get(name, {})]
            raise NotFoundError("record", id, f" in dataset version {self.version}{nearest(id, ids)}")
        with self._lock:
            record = self._found[id] = self._record(*where)
        return record


def _mismatch(function: str, id: str, found: object, cls: object) -> NoReturn:
    """Raise the error of a record that is not of the type asked for: a `TypeError` if ``cls`` is no record
    type, else a `NotFoundError` that says what the id is."""
    from karabakh_status._gazetteer import Entity, Source
    from karabakh_status._model import Record
    from karabakh_status.errors import NotFoundError

    if not (isinstance(cls, type) and issubclass(cls, (Record, Entity, Source))):
        name = type(cls).__name__ if not isinstance(cls, type) else cls.__name__
        raise TypeError(f"{function}() argument 'cls' must be a record type (Recognition, Entity, ...) or None, "
                        f"not {name}")  # fmt: skip

    def article(word: str) -> str:
        return f"{'an' if word[:1] in 'AEIOU' else 'a'} {word}"

    message = f"{id} is {article(type(found).__name__)}, not {article(cls.__name__)}"
    raise NotFoundError(cls.__name__, id, message=message)
