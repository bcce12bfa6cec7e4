"""`Dataset`'s internals that its speed rests on: what a lookup reads, what is kept, what a filter returns.

Behaviour only: no timing (figures come from `benchmarks/bench.py`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status import _loading, _versions
from karabakh_status._dataset import Dataset
from karabakh_status._datasets import DATASETS, ID_PREFIXES, lookup_order
from karabakh_status._manifest import Manifest
from karabakh_status._queries.filters import select


def fresh(version: str = "1.0.0") -> Any:
    """A version opened anew (not the cached `Dataset`): nothing read yet."""
    return _loading._open_shipped(version)


@pytest.mark.parametrize("version", _versions.versions())
def test_every_id_prefix_names_the_dataset_that_holds_it(version: str) -> None:
    folder = Path(_versions.DATA) / version
    for prefix, dataset in ID_PREFIXES.items():
        assert dataset in DATASETS
        path = folder / f"{dataset}.json"
        ids = [item["id"] for item in json.loads(path.read_bytes())] if path.exists() else []
        assert all(record_id.startswith(prefix) for record_id in ids), (dataset, prefix)
    for dataset in DATASETS.keys() - set(ID_PREFIXES.values()):  # sources and entities: no prefix of another's
        path = folder / f"{dataset}.json"
        ids = [item["id"] for item in json.loads(path.read_bytes())] if path.exists() else []
        assert not [i for i in ids if lookup_order(i)[0] != "sources"], dataset


def test_a_lookup_reads_only_the_file_its_prefix_names() -> None:
    data = fresh()
    assert data.get("rec-it-milan-2020").id == "rec-it-milan-2020"
    assert set(data._items) | set(data._tables) == {"recognitions"}
    assert set(data._indexes) == {"recognitions"}


def test_a_lookup_of_an_id_without_a_prefix_still_finds_it_after_the_files_before() -> None:
    data = fresh()
    assert data.get("artsakh").name == "Republic of Artsakh"
    assert set(data._indexes) == {"sources", "entities"}


def test_a_lookup_is_right_whatever_the_prefix_says(folder: Path, edit: Any) -> None:
    """An entity whose id looks like a recognition's is still found (the prefix is only where to look first)."""
    edit("entities.json", lambda items: items.append({**items[-1], "id": "rec-not-a-recognition"}))
    manifest = Manifest.from_json(json.loads((folder / "manifest.json").read_bytes()))
    data = Dataset(folder, manifest)  # the lazy path that shipped versions take
    assert type(data.get("rec-not-a-recognition")).__name__ == "Entity"
    assert data.get("rec-it-milan-2020").id == "rec-it-milan-2020"
    with pytest.raises(ks.NotFoundError, match="rec-nothing"):
        data.get("rec-nothing")


def test_get_returns_the_same_record_as_the_table_and_raises_for_unknown_ids() -> None:
    data = fresh()
    record = data.get("mfa-2012-karen-mirzoyan")
    assert data.get("mfa-2012-karen-mirzoyan") is record
    assert record in data.records("ministers")
    assert data.records("ministers")[[r.id for r in data.records("ministers")].index(record.id)] is record
    for bad in ("", "rec-", "mfa-nobody", "nothing"):
        with pytest.raises(ks.NotFoundError):
            data.get(bad)
    for bad in (5, None, ["rec-it-milan-2020"]):  # no string: a TypeError naming the argument, as Python's own
        with pytest.raises(TypeError, match="argument 'id' must be str"):
            data.get(bad)


def test_no_parsed_json_is_kept_once_a_dataset_is_built() -> None:
    data = fresh()
    data.get("rec-it-milan-2020")
    assert "recognitions" in data._items
    data.records("recognitions")
    assert "recognitions" not in data._items
    assert data.get("rec-it-milan-2020") is data.get("rec-it-milan-2020")


def test_no_filter_gives_the_stored_tuple() -> None:
    data = fresh()
    assert data.recognitions() is data.records("recognitions")
    assert data.positions() is data.records("positions")
    assert data.events() is data.records("events")
    assert data.entities() is data.records("entities")
    assert data.friendship_groups() is data.records("friendship_groups")


@pytest.mark.parametrize(
    "wanted",
    [
        {"country": "US"},
        {"country": "IT", "between": "2020"},
        {"level": "municipality", "within": "2020-10"},
        {"outcome": "rejected", "between": "[2012..2020]", "within": "2010/2021"},
        {"disputed": True},
        {"disputed": False, "country": "FR"},
        {"between": "../2000"},
    ],
)
def test_a_filter_gives_what_a_plain_comprehension_does(wanted: dict[str, Any]) -> None:
    data = fresh()
    records = data.records("recognitions")
    found = data.recognitions(**wanted)
    fields = {k: v for k, v in wanted.items() if k not in ("between", "within")}

    def matches(record: Any) -> bool:
        for name, value in fields.items():
            actual = getattr(record, name)
            if (actual.value if hasattr(actual, "value") else actual) != value:
                return False
        for key, inside in (("between", False), ("within", True)):
            if key in wanted:
                span = ks.parse_edtf(wanted[key])
                if record.date is None:
                    return False
                if inside and not (span.earliest <= record.date.earliest and record.date.latest <= span.latest):
                    return False
                if not inside and not (record.date.earliest <= span.latest and span.earliest <= record.date.latest):
                    return False
        return True

    assert found == tuple(r for r in records if matches(r))
    assert found, wanted  # each case selects something: the comparison is not vacuous
    assert isinstance(found, tuple)


def test_select_on_fields_that_none_has_gives_an_empty_tuple() -> None:
    records = fresh().records("recognitions")
    assert select(records, country="ZZ") == ()
    assert select(records, country="US", level="no such level") == ()
    assert select((), between="2020") == ()


def test_a_date_computes_its_bounds_once() -> None:
    date = ks.EventDate.parse("[2020-12-17..2020-12-21]")
    assert date._span is None
    span = date.span
    assert span == (date.earliest, date.latest)
    assert date.span is span
    period = ks.Period.parse("1993/1997")
    assert period.span == (period.earliest, period.latest)
    assert period.span is period.span


@pytest.mark.parametrize("name", ["not a name", "class", "date)or(1"])
def test_select_compiles_only_field_names(name: str) -> None:
    with pytest.raises(TypeError, match="not a field name"):
        select(fresh().records("recognitions"), **{name: 1})


@pytest.mark.parametrize("name", [[], {}, 5, None])
def test_records_of_a_name_that_is_no_string_is_a_type_error(name: object) -> None:
    with pytest.raises(TypeError, match=r"records\(\) argument 'dataset' must be str, not "):
        ks.load().records(name)  # type: ignore[arg-type]
