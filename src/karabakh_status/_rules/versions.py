"""The rules over versions: tombstones are consistent, no id of the last release vanishes, what a folder claims."""

from __future__ import annotations

from collections.abc import Iterator

from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._tombstones import FILE
from karabakh_status._versions import canonical, version_key
from karabakh_status._violation import Violation

__all__ = [
    "ids_kept_or_withdrawn",
    "release_not_future",
    "tombstone_not_present",
    "tombstone_replacements_exist",
    "tombstone_version",
    "version_canonical",
]


def _present(snap: Snapshot) -> dict[str, str]:
    """Every id of the version (records, entities, sources), with its dataset."""
    return {record.id: name for name, table in snap.tables.items() for record in table}


def tombstone_not_present(snap: Snapshot) -> Iterator[Violation]:
    present = _present(snap)
    for tombstone in snap.tombstones:
        if tombstone.id in present:
            yield Violation(
                rule="tombstone-not-present",
                file=FILE,
                record=tombstone.id,
                field="id",
                message=f"the id is withdrawn but still present in {present[tombstone.id]}.json",
            )


def tombstone_replacements_exist(snap: Snapshot) -> Iterator[Violation]:
    present = _present(snap)
    for tombstone in snap.tombstones:
        for replacement in tombstone.replaced_by:
            if replacement not in present:
                yield Violation(
                    rule="tombstone-replacements-exist",
                    file=FILE,
                    record=tombstone.id,
                    field="replaced_by",
                    message=f"the replacement {replacement!r} is not a record of this version",
                )


def tombstone_version(snap: Snapshot) -> Iterator[Violation]:
    version = snap.version
    if version is None or not canonical(version):
        return
    for tombstone in snap.tombstones:
        if version_key(tombstone.withdrawn_in) > version_key(version):
            yield Violation(
                rule="tombstone-version",
                file=FILE,
                record=tombstone.id,
                field="withdrawn_in",
                message=f"{tombstone.withdrawn_in} is after this version, {version}",
            )
        elif snap.previous is not None and tombstone.id not in snap.previous_ids:
            yield Violation(
                rule="tombstone-version",
                file=FILE,
                record=tombstone.id,
                field="id",
                message=f"no record of the previous release {snap.previous} has this id: "
                "only an id once released is withdrawn",
            )


def ids_kept_or_withdrawn(snap: Snapshot) -> Iterator[Violation]:
    if snap.previous is None or snap.incomplete:
        return  # nothing to compare with, or records left out as malformed would look withdrawn
    present = _present(snap)
    withdrawn = {tombstone.id for tombstone in snap.tombstones}
    for record_id, dataset in snap.previous_ids.items():
        if record_id not in present and record_id not in withdrawn:
            yield Violation(
                rule="ids-kept-or-withdrawn",
                file=f"{dataset}.json",
                record=record_id,
                message=f"an id of the previous release {snap.previous} is neither present nor withdrawn: "
                f"keep the record, or add a tombstone for it to {FILE}",
            )


def version_canonical(snap: Snapshot) -> Iterator[Violation]:
    version = snap.version
    if version is not None and not canonical(version):
        yield Violation(
            rule="version-canonical",
            file="manifest.json",
            field="version",
            message=f"{version!r} is not a canonical version: X.Y.Z without leading zeros",
        )


def release_not_future(snap: Snapshot) -> Iterator[Violation]:
    released = snap.release_date
    if released is not None and released > snap.today:
        yield Violation(
            rule="release-not-future",
            file="manifest.json",
            field="released",
            message=f"the release date {released} is later than today, {snap.today}",
        )
