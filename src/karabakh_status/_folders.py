"""Strict reading of a dataset folder into a `Snapshot`, and writing its manifest.

Used for every folder a user gives and for `validate`; never on the verified
fast path of shipped data, which imports none of this.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any, Final

from karabakh_status import _converter, _versions
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._manifest import MANIFEST as _MANIFEST
from karabakh_status._manifest import Manifest
from karabakh_status._model import Source, SourceKind
from karabakh_status._rules import Snapshot
from karabakh_status._sources import SourceText
from karabakh_status._tombstones import FILE as _TOMBSTONES
from karabakh_status._tombstones import Tombstone, parse, previous_release, shipped_ids
from karabakh_status._versions import versions
from karabakh_status._violation import Violation
from karabakh_status.errors import DataError, DataFileError, ManifestError, RecordError, ValidationError, VersionError

__all__ = ["raise_for", "snapshot", "write_manifest"]


def _read_manifest(folder: Path) -> tuple[Manifest | None, bytes | None, Any, list[Violation]]:
    def problem(message: str) -> Violation:
        return Violation(rule="manifest-readable", file=_MANIFEST, message=message)

    if not folder.is_dir():
        return None, None, None, [problem(f"no such folder: {folder}")]
    if (folder / _MANIFEST).is_symlink():
        return None, None, None, [problem("the manifest is a link: a dataset folder's files are its own")]
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


def _inside(folder: Path, name: str) -> Path | None:
    """The file ``name`` of ``folder``, or None if it would lead outside it (a link, say)."""
    path = folder / name
    try:
        return path if path.resolve().parent == folder.resolve() and not path.is_symlink() else None
    except OSError:  # pragma: no cover - a loop of links, say
        return None


def snapshot(where: str | os.PathLike[str]) -> Snapshot:
    """Read a dataset folder strictly: everything the rules need, and every reading problem."""
    folder = Path(where)
    manifest, raw_manifest, manifest_json, problems = _read_manifest(folder)
    files: dict[str, bytes] = {}
    tables: dict[str, tuple[Any, ...]] = {}
    incomplete: set[str] = set()
    tombstones: tuple[Tombstone, ...] = ()
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
        if name not in DATASETS:
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
            result = _converter.structure(record_type(name), item)
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


def _own_texts(folder: Path, sources: tuple[Source, ...], problems: list[Violation]) -> dict[str, SourceText]:
    """The folder's own copies of its bundled texts (``<source id>.txt``), where it carries them."""
    texts = {}
    for source in sources:
        name = f"{source.id}.txt"
        if source.kind is not SourceKind.BUNDLED or source.file != name or not os.path.lexists(folder / name):
            continue
        path = _inside(folder, name)
        problem = "the text is a link, or leads outside the folder" if path is None else None
        if path is not None:
            try:
                texts[source.id] = SourceText(source.id, path.read_bytes())
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
            raise error(f"the data in {folder} is broken", violations)
    raise ValidationError(f"the data in {folder} breaks validation rules", violations)


def write_manifest(where: str | os.PathLike[str], *, version: str | None = None) -> Manifest:
    """(Re)write the manifest of an unreleased folder from its files: hashes and counts.

    Refuses a version that is released in the lock. The files are counted as JSON arrays.
    """
    folder = Path(where)
    old = folder / _MANIFEST
    previous = json.loads(old.read_bytes()) if old.is_file() else {}
    version = version or previous.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", version):
        raise VersionError("a manifest needs a version X.Y.Z", requested=str(version), available=versions())
    if version in _versions._lock():
        raise VersionError(
            f"version {version} is released: its manifest never changes; make a new version",
            requested=version,
            available=versions(),
        )
    order = list(DATASETS)
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
