"""Released dataset versions never change: the lock, the manifests and the bytes agree."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status import _versions

LOCK = Path(_versions.DATA) / "releases.json"


def test_lock_is_well_formed() -> None:
    lock = json.loads(LOCK.read_bytes())
    assert isinstance(lock, dict)
    for version, entry in lock.items():
        assert version in ks.versions(), f"released version {version} is no longer shipped"
        assert set(entry) == {"manifest_sha256", "released"}
        dt.date.fromisoformat(entry["released"])


@pytest.mark.parametrize("version", ks.released_versions() or ["(none released yet)"])
def test_released_bytes_are_unchanged(version: str) -> None:
    if version not in ks.versions():
        pytest.skip("no released version yet: the lock is empty")
    folder = Path(_versions.DATA) / version
    lock = json.loads(LOCK.read_bytes())[version]
    manifest_bytes = (folder / "manifest.json").read_bytes()
    assert hashlib.sha256(manifest_bytes).hexdigest() == lock["manifest_sha256"], "the manifest changed"
    manifest = json.loads(manifest_bytes)
    assert manifest["released"] == lock["released"]
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == entry["sha256"], f"{name} changed"


def test_unreleased_versions_have_no_release_date() -> None:
    for version in ks.versions():
        if version not in ks.released_versions():
            assert ks.load(version).released is None
