"""The one converter: strict structuring, the verified fast path, and JSON round trips."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._build import build
from karabakh_status._converter import structure, unstructure
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._versions import DATA, versions
from karabakh_status._violation import FieldProblem
from tests.strategies import event_dates, json_values, periods

TERM: dict[str, Any] = {
    "id": "mfa-x",
    "office": "o",
    "person": "p",
    "term": "1993/1997",
    "acting": False,
    "citations": [{"source": "s", "section": ["A"], "quote": "q", "locator": None, "claims": [], "confidence": None}],
    "note": None,
    "inferred": [],
}


def problems(data: Any, cls: type[Any] = ks.MinisterTerm) -> list[tuple[str, str | None]]:
    result = structure(cls, data)
    assert isinstance(result, list), result
    return [(p.rule, p.field) for p in result]


def test_structures_a_record() -> None:
    term = structure(ks.MinisterTerm, TERM)
    assert isinstance(term, ks.MinisterTerm)
    assert term.term == ks.Period.parse("1993/1997")
    assert term.citations[0].section == ("A",)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": 5}, [("schema", "id")]),
        ({"acting": 1}, [("schema", "acting")]),
        ({"acting": "false"}, [("schema", "acting")]),
        ({"term": 1993}, [("schema", "term")]),
        ({"term": "1993-1997"}, [("date-well-formed", "term")]),
        ({"citations": "none"}, [("schema", "citations")]),
        ({"citations": [{**TERM["citations"][0], "quote": 3}]}, [("schema", "citations[0].quote")]),
        ({"citations": [{**TERM["citations"][0], "confidence": "sure"}]}, [("enum-valid", "citations[0].confidence")]),
        ({"citations": [{**TERM["citations"][0], "section": "A"}]}, [("schema", "citations[0].section")]),
        ({"citations": [{**TERM["citations"][0], "extra": 1}]}, [("schema", "citations[0].extra")]),
        ({"citations": [7]}, [("schema", "citations[0]")]),
        ({"inferred": [1, "x", 2]}, [("schema", "inferred[0]"), ("schema", "inferred[2]")]),
        ({"surplus": True}, [("schema", "surplus")]),
        ({"note": ["a"]}, [("schema", "note")]),
    ],
)
def test_strict(change: dict[str, Any], expected: list[tuple[str, str | None]]) -> None:
    assert problems({**TERM, **change}) == expected


def test_missing_fields_are_all_reported() -> None:
    data = {k: v for k, v in TERM.items() if k not in ("person", "term")}
    assert sorted(problems(data)) == [("schema", "person"), ("schema", "term")]


def test_a_record_must_be_an_object() -> None:
    assert problems([1, 2]) == [("schema", None)]


def test_problem_messages_say_what_was_expected() -> None:
    result = structure(ks.MinisterTerm, {**TERM, "acting": "yes"})
    assert result == [FieldProblem("schema", "acting", "expected a boolean, got a string 'yes'")]


@pytest.mark.parametrize("version", versions())
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_fast_path_equals_strict_path(version: str, dataset: str) -> None:
    path = Path(DATA) / version / f"{dataset}.json"
    if not path.exists():
        pytest.skip(f"{version} has no {dataset}")
    for item in json.loads(path.read_bytes()):
        strict = structure(record_type(dataset), item)
        assert not isinstance(strict, list), strict
        assert build(record_type(dataset), item) == strict
        assert unstructure(strict) == item  # the shipped files are in canonical form


PLACE: dict[str, Any] = {"geonames_id": 1, "latitude": 40.5, "longitude": 44, "point": "own", "source": "s"}
ENTITY: dict[str, Any] = {"id": "x", "name": "X", "kind": "municipality", "geonames_id": 1, "place": PLACE}


def test_a_coordinate_is_a_float_on_both_paths() -> None:
    strict = structure(ks.Entity, ENTITY)
    assert isinstance(strict, ks.Entity) and strict == build(ks.Entity, ENTITY)
    assert strict.place is not None and type(strict.place.longitude) is float and strict.place.longitude == 44.0
    assert unstructure(strict)["place"]["longitude"] == 44.0


@pytest.mark.parametrize("value", ["40.5", True, None, [40.5]])
def test_a_coordinate_is_never_coerced(value: Any) -> None:
    assert problems({**ENTITY, "place": {**PLACE, "latitude": value}}, ks.Entity) == [("schema", "place.latitude")]


def test_added_fields_are_left_out_of_the_json_only_where_empty() -> None:
    bare = {"id": "x", "name": "X", "aliases": [], "kind": "municipality", "parent": None, "country": None,
            "subdivision": None, "note": None}  # fmt: skip
    assert unstructure(structure(ks.Entity, bare)) == bare  # as in 1.0.0's file
    full = unstructure(structure(ks.Entity, bare), every_field=True)
    assert list(full) == [f.name for f in ks.Entity.__attrs_attrs__]
    assert (full["place"], full["other_names"]) == (None, [])
    named = {**bare, "other_names": [{"name": "Y", "source": "s", "used_by": "u"}]}
    assert list(unstructure(structure(ks.Entity, named))) == [*list(bare)[:-1], "other_names", "note"]


citations = st.builds(
    ks.Citation,
    source=st.text(min_size=1),
    section=st.lists(st.text(), max_size=3).map(tuple),
    quote=st.text(),
    locator=st.none() | st.text(),
    claims=st.lists(st.builds(ks.Claim, field=st.text(), value=st.text()), max_size=2).map(tuple),
    confidence=st.none() | st.sampled_from(ks.Confidence),
)
terms = st.builds(
    ks.MinisterTerm,
    id=st.text(),
    citations=st.lists(citations, max_size=2).map(tuple),
    note=st.none() | st.text(),
    inferred=st.lists(st.text(), max_size=2).map(tuple),
    office=st.text(),
    person=st.text(),
    term=periods().map(ks.Period.parse),
    acting=st.booleans(),
)
recognitions = st.builds(
    ks.Recognition,
    id=st.text(),
    citations=st.lists(citations, max_size=2).map(tuple),
    actor=st.none() | st.text(),
    level=st.sampled_from(ks.Level),
    country=st.none() | st.text(),
    act=st.sampled_from(ks.Act),
    outcome=st.sampled_from(ks.Outcome),
    date=event_dates().map(ks.EventDate.parse),
    receded=st.none() | event_dates().map(ks.EventDate.parse),
    mutual=st.none() | st.booleans(),
    vote=st.none() | st.builds(ks.Vote, in_favour=st.none() | st.integers(0, 1000)),
)


coordinates = st.floats(allow_nan=False, allow_infinity=False)
gazetteer_entities = st.builds(
    ks.Entity,
    id=st.text(),
    name=st.text(),
    kind=st.sampled_from(ks.EntityKind),
    geonames_id=st.none() | st.integers(1, 2**31),
    fips=st.none() | st.text(),
    place=st.none()
    | st.builds(
        ks.Place,
        geonames_id=st.integers(),
        latitude=coordinates,
        longitude=coordinates,
        point=st.sampled_from(ks.Point),
        source=st.text(),
    ),
    other_names=st.lists(st.builds(ks.Name, name=st.text(), source=st.text(), used_by=st.text()), max_size=2).map(
        tuple
    ),
    gazetteer_note=st.none() | st.text(),
)


@given(st.one_of(terms, recognitions, gazetteer_entities))
def test_round_trip_through_json(record: Any) -> None:
    data = json.loads(json.dumps(unstructure(record)))
    assert structure(type(record), data) == record
    assert build(type(record), data) == record


@given(json_values)
def test_arbitrary_json_gives_a_record_or_problems(data: Any) -> None:
    for cls in map(record_type, DATASETS):
        result = structure(cls, data)
        assert isinstance(result, (cls, list))
        if isinstance(result, list):
            assert result and all(isinstance(p, FieldProblem) for p in result)


def test_the_compiled_builders_are_current() -> None:
    """`_builders` holds the code `_build` generates now (else run ``python -m karabakh_status._build``)."""
    from karabakh_status import _builders
    from karabakh_status._build import builders_module

    assert Path(_builders.__file__).read_text(encoding="utf-8") == builders_module()


def test_a_builder_missing_from_the_compiled_ones_is_compiled_and_builds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from karabakh_status import _build, _builders

    data = ks.load("1.0.0")
    expected = data.records("recognitions")
    items = json.loads((data.folder / "recognitions.json").read_bytes())
    monkeypatch.setattr(_builders, "RECIPES", {})
    _build._builder.cache_clear()
    try:
        assert tuple(build(record_type("recognitions"), item) for item in items) == expected
    finally:
        _build._builder.cache_clear()


def test_a_compiled_builder_whose_class_changed_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shipped factory is used only while its class's fields are the ones it was written for (its
    fingerprint): one written for other fields is passed over, and the builder generated now builds the same."""
    from karabakh_status import _build, _builders

    data = ks.load("1.0.0")
    expected = data.records("recognitions")
    items = json.loads((data.folder / "recognitions.json").read_bytes())
    key = "karabakh_status._recognition.Recognition"
    _, fingerprint, recipe = _builders.RECIPES[key]
    assert fingerprint == _build._fingerprint(record_type("recognitions"))

    def stale(**values: Any) -> Any:
        raise AssertionError("a factory written for other fields was used")

    changed = (*fingerprint[:-1], ("vote", "int", "vote", True))  # as if a field's type had changed
    monkeypatch.setitem(_builders.RECIPES, key, (stale, changed, recipe))
    _build._builder.cache_clear()
    try:
        assert tuple(build(record_type("recognitions"), item) for item in items) == expected
    finally:
        _build._builder.cache_clear()


