"""Values that pass validation never break what reads them: URLs are http(s), numbers fit every export.

Rules ``url-scheme`` and ``number-in-range`` (docs/rules.md). Each class of value is covered at its
bounds: every URL scheme but http(s) is refused; every integer beyond signed 64-bit, every negative
count; and a folder whose numbers sit at the bounds that validation allows exports to every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._rules.values import INT64
from tests.conftest import read, write
from tests.strategies import examples

ABKHAZIA = "ext-wikipedia-foreign-relations-of-abkhazia"


def _rules(folder: Path, rule: str) -> list[ks.Violation]:
    return [v for v in ks.validate(path=folder) if v.rule == rule]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>x</script>",
        "file:///etc/passwd",
        "vbscript:msgbox",
        "ftp://example.org/x",
        "http:/example.org",
        "https://",
        "",
        " https://example.org",
        "//example.org",
        "example.org",
    ],
)
def test_a_source_url_must_be_http_or_https(folder: Path, url: str) -> None:
    sources = read(folder, "sources.json")
    next(s for s in sources if s["id"] == ABKHAZIA)["url"] = url
    write(folder, "sources.json", sources)
    assert [(v.record, v.field) for v in _rules(folder, "url-scheme")] == [(ABKHAZIA, "url")]


@pytest.mark.parametrize("url", ["http://example.org", "HTTPS://example.org/a?b#c"])
def test_http_and_https_urls_pass(folder: Path, url: str) -> None:
    sources = read(folder, "sources.json")
    next(s for s in sources if s["id"] == ABKHAZIA)["url"] = url
    write(folder, "sources.json", sources)
    assert _rules(folder, "url-scheme") == []


def _set_numbers(folder: Path, vote: int, geonames: int) -> None:
    """Set the vote fields of the first recognition with a vote, and Yerevan's GeoNames ids."""
    recognitions = read(folder, "recognitions.json")
    record = next(r for r in recognitions if r.get("vote"))
    record["vote"].update(in_favour=vote, against=vote, abstentions=vote)
    record["inferred"] = sorted({*record.get("inferred", ()), "vote"})
    record["note"] = record.get("note") or "The vote is a test's."
    write(folder, "recognitions.json", recognitions)
    entities = read(folder, "entities.json")
    yerevan = next(e for e in entities if e["id"] == "am-yerevan")
    yerevan["geonames_id"] = geonames
    if yerevan.get("place"):
        yerevan["place"]["geonames_id"] = geonames
    write(folder, "entities.json", entities)


OUTSIDE = st.one_of(st.integers(max_value=INT64[0] - 1), st.integers(min_value=INT64[1] + 1))


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(vote=st.one_of(OUTSIDE, st.integers(max_value=-1)), geonames=OUTSIDE)
def test_numbers_out_of_range_break_the_rule(folder: Path, vote: int, geonames: int) -> None:
    pristine = {name: (folder / name).read_bytes() for name in ("recognitions.json", "entities.json", "manifest.json")}
    try:
        _set_numbers(folder, vote, geonames)
        fields = {v.field for v in _rules(folder, "number-in-range")}
        assert {"vote.in_favour", "vote.against", "vote.abstentions", "geonames_id"} <= fields
    finally:
        for name, raw in pristine.items():
            (folder / name).write_bytes(raw)


@pytest.mark.parametrize("vote", [0, INT64[1]])
def test_numbers_at_the_bounds_validate_and_export(folder: Path, tmp_path: Path, vote: int) -> None:
    """What validation lets through, every export takes: SQLite, CSV, JSON Lines (and the frames, if installed)."""
    _set_numbers(folder, vote, INT64[1])
    assert _rules(folder, "number-in-range") == []
    data = ks.load(path=folder)
    for format in ("sqlite", "datapackage", "jsonl"):
        data.export(tmp_path / format, format=format)
    for method, module in (("to_pandas", "pandas"), ("to_arrow", "pyarrow"), ("to_polars", "polars")):
        try:
            __import__(module)
        except ImportError:
            continue
        getattr(data, method)("recognitions")
        getattr(data, method)("entities")


