"""Strict reading of a dataset folder into a `Snapshot`, and writing its manifest.

Used for every folder a user gives and for `validate`; never on the verified
fast path of shipped data, which imports none of this.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Final

from karabakh_status import _converter, _files, _versions
from karabakh_status._bulk import building
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._gazetteer import Source, SourceKind
from karabakh_status._integrity import MANIFEST as _MANIFEST
from karabakh_status._manifest import Manifest
from karabakh_status._rules import Snapshot
from karabakh_status._sources import MAX_TEXT_BYTES, SourceText
from karabakh_status._tombstones import FILE as _TOMBSTONES
from karabakh_status._tombstones import Tombstone, parse, previous_release, shipped_ids
from karabakh_status._versions import versions
from karabakh_status._violation import Violation
from karabakh_status.errors import DataError, DataFileError, ManifestError, RecordError, ValidationError, VersionError

__all__ = ["MAX_MALFORMED", "UNREADABLE", "no_folder", "raise_for", "snapshot", "write_manifest"]

MAX_MALFORMED: Final = 100
"""The malformed records of one file reported, at most; the rest of the file is then not checked (one
``schema`` violation says how many records): 100,000 records ``{}`` (300 KB) cost 10 seconds and 700,000
violations, and the JSON reader's cap lets in five times as many."""

UNREADABLE: Final = ("no such folder: ", "cannot read it in ", "not a folder: ")
"""How a `manifest-readable` message begins when there is no folder or no manifest to read at all (not a
malformed one): the command line treats that as bad input (exit code 2)."""


def _read_manifest(folder: Path) -> tuple[Manifest | None, bytes | None, Any, list[Violation]]:
    def problem(message: str) -> Violation:
        return Violation(rule="manifest-readable", file=_MANIFEST, message=message)

    if not os.path.isdir(folder):
        return None, None, None, [problem(no_folder(folder))]
    try:
        raw = _files.read_in(folder, _MANIFEST)
    except _files.UnsafeFileError as error:
        return None, None, None, [problem(f"not read: {error.strerror}")]
    except OSError as error:
        return None, None, None, [problem(f"{UNREADABLE[1]}{folder}: {error.strerror or error}")]
    try:
        data = _files.loads(raw)
    except ValueError as error:
        return None, raw, None, [problem(str(error))]
    manifest = Manifest.from_json(data)
    if isinstance(manifest, list):
        return None, raw, data, [problem(message) for message in manifest]
    return manifest, raw, data, []


def no_folder(folder: str | os.PathLike[str]) -> str:
    """Why ``folder`` (no folder) cannot be read: missing, a file or something else, or a path with a NUL byte.

    Examples:
        >>> no_folder("/no/such/place"), no_folder("/etc/passwd")
        ('no such folder: /no/such/place', 'not a folder: /etc/passwd is a file')
        >>> print(no_folder("a\\x00b"))
        no such folder: 'a\\x00b' (a path with a NUL byte)
    """
    path = os.fspath(folder)
    if "\x00" in path:
        return f"{UNREADABLE[0]}{path!r} (a path with a NUL byte)"
    if os.path.lexists(path):
        kind = "a file" if os.path.isfile(path) else "not a folder"
        return f"{UNREADABLE[2]}{path} is {kind}" if kind == "a file" else f"{UNREADABLE[2]}{path}"
    return f"{UNREADABLE[0]}{path}"


def _json_names(folder: Path) -> frozenset[str]:
    """The names of the JSON files in a folder, whatever they are (links and FIFOs included, never opened)."""
    try:
        return frozenset(name for name in os.listdir(folder) if name.endswith(".json") and name != _MANIFEST)
    except (OSError, ValueError):  # ValueError: a NUL byte in the path
        return frozenset()


