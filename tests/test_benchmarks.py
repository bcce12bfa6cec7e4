"""The benchmarks' floor does the same work as the lookup it is the floor of (no timing here: see `benchmarks/`)."""

from __future__ import annotations

import enum
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import karabakh_status as ks
from karabakh_status import _converter, _status, _versions
from karabakh_status._model import Citation, Confidence, Vote

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def floor() -> ModuleType:
    spec = importlib.util.spec_from_file_location("floor", BENCHMARKS / "floor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["floor"] = module  # attrs resolves the module of a class by name
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["floor"]
    return module


VOCABULARIES = [
    (_status.Level, "Level"),
    (_status.Act, "Act"),
    (_status.Outcome, "Outcome"),
    (Confidence, "Confidence"),
]
CLASSES = [(_status.Recognition, "Recognition"), (Citation, "Citation"), (Vote, "Vote")]


@pytest.mark.parametrize(("ours", "name"), VOCABULARIES)
def test_the_floor_defines_the_vocabularies_the_record_needs(floor: ModuleType, ours: type, name: str) -> None:
    assert [m.value for m in getattr(floor, name)] == [m.value for m in ours]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("ours", "name"), CLASSES)
def test_the_floor_defines_the_classes_the_record_needs_with_their_fields(
    floor: ModuleType, ours: type, name: str
) -> None:
    assert [f.name for f in attrs.fields(getattr(floor, name))] == [f.name for f in attrs.fields(ours)]


def plain(value: Any) -> Any:
    """A value of the floor's record as JSON would hold it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if hasattr(value, "day"):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


def test_the_floor_builds_the_record_the_package_gets(floor: ModuleType) -> None:
    version = ks.load().version
    record = floor.main(str(Path(_versions.DATA) / version / "recognitions.json"))
    assert plain(record) == _converter.unstructure(ks.load().get(floor.RECORD))
