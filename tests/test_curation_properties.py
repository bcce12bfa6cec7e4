"""Properties of `check_source`: the bundled text checked against itself (in any typography)
reports nothing; any single-sentence edit is reported at that sentence and nowhere else."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._sources import bundled_text, fold
from tests.strategies import examples

PS, FR = "political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh"


def text_of(source: str) -> str:
    text = bundled_text(source)
    assert text is not None
    return text.text


def check(source: str, text: str) -> ks.SourceCheck:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "revision.txt"
        path.write_bytes(text.encode("utf-8"))
        return ks.check_source(source, path)


def body_lines(source: str) -> list[int]:
    """The lines a sentence stands on: not blank, no heading, before "See also"."""
    lines = text_of(source).split("\n")
    end = next(i for i, line in enumerate(lines) if line.strip().strip("= ") == "See also")
    return [i for i, line in enumerate(lines[:end]) if line.strip() and not line.lstrip().startswith("=")]


@settings(max_examples=examples(15))
@given(
    source=st.sampled_from([PS, FR]),
    crlf=st.booleans(),
    markers=st.lists(st.sampled_from(["[1]", "[23]", "[citation needed]", "[a]"]), min_size=1, max_size=4),
    every=st.integers(2, 7),
)
def test_the_bundled_text_in_other_typography_reports_nothing(
    source: str, crlf: bool, markers: list[str], every: int
) -> None:
    """Reference markers after sentences, CRLF line ends, non-breaking spaces: nothing to report."""
    count = iter(range(10**6))
    text = re.sub(
        r"(?<=[a-z]\.)(?= [A-Z])",
        lambda _: markers[next(count) % len(markers)] if next(count) % every == 0 else "",
        text_of(source),
    )
    text = text.replace("Republic of Artsakh", "Republic\u00a0of Artsakh")
    if crlf:
        text = text.replace("\n", "\r\n")
    report = check(source, text)
    assert (report.quotes, report.sections, report.uncited) == ((), (), ())


WORD = re.compile(r"(?<![\w\[])[A-Za-z]{4,}(?![\w\]])")


@settings(max_examples=examples(40))
@given(data=st.data(), source=st.sampled_from([PS, FR]), mode=st.sampled_from(["replace", "delete", "insert"]))
def test_a_single_sentence_edit_is_reported_there_and_nowhere_else(data: st.DataObject, source: str, mode: str) -> None:
    lines = text_of(source).split("\n")
    number = data.draw(st.sampled_from([i for i in body_lines(source) if WORD.search(lines[i])]), label="line")
    words = list(WORD.finditer(lines[number]))
    word = data.draw(st.sampled_from(words), label="word")
    fresh = data.draw(st.text("bcdfghjklmnpqrstvwxz", min_size=5, max_size=9), label="fresh")
    line = lines[number]
    start, end = word.span()
    if mode == "replace":
        edited = line[:start] + fresh + line[end:]
    elif mode == "delete":
        edited = (
            line[:start] + line[end:].lstrip(" ")
            if line[end : end + 1] == " "
            else line[:start].rstrip(" ") + line[end:]
        )
    else:
        edited = line[:start] + fresh + " " + line[start:]
    assume(len(fold(edited).strip("-| ")) >= 20)  # a line left with a sentence, not emptied
    report = check(source, "\n".join([*lines[:number], edited, *lines[number + 1 :]]))
    assert report.sections == ()
    assert {s.line for s in report.uncited} <= {number + 1}, report.uncited  # new text: on that line only
    for change in report.quotes:  # every quote reported stood in the edited words, and no longer stands
        assert change.status == "reworded", change
        assert word.group() in change.quote and fold(change.quote) not in fold(edited), change
        assert change.nearest is not None and fold(change.nearest) in fold(
            "\n".join([*lines[:number], edited, *lines[number + 1 :]])
        )
    assert report.needs_attention or len(fold(edited)) < 8  # and something is reported there


# -- counterexamples the property found, kept as plain tests ------------------------------------

HEADER = "| Entity | Date of recognition | Notes |"  # a row no citation touches
SECTION = ("Independence recognition efforts", "Non-UN member states")


def edit_line(source: str, old: str, new: str) -> tuple[str, int]:
    """The bundled text with the one line ``old`` made ``new``, and that line's number (1-based)."""
    lines = text_of(source).split("\n")
    number = lines.index(old)
    return "\n".join([*lines[:number], new, *lines[number + 1 :]]), number + 1


def test_a_short_new_cell_of_a_row_no_citation_touches_is_new_text() -> None:
    text, line = edit_line(FR, HEADER, HEADER.replace("Entity", "bbbbb"))
    report = check(FR, text)
    assert [(s.text, s.line, s.section, s.cell) for s in report.uncited] == [("bbbbb", line, SECTION, True)]
    assert report.quotes == () and report.needs_attention


@pytest.mark.parametrize(
    "edited",
    ["| Date of recognition | Entity | Notes |", "| Entity | Date of recognition | |", "| Entity | Notes |"],
    ids=["cells swapped", "cell emptied", "cell removed"],
)
def test_a_row_edited_without_a_new_cell_is_new_text_whole(edited: str) -> None:
    text, line = edit_line(FR, HEADER, edited)
    report = check(FR, text)
    assert [(s.text, s.line, s.section, s.cell) for s in report.uncited] == [(edited.strip("| "), line, SECTION, True)]
    assert report.quotes == () and report.needs_attention


def test_a_new_row_of_short_cells_is_new_text_whole() -> None:
    text, line = edit_line(FR, HEADER, HEADER + "\n| Tuvalu | 2025 | |")
    report = check(FR, text)
    assert [(s.text, s.line, s.cell) for s in report.uncited] == [("Tuvalu | 2025", line + 1, True)]


def test_a_one_word_list_item_reworded_is_reworded_in_every_quote_that_holds_it() -> None:
    """No word is shared by "Fowler" and "Fowlr": the lone unit in its place is compared all the same."""
    text, line = edit_line(PS, "- Fowler", "- Fowlr")
    report = check(PS, text)
    assert report.quotes and all(q.status == "reworded" and "- Fowlr" in q.nearest for q in report.quotes)
    assert "rec-us-fowler-2020" in {q.record for q in report.quotes}
    assert [(s.text, s.line) for s in report.uncited] == [("Fowlr", line)]


def test_a_new_short_list_item_is_new_text() -> None:
    """Counted as the coverage counts it: eight characters, list marker and all."""
    text, line = edit_line(PS, "- Orange County", "- Orange County\n- Tuvalu")
    report = check(PS, text)
    assert [(s.text, s.line) for s in report.uncited] == [("Tuvalu", line + 1)] and report.quotes == ()
