"""The text and JSON readers are linear with a small constant, up to their size caps.

Hostile texts (a heading pattern that backtracks, headings nested thousands deep, millions of short
headings) and arbitrary text drawn by hypothesis. Speed is a ratio, measured in the same process,
against `str.splitlines` of the same input: never a wall-clock limit.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status import _files
from karabakh_status._sources import MAX_LEVEL, MAX_TEXT_BYTES, SourceText, fold, heading
from tests.strategies import examples

# -- the reference: the heading reader as it was (a regular expression), on lines it reads in time --

_OLD_HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1\s*$")


def _reference_sections(lines: list[str]) -> list[tuple[tuple[str, ...], int, int, int]]:
    headings = []
    for index, line in enumerate(lines):
        match = _OLD_HEADING.match(line)
        if match:
            headings.append((len(match.group(1)), match.group(2), index))
    title = headings[0][1] if headings and headings[0][0] == 1 else ""
    body = [h for h in headings if h[0] > 1]
    sections = [((), 1, headings[0][2] + 1 if title else 0, body[0][2] if body else len(lines))]
    stack: list[tuple[int, str]] = []
    for position, (level, name, index) in enumerate(body):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, name))
        end = next((j for lvl, _, j in body[position + 1 :] if lvl <= level), len(lines))
        sections.append((tuple(h for _, h in stack), level, index + 1, end))
    return sections


_RUN = st.integers(0, MAX_LEVEL).map(lambda n: "=" * n)
_PIECE = st.sampled_from([" ", "\t", "\u3000", "\r", "x", "Ab", "- a", "|", "=", "é"])
_LINES = st.lists(
    st.tuples(_RUN, st.lists(_PIECE, max_size=4).map("".join), _RUN, st.sampled_from(["", " ", "\t"])).map("".join),
    max_size=30,
)


@settings(max_examples=examples(300), deadline=None)
@given(lines=_LINES, quote=st.lists(_PIECE, min_size=1, max_size=3).map("".join))
def test_the_heading_reader_agrees_with_the_regular_expression(lines: list[str], quote: str) -> None:
    """Up to `MAX_LEVEL`, the linear reader finds what the old pattern found: headings, sections, texts."""
    text = SourceText("x", "\n".join(lines).encode())
    lines = "\n".join(lines).split("\n")
    expected = _reference_sections(lines)
    assert [(s.path, s.level, s.start, s.end) for s in text.sections] == expected
    for path, (start, end) in {path: (start, end) for path, _, start, end in expected}.items():
        body = fold("\n".join(lines[start:end]))
        assert text.section_text(path) == body
        assert text.find(path, quote) == (bool(fold(quote)) and fold(quote) in body)
    for line in lines:
        match = _OLD_HEADING.match(line)
        assert heading(line) == (match and (len(match.group(1)), match.group(2)))


def test_headings_deeper_than_six_belong_to_the_title() -> None:
    """As in MediaWiki: a heading is at most six ``=`` deep, so that a path is at most five headings long."""
    assert heading("=" * 3000 + " x " + "=" * 3000) == (MAX_LEVEL, "=" * 2994 + " x " + "=" * 2994)
    assert heading("=" * 13) == (MAX_LEVEL, "=")
    assert heading("=" * 3000 + " " * 3000 + "x") is None


# -- the hostile texts -------------------------------------------------------------------------------


def _nested(levels: int) -> str:
    return "= T =\n" + "".join("=" * k + " h " + "=" * k + "\nword\n" for k in range(2, levels))


HOSTILE_TEXTS: dict[str, Callable[[int], str]] = {
    "= runs then spaces (the pattern backtracked)": lambda size: (
        "= T =\n" + ("=" * 3000 + " " * 3000 + "x\n") * max(1, size // 6002)
    ),
    "headings nested 2 to 2,499 deep": lambda size: _nested(2500),
    "short headings": lambda size: "==a==\n" * (size // 6),
    "headings climbing and falling": lambda size: "".join(
        "=" * k + "h" + "=" * k + "\n" for k in [2, 3, 4, 5, 6, 5, 4, 3] * (size // 64)
    ),
    "line breaks only": lambda size: "\n" * size,
    "= lines only": lambda size: "==\n" * (size // 3),
    "one long line of =": lambda size: "=" * size,
    "one long line of words": lambda size: "word " * (size // 5),
    "white space of every kind": lambda size: "\u3000\t\r\x0b\x0c \u2028\x85\n" * (size // 9),
}


def _best(action: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _read_everything(raw: bytes) -> None:
    """What the package does with a text: parse it, look for a quote in every section, find a context."""
    text = SourceText("x", raw)
    for section in text.sections:
        text.find(section.path, "no such quote here")
    text.context(text.sections[-1].path, "word")


RATIO = 2500
"""How many times `str.splitlines` of the same text reading it may cost, at most.