def test_the_shipped_versions_break_no_value_rule() -> None:
    for version in ks.versions():
        assert [v for v in ks.validate(version) if v.rule in ("url-scheme", "number-in-range")] == []


def _year_one(folder: Path) -> str:
    """The first recognition dated in year 1 (an inferred date, explained): its id."""
    recognitions = read(folder, "recognitions.json")
    record = recognitions[0]
    record["date"] = "0001"
    record["inferred"] = sorted({*record.get("inferred", ()), "date"})
    record["note"] = record.get("note") or "The date is a test's."
    write(folder, "recognitions.json", recognitions)
    return str(record["id"])


def test_a_year_one_date_keeps_its_earliest_bound(folder: Path, tmp_path: Path) -> None:
    """Year 1 is a bound, not an open start: CSV, Arrow, polars and pandas keep 0001-01-01 (pandas warns of nothing)."""
    import csv
    import datetime
    import warnings

    record = _year_one(folder)
    assert ks.validate(path=folder) == ()
    data = ks.load(path=folder)
    data.export(tmp_path / "csv", format="csv")
    with open(tmp_path / "csv" / "recognitions.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    row = next(r for r in rows if r["id"] == record)
    assert (row["date_earliest"], row["date_latest"]) == ("0001-01-01", "0001-12-31")
    with open(tmp_path / "csv" / "positions.csv", encoding="utf-8", newline="") as file:
        opened = next(r for r in csv.DictReader(file) if r["date"].startswith("[.."))
    assert opened["date_earliest"] == ""  # an open start stays open
    pytest.importorskip("pyarrow", reason="Arrow needs pyarrow (the extra arrow)")
    table = data.to_arrow("recognitions")
    at = table.column("id").to_pylist().index(record)
    assert table.column("date_earliest")[at].as_py() == datetime.date(1, 1, 1)
    polars = pytest.importorskip("polars", reason="polars needs the extra polars")
    frame = data.to_polars("recognitions").filter(polars.col("id") == record)
    assert frame["date_earliest"][0] == datetime.date(1, 1, 1)
    pytest.importorskip("pandas", reason="pandas needs the extra pandas")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pandas_frame = data.to_pandas("recognitions")
    assert pandas_frame.loc[pandas_frame["id"] == record, "date_earliest"].iloc[0].year == 1


# -- CSV for a spreadsheet ------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]


def _csv_cells(folder: Path) -> dict[str, list[dict[str, str]]]:
    import csv

    tables = {}
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as file:
            tables[path.stem] = list(csv.DictReader(file))
    return tables


@pytest.mark.parametrize("format", ["csv", "datapackage"])
def test_spreadsheet_safe_csv_starts_no_formula(folder: Path, tmp_path: Path, format: str) -> None:
    """Every text cell of every CSV file is safe; every number cell is the number (a negative longitude too)."""
    import subprocess
    import sys

    from karabakh_status._datasets import record_type
    from karabakh_status._export import columns

    recognitions = read(folder, "recognitions.json")
    for record, formula in zip(recognitions, FORMULAS, strict=False):
        record["note"] = formula
    write(folder, "recognitions.json", recognitions)
    data = ks.load(path=folder)
    data.export(tmp_path / "raw", format=format)
    raw = _csv_cells(tmp_path / "raw")
    assert [row["note"] for row in raw["recognitions"][: len(FORMULAS)]] == FORMULAS  # by default, as it is
    data.export(tmp_path / "safe", format=format, spreadsheet_safe=True)
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "karabakh_status",
            "export",
            "--format",
            format,
            "--spreadsheet-safe",
            str(tmp_path / "c"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr
    safe = _csv_cells(tmp_path / "safe")
    assert [row["note"] for row in safe["recognitions"][: len(FORMULAS)]] == ["'" + f for f in FORMULAS]
    negative = 0
    for name, rows in safe.items():
        kinds = {c.name: c.type for c in columns(record_type(name))}
        for row, before in zip(rows, raw[name], strict=True):
            for column, cell in row.items():
                if kinds[column] in ("integer", "number", "boolean"):
                    assert cell == before[column]  # numbers untouched
                    negative += cell.startswith("-")
                else:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, column, cell)
    assert negative > 0  # the western longitudes stayed negative numbers
    for name, rows in _csv_cells(tmp_path / "c").items():  # the command line, on the default version
        kinds = {c.name: c.type for c in columns(record_type(name))}
        text = [cell for row in rows for column, cell in row.items() if kinds[column] not in ("integer", "number")]
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in text), name


