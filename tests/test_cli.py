"""The command line: every command, its formats and its exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status._cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info")
    assert code == 0
    assert f"karabakh_status {ks.__version__}" in out
    for entry in ks.load().manifest.files:
        assert f"{entry.name.removesuffix('.json')}" in out and f"{entry.records} records" in out
    assert "CC BY-SA 4.0" in out and "MIT" in out


def test_validate(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0 and "valid" in out
    assert run(capsys, "validate", str(folder))[0] == 0
    (folder / "ministers.json").write_text("[]")
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 1
    assert "[manifest-hash] ministers.json" in out and "violation" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_list_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run(capsys, "list", "ministers", "--format", fmt)
    assert code == 0
    ids = [t.id for t in ks.ministers()]
    if fmt == "json":
        assert [row["id"] for row in json.loads(out)] == ids
    elif fmt == "jsonl":
        assert [json.loads(line)["id"] for line in out.splitlines()] == ids
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [row["id"] for row in rows] == ids
        assert rows[0]["term"] == "1993/1997" and rows[0]["acting"] == "false"
    else:  # piped: a header, then one record per line, tab-separated
        lines = out.splitlines()
        assert lines[0].split("\t") == ["id", "person", "term", "acting"]
        assert [line.split("\t")[0] for line in lines[1:]] == ids


def test_list_entities_as_csv_gives_every_row_every_column(capsys: pytest.CaptureFixture[str]) -> None:
    """Fields added in 1.1.0 are left out of the JSON where empty, never out of a CSV row."""
    code, out, _ = run(capsys, "--dataset-version", "1.1.0", "list", "entities", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and {len(row) for row in rows} == {len(rows[0])}
    header = rows[0]
    stepanakert = dict(zip(header, next(row for row in rows if row[0] == "artsakh-stepanakert"), strict=True))
    assert (stepanakert["subdivision"], stepanakert["geonames_id"], stepanakert["fips"]) == ("AZ-XA", "146970", "")
    assert json.loads(stepanakert["place"])["point"] == "own"


def test_list_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "entities", "--kind", "person", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == len(ks.entities(kind="person"))
    code, out, _ = run(capsys, "list", "ministers", "--person", "Masis Mayilyan", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["mfa-2017-masis-mayilyan"]
    code, _, err = run(capsys, "list", "sources", "--on", "2012")
    assert code == 2 and "--on does not filter sources" in err
    for option in ("between", "within"):
        argv = ("list", "recognitions", "--actor", "Tuvalu", f"--{option}", "2020", "--format", "jsonl")
        code, out, _ = run(capsys, *argv)
        found = [json.loads(line)["id"] for line in out.splitlines()]
        assert code == 0 and found == [r.id for r in ks.recognitions(actor="Tuvalu", **{option: "2020"})]
    assert len(found) == 0 < len(ks.recognitions(actor="Tuvalu", between="2020"))


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "mfa-2011-vasily-atajanyan")
    assert code == 0
    assert "acting: true" in out and "(from 2011 to 2012)" in out
    assert "quote: “2011–2012: Vasily Atajanyan (acting)”" in out
    assert "https://en.wikipedia.org/wiki/Foreign_relations_of_Artsakh" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "nope"], "no record has id 'nope'"),
        (["list", "treaties"], "no dataset has id 'treaties'"),
        (["info", "--dataset-version", "9"], "no shipped dataset version matches '9'"),
        (["--dataset-version", "x", "info"], "malformed dataset version 'x'"),
        (["list", "ministers", "--on", "sometime"], "'sometime'"),
    ],
)
def test_errors_are_one_line_on_stderr(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("karabakh-status: error: ") and message in err and err.count("\n") == 1


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


def test_manifest_command(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "manifest", str(folder))
    assert code == 0 and "ministers.json: 10 records" in out
    assert ks.validate(path=folder) == ()


def test_python_dash_m() -> None:
    result = subprocess.run([sys.executable, "-m", "karabakh_status", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"karabakh-status {ks.__version__}"


class Terminal(io.StringIO):
    """Standard output as a terminal would be."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("dataset", ["recognitions", "positions", "events", "entities", "memberships", "sources"])
def test_tables_fit_80_columns_on_a_terminal(monkeypatch: pytest.MonkeyPatch, dataset: str) -> None:
    """(In a real pseudo-terminal: tests/test_terminal.py.) Every id is whole, at the start of a line."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["list", dataset]) == 0
    lines = terminal.getvalue().splitlines()
    ids = [r.id for r in ks.load().records(dataset)]
    assert max(len(line) for line in lines) <= 80
    starts = [line.split("  ")[0] for line in lines[2:-1] if line[:1] not in ("", " ")]
    fitting = [i for i in ids if len(i) <= 80]
    assert [start for start in starts if start in fitting] == fitting  # an id is never cut
    for wider in (i for i in ids if len(i) > 80):  # wider than the screen: it runs on, whole, on the next line
        assert f"{wider[:80]}\n{wider[80:]}\n" in terminal.getvalue()
    assert lines[-1] == f"({len(ids)} records)"


@pytest.mark.parametrize("dataset", ["recognitions", "positions", "events"])
def test_piped_tables_print_full_values(capsys: pytest.CaptureFixture[str], dataset: str) -> None:
    assert main(["list", dataset]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "…" not in "".join(lines)
    assert [line.split("\t")[0] for line in lines[1:]] == [r.id for r in ks.load().records(dataset)]
    for record, line in zip(ks.load().records(dataset), lines[1:], strict=True):
        assert ks.load().get(line.split()[0]) is record  # pasted into `show`, each id finds its record


def test_counts_are_plural_only_when_plural(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", terminal := Terminal())
    assert main(["list", "recognitions", "--actor", "it-milan"]) == 0
    assert terminal.getvalue().rstrip().endswith("(1 record)")
    monkeypatch.setattr(sys, "stdout", terminal := Terminal())
    main(["list", "ministers"])
    assert terminal.getvalue().rstrip().endswith(f"({len(ks.ministers())} records)")
    assert ks.errors.plural(1, "field changed", "fields changed") == "1 field changed"
    error = ks.ValidationError("broken", [ks.Violation(rule="schema", file="a.json", message="m")])
    assert "(1 violation)" in str(error)


@pytest.mark.parametrize(
    "argv",
    [
        ["sources", "check", "political-status-of-nagorno-karabakh", "{text}", "--data", "{missing}"],
        ["history", "--folder", "{missing}", "rec-it-milan-2020"],
        ["info", "{missing}"],
        ["manifest", "{missing}"],
        ["validate", "{missing}"],
        ["diff", "{missing}", "1.0.0"],
        ["info", "{empty}"],  # a folder without a manifest
    ],
    ids=["sources check", "history", "info", "manifest", "validate", "diff", "no manifest"],
)
def test_a_folder_that_cannot_be_read_is_bad_input(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "new.txt"
    text.write_text("Nagorno-Karabakh.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    names = {"text": str(text), "missing": str(tmp_path / "nonexistent"), "empty": str(tmp_path / "empty")}
    assert main([arg.format(**names) for arg in argv]) == 2
    said = capsys.readouterr()
    assert "manifest-readable" in said.err + said.out


def test_a_folder_whose_data_breaks_a_rule_is_still_exit_1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "events.json").write_text("[]\n", encoding="utf-8")  # the manifest's hash no longer matches
    assert main(["info", str(folder)]) == 1
    assert main(["validate", str(folder)]) == 1
    assert "manifest-hash" in capsys.readouterr().out
