"""Versions, manifests and loading: file -> manifest check -> JSON -> records -> indices.

A shipped version is read lazily: each file is read, checked against its
manifest's SHA-256, built and indexed on first access, once, under a lock.
A folder of the user's own is read eagerly and strictly, then validated:
it loads whole or raises one error carrying every violation.
"""

from __future__ import annotations

import _thread
import enum
import functools
import json
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from karabakh_status import _converter
from karabakh_status._datasets import CITED, DATASETS, record_type
from karabakh_status._dates import EventDate, PartialDate, Period
from karabakh_status._model import Entity, EntityKind, Record, Source
from karabakh_status.errors import DataError, DataFileError, DateError, ManifestError, NotFoundError, VersionError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt
    from pathlib import Path

    from karabakh_status._foreign import (
        FriendshipGroup,
        Membership,
        MinisterTerm,
        Office,
        Relation,
        Role,
        TwinTown,
        VisaArrangement,
    )
    from karabakh_status._rules import Violation
    from karabakh_status._status import (
        Act,
        Event,
        EventKind,
        Level,
        Outcome,
        Position,
        PositionKind,
        Recognition,
        Stance,
    )

__all__ = ["ENV_VAR", "Dataset", "FileEntry", "Manifest", "load", "resolve_version", "validate", "versions"]

ENV_VAR: Final = "KARABAKH_STATUS_VERSION"
"""The environment variable that pins the default dataset version for a whole program."""

DATA: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
"""The folder of the shipped versions (a string: the fast path does not import pathlib)."""
_MANIFEST: Final = "manifest.json"
_LOCK_FILE: Final = "releases.json"
_SPEC = re.compile(r"(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*)){0,2}")
_FILE_NAME = re.compile(r"[a-z][a-z0-9_-]*\.json")
_MANIFEST_KEYS: Final = frozenset({"version", "released", "sources", "files"})
T = TypeVar("T")


try:  # CPython's built-in SHA-256: the same digests, without starting OpenSSL
    from _sha2 import sha256 as _builtin_sha256  # type: ignore[import-not-found, unused-ignore]  # Python >= 3.12
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha256 import sha256 as _builtin_sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
    except ImportError:  # another implementation: the public module only
        _builtin_sha256 = None

_LARGE: Final = 4 * 1024 * 1024
"""From this many bytes on, OpenSSL's faster hashing pays for starting it (about 3 ms)."""


def _sha256(data: bytes) -> str:
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


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