@building  # the collector paused: building records makes no cycle (`_bulk`)
def snapshot(where: str | os.PathLike[str]) -> Snapshot:
    """Read a dataset folder strictly: everything the rules need, and every reading problem."""
    folder = Path(where)
    manifest, raw_manifest, manifest_json, problems = _read_manifest(folder)
    files: dict[str, bytes] = {}
    tables: dict[str, tuple[Any, ...]] = {}
    incomplete: set[str] = set()
    tombstones: tuple[Tombstone, ...] = ()
    present = _json_names(folder)
    for entry in manifest.files if manifest else ():
        name = entry.name.removesuffix(".json")
        if entry.name not in present:
            continue  # a missing file is reported by manifest-complete
        try:
            files[entry.name] = raw = _files.read_in(folder, entry.name)
            dataset = name in DATASETS and entry.name != _TOMBSTONES
            data = None if dataset else _files.loads(raw)
        except _files.UnsafeFileError as error:
            problems.append(Violation(rule="json-well-formed", file=entry.name, message=f"not read: {error.strerror}"))
            continue
        except OSError as error:
            problems.append(
                Violation(rule="json-well-formed", file=entry.name, message=f"cannot read: {error.strerror or error}")
            )
            continue
        except ValueError as error:
            problems.append(Violation(rule="json-well-formed", file=entry.name, message=str(error)))
            continue
        if entry.name == _TOMBSTONES:
            found = parse(data)
            if isinstance(found, list):
                problems += [
                    Violation(rule="tombstone-format", file=_TOMBSTONES, record=label or None, message=message)
                    for label, message in found
                ]
            else:
                tombstones = found
            continue
        if dataset:  # any other file: reported by manifest-complete
            records, unread, complete = _dataset_file(entry.name, raw)
            problems += unread
            if records is not None:
                tables[name] = records
            if not complete:
                incomplete.add(name)
    version = manifest.version if manifest else None
    previous = previous_release(version) if version else None
    texts = _own_texts(folder, tables.get("sources", ()), problems)
    return Snapshot(
        folder=str(folder),
        manifest=manifest_json if manifest else None,
        manifest_bytes=raw_manifest,
        files=files,
        present=present,
        tables=tables,
        incomplete=frozenset(incomplete),
        problems=tuple(problems),
        lock=_versions._lock(),
        today=_dt.date.today(),
        tombstones=tombstones,
        previous=previous,
        previous_ids=shipped_ids(previous) if previous else {},
        texts=texts,
    )


_Read = tuple[tuple[Any, ...] | None, tuple[Violation, ...], bool]
"""A dataset file read: its records (None: it is no array of records), its reading problems, and whether every
record was read."""

KEPT_BYTES: Final = 2 * 1024 * 1024
"""How many bytes of dataset files `_dataset_file` keeps the reading of, in all (the last read first): a version's
files are 630 KiB (1.2.0). Their records take 1.4 to 2.5 times a shipped file's size; at worst (a file of
short strings) about 12 times, so what is kept stays under about 26 MiB."""


def _read_dataset_file(file: str, raw: bytes) -> _Read:
    try:
        data = _files.loads(raw)
    except ValueError as error:
        return None, (Violation(rule="json-well-formed", file=file, message=str(error)),), True
    if not isinstance(data, list):
        message = f"expected an array of records, got {_converter._json_type(data)}"
        return None, (Violation(rule="json-well-formed", file=file, message=message),), True
    cls = record_type(file.removesuffix(".json"))
    records, problems, malformed = [], [], 0
    for index, item in enumerate(data):
        if malformed == MAX_MALFORMED:
            rest = len(data) - index
            message = f"{rest:,} more records not checked: after {MAX_MALFORMED} malformed ones, fix those first"
            problems.append(Violation(rule="schema", file=file, message=message))
            break
        result = _converter.structure(cls, item)
        if isinstance(result, list):
            malformed += 1
            ident = item.get("id") if isinstance(item, dict) else None
            label = ident if isinstance(ident, str) else f"#{index}"
            problems.extend(
                Violation(rule=p.rule, file=file, record=label, field=p.field, message=p.message) for p in result
            )
        else:
            records.append(result)
    return tuple(records), tuple(problems), malformed == 0


_kept: OrderedDict[tuple[str, bytes], _Read] = OrderedDict()
_kept_lock = threading.Lock()


def _dataset_file(file: str, raw: bytes) -> _Read:
    """`_read_dataset_file`, kept for the files last read, up to `KEPT_BYTES` of them: the same bytes under the
    same name are read into the same records (immutable), as when a folder is validated and then loaded, or
    copied and changed in one file."""
    if len(raw) > KEPT_BYTES:  # never kept: not even hashed
        return _read_dataset_file(file, raw)
    key = (file, raw)
    with _kept_lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
    read = _read_dataset_file(file, raw)
    with _kept_lock:
        _kept[key] = read
        held = sum(len(kept) for _, kept in _kept)
        while held > KEPT_BYTES:
            (_, dropped), _ = _kept.popitem(last=False)
            held -= len(dropped)
    return read


def _forget() -> None:
    """Keep no reading: the next one of each file is a first one (the tests that count what a reading does, and
    `benchmarks/bench.py`, which times it)."""
    with _kept_lock:
        _kept.clear()


def _own_texts(folder: Path, sources: tuple[Source, ...], problems: list[Violation]) -> dict[str, SourceText]:
    """The folder's own copies of its bundled texts (``<source id>.txt``), where it carries them."""
    texts = {}
    for source in sources:
        name = f"{source.id}.txt"
        if source.kind is not SourceKind.BUNDLED or source.file != name or not os.path.lexists(folder / name):
            continue
        problem = None
        try:
            texts[source.id] = SourceText(source.id, _files.read_in(folder, name, limit=MAX_TEXT_BYTES))
        except _files.UnsafeFileError as error:
            problem = f"the text is not read: {error.strerror}"
        except OSError as error:
            problem = f"cannot read the text: {error.strerror or error}"
        except UnicodeDecodeError as error:
            problem = f"the text is not UTF-8: {error}"
        if problem:
            problems.append(Violation(rule="source-hash", file=name, record=source.id, message=problem))
    return texts


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
    (RecordError, {"schema", "enum-valid", "date-well-formed", "tombstone-format"}),
)


