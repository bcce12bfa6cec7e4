"""The command line as a reader sees it: in a real pseudo-terminal of 80 columns, piped, and `diff` as a changelog.

Every command runs in a pty whose window size is set with ``TIOCSWINSZ`` (`tests.terminal`): no line may be
wider than the terminal. Piped, output is for grep and scripts: ids whole, one record per line, no padding.
The golden diff below was written by hand from the two drafts' edits, not produced by the code.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status._cli.dispatch import COMMANDS
from tests.conftest import read, write
from tests.terminal import in_terminal, piped, visible, widest

SOURCE_TEXT = str(Path(__file__).parent.parent / "seeds" / "foreign-relations-of-artsakh.txt")
DATASETS = ("sources", "entities", "ministers", "recognitions", "positions", "events", "offices", "relations",
            "visas", "friendship_groups", "memberships", "twin_towns")  # fmt: skip

EVERY_COMMAND = [
    ("--help",),
    ("info",),
    ("validate",),
    *(("list", name) for name in DATASETS),
    ("show", "rec-it-milan-2020"),
    ("show", "pos-council-of-europe-directorate-general-of-political-affairs-background-paper-2003"),
    ("show", "artsakh"),
    ("show", "foreign-relations-of-artsakh"),
    ("history", "rec-fr-national-assembly-2020-bill"),
    ("diff", "1.0.0", "1.1.0"),
    ("cite",),
    ("cite", "--style", "bibtex"),
    ("cite", "rec-it-milan-2020", "--style", "text"),
    ("schema", "twin_towns"),
    ("sources", "check", "foreign-relations-of-artsakh", SOURCE_TEXT),
    *((command.name, "--help") for command in COMMANDS),
]


@pytest.mark.parametrize("argv", EVERY_COMMAND, ids=" ".join)
def test_every_command_fits_an_80_column_terminal(argv: tuple[str, ...]) -> None:
    done = in_terminal(*argv, columns=80)
    assert done.code in (0, 1), done.err
    assert done.out.strip() and "Traceback" not in done.err
    wider = [line for line in visible(done.out).split("\n") if len(line) > 80]
    assert not wider, wider[:3]


def test_export_and_manifest_fit_too(tmp_path: Path) -> None:
    for argv in (("export", "--format", "csv", str(tmp_path / "out")), ("manifest", str(tmp_path / "out"))):
        done = in_terminal(*argv, columns=80)
        assert widest(done.out) <= 80 and "Traceback" not in done.err


def test_a_narrow_terminal_is_fitted_too() -> None:
    done = in_terminal("show", "rec-it-milan-2020", columns=40)
    assert done.code == 0 and widest(done.out) <= 40
    assert done.out.startswith("id: rec-it-milan-2020\n")  # an id is never cut


def test_long_text_wraps_under_its_label() -> None:
    lines = visible(in_terminal("show", "rec-it-milan-2020").out).split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("  quote: “On 15 October 2020"))
    assert lines[at + 1].startswith("    ") and not lines[at + 1].startswith("     ")  # a hanging indent
    joined = " ".join(line.strip() for line in lines[at : at + 3])
    assert "the Italian city of Milan became the first ever large European city" in joined


def test_wide_turns_wrapping_off() -> None:
    for argv in (("show", "rec-it-milan-2020", "--wide"), ("--wide", "show", "rec-it-milan-2020")):
        done = in_terminal(*argv)
        assert done.code == 0 and widest(done.out) > 80
        assert "quote: “On 15 October 2020, the Italian city of Milan became the first ever large" in done.out


@pytest.mark.parametrize("dataset", DATASETS)
def test_piped_lists_are_for_grep_and_scripts(dataset: str) -> None:
    """One record per line, its id whole and first, values tab-separated, no padding, nothing cut."""
    done = piped("list", dataset)
    lines = done.out.splitlines()
    ids = [record.id for record in ks.load().records(dataset)]
    assert done.code == 0 and len(lines) == len(ids) + 1  # a header, then the records
    assert [line.split("\t")[0] for line in lines[1:]] == ids
    assert {len(line.split("\t")) for line in lines} == {len(lines[0].split("\t"))}
    assert not any(re.search(r"   | $", line) for line in lines)  # no padding run, no trailing space
    assert "…" not in done.out


def test_piped_diff_has_whole_ids_and_no_padding() -> None:
    done = piped("diff", "1.0.0", "1.1.0")
    assert done.code == 1
    found = ks.diff("1.0.0", "1.1.0")
    for change in found.changed:
        assert f"\n  ~ {change.id}\n" in done.out
    for dataset, record in found.added:
        assert f"\n  + {dataset}: {record}\n" in done.out
    assert not any(re.search(r"\S {3,}|\s$", line) for line in done.out.splitlines())
    assert "\x1b" not in done.out


def test_diff_counts_records_and_fields() -> None:
    found = ks.diff("1.0.0", "1.1.0")
    records = len({(c.dataset, c.id) for c in found.changed})
    last = piped("diff", "1.0.0", "1.1.0").out.rstrip("\n").split("\n")[-1]
    assert last == (
        f"1.0.0 -> 1.1.0: {len(found.added)} records added, 0 withdrawn, 0 removed, "
        f"{records} records changed ({len(found.changed)} fields)"
    )
    assert (records, len(found.changed)) == (198, 526)


def test_diff_exit_status_follows_diff_1(folder: Path) -> None:
    assert piped("diff", "1.0.0", "1.0.0").code == 0
    assert piped("diff", "1.0.0", "1.1.0").code == 1
    (folder / "events.json").write_text("[]\n", encoding="utf-8")
    assert piped("diff", "1.0.0", str(folder)).code == 2
    assert piped("diff", "1.0.0", "9.9").code == 2
    helped = piped("diff", "--help").out
    assert "diff(1)" in helped and "0 if they are the same, 1 if they differ, 2 on trouble" in " ".join(helped.split())


@pytest.fixture
def drafts(folder: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two drafts: the second renames one twin town record, says Milan's act is not mutual and adds it a note,
    and changes one word of a locator."""
    second = tmp_path / "second"
    shutil.copytree(folder, second)
    towns = read(second, "twin_towns.json")
    towns[0]["id"] = "twin-lachin-highland-us"
    towns[-1]["citations"][0]["locator"] = "partner 3 of 4"
    write(second, "twin_towns.json", towns)
    acts = read(second, "recognitions.json")
    milan = next(act for act in acts if act["id"] == "rec-it-milan-2020")
    milan.update(mutual=False, note="Adopted by the city council.")
    write(second, "recognitions.json", acts)
    return folder, second