def test_spreadsheet_safe_is_for_csv_only() -> None:
    with pytest.raises(ks.NotFoundError, match="spreadsheet_safe applies to the CSV formats"):
        ks.load("1.1.0").export("unused", format="sqlite", spreadsheet_safe=True)
    with pytest.raises(TypeError, match="'spreadsheet_safe' must be bool"):
        ks.load("1.1.0").export("unused", spreadsheet_safe="yes")  # type: ignore[arg-type]


def test_list_csv_spreadsheet_safe(tmp_path: Path) -> None:
    """``list --format csv --spreadsheet-safe``: the export's rule, on the cells of text only.

    In a copy of the package with a draft 9.9.9 whose notes begin ``- `` (a quoted list item) and ``=``:
    those cells get a leading ``'``; the other cells, the JSON text of a place with a negative longitude
    and the numbers, are as without the option; with another format the option is an error (exit 2).
    """
    import csv
    import io
    import os
    import shutil
    import subprocess
    import sys

    package = Path(ks.__file__).parent
    copy = tmp_path / "site" / "karabakh_status"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if (package.parent.parent / "seeds").is_dir():  # a source checkout: the texts beside src/
        shutil.copytree(package.parent.parent / "seeds", copy / "seeds")
    draft = copy / "data" / "9.9.9"
    shutil.copytree(copy / "data" / "1.1.0", draft)
    manifest = read(draft, "manifest.json")
    manifest.update(version="9.9.9", released=None)
    write(draft, "manifest.json", manifest, manifest=False)
    recognitions = read(draft, "recognitions.json")
    recognitions[0]["note"] = "- a list item, as quoted"
    recognitions[1]["note"] = "=HYPERLINK(1)"
    write(draft, "recognitions.json", recognitions, manifest=False)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "karabakh_status", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(copy.parent), "PYTHONSAFEPATH": "1"},
            check=False,
        )

    assert run("manifest", "--set-version", "9.9.9", str(draft)).returncode == 0

    def rows(*args: str) -> list[dict[str, str]]:
        done = run("list", *args, "--dataset-version", "9.9.9", "--format", "csv")
        assert done.returncode == 0, done.stderr
        return list(csv.DictReader(io.StringIO(done.stdout)))

    plain, safe = rows("recognitions"), rows("recognitions", "--spreadsheet-safe")
    assert [row["note"] for row in plain[:2]] == ["- a list item, as quoted", "=HYPERLINK(1)"]
    assert [row["note"] for row in safe[:2]] == ["'- a list item, as quoted", "'=HYPERLINK(1)"]
    assert [{**row, "note": ""} for row in safe[:2]] == [{**row, "note": ""} for row in plain[:2]]
    assert safe[2:] == plain[2:]
    places = {row["id"]: row["place"] for row in rows("entities", "--spreadsheet-safe")}
    assert '"longitude": -75.69812' in places["ca"]  # Ottawa: JSON text of numbers, as it is
    assert places == {row["id"]: row["place"] for row in rows("entities")}
    refused = run("list", "recognitions", "--spreadsheet-safe")
    assert refused.returncode == 2
    assert refused.stderr == "karabakh-status: error: --spreadsheet-safe applies to --format csv only\n"