Reading costs 10 to 1,000 times the split (the most: a section built, and searched, per six-byte
heading, where the split makes one string); what was quadratic or backtracked cost 10,000 to
millions of times the split on these sizes.
"""


def _ratio(text: str) -> float:
    raw = text.encode()
    return _best(lambda: _read_everything(raw)) / max(_best(text.splitlines), 1e-7)


@pytest.mark.parametrize("case", HOSTILE_TEXTS)
def test_hostile_texts_read_in_linear_time(case: str) -> None:
    text = HOSTILE_TEXTS[case](1 << 18)
    assert _ratio(text) < RATIO


@settings(max_examples=examples(15), deadline=None)
@given(
    unit=st.text(st.characters(codec="utf-8"), min_size=1, max_size=200)
    | st.lists(st.sampled_from(["=", "=" * 50, " ", " " * 50, "\n", "x", "é", "\t"]), min_size=1, max_size=40).map(
        "".join
    ),
    size=st.integers(1 << 16, 1 << 18),
)
def test_arbitrary_text_reads_in_linear_time(unit: str, size: int) -> None:
    """Any text, repeated to a size between 64 KiB and 256 KiB: a bound per byte relative to the split."""
    text = unit * (size // len(unit.encode()) + 1)
    assert _ratio(text) < RATIO


def test_a_text_over_its_cap_is_refused_with_its_size(folder: Path) -> None:
    """Past `MAX_TEXT_BYTES` a folder's own text is not read: the violation names the cap."""
    name = "political-status-of-nagorno-karabakh.txt"
    with open(folder / name, "wb") as file:  # sparse: no disk
        file.truncate(MAX_TEXT_BYTES + 1)
    problems = [v for v in ks.validate(path=folder) if v.file == name]
    assert problems and f"over the size cap of {MAX_TEXT_BYTES // (1 << 20)} MiB" in problems[0].message


# -- JSON -------------------------------------------------------------------------------------------

HOSTILE_JSON: dict[str, tuple[Callable[[int], str], int]] = {
    # A long string costs the split's time, a few times over (once a loop of Python per escape
    # cost 700 times); an object costs a dict built in Python (with its duplicate key check).
    "escaped backslashes before u": (lambda size: '["' + "\\\\u" * (size // 3) + '"]', 100),
    "escapes of non-surrogates": (lambda size: '["' + "\\u00e9" * (size // 6) + '"]', 100),
    "many small objects": (lambda size: "[" + ",".join(['{"a": 1}'] * (size // 9)) + "]", RATIO),
    "many keys": (lambda size: "{" + ",".join(f'"k{i}": 0' for i in range(size // 12)) + "}", RATIO),
}


@pytest.mark.parametrize("case", HOSTILE_JSON)
def test_hostile_json_reads_in_linear_time(case: str) -> None:
    build, bound = HOSTILE_JSON[case]
    text = build(1 << 18)
    raw = text.encode()
    assert _best(lambda: _files.loads(raw)) / max(_best(text.splitlines), 1e-7) < bound
