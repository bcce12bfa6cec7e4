"""Versions, manifests and loading: file -> manifest check -> JSON -> records -> indices.

A shipped version is read lazily: each file is read, checked against its
manifest's SHA-256, built and indexed on first access, once, under a lock.
A folder of the user's own is read eagerly and strictly, then validated:
it loads whole or raises one error carrying every violation.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import os
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs

from karabakh_status import _converter
from karabakh_status._dates import EventDate, PartialDate, Period
from karabakh_status._model import RECORD_TYPES, Entity, EntityKind, MinisterTerm, Source
from karabakh_status._rules import Snapshot, Violation, check
from karabakh_status.errors import (
    DataError,
    DataFileError,
    ManifestError,
    NotFoundError,
    RecordError,
    ValidationError,
    VersionError,
)

__all__ = ["ENV_VAR", "Dataset", "FileEntry", "Manifest", "load", "resolve_version", "validate", "versions"]

ENV_VAR: Final = "KARABAKH_STATUS_VERSION"
"""The environment variable that pins the default dataset version for a whole program."""

DATA: Final = Path(__file__).resolve().parent / "data"
_MANIFEST: Final = "manifest.json"
_LOCK_FILE: Final = "releases.json"
_SPEC = re.compile(r"(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*)){0,2}")
_FILE_NAME = re.compile(r"[a-z][a-z0-9_-]*\.json")
_MANIFEST_KEYS: Final = frozenset({"version", "released", "sources", "files"})
_TABLE_TYPES: dict[str, type[Any]] = {"sources": Source, "entities": Entity, **RECORD_TYPES}
T = TypeVar("T")


# -- versions -----------------------------------------------------------------------------------


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@functools.lru_cache(maxsize=1)
def _lock() -> Mapping[str, Mapping[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((DATA / _LOCK_FILE).read_bytes())
    return data


def versions() -> tuple[str, ...]:
    """Every dataset version this package ships, oldest first.

    Example:
        >>> "1.0.0" in versions()
        True
    """
    found = [
        p.name for p in DATA.iterdir() if (p / _MANIFEST).is_file() and re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", p.name)
    ]
    return tuple(sorted(found, key=_semver))


def released_versions() -> tuple[str, ...]:
    """The shipped versions that are released (hash-locked), oldest first.

    Example:
        >>> set(released_versions()) <= set(versions())
        True
    """
    return tuple(v for v in versions() if v in _lock())


def resolve_version(spec: str | None = None) -> str:
    """The exact version that ``spec`` names.

    None: the version pinned by the environment variable ``KARABAKH_STATUS_VERSION``,
    else the newest released version (the newest of all while none is released).
    ``"1.0.0"`` names itself; ``"1"`` or ``"1.2"`` the newest matching version.

    Example:
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

    Example:
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
        released: the release date, or None while unreleased.
        sources: ``(source id, SHA-256)`` of each bundled source text.
        files: each data file with its SHA-256 and record count.

    Example:
        >>> import karabakh_status
        >>> manifest = karabakh_status.load("1.0.0").manifest
        >>> manifest.version, [entry.name for entry in manifest.files][:2]
        ('1.0.0', ['sources.json', 'entities.json'])
    """

    version: str
    released: _dt.date | None
    sources: tuple[tuple[str, str], ...]
    files: tuple[FileEntry, ...]

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
        day = None
        if released is not None:
            try:
                day = _dt.date.fromisoformat(released) if isinstance(released, str) else None
            except ValueError:
                day = None
            if day is None:
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
        return cls(version=version, released=day, sources=tuple(sorted(sources.items())), files=tuple(entries))


def _read_manifest(folder: Path) -> tuple[Manifest | None, bytes | None, Any, list[Violation]]:
    def problem(message: str) -> Violation:
        return Violation(rule="manifest-readable", file=_MANIFEST, message=message)

    if not folder.is_dir():
        return None, None, None, [problem(f"no such folder: {folder}")]
    try:
        raw = (folder / _MANIFEST).read_bytes()
    except OSError as error:
        return None, None, None, [problem(f"cannot read it in {folder}: {error.strerror or error}")]
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        return None, raw, None, [problem(f"not JSON: {error}")]
    manifest = Manifest.from_json(data)
    if isinstance(manifest, list):
        return None, raw, data, [problem(message) for message in manifest]
    return manifest, raw, data, []


# -- strict reading of a folder -----------------------------------------------------------------


def _inside(folder: Path, name: str) -> Path | None:
    """The file ``name`` of ``folder``, or None if it would lead outside it (a link, say)."""
    path = folder / name
    try:
        return path if path.resolve().parent == folder.resolve() and not path.is_symlink() else None
    except OSError:  # pragma: no cover - a loop of links, say
        return None


def snapshot(folder: Path) -> Snapshot:
    """Read a dataset folder strictly: everything the rules need, and every reading problem."""
    manifest, raw_manifest, manifest_json, problems = _read_manifest(folder)
    files: dict[str, bytes] = {}
    tables: dict[str, tuple[Any, ...]] = {}
    incomplete: set[str] = set()
    present = frozenset(
        p.name for p in (folder.iterdir() if folder.is_dir() else ()) if p.suffix == ".json" and p.name != _MANIFEST
    )
    for entry in manifest.files if manifest else ():
        name = entry.name.removesuffix(".json")
        path = _inside(folder, entry.name)
        if path is None or entry.name not in present:
            if entry.name in present:
                problems.append(
                    Violation(
                        rule="json-well-formed",
                        file=entry.name,
                        message="the file is a link, or leads outside the folder",
                    )
                )
            continue  # a missing file is reported by manifest-complete
        try:
            files[entry.name] = raw = path.read_bytes()
            data = json.loads(raw)
        except OSError as error:
            problems.append(Violation(rule="json-well-formed", file=entry.name, message=f"cannot read: {error}"))
            continue
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            problems.append(Violation(rule="json-well-formed", file=entry.name, message=f"not JSON: {error}"))
            continue
        cls = _TABLE_TYPES.get(name)
        if cls is None:
            continue  # reported by manifest-complete
        if not isinstance(data, list):
            problems.append(
                Violation(
                    rule="json-well-formed",
                    file=entry.name,
                    message=f"expected an array of records, got {_converter._json_type(data)}",
                )
            )
            continue
        records, clean = [], True
        for index, item in enumerate(data):
            result = _converter.structure(cls, item)
            if isinstance(result, list):
                clean = False
                ident = item.get("id") if isinstance(item, dict) else None
                label = ident if isinstance(ident, str) else f"#{index}"
                problems.extend(
                    Violation(rule=p.rule, file=entry.name, record=label, field=p.field, message=p.message)
                    for p in result
                )
            else:
                records.append(result)
        tables[name] = tuple(records)
        if not clean:
            incomplete.add(name)
    return Snapshot(
        folder=str(folder),
        manifest=manifest_json if manifest else None,
        manifest_bytes=raw_manifest,
        files=files,
        present=present,
        tables=tables,
        incomplete=frozenset(incomplete),
        problems=tuple(problems),
        lock=_lock(),
        today=_dt.date.today(),
    )


_ERROR_BY_RULE: Final = (
    (
        ManifestError,
        {
            "manifest-readable",
            "manifest-complete",
            "manifest-hash",
            "manifest-count",
            "released-unchanged",
            "source-hash",
        },
    ),
    (DataFileError, {"json-well-formed"}),
    (RecordError, {"schema", "enum-valid", "date-well-formed"}),
)


def _raise_for(violations: tuple[Violation, ...], folder: Path) -> None:
    """Raise the error of the most basic rule broken, carrying every violation."""
    if not violations:
        return
    broken = {violation.rule for violation in violations}
    for error, rules in _ERROR_BY_RULE:
        if broken & rules:
            raise error(f"the data in {folder} is broken", violations)
    raise ValidationError(f"the data in {folder} breaks validation rules", violations)


# -- the dataset --------------------------------------------------------------------------------


class Dataset:
    """One dataset version: typed, immutable records with lookups and filters.

    Get one with `karabakh_status.load`. Each file is read on first use, once.

    Example:
        >>> import karabakh_status
        >>> data = karabakh_status.load("1.0.0")
        >>> data.version
        '1.0.0'
        >>> data.minister_on("2015").person
        'karen-mirzoyan'
    """

    def __init__(self, folder: Path, manifest: Manifest, tables: dict[str, tuple[Any, ...]] | None = None) -> None:
        self._folder = folder
        self._manifest = manifest
        self._tables: dict[str, tuple[Any, ...]] = dict(tables or {})
        self._trusted = tables is None
        self._lock = threading.Lock()
        self._index: dict[str, Any] | None = None
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
        return self._folder

    @property
    def datasets(self) -> tuple[str, ...]:
        """The names of the datasets this version holds (``"entities"``, ``"ministers"``, ...)."""
        return tuple(entry.name.removesuffix(".json") for entry in self._manifest.files)

    def records(self, dataset: str) -> tuple[Any, ...]:
        """Every record of a dataset, in file order; ``()`` if this version lacks it.

        Example:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").records("ministers"))
            10
        """
        if dataset not in _TABLE_TYPES:
            raise NotFoundError("dataset", dataset, f"; datasets: {', '.join(_TABLE_TYPES)}")
        table = self._tables.get(dataset)
        if table is None:
            with self._lock:
                table = self._tables.get(dataset)
                if table is None:
                    table = self._tables[dataset] = self._read_trusted(dataset)
        return table

    def _read_trusted(self, dataset: str) -> tuple[Any, ...]:
        entry = self._manifest.file(f"{dataset}.json")
        if entry is None:
            return ()
        where = Violation(rule="manifest-hash", file=entry.name, message="")
        try:
            raw = (self._folder / entry.name).read_bytes()
        except OSError as error:
            raise DataFileError(
                f"cannot read {self._folder / entry.name}",
                [attrs.evolve(where, rule="json-well-formed", message=str(error))],
            ) from None
        digest = hashlib.sha256(raw).hexdigest()
        if digest != entry.sha256:
            raise ManifestError(
                f"{self._folder / entry.name} does not match its manifest",
                [attrs.evolve(where, message=f"SHA-256 is {digest}, the manifest says {entry.sha256}")],
            )
        cls = _TABLE_TYPES[dataset]
        records = tuple(_converter.build(cls, item) for item in json.loads(raw))
        if len(records) != entry.records:
            raise ManifestError(
                f"{self._folder / entry.name} does not match its manifest",
                [
                    attrs.evolve(
                        where,
                        rule="manifest-count",
                        message=f"{len(records)} records, the manifest says {entry.records}",
                    )
                ],
            )
        return records

    def _by_id(self) -> dict[str, Any]:
        if self._index is None:
            tables = [self.records(name) for name in _TABLE_TYPES]  # outside the lock: records() takes it
            with self._lock:
                if self._index is None:
                    index: dict[str, Any] = {}
                    for table in tables:
                        for record in table:
                            index.setdefault(record.id, record)
                    self._index = index
        return self._index

    def get(self, id: str) -> Any:
        """The record, entity or source with this id, in constant time.

        Example:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").get("mfa-2012-karen-mirzoyan").term.phrase()
            'from 2012 to 2017'
        """
        found = self._by_id().get(id)
        if found is None:
            raise NotFoundError("record", id, f" in dataset version {self.version}")
        return found

    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites: the bundled articles first, then external pages."""
        return self.records("sources")

    def source(self, id: str) -> Source:
        """The source with this id."""
        found = self._by_id().get(id)
        if not isinstance(found, Source):
            raise NotFoundError("source", id, f"; sources: {', '.join(s.id for s in self.sources())}")
        return found

    def entities(self, *, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
        """The gazetteer, filtered by kind and ISO 3166-1 alpha-2 country code.

        Example:
            >>> import karabakh_status
            >>> [e.name for e in karabakh_status.load("1.0.0").entities(kind="person")][:2]
            ['Arkadi Ghukasyan', 'Naira Melkumian']
        """
        if kind is None and country is None:
            return self.records("entities")
        wanted = None if kind is None else EntityKind(kind)
        return tuple(
            e
            for e in self.records("entities")
            if (wanted is None or e.kind is wanted) and (country is None or e.country == country.upper())
        )

    def entity(self, key: str) -> Entity:
        """The entity with this id, or else the one whose name or alias is ``key`` (any case).

        Example:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").entity("NKR").id
            'artsakh'
        """
        found = self._by_id().get(key)
        if isinstance(found, Entity):
            return found
        if self._names is None:
            entities = self.records("entities")
            with self._lock:
                if self._names is None:
                    names: dict[str, list[Entity]] = {}
                    for entity in entities:
                        for name in {n.casefold() for n in entity.names}:
                            names.setdefault(name, []).append(entity)
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

        Example:
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
            raise NotFoundError("minister's term", str(day), " that includes that date")
        return terms[-1]

    def validate(self) -> tuple[Violation, ...]:
        """Check every rule on this version's files, strictly; every violation found (none: ``()``)."""
        return check(snapshot(self._folder))


def _as_date(value: Any) -> EventDate | Period | PartialDate | _dt.date:
    from karabakh_status._dates import parse_edtf

    if isinstance(value, str):
        return parse_edtf(value)
    if isinstance(value, (EventDate, Period, PartialDate, _dt.date)):
        return value
    raise TypeError(f"expected a date or an EDTF string, got {type(value).__name__}")


_cache: dict[str, Dataset] = {}
_cache_lock = threading.Lock()


def load(version: str | None = None, *, path: str | os.PathLike[str] | None = None) -> Dataset:
    """A dataset version: the newest by default, a pinned one, or a folder of your own.

    ``load()`` gives the version pinned by ``KARABAKH_STATUS_VERSION``, else the
    newest released one; ``load("1.0.0")`` exactly that one; ``load("1")`` the
    newest 1.x. ``load(path=...)`` reads a folder with a manifest, strictly,
    and raises a `DataError` carrying every violation if it breaks a rule.
    Shipped versions are cached: every call returns the same `Dataset`.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.load("1").version
        '1.0.0'
    """
    if path is not None:
        if version is not None:
            raise TypeError("give a version or a path, not both")
        folder = Path(path)
        snap = snapshot(folder)
        violations = check(snap)
        _raise_for(violations, folder)
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


def _open_shipped(version: str) -> Dataset:
    folder = DATA / version
    try:
        raw = (folder / _MANIFEST).read_bytes()
        manifest = Manifest.from_json(json.loads(raw))
    except (OSError, ValueError) as error:
        raise ManifestError(
            f"cannot read the manifest of version {version}",
            [Violation(rule="manifest-readable", file=_MANIFEST, message=str(error))],
        ) from None
    if isinstance(manifest, list):
        raise ManifestError(
            f"the manifest of version {version} is malformed",
            [Violation(rule="manifest-readable", file=_MANIFEST, message=m) for m in manifest],
        )
    locked = _lock().get(version)
    if locked is not None and hashlib.sha256(raw).hexdigest() != locked["manifest_sha256"]:
        raise ManifestError(
            f"released version {version} has changed",
            [
                Violation(
                    rule="released-unchanged",
                    file=_MANIFEST,
                    message=f"its SHA-256 must be {locked['manifest_sha256']}",
                )
            ],
        )
    return Dataset(folder, manifest)


def validate(version: str | None = None, *, path: str | os.PathLike[str] | None = None) -> tuple[Violation, ...]:
    """Check every rule on a shipped version (the default one if none is named) or a folder.

    Returns every violation found; ``()`` when the data is valid. Never
    raises for bad data; raises `VersionError` for a version not shipped.

    Example:
        >>> import karabakh_status
        >>> karabakh_status.validate("1.0.0")
        ()
    """
    if path is not None:
        return check(snapshot(Path(path)))
    return check(snapshot(DATA / resolve_version(version)))


def write_manifest(folder: Path, *, version: str | None = None) -> Manifest:
    """(Re)write the manifest of an unreleased folder from its files: hashes and counts.

    Refuses a version that is released in the lock. The files are counted as JSON arrays.
    """
    old = folder / _MANIFEST
    previous = json.loads(old.read_bytes()) if old.is_file() else {}
    version = version or previous.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", version):
        raise VersionError("a manifest needs a version X.Y.Z", requested=str(version), available=versions())
    if version in _lock():
        raise VersionError(
            f"version {version} is released: its manifest never changes; make a new version",
            requested=version,
            available=versions(),
        )
    order = list(_TABLE_TYPES)
    names = sorted(
        (p.name for p in folder.glob("*.json") if p.name != _MANIFEST),
        key=lambda n: (order.index(n[:-5]) if n[:-5] in order else len(order), n),
    )
    files = {}
    for name in names:
        raw = (folder / name).read_bytes()
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            data = error
        if not isinstance(data, list):
            raise DataFileError(
                f"cannot write the manifest of {folder}",
                [Violation(rule="json-well-formed", file=name, message=f"not a JSON array of records: {data!s:.80}")],
            )
        files[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "records": len(data)}
    sources = {}
    for item in json.loads((folder / "sources.json").read_bytes()) if "sources.json" in files else ():
        if item.get("kind") == "bundled":
            sources[item["id"]] = item.get("sha256")
    data = {"version": version, "released": previous.get("released"), "sources": sources, "files": files}
    old.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    manifest = Manifest.from_json(data)
    if isinstance(manifest, list):
        raise DataError(
            f"cannot write the manifest of {folder}",
            [Violation(rule="manifest-readable", file=_MANIFEST, message=m) for m in manifest],
        )
    return manifest
