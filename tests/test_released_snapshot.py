"""Released 1.0.0 reads exactly as it did: every record against a snapshot made by the released package.

`tests/snapshots/dataset-1.0.0.json.gz` was written by the wheel of package 1.0.0 (the
release of 2026-11-25), not by the code under test: `load("1.0.0").as_dicts(name)` for
every dataset. Later packages may add fields (with their empty defaults); every value
the released package gave must be given again, unchanged.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks

SNAPSHOT = json.loads(gzip.decompress((Path(__file__).parent / "snapshots" / "dataset-1.0.0.json.gz").read_bytes()))
EMPTY: tuple[Any, ...] = (None, [], {}, "", False)


def test_the_snapshot_is_the_released_package_s() -> None:
    assert SNAPSHOT["generated_by"].startswith("karabakh_status 1.0.0 (the released wheel)")
    assert sum(len(records) for records in SNAPSHOT["datasets"].values()) == 515


@pytest.mark.parametrize("name", sorted(SNAPSHOT["datasets"]))
def test_every_record_of_1_0_0_reads_as_the_released_package_read_it(name: str) -> None:
    then = SNAPSHOT["datasets"][name]
    now = ks.load("1.0.0").as_dicts(name)
    assert [r["id"] for r in now] == [r["id"] for r in then]
    for old, new in zip(then, now, strict=True):
        for key, value in old.items():
            assert new.get(key) == value, (name, old["id"], key)
        added = {key: new[key] for key in new.keys() - old.keys()}
        assert all(value in EMPTY for value in added.values()), (name, old["id"], added)
