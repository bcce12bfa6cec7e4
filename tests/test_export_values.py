"""The exports' values checked against an oracle that is not the exporters' own `flat`.

Every expected value here comes from the raw JSON files of the version (``json.loads`` of
``data/<version>/<dataset>.json``) and the raw gazetteer, never from the package's records or its
row builder: ids, dates as the EDTF strings written in the files (and the bounds of the plain
``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` forms, worked out with `calendar`), enums, booleans, votes,
places, lists of ids, entity names and country codes looked up in ``entities.json``, and the quote
of the statement (one of the record's own citations). Each export is read with its own reader:
`sqlite3`, `csv` and pyarrow for Parquet.
"""

from __future__ import annotations

import calendar
import csv
import datetime
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status._datasets import DATASETS
from karabakh_status._versions import DATA, versions

VERSIONS = versions()
REFERENCES = {"actor", "author", "office", "person", "counterpart", "city", "host", "town", "partner", "place",
              "parent"}  # fmt: skip
"""The raw fields that hold an entity id (the export adds ``<field>_name`` and ``<field>_country``)."""
DATES = {"date", "term", "receded", "signed", "in_force"}
"""The raw fields that hold an EDTF string."""
PARTS = {
    "vote": ("in_favour", "against", "abstentions", "unanimous"),
    "place": ("geonames_id", "latitude", "longitude", "point", "source"),
}
"""The raw objects the export spreads over one column per part."""
MUST = {
    "recognitions": {"id", "date", "date_earliest", "act", "outcome", "level", "mutual", "vote_in_favour",
                     "vote_unanimous", "actor_name", "actor_country", "statement_quote"},
    "positions": {"id", "date", "stance", "binding", "vote_in_favour", "vote_against", "author_name"},
    "entities": {"id", "name", "kind", "country", "aliases", "parent_name"},
    "ministers": {"id", "term", "term_earliest", "term_latest", "acting", "person_name", "office_name"},
    "events": {"id", "date", "kind", "participants", "summary"},
    "sources": {"id", "title", "url", "license", "kind"},
    "visas": {"id", "signed", "visa_free", "counterpart_name"},
    "twin_towns": {"id", "town_name", "partner_name", "partner_country"},
}  # fmt: skip
"""Columns each dataset's check must reach (so an oracle that silently checks nothing fails)."""
MUST_FROM_1_2_0 = {"entities": {"alpha_3", "numeric", "translated_names", "alternate_names", "other_names"}}
"""Columns the check must also reach in a version from 1.2.0 (the names in other languages and codes)."""
NAMES = {"other_names", "translated_names"}
"""The raw arrays of objects the export keeps whole (a JSON array in a cell, a list of structs in Parquet)."""
_PLAIN = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?")


