"""Released versions read exactly as they did: every record against a snapshot made by the released package.

`tests/snapshots/dataset-X.Y.Z.json.gz` was written by the wheel of package X.Y.Z, built from its release
commit, not by the code under test: `load("X.Y.Z").as_dicts(name)` for every dataset (1.0.0: the release of
2026-11-25; 1.1.0: the release of 2026-12-01, commit c069cd7). Later packages may add fields (with their empty
defaults); every value the released package gave must be given again, unchanged.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks

SNAPSHOTS = {
    version: json.loads(
        gzip.decompress((Path(__file__).parent / "snapshots" / f"dataset-{version}.json.gz").read_bytes())
    )
    for version in ("1.0.0", "1.1.0")
}
COUNTS = {"1.0.0": 515, "1.1.0": 526}
EMPTY: tuple[Any, ...] = (None, [], {}, "", False)


@pytest.mark.parametrize("version", sorted(SNAPSHOTS))
def test_the_snapshot_is_the_released_package_s(version: str) -> None:
    snapshot = SNAPSHOTS[version]
    assert snapshot["generated_by"].startswith(f"karabakh_status {version} (the released wheel)")
    assert sum(len(records) for records in snapshot["datasets"].values()) == COUNTS[version]


@pytest.mark.parametrize(
    ("version", "name"),
    [(version, name) for version in sorted(SNAPSHOTS) for name in sorted(SNAPSHOTS[version]["datasets"])],
)
def test_every_record_reads_as_the_released_package_read_it(version: str, name: str) -> None:
    then = SNAPSHOTS[version]["datasets"][name]
    now = ks.load(version).as_dicts(name)
    assert [r["id"] for r in now] == [r["id"] for r in then]
    for old, new in zip(then, now, strict=True):
        for key, value in old.items():
            assert new.get(key) == value, (version, name, old["id"], key)
        added = {key: new[key] for key in new.keys() - old.keys()}
        assert all(value in EMPTY for value in added.values()), (version, name, old["id"], added)