def test_the_fast_path_reads_the_annotations_text_without_typing() -> None:
    """In a fresh process (annotations still text), the builders come out the same without `typing`'s evaluation."""
    code = (
        "import typing; typing.get_type_hints = None\n"  # any call fails
        "from karabakh_status import _build, _builders\n"
        "print(_build.builders_module() == open(_builders.__file__, encoding='utf-8').read())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_the_fast_path_reads_resolved_types_without_typing(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the strict path resolved the annotations in place (cattrs does), the builders are the same."""
    import typing

    from karabakh_status import _build, _builders

    for dataset in DATASETS:
        structure(record_type(dataset), {})  # the strict path resolves each class's types
    assert not any(isinstance(f.type, str) for f in attrs.fields(record_type("recognitions")))

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("typing.get_type_hints was needed")

    monkeypatch.setattr(typing, "get_type_hints", refuse)
    assert _build.builders_module() == Path(_builders.__file__).read_text(encoding="utf-8")


def test_every_record_type_is_built_by_setting_its_slots() -> None:
    """The fast path sets a record's slots as attrs's ``__init__`` does (`_build._direct`), for every type it builds."""
    from karabakh_status import _build, _builders

    assert _builders.RECIPES
    for name in _builders.RECIPES:
        module, _, qualname = name.rpartition(".")
        cls = getattr(sys.modules[module], qualname)
        assert _build._direct(cls), name
        assert _build._fingerprint(cls)[0] is True


@attrs.frozen(kw_only=True)
class _Checked:
    value: str = attrs.field(validator=attrs.validators.instance_of(str))


@attrs.frozen(kw_only=True)
class _Hooked:
    value: str

    def __attrs_post_init__(self) -> None:
        raise ValueError("the hook ran")


@attrs.define(kw_only=True)
class _Plain:  # not frozen: the same slots, made directly
    value: str


@attrs.frozen(kw_only=True)
class _Converted:
    value: str = attrs.field(converter=str.upper)


def test_a_class_with_a_validator_converter_or_hook_is_built_through_its_init() -> None:
    """What ``__init__`` does beyond setting the slots is never skipped: such a class is built by calling it."""
    from karabakh_status import _build

    assert not _build._direct(_Checked) and not _build._direct(_Hooked) and not _build._direct(_Converted)
    assert _build._direct(_Plain)
    with pytest.raises(TypeError):
        build(_Checked, {"value": 1})
    with pytest.raises(ValueError, match="the hook ran"):
        build(_Hooked, {"value": "x"})
    assert build(_Converted, {"value": "x"}) == _Converted(value="X")
    assert build(_Plain, {"value": "x"}) == _Plain(value="x")


def test_fast_path_records_leave_their_settable_twin_for_their_own_class() -> None:
    """A record is built on its class's `_build._settable` twin (slots set by plain assignment), then given its
    own class: no record, nested ones included, keeps the twin's class, and the twin adds no slot of its own."""
    from karabakh_status import _build

    data = ks.load("1.1.0")
    for dataset in data.datasets:
        cls = record_type(dataset)
        twin = _build._settable(cls)
        assert issubclass(twin, cls) and twin.__slots__ == () and twin.__setattr__ is object.__setattr__
        for record in data.records(dataset):
            assert type(record) is cls
            assert all(type(c) is ks.Citation for c in getattr(record, "citations", ()))
            assert not type(record).__name__.startswith("_Settable")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        data.records("recognitions")[0].id = "changed"  # type: ignore[misc]
