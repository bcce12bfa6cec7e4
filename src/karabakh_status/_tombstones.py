"""Tombstones: the ids a version withdrew (or renamed), read strictly from its ``withdrawn.json``.

A version that withdraws an id of an earlier released version ships a tombstone for it: the id,
its dataset, the version that withdrew it, the reason, and the ids that replace it (none, one or
several). ``withdrawn.json`` is optional (1.0.0 has none); when present, the manifest lists it
like the data files, with its SHA-256 and count. Tombstones are carried forward: a later version
keeps the tombstones of the earlier ones.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Final

import attrs

from karabakh_status._versions import canonical, version_key

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._manifest import Manifest

__all__ = ["FILE", "Tombstone", "parse", "previous_release", "shipped", "shipped_ids", "version_key"]
# version_key is `_versions.version_key`, the one SemVer order, re-exported for the modules that import it here

FILE: Final = "withdrawn.json"
"""The name of a version's tombstone file."""
_KEYS: Final = ("id", "dataset", "withdrawn_in", "reason", "replaced_by")


@attrs.frozen(kw_only=True)
class Tombstone:
    """An id that a dataset version withdrew, why, and what replaces it.

    Attributes:
        id: the withdrawn id.
        dataset: the dataset it was in (``"recognitions"``).
        withdrawn_in: the version that withdrew it (this version or an earlier one).
        reason: why it was withdrawn.
        replaced_by: the ids in this version that replace it; ``()`` when nothing does.

    Examples:
        >>> tombstone = Tombstone(id="rec-x-2020", dataset="recognitions", withdrawn_in="1.1.0",
        ...                       reason="the act was in 2021", replaced_by=("rec-x-2021",))
        >>> print(tombstone)
        rec-x-2020 (recognitions) was withdrawn in dataset version 1.1.0: the act was in 2021; replaced by rec-x-2021
    """

    id: str
    dataset: str
    withdrawn_in: str
    reason: str
    replaced_by: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"replaced by {', '.join(self.replaced_by)}" if self.replaced_by else "nothing replaces it"
        return (
            f"{self.id} ({self.dataset}) was withdrawn in dataset version {self.withdrawn_in}: {self.reason}; {where}"
        )

    def as_json(self) -> dict[str, Any]:
        """The tombstone as ``withdrawn.json`` writes it."""
        return {
            "id": self.id,
            "dataset": self.dataset,
            "withdrawn_in": self.withdrawn_in,
            "reason": self.reason,
            "replaced_by": list(self.replaced_by),
        }


def parse(data: Any) -> tuple[Tombstone, ...] | list[tuple[str, str]]:
    """The tombstones of a ``withdrawn.json``'s JSON, or every problem as ``(label, message)``.

    Strict: a JSON array of objects with exactly the keys id, dataset, withdrawn_in, reason and
    replaced_by; strings where strings belong, a known dataset, a canonical X.Y.Z version, one
    tombstone per id.
    """
    from karabakh_status._datasets import DATASETS

    if not isinstance(data, list):
        return [("", "expected a JSON array of tombstones")]
    problems: list[tuple[str, str]] = []
    found: list[Tombstone] = []
    seen: set[str] = set()
    for index, item in enumerate(data):
        label = f"#{index}"
        if not isinstance(item, dict):
            problems.append((label, "expected an object"))
            continue
        if isinstance(item.get("id"), str):
            label = item["id"]
        bad = [f"missing field {key!r}" for key in _KEYS if key not in item]
        bad += [f"unknown field {key!r}" for key in item if key not in _KEYS]
        for key in ("id", "dataset", "withdrawn_in", "reason"):
            if key in item and not (isinstance(item[key], str) and item[key].strip()):
                bad.append(f"{key}: expected a non-empty string, got {item[key]!r}")
        replaced = item.get("replaced_by", [])
        if not (isinstance(replaced, list) and all(isinstance(r, str) and r for r in replaced)):
            bad.append(f"replaced_by: expected an array of ids, got {replaced!r}")
        if isinstance(item.get("dataset"), str) and item["dataset"] not in DATASETS:
            bad.append(f"dataset: {item['dataset']!r} is not a dataset; expected one of {', '.join(DATASETS)}")
        if isinstance(item.get("withdrawn_in"), str) and not canonical(item["withdrawn_in"]):
            bad.append(f"withdrawn_in: expected a version X.Y.Z, got {item['withdrawn_in']!r}")
        if label in seen:
            bad.append("a second tombstone for this id")
        seen.add(label)
        if bad:
            problems += [(label, message) for message in bad]
            continue
        found.append(
            Tombstone(
                id=item["id"],
                dataset=item["dataset"],
                withdrawn_in=item["withdrawn_in"],
                reason=item["reason"],
                replaced_by=tuple(replaced),
            )
        )
    return problems or tuple(found)


def shipped(folder: str, manifest: Manifest) -> tuple[Tombstone, ...]:
    """The tombstones of a shipped version's folder, checked against its manifest; ``()`` without the file.

    Read as the data files are (`_integrity.verified`), with the strict JSON reader.
    """
    from karabakh_status._files import loads
    from karabakh_status._integrity import broken, verified
    from karabakh_status.errors import RecordError

    entry = manifest.file(FILE)
    if entry is None:
        return ()
    found = parse(verified(folder, entry.name, entry.sha256, entry.records, loads))
    if isinstance(found, list):
        path = os.path.join(folder, FILE)
        raise broken(
            RecordError, f"{path} is malformed", "tombstone-format", FILE, *(f"{lab}: {msg}" for lab, msg in found)
        )
    return found


def previous_release(version: str) -> str | None:
    """The newest released version before ``version`` (SemVer order), or None."""
    from karabakh_status._versions import released_versions

    if not canonical(version):
        return None
    earlier = [v for v in released_versions() if version_key(v) < version_key(version)]
    return earlier[-1] if earlier else None


def shipped_ids(version: str) -> dict[str, str]:
    """Every id of a shipped version (records, entities, sources) and of its tombstones, with its dataset.

    Each file is read as `load` reads it (`_integrity.verified`: checked against the manifest), strictly,
    and each item's id checked: a damaged install ends in the package's own errors, never a `KeyError`.
    """
    from karabakh_status._datasets import DATASETS
    from karabakh_status._files import loads
    from karabakh_status._integrity import MANIFEST, broken, read, verified
    from karabakh_status._manifest import Manifest
    from karabakh_status._versions import DATA
    from karabakh_status.errors import DataFileError, ManifestError

    folder = os.path.join(DATA, version)
    try:
        manifest = Manifest.from_json(loads(read(os.path.join(folder, MANIFEST))))
    except (OSError, ValueError) as error:
        manifest = [str(error)]
    if not isinstance(manifest, Manifest):
        raise broken(ManifestError, f"the data in {folder} is broken", "manifest-readable", MANIFEST, *manifest)
    found: dict[str, str] = {}
    for name in DATASETS:
        entry = manifest.file(f"{name}.json")
        if entry is None:
            continue
        for index, item in enumerate(verified(folder, entry.name, entry.sha256, entry.records, loads)):
            if not (isinstance(item, dict) and isinstance(item.get("id"), str)):
                message = f"#{index}: expected a record with a string id"
                raise broken(DataFileError, f"{folder} is malformed", "json-well-formed", entry.name, message)
            found[item["id"]] = name
    for tombstone in shipped(folder, manifest):
        found[tombstone.id] = tombstone.dataset
    return found