def raise_for(violations: tuple[Violation, ...], folder: str | os.PathLike[str]) -> None:
    """Raise the error of the most basic rule broken, carrying every violation."""
    if not violations:
        return
    broken = {violation.rule for violation in violations}
    for error, rules in _ERROR_BY_RULE:
        if broken & rules:
            shown = folder if "\x00" not in str(folder) else repr(str(folder))
            raise error(f"the data in {shown} is broken", violations)
    raise ValidationError(f"the data in {folder} breaks validation rules", violations)


def write_manifest(where: str | os.PathLike[str], *, version: str | None = None) -> Manifest:
    """(Re)write the manifest of an unreleased folder from its files: hashes and counts.

    Refuses a version that is released in the lock, and the package's own folders (except the
    folder of an unreleased shipped draft, for its own version). A new version (``version``
    other than the manifest's) starts as a draft: ``"released": null``. Every file is read as
    strictly as `load` reads it; the manifest is written atomically, never through a link.
    """
    folder = Path(where)
    summary = f"cannot write the manifest of {folder}"
    if not os.path.isdir(folder):
        raise _one(ManifestError, summary, "manifest-readable", _MANIFEST, no_folder(folder))
    previous: dict[str, Any] = {}
    if _MANIFEST in os.listdir(folder):
        try:
            found = _files.loads(_files.read_in(folder, _MANIFEST))
        except _files.UnsafeFileError as error:
            raise _one(ManifestError, summary, "manifest-readable", _MANIFEST, f"not read: {error.strerror}") from None
        except ValueError as error:
            raise _one(ManifestError, summary, "manifest-readable", _MANIFEST, str(error)) from None
        if not isinstance(found, dict):
            raise _one(ManifestError, summary, "manifest-readable", _MANIFEST, "the manifest is not a JSON object")
        previous = found
    old_version = previous.get("version")
    version = version or old_version
    if not isinstance(version, str) or not _versions.canonical(version):
        raise VersionError("a manifest needs a version X.Y.Z", requested=str(version)[:40], available=versions())
    if version in _versions._lock():
        raise VersionError(
            f"version {version} is released: its manifest never changes; make a new version",
            requested=version,
            available=versions(),
        )
    _files.refuse_shipped(folder, allow=os.path.join(_versions.DATA, version))
    released = previous.get("released") if version == old_version else None  # a new version starts as a draft
    order = list(DATASETS)
    names = sorted(_json_names(folder), key=lambda n: (order.index(n[:-5]) if n[:-5] in order else len(order), n))
    files, contents, problems = {}, {}, []
    for name in names:
        try:
            raw = _files.read_in(folder, name)
            data = _files.loads(raw)
        except _files.UnsafeFileError as error:
            problems.append(Violation(rule="json-well-formed", file=name, message=f"not read: {error.strerror}"))
            continue
        except OSError as error:
            problems.append(Violation(rule="json-well-formed", file=name, message=f"cannot read: {error.strerror}"))
            continue
        except ValueError as error:
            problems.append(Violation(rule="json-well-formed", file=name, message=str(error)))
            continue
        if not isinstance(data, list):
            problems.append(
                Violation(
                    rule="json-well-formed",
                    file=name,
                    message=f"expected an array of records, got {_converter._json_type(data)}",
                )
            )
            continue
        files[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "records": len(data)}
        contents[name] = data
    sources: dict[str, Any] = {}
    for index, item in enumerate(contents.get("sources.json", ())):
        if not isinstance(item, dict):
            message = f"expected an object, got {_converter._json_type(item)}"
            problems.append(Violation(rule="schema", file="sources.json", record=f"#{index}", message=message))
        elif item.get("kind") == "bundled":
            ident, digest = item.get("id"), item.get("sha256")
            if isinstance(ident, str) and isinstance(digest, str):
                sources[ident] = digest
                continue
            label = ident if isinstance(ident, str) else f"#{index}"
            problems.append(
                Violation(
                    rule="schema",
                    file="sources.json",
                    record=label,
                    message="a bundled source needs a string id and a string sha256",
                )
            )
    if problems:
        raise (DataFileError if any(p.rule == "json-well-formed" for p in problems) else RecordError)(summary, problems)
    data = {"version": version, "released": released, "sources": sources, "files": files}
    manifest = Manifest.from_json(data)
    if isinstance(manifest, list):
        raise DataError(summary, [Violation(rule="manifest-readable", file=_MANIFEST, message=m) for m in manifest])
    _files.write_in(folder, _MANIFEST, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return manifest


def _one(error: type[DataError], summary: str, rule: str, file: str, message: str) -> DataError:
    return error(summary, [Violation(rule=rule, file=file, message=message)])