def test_diff_of_two_drafts_reads_like_a_changelog(drafts: tuple[Path, Path]) -> None:
    old, new = drafts
    golden = f"""\
{old} -> {new}

removed (1):
  - twin_towns: twin-lachin-highland

added (1):
  + twin_towns: twin-lachin-highland-us

recognitions (1 record changed):
  ~ rec-it-milan-2020
      mutual: {{+false+}}
      note: {{+Adopted by the city council.+}}

twin_towns (1 record changed):
  ~ twin-stepanakert-montebello
      citations[0].locator: partner 3 of [-3-]{{+4+}}

{old} -> {new}: 1 record added, 0 withdrawn, 1 removed, 2 records changed (3 fields)
"""
    done = piped("diff", str(old), str(new))
    assert (done.out, done.err, done.code) == (golden, "", 1)
    same = piped("diff", str(old), str(old))
    assert (same.out, same.code) == (f"{old} -> {old}: the same\n", 0)


def test_diff_in_a_terminal_colours_the_changed_words(drafts: tuple[Path, Path]) -> None:
    old, new = drafts
    done = in_terminal("diff", str(old), str(new))
    assert "\x1b[9;31m3\x1b[0m" in done.out and "\x1b[32m4\x1b[0m" in done.out  # removed red, added green
    assert "[-" not in done.out and "{+" not in done.out
    plain = in_terminal("diff", str(old), str(new), env={"NO_COLOR": "1"})
    assert "\x1b" not in plain.out and "partner 3 of [-3-]{+4+}" in plain.out


def test_diff_json_is_unchanged_data() -> None:
    done = piped("diff", "1.0.0", "1.1.0", "--format", "json")
    assert json.loads(done.out) == ks.diff("1.0.0", "1.1.0").as_dict()