def _bounds(text: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of a plain date (``2012``, ``2012-05``, ``2012-05-15``), or of an
    interval of two; None for any other form (ranges, open ends: not checked here)."""
    if "/" in text:
        start, _, end = text.partition("/")
        first, last = _bounds(start), _bounds(end)
        return None if first is None or last is None else (first[0], last[1])
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if day is None:
        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day), datetime.date(year, month, day)


def raw(version: str) -> dict[str, list[dict[str, Any]]]:
    """The version's files as JSON, read with the standard library only."""
    folder = Path(DATA) / version
    return {name: json.loads((folder / f"{name}.json").read_text("utf-8")) for name in DATASETS}


def oracle(version: str) -> dict[str, dict[str, dict[str, Any]]]:
    """dataset -> record id -> column -> the value the export must hold, from the raw files."""
    files = raw(version)
    entities = {entity["id"]: entity for entity in files["entities"]}
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name, items in files.items():
        rows = found[name] = {}
        for item in items:
            row = rows[item["id"]] = {}
            for key, value in item.items():
                if key in PARTS and not (key == "place" and name != "entities"):
                    for part in PARTS[key]:
                        row[f"{key}_{part}"] = None if value is None else value[part]
                    continue
                scalar = value is None or isinstance(value, str | int | float | bool)
                if scalar or (isinstance(value, list) and (key in NAMES or all(isinstance(v, str) for v in value))):
                    row[key] = value
                if key in REFERENCES and (value is None or isinstance(value, str)):
                    entity = None if value is None else entities[value]
                    row[f"{key}_name"] = None if entity is None else entity["name"]
                    row[f"{key}_country"] = None if entity is None else entity.get("country")
                if key in DATES:
                    bounds = None if value is None else _bounds(value)
                    if value is None or bounds is not None:
                        row[f"{key}_earliest"], row[f"{key}_latest"] = bounds or (None, None)
            if "citations" in item:
                row["_said"] = {(c["source"], c["quote"]) for c in item["citations"]}
    return found


def _same(got: Any, want: Any) -> bool:
    """Whether a cell as its reader gives it (CSV text, SQLite 0/1 and JSON text, pyarrow values) holds ``want``."""
    if want is None:
        return got is None or got == ""
    if isinstance(got, str) and not isinstance(want, str):
        if isinstance(want, bool):
            return got == ("true" if want else "false")
        if isinstance(want, list):
            return bool(json.loads(got) == want)
        if isinstance(want, datetime.date):
            return got == want.isoformat()
        return float(got) == want if isinstance(want, float) else got == str(want)
    if isinstance(want, bool):
        return got is want or (type(got) is int and got == int(want))
    return bool(got == want) and (isinstance(want, bool) or not isinstance(got, bool))


def check(version: str, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> None:
    """Every sampled value of every dataset of ``version`` in ``tables`` (dataset -> rows as read)."""
    expected = oracle(version)
    assert set(tables) == set(DATASETS)
    for name, rows in tables.items():
        got = {row["id"]: row for row in rows}
        assert set(got) == set(expected[name]), name  # no record lost, none made up
        reached: set[str] = set()
        for record_id, want in expected[name].items():
            row = got[record_id]
            for column, value in want.items():
                if column in row:
                    reached.add(column)
                    assert _same(row[column], value), (name, record_id, column, row[column], value)
            if "_said" in want and "statement_quote" in row:
                assert (row["statement_source"], row["statement_quote"]) in want["_said"], (name, record_id)
                reached.add("statement_quote")
        must = MUST.get(name, {"id"})
        if tuple(map(int, version.split("."))) >= (1, 2, 0):
            must = must | MUST_FROM_1_2_0.get(name, set())
        assert must <= reached, (name, must - reached)


# -- the checks, one per export -------------------------------------------------------------------


def test_the_oracle_reads_the_files_not_the_package() -> None:
    """A few values written out by hand, so the oracle itself is checked."""
    rows = oracle("1.0.0")
    maine = rows["recognitions"]["rec-us-maine-2013"]
    assert (maine["date"], maine["outcome"], maine["actor_name"], maine["actor_country"]) == (
        "2013-04-10", "receded", "Maine", "US"
    )  # fmt: skip
    assert maine["date_earliest"] == maine["date_latest"] == datetime.date(2013, 4, 10)
    term = rows["ministers"]["mfa-1993-arkadi-ghukasyan"]
    assert (term["term"], term["term_earliest"], term["term_latest"], term["acting"]) == (
        "1993/1997", datetime.date(1993, 1, 1), datetime.date(1997, 12, 31), False
    )  # fmt: skip
    assert _bounds("2020-02") == (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    assert _bounds("[2020-12-17..2020-12-21]") is None and _bounds("../2023") is None
    assert _same(1, True) and _same("true", True) and _same(True, True) and _same("", None)
    assert not _same(0, True) and not _same(True, 1) and not _same("false", True) and not _same("x", None)


@pytest.mark.parametrize("version", VERSIONS)
def test_sqlite_values_are_the_files(version: str, tmp_path: Path) -> None:
    (path,) = ks.load(version).export(tmp_path, format="sqlite")
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        check(version, {name: [dict(r) for r in connection.execute(f'SELECT * FROM "{name}"')] for name in DATASETS})
    finally:
        connection.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_csv_values_are_the_files(version: str, tmp_path: Path) -> None:
    ks.load(version).export(tmp_path, format="csv")
    tables = {}
    for name in DATASETS:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as file:
            tables[name] = list(csv.DictReader(file))
    check(version, tables)


@pytest.mark.heavy
@pytest.mark.parametrize("version", VERSIONS)
def test_parquet_values_are_the_files(version: str, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet", reason="needs the arrow extra")
    ks.load(version).export(tmp_path, format="parquet")
    check(version, {name: parquet.read_table(tmp_path / f"{name}.parquet").to_pylist() for name in DATASETS})


def test_a_wrong_value_is_caught(tmp_path: Path) -> None:
    """The oracle fails a table with one value off: a vote, an actor's country, a date bound."""
    (path,) = ks.load("1.0.0").export(tmp_path, format="sqlite")
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    tables = {name: [dict(r) for r in connection.execute(f'SELECT * FROM "{name}"')] for name in DATASETS}
    connection.close()
    check("1.0.0", tables)
    for column, value in [("actor_country", "FR"), ("date_earliest", "2013-04-11"), ("outcome", "adopted")]:
        row = next(r for r in tables["recognitions"] if r["id"] == "rec-us-maine-2013")
        old, row[column] = row[column], value
        with pytest.raises(AssertionError, match=column):
            check("1.0.0", tables)
        row[column] = old
    voted = next(r for r in tables["positions"] if r["vote_in_favour"] is not None)
    voted["vote_in_favour"] += 1
    with pytest.raises(AssertionError, match="vote_in_favour"):
        check("1.0.0", tables)
