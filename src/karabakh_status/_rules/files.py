"""The rules over a folder's files: the manifest lists them all, their hashes and counts, the lock, sources."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from typing import Final

from karabakh_status._gazetteer import SourceKind
from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._violation import Violation
from karabakh_status.errors import plural

__all__ = [
    "manifest_complete",
    "manifest_count",
    "manifest_hash",
    "released_unchanged",
    "source_hash",
]


def manifest_complete(snap: Snapshot) -> Iterator[Violation]:
    if snap.manifest is None:
        return
    from karabakh_status._datasets import DATASETS

    listed = set(snap.manifest.get("files", {}))
    from karabakh_status._tombstones import FILE

    known = {f"{name}.json" for name in DATASETS} | {FILE}
    for name in sorted(listed - snap.present):
        yield Violation(rule="manifest-complete", file=name, message="listed in the manifest but missing")
    for name in sorted(snap.present - listed):
        yield Violation(rule="manifest-complete", file=name, message="a JSON file the manifest does not list")
    for name in sorted(listed - known):
        yield Violation(
            rule="manifest-complete",
            file=name,
            message=f"not a dataset file; expected one of {', '.join(sorted(known))}",
        )
    for name in ("sources.json", "entities.json"):
        if name not in listed:
            yield Violation(rule="manifest-complete", file=name, message="every version needs this file")


_CACHED_BYTES: Final = 1024 * 1024
"""The largest file whose SHA-256 is kept (`_sha256`): at most 16 of them (a version's data files fit), 16 MiB."""


@functools.lru_cache(maxsize=16)
def _cached_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sha256(data: bytes) -> str:
    """A file's SHA-256, hashed once per content: snapshots made from one (the tests' mutants) share their
    files' bytes, and a bytes object keeps its own hash, so a second look costs a dictionary lookup."""
    if type(data) is bytes and len(data) <= _CACHED_BYTES:
        return _cached_sha256(data)
    return hashlib.sha256(data).hexdigest()


def manifest_hash(snap: Snapshot) -> Iterator[Violation]:
    for name, entry in (snap.manifest or {}).get("files", {}).items():
        data = snap.files.get(name)
        if data is not None and _sha256(data) != entry.get("sha256"):
            yield Violation(
                rule="manifest-hash",
                file=name,
                field="sha256",
                message=f"the file's SHA-256 is {_sha256(data)}, the manifest says {entry.get('sha256')}",
            )


def manifest_count(snap: Snapshot) -> Iterator[Violation]:
    from karabakh_status._tombstones import FILE

    read_cleanly = FILE in snap.files and not any(p.file == FILE for p in snap.problems)
    tables = {**snap.tables, FILE.removesuffix(".json"): snap.tombstones} if read_cleanly else snap.tables
    for name, entry in (snap.manifest or {}).get("files", {}).items():
        table = tables.get(name.removesuffix(".json"))
        if (
            table is not None
            and name.removesuffix(".json") not in snap.incomplete
            and len(table) != entry.get("records")
        ):
            yield Violation(
                rule="manifest-count",
                file=name,
                field="records",
                message=f"the file holds {plural(len(table), 'record')}, the manifest says {entry.get('records')}",
            )


def released_unchanged(snap: Snapshot) -> Iterator[Violation]:
    if snap.manifest is None or snap.manifest_bytes is None:
        return
    version = snap.manifest.get("version")
    locked = snap.lock.get(version) if isinstance(version, str) else None
    if locked is None:
        return
    actual = hashlib.sha256(snap.manifest_bytes).hexdigest()
    if actual != locked["manifest_sha256"]:
        yield Violation(
            rule="released-unchanged",
            file="manifest.json",
            message=f"version {version} is released: its manifest's SHA-256 must stay "
            f"{locked['manifest_sha256']}, it is {actual}; make a new version instead",
        )
    if snap.manifest.get("released") != locked["released"]:
        yield Violation(
            rule="released-unchanged",
            file="manifest.json",
            field="released",
            message=f"version {version} was released on {locked['released']}",
        )


def source_hash(snap: Snapshot) -> Iterator[Violation]:
    declared = (snap.manifest or {}).get("sources", {})
    sources = snap.sources
    for source in sources.values():
        if source.kind is not SourceKind.BUNDLED:
            if source.file is not None or source.sha256 is not None:
                yield Violation(
                    rule="source-hash",
                    file="sources.json",
                    record=source.id,
                    message="an external source has no bundled file nor SHA-256",
                )
            continue
        text = snap.text(source.id)
        if text is None or source.file != f"{source.id}.txt":
            yield Violation(
                rule="source-hash",
                file="sources.json",
                record=source.id,
                field="file",
                message=f"no bundled text {source.id}.txt ships with the package or the folder",
            )
            continue
        if source.sha256 != text.sha256:
            yield Violation(
                rule="source-hash",
                file="sources.json",
                record=source.id,
                field="sha256",
                message=f"the bundled text's SHA-256 is {text.sha256}, the record says {source.sha256}",
            )
        if declared.get(source.id) != text.sha256:
            yield Violation(
                rule="source-hash",
                file="manifest.json",
                record=source.id,
                field="sources",
                message=f"the manifest must give the bundled text's SHA-256 {text.sha256}",
            )
    for source_id in declared:
        if source_id not in sources:
            yield Violation(
                rule="source-hash",
                file="manifest.json",
                record=source_id,
                field="sources",
                message="the manifest names a source that sources.json does not hold",
            )
