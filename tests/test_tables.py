"""Tables for other tools: each is opened with its own reader and every value of every dataset compared
with the API's (`flat` rows, the records' citations)."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._export import columns, flat
from karabakh_status._versions import versions

VERSIONS = versions()


def expected(data: ks.Dataset, name: str) -> list[dict[str, Any]]:
    """The API's rows of a dataset, dates' bounds as `datetime.date` (as typed readers give them)."""
    dates = [c.name for c in columns(record_type(name)) if c.type == "date"]
    rows = [flat(record, data) for record in data.records(name)]
    for row in rows:
        for column in dates:
            if row[column] is not None:
                row[column] = datetime.date.fromisoformat(row[column])
    return rows


# -- SQLite (the standard library's reader) --------------------------------------------------------


@pytest.fixture(scope="module", params=VERSIONS)
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[ks.Dataset, Path]:
    data = ks.load(request.param)
    (path,) = data.export(tmp_path_factory.mktemp("sqlite"), format="sqlite")
    return data, path


def test_sqlite_holds_every_value_of_every_dataset(database: tuple[ks.Dataset, Path]) -> None:
    data, path = database
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    for name in data.datasets:
        kinds = {c.name: c.type for c in columns(record_type(name)) if c.name != "citations"}
        got = [dict(row) for row in connection.execute(f'SELECT * FROM "{name}"')]
        assert got and list(got[0]) == list(kinds), name
        for row, api in zip(got, [flat(r, data) for r in data.records(name)], strict=True):
            for column, kind in kinds.items():
                value = row[column]
                if value is not None and kind == "boolean":
                    value = bool(value)
                elif value is not None and kind == "array":
                    value = json.loads(value)
                assert value == api[column], (name, row["id"], column)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_sqlite_has_every_citation_and_its_foreign_keys(database: tuple[ks.Dataset, Path]) -> None:
    data, path = database
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT dataset, record, position, source, section, quote, locator, claims, confidence FROM citations "
        "ORDER BY rowid"
    ).fetchall()
    want = [
        (name, record.id, position, c.source, " / ".join(c.section), c.quote, c.locator,
         [{"field": k.field, "value": k.value} for k in c.claims], None if c.confidence is None else c.confidence.value)
        for name in data.datasets
        for record in data.records(name)
        for position, c in enumerate(getattr(record, "citations", ()), start=1)
    ]  # fmt: skip
    assert [(*row[:7], json.loads(row[7]), row[8]) for row in rows] == want
    references = connection.execute("PRAGMA foreign_key_list(recognitions)").fetchall()
    assert {(r[2], r[3]) for r in references} == {("entities", "actor"), ("sources", "statement_source")}
    assert ("sources", "source") in {(r[2], r[3]) for r in connection.execute("PRAGMA foreign_key_list(citations)")}
    connection.close()


def test_sqlite_full_text_search_over_quotes_and_summaries(database: tuple[ks.Dataset, Path]) -> None:
    data, path = database
    connection = sqlite3.connect(path)
    hits = {row[0] for row in connection.execute("SELECT record FROM search WHERE search MATCH 'Milan'")}
    assert "rec-it-milan-2020" in hits
    quoted = {r.id for name in data.datasets for r in data.records(name)
              if any("milan" in c.quote.lower() for c in getattr(r, "citations", ()))}  # fmt: skip
    assert quoted <= hits
    summaries = connection.execute("SELECT count(*) FROM search WHERE field = 'summary'").fetchone()[0]
    assert summaries == sum(1 for name in data.datasets for r in data.records(name) if getattr(r, "summary", None))
    connection.close()


def test_sqlite_rejects_what_the_vocabulary_does_not_allow(database: tuple[ks.Dataset, Path]) -> None:
    _, path = database
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE recognitions SET outcome = 'maybe' WHERE rowid = 1")
    connection.close()


# -- Arrow, Parquet, polars, DuckDB (heavy: the ci extra has them) --------------------------------


@pytest.mark.heavy
@pytest.mark.parametrize("version", VERSIONS)
def test_to_arrow_holds_every_value(version: str) -> None:
    pytest.importorskip("pyarrow", reason="needs the arrow extra")
    data = ks.load(version)
    for name in DATASETS:
        table = data.to_arrow(name)
        assert table.column_names == [c.name for c in columns(record_type(name))]
        assert table.to_pylist() == expected(data, name), name
        for column, field in zip(columns(record_type(name)), table.schema, strict=True):
            assert field.metadata[b"description"].decode() == column.description
            if column.values:
                assert str(field.type) == "dictionary<values=string, indices=int32, ordered=0>"


@pytest.mark.heavy
@pytest.mark.parametrize("version", VERSIONS)
def test_to_polars_holds_every_value_with_the_types_of_to_pandas(version: str) -> None:
    polars = pytest.importorskip("polars", reason="needs the polars extra")
    pytest.importorskip("pyarrow", reason="needs the polars extra")
    data = ks.load(version)
    for name in DATASETS:
        frame = data.to_polars(name)
        assert frame.to_dicts() == expected(data, name), name
        for column in columns(record_type(name)):
            dtype = frame.schema[column.name]
            if column.values:
                assert dtype == polars.Categorical
            elif column.type == "integer":
                assert dtype == polars.Int64
            elif column.type == "date":
                assert dtype == polars.Date


def test_to_pandas_types() -> None:
    pandas = pytest.importorskip("pandas", reason="needs the pandas extra")
    frame = ks.load("1.0.0").to_pandas("positions")
    assert isinstance(frame["stance"].dtype, pandas.CategoricalDtype)
    assert list(frame["stance"].cat.categories) == [s.value for s in ks.Stance]
    assert str(frame["vote_in_favour"].dtype) == "Int64"  # nullable, not float64 with NaN
    assert frame["vote_in_favour"].dropna().tolist() == [p.vote.in_favour for p in ks.positions() if p.vote
                                                           and p.vote.in_favour is not None]  # fmt: skip


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow", reason="needs the arrow extra")
    folder = tmp_path_factory.mktemp("parquet")
    ks.load().export(folder, format="parquet")
    return folder


@pytest.mark.heavy
def test_parquet_read_by_pyarrow_holds_every_value(parquet: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="needs the arrow extra")
    data = ks.load()
    for name in data.datasets:
        table = pq.read_table(parquet / f"{name}.parquet")
        assert table.to_pylist() == expected(data, name), name
        assert table.schema.metadata[b"karabakh_status.version"].decode() == data.version
        descriptions = {f.name: f.metadata[b"description"].decode() for f in table.schema}
        assert descriptions == {c.name: c.description for c in columns(record_type(name))}


@pytest.mark.heavy
def test_parquet_read_by_duckdb_holds_every_value(parquet: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="needs the duckdb extra")
    data = ks.load()
    for name in data.datasets:
        relation = duckdb.sql(f"SELECT * FROM read_parquet('{parquet / (name + '.parquet')}')")
        got = [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]
        assert got == expected(data, name), name


@pytest.mark.heavy
def test_the_getting_started_queries(parquet: Path, tmp_path: Path) -> None:
    """The queries the Getting started page shows, outside the doctest run (they need heavy extras)."""
    duckdb = pytest.importorskip("duckdb", reason="needs the duckdb extra")
    polars = pytest.importorskip("polars", reason="needs the polars extra")
    data = ks.load()
    frame = data.to_polars("recognitions")
    italian = frame.filter(polars.col("country") == "IT").group_by("outcome").len().sort("outcome")
    assert dict(zip(italian["outcome"].cast(str), italian["len"], strict=True)) == {
        o.value: sum(1 for r in data.recognitions(country="IT") if r.outcome is o)
        for o in {r.outcome for r in data.recognitions(country="IT")}
    }
    path = parquet / "recognitions.parquet"
    by_year = duckdb.sql(
        f"SELECT year(date_earliest) AS year, count(*) AS acts FROM '{path}' "
        "WHERE act = 'recognize-independence' AND outcome = 'adopted' GROUP BY year ORDER BY acts DESC LIMIT 1"
    ).fetchall()
    adopted = [r for r in data.recognitions(act="recognize-independence", outcome="adopted") if r.date]
    years = [r.date.earliest.year for r in adopted]
    assert by_year == [(max(set(years), key=years.count), max(years.count(y) for y in set(years)))]


def test_the_cli_exports_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main
    from karabakh_status._export import FORMATS

    formats = [f for f in FORMATS if f != "parquet"]  # parquet needs the arrow extra: the tests above
    for fmt in formats:
        assert main(["export", str(tmp_path / fmt), "--format", fmt]) == 0
        printed = capsys.readouterr().out.split()
        assert printed and all(Path(p).is_file() for p in printed)
    assert (tmp_path / "sqlite" / "karabakh-status.sqlite").is_file()
    with pytest.raises(SystemExit) as caught:  # argparse names the formats
        main(["export", str(tmp_path / "x"), "--format", "xlsx"])
    assert caught.value.code == 2 and "sqlite" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("hide", "call", "extra"),
    [
        ("polars", lambda data, folder: data.to_polars("ministers"), "polars"),
        ("pyarrow", lambda data, folder: data.to_arrow("ministers"), "arrow"),
        ("pyarrow", lambda data, folder: data.export(folder, format="parquet"), "arrow"),
        ("pandas", lambda data, folder: data.to_pandas("ministers"), "pandas"),
    ],
)
def test_a_missing_extra_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, hide: str, call: Any, extra: str
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, hide, None)
    monkeypatch.setitem(sys.modules, f"{hide}.parquet", None)
    with pytest.raises(ks.MissingExtraError, match=rf"karabakh-status\[{extra}\]") as caught:
        call(ks.load("1.0.0"), tmp_path)
    assert caught.value.extra == extra


def test_the_cli_filters_by_start(capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main

    assert main(["list", "events", "--starts-in", "2023", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [e.id for e in ks.events(starts_in="2023")] and "evt-karabakh-armenian-exodus-2023" in ids
