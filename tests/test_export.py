"""Exports for other tools: each round-trips through the standard library, validates, and stays in sync."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status._cli import main
from karabakh_status._converter import plain
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._export import columns, flat
from tests.conftest import read, write

SCHEMAS = Path(ks.__file__).parent / "schemas"
VERSION = ks.load().version


def _parse(kind: str, text: str) -> Any:
    """A CSV cell back to its value, by the column's Table Schema type (empty is null)."""
    if text == "":
        return None
    parse = {"integer": int, "number": float, "boolean": lambda t: t == "true", "array": json.loads}
    return parse.get(kind, str)(text)


Exported = Callable[..., Path]
"""`exported`: a version (and a format) to the folder it was exported to."""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """``exported(version, format)``: the folder `Dataset.export` wrote for that version and format, once per module
    (the first test to ask writes it; each round-trip test reads its dataset's file of it): read it, never change it."""
    made: dict[tuple[str, str], Path] = {}

    def folder(version: str, format: str = "datapackage") -> Path:
        if (version, format) not in made:
            target = tmp_path_factory.mktemp(f"export-{version}-{format}")
            ks.load(version).export(target, format=format)
            made[version, format] = target
        return made[version, format]

    return folder


@pytest.fixture(scope="module")
def package(exported: Exported) -> Path:
    return exported(VERSION)


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_csv_round_trips(exported: Exported, version: str, dataset: str) -> None:
    kinds = {c.name: c.type for c in columns(record_type(dataset))}
    with (exported(version) / f"{dataset}.csv").open(encoding="utf-8", newline="") as file:
        rows = [{name: _parse(kinds[name], text) for name, text in row.items()} for row in csv.DictReader(file)]
    assert rows == [flat(record, ks.load(version)) for record in ks.load(version).records(dataset)]


def test_a_place_is_five_typed_columns(exported: Exported) -> None:
    row = flat(ks.load("1.1.0").entity("Yerevan"), ks.load("1.1.0"))
    assert (row["place_geonames_id"], row["place_point"], row["place_source"]) == (616052, "own", "ext-geonames")
    assert isinstance(row["place_latitude"], float) and row["other_names"][0]["name"] == "Erevan"
    kinds = {c.name: (c.type, c.values) for c in columns(ks.Entity)}
    assert kinds["place_latitude"] == ("number", ()) and kinds["place_point"] == ("string", ("own", "seat"))
    assert flat(ks.load("1.0.0").entity("Yerevan"), ks.load("1.0.0"))["place_latitude"] is None
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.Package(str(exported("1.1.0") / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_jsonl_round_trips(exported: Exported, dataset: str) -> None:
    lines = (exported(VERSION, "jsonl") / f"{dataset}.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert items == [plain(r) for r in ks.load(VERSION).records(dataset)]  # the API's field names
    if dataset == "offices":  # the one field a reading rule renames: "country" in the files, "host" in the API
        assert [i.pop("host") for i in items] == [o.host for o in ks.load(VERSION).offices()]
        assert all("country" not in i for i in items)
    assert ks.load(VERSION).as_dicts(dataset) == read(Path(ks.load(VERSION).folder), f"{dataset}.json")


def test_the_data_package_is_valid(package: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.Package(str(package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    meta = json.loads((package / "datapackage.json").read_text())
    assert meta["licenses"][0]["name"] == "CC-BY-SA-4.0" and meta["version"] == VERSION
    assert {r["name"] for r in meta["resources"]} == set(DATASETS)
    recognitions = next(r for r in meta["resources"] if r["name"] == "recognitions")
    assert recognitions["schema"]["primaryKey"] == ["id"]
    assert {"fields": ["actor"], "reference": {"resource": "entities", "fields": ["id"]}} in recognitions["schema"][
        "foreignKeys"
    ]


def test_dates_have_sortable_bounds() -> None:
    row = flat(ks.get("rec-non-un-transnistria-2001"), ks.load())
    assert (row["date"], row["date_earliest"], row["date_latest"]) == ("[..2001-07-04]", None, "2001-07-04")
    valence = flat(ks.get("rec-fr-valence-2020"), ks.load())
    assert (valence["date_earliest"], valence["date_latest"]) == ("2020-12-17", "2020-12-21")


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_committed_schemas_are_the_generated_ones(dataset: str) -> None:
    committed = json.loads((SCHEMAS / f"{dataset}.schema.json").read_text(encoding="utf-8"))
    assert committed == ks.json_schema(dataset), (
        "regenerate (the command refuses the package's own folder): karabakh-status schema --output "
        "/tmp/schemas && cp /tmp/schemas/*.schema.json src/karabakh_status/schemas/"
    )


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_every_shipped_file_validates_against_its_schema(dataset: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / f"{dataset}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for version in ks.versions():
        path = Path(ks.load(version).folder) / f"{dataset}.json"
        if path.exists():
            jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema,
                                cls=jsonschema.Draft202012Validator)  # fmt: skip
    broken = [{**ks.load(VERSION).as_dicts(dataset)[0], "unknown": 1}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_to_pandas() -> None:
    pandas = pytest.importorskip("pandas")
    frame = ks.load(VERSION).to_pandas("recognitions")
    assert len(frame) == len(ks.recognitions()) and list(frame.columns) == [c.name for c in columns(ks.Recognition)]
    assert str(frame["date_earliest"].dtype).startswith("datetime64")
    french_2020 = frame[(frame["country"] == "FR") & (frame["date_earliest"].dt.year == 2020)]
    assert len(french_2020) == len(ks.recognitions(country="FR", between="2020"))
    assert pandas.api.types.is_bool_dtype(ks.load(VERSION).to_pandas("ministers")["acting"])


def test_to_pandas_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ks.MissingExtraError, match=r"karabakh-status\[pandas\]") as caught:
        ks.load(VERSION).to_pandas("recognitions")
    assert caught.value.extra == "pandas" and isinstance(caught.value, ImportError)


def test_diff(folder: Path) -> None:
    assert not ks.diff(VERSION, VERSION)
    recognitions = read(folder, "recognitions.json")
    removed = recognitions.pop(0)
    recognitions[0]["note"] = "changed"
    write(folder, "recognitions.json", recognitions)
    found = ks.diff(VERSION, folder)
    assert found.removed == (("recognitions", removed["id"]),) and found.added == ()
    assert [(c.id, c.field, c.new) for c in found.changed] == [(recognitions[0]["id"], "note", "changed")]
    assert ks.diff(folder, VERSION).added == (("recognitions", removed["id"]),)
    assert found.as_dict()["removed"] == [{"dataset": "recognitions", "id": removed["id"]}]


def test_cli_export_diff_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path, folder: Path) -> None:
    assert main(["export", str(tmp_path / "out"), "--format", "csv"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{n}.csv" for n in DATASETS)
    assert main(["diff", VERSION, VERSION]) == 0
    ministers = read(folder, "ministers.json")
    ministers[0]["note"] = "changed"
    write(folder, "ministers.json", ministers)
    capsys.readouterr()
    assert main(["diff", VERSION, str(folder), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["changed"][0]["field"] == "note"
    assert main(["schema", "visas"]) == 0
    assert json.loads(capsys.readouterr().out)["items"]["$ref"] == "#/$defs/VisaArrangement"
    assert main(["schema"]) == 2
    assert main(["schema", "treaties"]) == 2