# -- versions -----------------------------------------------------------------------------------


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@functools.lru_cache(maxsize=1)
def _lock() -> Mapping[str, Mapping[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(_read(os.path.join(DATA, _LOCK_FILE)))
    return data


def versions() -> tuple[str, ...]:
    """Every dataset version this package ships, oldest first.

    Examples:
        >>> "1.0.0" in versions()
        True
    """
    found = [
        name
        for name in os.listdir(DATA)
        if re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", name) and os.path.isfile(os.path.join(DATA, name, _MANIFEST))
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
    if not isinstance(spec, str) or not _SPEC.fullmatch(spec):
        raise VersionError(
            f"malformed dataset version {spec!r}: expected X, X.Y or X.Y.Z", requested=str(spec), available=shipped
        )
    wanted = _semver(spec)
    matching = [v for v in shipped if _semver(v)[: len(wanted)] == wanted]
    if not matching:
        raise VersionError(f"no shipped dataset version matches {spec!r}", requested=spec, available=shipped)
    released_matching = [v for v in matching if v in _lock()]
    return (released_matching or matching)[-1]


# -- manifest -----------------------------------------------------------------------------------


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
        if not (isinstance(version, str) and re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", version)):
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
            if not _FILE_NAME.fullmatch(name):
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
    if not (isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)):
        return False
    from karabakh_status._dates import _days_in

    year, month, day = (int(part) for part in value.split("-"))
    return year >= 1 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


# -- the dataset --------------------------------------------------------------------------------


class Dataset:
    """One dataset version: typed, immutable records with lookups and filters.

    Get one with `karabakh_status.load`. Each file is read on first use, once.

    Examples:
        >>> import karabakh_status
        >>> data = karabakh_status.load("1.0.0")
        >>> data.version
        '1.0.0'
        >>> data.minister_on("2015").person
        'karen-mirzoyan'
    """

    def __init__(
        self, folder: str | os.PathLike[str], manifest: Manifest, tables: dict[str, tuple[Any, ...]] | None = None
    ) -> None:
        """Open a version's folder; ``tables``: records already read strictly (a user's folder)."""
        self._folder = os.fspath(folder)
        self._manifest = manifest
        self._tables: dict[str, tuple[Any, ...]] = dict(tables or {})  # complete datasets
        self._items: dict[str, list[Any]] = {}  # verified JSON of each file read so far
        self._built: dict[str, list[Any]] = {}  # the records built from it so far (None: not yet)
        self._lock = _thread.allocate_lock()  # never taken twice by one thread: see _verified, _record
        self._indexes: dict[str, dict[str, int]] = {}  # id -> position, per dataset
        self._names: dict[str, tuple[Entity, ...]] | None = None

    def __repr__(self) -> str:
        return f"<Dataset {self.version} ({'released ' + str(self.released) if self.released else 'unreleased'})>"

    @property
    def version(self) -> str:
        """The dataset version, ``"X.Y.Z"``."""
        return self._manifest.version

    @property
    def released(self) -> _dt.date | None:
        """The release date, or None while the version is unreleased."""
        return self._manifest.released

    @property
    def manifest(self) -> Manifest:
        """The version's manifest."""
        return self._manifest

    @property
    def folder(self) -> Path:
        """The folder the version was read from."""
        from pathlib import Path

        return Path(self._folder)

    @property
    def datasets(self) -> tuple[str, ...]:
        """The names of the datasets this version holds (``"entities"``, ``"ministers"``, ...)."""
        return tuple(entry.name.removesuffix(".json") for entry in self._manifest.files)

    def records(self, dataset: str) -> tuple[Any, ...]:
        """Every record of a dataset, in file order; ``()`` if this version lacks it.

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").records("ministers"))
            10
        """
        if dataset not in DATASETS:
            raise NotFoundError("dataset", dataset, f"; datasets: {', '.join(DATASETS)}")
        table = self._tables.get(dataset)
        if table is None:
            with self._lock:
                table = self._tables.get(dataset)
                if table is None:
                    items = self._verified(dataset)
                    built = self._built[dataset]
                    make = _converter.builder(record_type(dataset))
                    for position, record in enumerate(built):  # records a lookup built stay the same objects
                        if record is None:
                            built[position] = make(items[position])
                    table = self._tables[dataset] = tuple(built)
        return table

    def _verified(self, dataset: str) -> list[Any]:
        """The JSON items of a dataset's file, read once and checked against the manifest (under the lock)."""
        items = self._items.get(dataset)
        if items is not None:
            return items
        entry = self._manifest.file(f"{dataset}.json")
        if entry is None:
            items = []
        else:
            path = os.path.join(self._folder, entry.name)
            try:
                raw = _read(path)
            except OSError as error:
                raise _broken(
                    DataFileError, f"cannot read {path}", "json-well-formed", entry.name, str(error)
                ) from None
            digest = _sha256(raw)
            if digest != entry.sha256:
                raise _broken(
                    ManifestError,
                    f"{path} does not match its manifest",
                    "manifest-hash",
                    entry.name,
                    f"SHA-256 is {digest}, the manifest says {entry.sha256}",
                )
            items = json.loads(raw)
            if len(items) != entry.records:
                raise _broken(
                    ManifestError,
                    f"{path} does not match its manifest",
                    "manifest-count",
                    entry.name,
                    f"{len(items)} records, the manifest says {entry.records}",
                )
        self._built[dataset] = [None] * len(items)
        self._items[dataset] = items
        return items

    def _record(self, dataset: str, position: int) -> Any:
        """The record at a position of a verified file, built once (under the lock)."""
        built = self._built[dataset]
        record = built[position]
        if record is None:
            record = built[position] = _converter.build(record_type(dataset), self._items[dataset][position])
        return record

    def _where(self, id: str) -> tuple[str, int] | None:
        """The dataset and position of an id: files are indexed in dataset order, each once, on demand.

        Ids are unique across a version's files (the rule ``unique-ids``), so the
        first file that holds the id is the only one, and a lookup reads no file after it.
        """
        for name in DATASETS:
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

    def get(self, id: str) -> Any:
        """The record, entity or source with this id, in constant time.

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").get("mfa-2012-karen-mirzoyan").term.phrase()
            'from 2012 to 2017'
        """
        where = self._where(id)
        if where is None:
            raise NotFoundError("record", id, f" in dataset version {self.version}")
        dataset, position = where
        table = self._tables.get(dataset)
        if table is not None:
            return table[position]
        with self._lock:
            return self._record(dataset, position)

    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites: the bundled articles first, then external pages."""
        return self.records("sources")

    def source(self, id: str) -> Source:
        """The source with this id."""
        where = self._where(id)
        found = self.get(id) if where is not None and where[0] == "sources" else None
        if not isinstance(found, Source):
            raise NotFoundError("source", id, f"; sources: {', '.join(s.id for s in self.sources())}")
        return found

    def entities(self, *, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
        """The gazetteer, filtered by kind and ISO 3166-1 alpha-2 country code.

        Examples:
            >>> import karabakh_status
            >>> [e.name for e in karabakh_status.load("1.0.0").entities(kind="person")][:2]
            ['Arkadi Ghukasyan', 'Naira Melkumian']
        """
        if kind is None and country is None:
            return self.records("entities")
        wanted = _enum(EntityKind, kind)
        code = None if country is None else self._country(country)
        return tuple(
            e
            for e in self.records("entities")
            if (wanted is None or e.kind is wanted) and (code is None or e.country == code)
        )

    def _country(self, key: str) -> str:
        """An ISO 3166-1 alpha-2 code from itself (any case) or from a country's id, name or alias."""
        if len(key) == 2 and key.isascii() and key.isalpha():
            return key.upper()
        code = self.entity(key).country
        if code is None:
            raise NotFoundError("country", key, message=f"{key!r} has no ISO 3166-1 country code")
        return code

    def entity(self, key: str) -> Entity:
        """The entity with this id, or else the one whose name or alias is ``key`` (any case), or else
        the one with that other name (`Entity.other_names`: ISO 3166-2's ``"Xankəndi"``).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").entity("NKR").id
            'artsakh'
        """
        for candidate in (key, key.lower()):  # ids are lower case: "FR" is the entity "fr"
            where = self._where(candidate)
            if where is not None and where[0] == "entities":
                found: Entity = self.get(candidate)
                return found
        if self._names is None:
            entities = self.records("entities")
            with self._lock:
                if self._names is None:
                    names: dict[str, list[Entity]] = {}
                    for entity in entities:
                        for name in {n.casefold() for n in entity.names}:
                            names.setdefault(name, []).append(entity)
                    others: dict[str, list[Entity]] = {}  # external sources' names: never over the sources' own
                    for entity in entities:
                        for name in {n.name.casefold() for n in entity.other_names} - names.keys():
                            others.setdefault(name, []).append(entity)
                    names.update(others)
                    self._names = {name: tuple(found) for name, found in names.items()}
        matches = self._names.get(key.casefold(), ())
        if len(matches) == 1:
            return matches[0]
        hint = f"; it names {', '.join(e.id for e in matches)}" if matches else ""
        raise NotFoundError("entity", key, hint or " nor that name or alias")

    def ministers(self, *, person: str | None = None, on: Any = None) -> tuple[MinisterTerm, ...]:
        """The foreign ministers' terms, filtered by person (id, name or alias) and by a date they may include.

        ``on`` is a `datetime.date`, an EDTF string or a date object of this
        package; a term matches when it may overlap it.

        Examples:
            >>> import karabakh_status
            >>> [t.person for t in karabakh_status.load("1.0.0").ministers(on="2012")]
            ['vasily-atajanyan', 'karen-mirzoyan']
        """
        terms: tuple[MinisterTerm, ...] = self.records("ministers")
        if person is not None:
            who = self.entity(person).id
            terms = tuple(t for t in terms if t.person == who)
        if on is not None:
            when = _as_date(on)
            terms = tuple(t for t in terms if t.term.overlaps(when))
        return terms

    def minister_on(self, day: Any) -> MinisterTerm:
        """The term of the foreign minister in office on a date: the latest term that may include it.

        Raises `NotFoundError` when no term may include it.
        """
        terms = self.ministers(on=day)
        if not terms:
            raise NotFoundError("minister's term", str(day), message=f"no minister's term includes {day}")
        return terms[-1]

    def recognitions(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        level: Level | str | None = None,
        act: Act | str | None = None,
        outcome: Outcome | str | None = None,
        between: Any = None,
        within: Any = None,
        disputed: bool | None = None,
    ) -> tuple[Recognition, ...]:
        """Acts about Artsakh's status, filtered; every filter given must match.

        ``actor``: an entity id, name or alias (that entity exactly; see `by_actor`);
        ``country``: ISO 3166-1 alpha-2, or a country's name (``"France"``); ``level``,
        ``act``, ``outcome``: enum members or their values; ``between``: an EDTF string
        or date object the act's date may fall in; ``within``: one the act's date
        certainly falls in (undated acts match neither); ``disputed``: whether the
        sources disagree.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [r.id for r in data.recognitions(country="GB")]
            ['rec-gb-derby-2020']
            >>> len(data.recognitions(country="IT", between="2020-11")) > 5
            True
            >>> data.get("rec-tv-tuvalu-2012").date.phrase()   # may be 2020, is not surely 2020
            'on or after 2012'
            >>> [len(data.recognitions(actor="Tuvalu", **{f: "2020"})) for f in ("between", "within")]
            [1, 0]
        """
        from karabakh_status._status import Act, Level, Outcome

        found: tuple[Recognition, ...] = self.records("recognitions")
        if actor is not None:
            who = self.entity(actor).id
            found = tuple(r for r in found if r.actor == who)
        return _select(
            found,
            country=None if country is None else self._country(country),
            level=_enum(Level, level),
            act=_enum(Act, act),
            outcome=_enum(Outcome, outcome),
            between=between,
            within=within,
            disputed=disputed,
        )

    def by_actor(self, key: str) -> tuple[Recognition, ...]:
        """The acts of an entity and of every entity within it (its cities, chambers, regions...).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> {r.actor for r in data.by_actor("Italy")} >= {"it-milan", "it-lombardy"}
            True
        """
        root = self.entity(key).id
        entities = {e.id: e for e in self.records("entities")}

        def within(entity_id: str | None) -> bool:
            seen: set[str] = set()
            while entity_id is not None and entity_id not in seen:
                if entity_id == root:
                    return True
                seen.add(entity_id)
                entity = entities.get(entity_id)
                entity_id = entity.parent if entity is not None else None
            return False

        return tuple(r for r in self.records("recognitions") if within(r.actor))

    def as_of(self, day: Any) -> tuple[Recognition, ...]:
        """The recognitions of independence in force on a day: adopted certainly by then, not yet receded.

        ``day`` is a `datetime.date`, an EDTF string or a date object; for a
        partial date its last possible day counts ("2013" means 31 December 2013).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> "rec-us-maine-2013" in [r.id for r in data.as_of("2013-04-20")]
            True
            >>> "rec-us-maine-2013" in [r.id for r in data.as_of("2013-05")]
            False
        """
        from karabakh_status._status import Act, Outcome

        limit = _bounds(day)[1]
        return tuple(
            r
            for r in self.records("recognitions")
            if r.act is Act.RECOGNIZE_INDEPENDENCE
            and r.outcome in (Outcome.ADOPTED, Outcome.RECEDED)
            and r.date is not None
            and r.date.latest <= limit
            and (r.receded is None or r.receded.earliest > limit)
        )

    def positions(
        self,
        *,
        author: str | None = None,
        kind: PositionKind | str | None = None,
        stance: Stance | str | None = None,
        binding: bool | None = None,
        between: Any = None,
        within: Any = None,
    ) -> tuple[Position, ...]:
        """Resolutions, statements, reports, judgments and views on the status, filtered.

        ``author``: an entity id, name or alias; ``between``: an EDTF string or date
        object the position's date may fall in; ``within``: one it certainly falls in
        (undated positions match neither).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> sorted(p.title for p in data.positions(author="UN Security Council"))[:2]
            ['Resolution 822', 'Resolution 853']
        """
        from karabakh_status._status import PositionKind, Stance

        found: tuple[Position, ...] = self.records("positions")
        if author is not None:
            who = self.entity(author).id
            found = tuple(p for p in found if p.author == who)
        return _select(
            found,
            kind=_enum(PositionKind, kind),
            stance=_enum(Stance, stance),
            binding=binding,
            between=between,
            within=within,
        )

    def events(
        self,
        *,
        between: Any = None,
        within: Any = None,
        kind: EventKind | str | None = None,
        participant: str | None = None,
    ) -> tuple[Event, ...]:
        """The dated events of the timeline, filtered by kind, participant and date.

        ``between``: an EDTF string or date object the event's date may fall in
        (overlap); ``within``: one it certainly falls in.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [e.date.phrase() for e in data.events(kind="war")][:1]
            ['from 1991 to 1994']
        """
        from karabakh_status._status import EventKind

        found: tuple[Event, ...] = self.records("events")
        if participant is not None:
            who = self.entity(participant).id
            found = tuple(e for e in found if who in e.participants)
        return _select(found, kind=_enum(EventKind, kind), between=between, within=within)

    def timeline(self, *, between: Any = None, within: Any = None) -> tuple[Event | Position | Recognition, ...]:
        """Events, positions and recognitions in one chronological sequence (dated records only).

        ``between``: an EDTF string or date object a record's date may fall in;
        ``within``: one it certainly falls in.

        Ordered by earliest, then latest possible day; on a tie, events before
        positions before recognitions, each in file order.

        Examples:
            >>> import karabakh_status
            >>> items = karabakh_status.load("1.0.0").timeline(between="2023-09-19")
            >>> [(type(r).__name__, r.id) for r in items if str(r.date) == "2023-09-19"]
            [('Event', 'evt-az-offensive-2023-09-19')]
        """
        merged = [
            (r.date.earliest, r.date.latest, rank, index, r)
            for rank, name in enumerate(("events", "positions", "recognitions"))
            for index, r in enumerate(self.records(name))
            if r.date is not None
        ]
        merged.sort(key=lambda item: item[:4])
        return _select(tuple(item[4] for item in merged), between=between, within=within)

    def offices(self, *, country: str | None = None) -> tuple[Office, ...]:
        """Artsakh's representative offices, filtered by host country (an entity id, name or alias).

        Examples:
            >>> import karabakh_status
            >>> len({o.country for o in karabakh_status.load("1.0.0").offices()})
            7
        """
        found: tuple[Office, ...] = self.records("offices")
        if country is not None:
            where = self.entity(country).id
            found = tuple(o for o in found if o.country == where)
        return found

    def relations(self) -> tuple[Relation, ...]:
        """Artsakh's bilateral relations, one record per counterpart the text describes.

        Examples:
            >>> import karabakh_status
            >>> [r.counterpart for r in karabakh_status.load("1.0.0").relations() if r.mutual_recognition]
            ['abkhazia', 'south-ossetia', 'transnistria']
        """
        found: tuple[Relation, ...] = self.records("relations")
        return found

    def visas(self, *, counterpart: str | None = None) -> tuple[VisaArrangement, ...]:
        """Where citizens of Artsakh could travel without a visa, filtered by counterpart.

        Examples:
            >>> import karabakh_status
            >>> [v.counterpart for v in karabakh_status.load("1.0.0").visas(counterpart="Armenia")]
            ['am']
        """
        found: tuple[VisaArrangement, ...] = self.records("visas")
        if counterpart is not None:
            who = self.entity(counterpart).id
            found = tuple(v for v in found if v.counterpart == who)
        return found

    def friendship_groups(self, *, between: Any = None, within: Any = None) -> tuple[FriendshipGroup, ...]:
        """Parliamentary friendship groups (and talks about ties), filtered by date.

        ``between``: an EDTF string or date object a group's date may fall in;
        ``within``: one it certainly falls in.

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").friendship_groups(between="2019"))
            3
        """
        return _select(self.records("friendship_groups"), between=between, within=within)

    def memberships(self, *, counterpart: str | None = None, role: Role | str | None = None) -> tuple[Membership, ...]:
        """Artsakh's organisations, conventions and sports competitions, filtered by counterpart and role.

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").memberships(role="signatory"))
            3
        """
        from karabakh_status._foreign import Role

        found: tuple[Membership, ...] = self.records("memberships")
        if counterpart is not None:
            who = self.entity(counterpart).id
            found = tuple(m for m in found if m.counterpart == who)
        return _select(found, role=_enum(Role, role))

    def twin_towns(self, *, town: str | None = None) -> tuple[TwinTown, ...]:
        """Twin towns and sister cities; ``town`` (an id, name or alias) matches either side.

        Examples:
            >>> import karabakh_status
            >>> sorted(t.partner for t in karabakh_status.load("1.0.0").twin_towns(town="Stepanakert"))[:1]
            ['br-franco-da-rocha']
        """
        found: tuple[TwinTown, ...] = self.records("twin_towns")
        if town is not None:
            where = self.entity(town).id
            found = tuple(t for t in found if where in (t.town, t.partner))
        return found

    def relations_with(self, key: str) -> tuple[Record, ...]:
        """Everything the data holds about one counterpart: every record, of any dataset, that refers to
        the entity (as actor, author, participant, counterpart, city, place...), in dataset order.

        Examples:
            >>> import karabakh_status
            >>> {type(r).__name__ for r in karabakh_status.load("1.0.0").relations_with("Transnistria")} >= {
            ...     "Recognition", "Relation", "VisaArrangement", "Event"}
            True
        """
        who = self.entity(key).id
        found: list[Record] = []
        for name in CITED:
            for record in self.records(name):
                fields = (f for f in attrs.fields(type(record)) if f.metadata.get("entity"))
                values = (getattr(record, f.name) for f in fields)
                if any(who == v or (isinstance(v, tuple) and who in v) for v in values):
                    found.append(record)
        return tuple(found)

    def as_dicts(self, dataset: str) -> list[dict[str, Any]]:
        """Every record of a dataset as plain JSON-ready data (as in its JSON file).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").as_dicts("ministers")[0]["term"]
            '1993/1997'
        """
        from karabakh_status._converter import unstructure

        return [unstructure(record) for record in self.records(dataset)]

    def to_pandas(self, dataset: str) -> Any:
        """A dataset as a pandas DataFrame of its flat columns (the CSV export's), dates' bounds as datetimes.

        Needs the optional extra ``pandas`` (``pip install 'karabakh-status[pandas]'``);
        raises `MissingExtraError` without it.

        Examples:
            >>> import karabakh_status
            >>> frame = karabakh_status.load("1.0.0").to_pandas("recognitions")
            >>> int((frame["date_earliest"].dt.year == 2020).sum()) > 50
            True
        """
        try:
            import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
        except ImportError:
            from karabakh_status.errors import MissingExtraError

            raise MissingExtraError("to_pandas", "pandas") from None
        from karabakh_status._export import columns, flat

        names = [c.name for c in columns(record_type(dataset))]
        frame = pandas.DataFrame([flat(r) for r in self.records(dataset)], columns=names)
        for column in columns(record_type(dataset)):
            if column.type == "date":
                frame[column.name] = pandas.to_datetime(frame[column.name])
        return frame

    def export(self, folder: str | os.PathLike[str], *, format: str = "datapackage") -> tuple[Path, ...]:
        """Write every dataset into ``folder``: ``"datapackage"`` (CSV files and a Frictionless
        ``datapackage.json``), ``"csv"`` or ``"jsonl"``. Returns the paths written.

        Examples:
            >>> import karabakh_status, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     paths = karabakh_status.load("1.0.0").export(folder)
            ...     sorted(p.name for p in paths)[:3]
            ['datapackage.json', 'entities.csv', 'events.csv']
        """
        from pathlib import Path

        from karabakh_status._export import write_csv, write_datapackage, write_jsonl

        target = Path(folder)
        if format == "datapackage":
            package = write_datapackage(self, target)
            return (package, *(target / f"{name}.csv" for name in self.datasets))
        if format not in ("csv", "jsonl"):
            raise NotFoundError(
                "export format", format, message=f"unknown export format {format!r}; expected datapackage, csv or jsonl"
            )
        target.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in self.datasets:
            path = target / f"{name}.{format}"
            if format == "csv":
                write_csv(self.records(name), record_type(name), path)
            else:
                write_jsonl(self.records(name), path)
            paths.append(path)
        return tuple(paths)

    def validate(self) -> tuple[Violation, ...]:
        """Check every rule on this version's files, strictly; every violation found (none: ``()``)."""
        from karabakh_status._folders import snapshot
        from karabakh_status._rules import check

        return check(snapshot(self._folder))


def _as_date(value: Any) -> EventDate | Period | PartialDate | _dt.date:
    from karabakh_status._dates import parse_edtf

    if isinstance(value, str):
        return parse_edtf(value)
    from datetime import date

    if isinstance(value, (EventDate, Period, PartialDate, date)):
        return value
    raise DateError(str(value), f"expected a date or an EDTF string, got {type(value).__name__}")


E = TypeVar("E", bound=enum.Enum)
R = TypeVar("R")


def _enum(cls: type[E], value: E | str | None) -> E | None:
    """An enum member from itself or its value; a clear error naming the values allowed."""
    if value is None or isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        message = f"{value!r} is not a value of {cls.__name__}; expected one of {allowed}"
        raise NotFoundError(cls.__name__, str(value), message=message) from None


def _bounds(value: Any) -> tuple[_dt.date, _dt.date]:
    when = _as_date(value)
    from datetime import date

    if isinstance(when, date):
        return when, when
    return when.earliest, when.latest


def _select(records: tuple[R, ...], *, between: Any = None, within: Any = None, **wanted: Any) -> tuple[R, ...]:
    """The records whose fields equal every wanted value given (None: any), whose date may
    fall in ``between`` (overlaps it) and certainly falls in ``within`` (lies inside it)."""
    tests = {name: value for name, value in wanted.items() if value is not None}
    if "disputed" in tests:
        disputed = tests.pop("disputed")
        records = tuple(r for r in records if getattr(r, "disputed") is disputed)  # noqa: B009 - R is any record
    found = tuple(r for r in records if all(getattr(r, name) == value for name, value in tests.items()))
    for span, inside in ((between, False), (within, True)):
        if span is not None:
            low, high = _bounds(span)
            dated = ((r, getattr(r, "date")) for r in found)  # noqa: B009 - R is any record
            found = tuple(
                r
                for r, d in dated
                if d is not None
                and ((low <= d.earliest and d.latest <= high) if inside else (d.earliest <= high and low <= d.latest))
            )
    return found


_cache: dict[str, Dataset] = {}
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
        '1.0.0'
    """
    if path is not None:
        if version is not None:
            raise TypeError("give a version or a path, not both")
        folder = os.fspath(path)
        from karabakh_status._folders import raise_for, snapshot
        from karabakh_status._rules import check

        snap = snapshot(folder)
        violations = check(snap)
        raise_for(violations, folder)
        manifest = Manifest.from_json(snap.manifest)
        assert isinstance(manifest, Manifest)
        return Dataset(folder, manifest, dict(snap.tables))
    exact = resolve_version(version)
    found = _cache.get(exact)
    if found is None:
        with _cache_lock:
            found = _cache.get(exact)
            if found is None:
                found = _cache[exact] = _open_shipped(exact)
    return found


def _broken(error: type[DataError], summary: str, rule: str, file: str, *messages: str) -> DataError:
    """An error of the family carrying one violation per message (the rules module is imported only now)."""
    from karabakh_status._rules import Violation

    return error(summary, [Violation(rule=rule, file=file, message=message) for message in messages])


def _open_shipped(version: str) -> Dataset:
    folder = os.path.join(DATA, version)
    try:
        raw = _read(os.path.join(folder, _MANIFEST))
        manifest = Manifest.from_json(json.loads(raw))
    except (OSError, ValueError) as error:
        raise _broken(
            ManifestError, f"cannot read the manifest of version {version}", "manifest-readable", _MANIFEST, str(error)
        ) from None
    if isinstance(manifest, list):
        raise _broken(
            ManifestError, f"the manifest of version {version} is malformed", "manifest-readable", _MANIFEST, *manifest
        )
    locked = _lock().get(version)
    if locked is not None and _sha256(raw) != locked["manifest_sha256"]:
        raise _broken(
            ManifestError,
            f"released version {version} has changed",
            "released-unchanged",
            _MANIFEST,
            f"its SHA-256 must be {locked['manifest_sha256']}; make a new version instead",
        )
    return Dataset(folder, manifest)


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

    if path is not None:
        return check(snapshot(path))
    return check(snapshot(os.path.join(DATA, resolve_version(version))))
