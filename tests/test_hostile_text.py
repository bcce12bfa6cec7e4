"""The text and JSON readers are linear with a small constant, up to their size caps.

Hostile texts (a heading pattern that backtracks, headings nested thousands deep, millions of short
headings) and arbitrary text drawn by hypothesis. Speed is a ratio, measured in the same process,
against `str.splitlines` of the same input: never a wall-clock limit.
"""

from __future__ import annotations

import gc
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
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
    # deeper than `MAX_LEVEL` (a line of 14 "=" is level 7 to the pattern): the title's, tested below
    assume(all(not (match := _OLD_HEADING.match(line)) or len(match.group(1)) <= MAX_LEVEL for line in lines))
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
    """The least CPU time of this process ``action`` took in ``runs`` runs, after one run untimed.

    CPU time, not the clock: on a loaded machine a read of 100 ms is preempted in every run where a
    split of 0.1 ms is not, and the ratio of clock times grew tenfold under a load of 20. The cyclic
    collector paused (as `_bulk.building` does while a folder is read) from the first run to the last, the
    untimed one too, and never called: its full passes cost what the rest of the process holds (the tests
    run before in the worker), not what the input does; in a whole run they cost more than the reads.
    """
    best = float("inf")
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        action()  # once untimed: a first call pays what later ones do not (the allocator growing to the input's size)
        for _ in range(runs):
            start = time.process_time()
            action()
            best = min(best, time.process_time() - start)
    finally:
        if was_enabled:
            gc.enable()
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


# -- JSON at its cap: many small values ----------------------------------------------------------------


def _array_of(unit: str, size: int) -> str:
    """``[unit,unit,...,unit]``, about ``size`` characters (written as the repetition it is, not a join of a list of
    millions: the 64 MiB array below costs a tenth of a second, not a third)."""
    return "[" + (unit + ",") * (max(1, size // (len(unit) + 1)) - 1) + unit + "]"


ADVERSARIAL_JSON: dict[str, Callable[[int], str]] = {
    "[{},...]": lambda size: _array_of("{}", size),
    '[{"a":1},...]': lambda size: _array_of('{"a":1}', size),
    '[{"a":{}},...]': lambda size: _array_of('{"a":{}}', size),
    "[[],...]": lambda size: _array_of("[]", size),
    "[0,...]": lambda size: _array_of("0", size),
    "[0.5,...]": lambda size: _array_of("0.5", size),
    '["",...]': lambda size: _array_of('""', size),
    "objects nested 400 deep": lambda size: _array_of('{"a":' * 400 + "0" + "}" * 400, size),
    "arrays nested 900 deep": lambda size: _array_of("[" * 900 + "]" * 900, size),
    "one object of many keys": lambda size: "{" + ",".join(f'"k{i}":0' for i in range(size // 11)) + "}",
}
"""The costliest shapes per byte: each byte a value, or nearly (a Python object made per byte or two)."""

JSON_RATIO = 1000
"""How many times `str.splitlines` of the same bytes the strict JSON reader may cost, per byte, at most.

Measured (CPU time): 80 to 190 for values of two to eight bytes each (``[[],...]``, ``[{},...]``, arrays
or objects nested hundreds deep), as ``json.loads`` alone; a long string costs 5 to 15.
"""

CAP_RATIO = 40
"""The most the largest file the JSON reader accepts may cost, in `str.splitlines` of `_files.MAX_BYTES`.

Before `_files.MAX_VALUES` the largest was 64 MiB of any shape: 60 to 190 times that split (``[[],...]``,
``[[[...]]]``: 20 to 30 seconds). Now 1 to 18, measured at full size (``[[[...]]]`` is refused past 2 MiB,
``{"a":{"a":...}}`` past 6 MiB; the most, 18, one object of a million keys, refused past 11.7 MiB):
0.1 to 0.8 seconds of CPU.
"""


def _values(raw: bytes) -> int:
    return raw.count(b"[") + raw.count(b"{") + raw.count(b",")


def _json_costs(text: str) -> tuple[float, float]:
    """The strict reader's cost per byte of ``text`` in splits of it, and the most a file of its shape
    the reader accepts may cost, in splits of as many bytes as `_files.MAX_BYTES` (measured in this process)."""
    raw = text.encode()
    per_byte = _best(lambda: _files.loads(raw)) / max(_best(text.splitlines), 1e-7)
    accepted = min(_files.MAX_BYTES, int(len(raw) * _files.MAX_VALUES / max(_values(raw), 1)))
    return per_byte, per_byte * accepted / _files.MAX_BYTES


@pytest.mark.parametrize("case", ADVERSARIAL_JSON)
def test_adversarial_json_reads_in_linear_time_and_seconds_at_the_cap(case: str) -> None:
    """Per byte, `JSON_RATIO` splits at most; at the cap (values counted), `CAP_RATIO` splits of 64 MiB at most."""
    per_byte, at_cap = _json_costs(ADVERSARIAL_JSON[case](1 << 18))
    assert per_byte < JSON_RATIO
    assert at_cap < CAP_RATIO


_SCALARS = st.sampled_from(["0", "-1", "0.5", "1e-7", '""', '"a"', "null", "true", '"\\u00e9"', '"\\ud83d\\ude00"'])
_KEYS = st.sampled_from(['"a"', '"b"', '"id"', '""'])
_JSON_UNITS = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4).map(lambda items: "[" + ",".join(items) + "]")
        | st.lists(st.tuples(_KEYS, inner), max_size=4, unique_by=lambda pair: pair[0]).map(
            lambda pairs: "{" + ",".join(f"{key}:{value}" for key, value in pairs) + "}"
        )
    ),
    max_leaves=8,
)


@settings(max_examples=20, deadline=None)
@given(
    unit=_JSON_UNITS,
    depth=st.integers(0, 600),
    nest=st.sampled_from([("[", "]"), ('{"a":', "}")]),
    size=st.integers(1 << 16, 1 << 18),
)
def test_arbitrary_json_shapes_read_in_linear_time(unit: str, depth: int, nest: tuple[str, str], size: int) -> None:
    """Any small JSON value, nested up to 600 deep, repeated in an array of 64 to 256 KiB: read (or refused)
    within a bound per byte, and within `CAP_RATIO` at the size of the cap."""
    per_byte, at_cap = _json_costs(_array_of(nest[0] * depth + unit + nest[1] * depth, size))
    assert per_byte < JSON_RATIO
    assert at_cap < CAP_RATIO


def test_the_value_cap_is_exact() -> None:
    """`_files.MAX_VALUES` ``[``, ``{`` and ``,`` are read; one more is refused before parsing, naming the cap."""
    at_cap = b"[" + b"0," * (_files.MAX_VALUES - 1) + b"0]"
    assert len(_files.loads(at_cap)) == _files.MAX_VALUES
    with pytest.raises(_files.JSONProblem, match=f"over the cap of {_files.MAX_VALUES:,}"):
        _files.loads(b"[" + b"{}," * _files.MAX_VALUES + b"{}]")


def test_a_json_file_of_too_many_values_is_a_clear_violation(folder: Path) -> None:
    """A draft whose records file is ``[{},{},...]`` up to 64 MiB: one ``json-well-formed`` violation, at once."""
    with open(folder / "recognitions.json", "w", encoding="utf-8") as file:
        file.write(_array_of("{}", _files.MAX_BYTES - 64))
    problems = [v for v in ks.validate(path=folder) if v.file == "recognitions.json"]
    assert [v.rule for v in problems if v.rule == "json-well-formed"] == ["json-well-formed"]
    assert "too many values" in next(v.message for v in problems if v.rule == "json-well-formed")


@pytest.mark.slow
@pytest.mark.parametrize("case", ADVERSARIAL_JSON)
def test_the_largest_adversarial_json_read_costs_seconds(case: str) -> None:
    """At full size: the shape at `_files.MAX_BYTES` is refused, the largest accepted costs under `CAP_RATIO`
    splits of the shape at `_files.MAX_BYTES`."""
    build = ADVERSARIAL_JSON[case]
    whole = build(_files.MAX_BYTES - 64)
    split = _best(whole.splitlines)
    raw = whole.encode()
    with pytest.raises(_files.JSONProblem, match="too many values"):
        _files.loads(raw)
    size = int(len(raw) * _files.MAX_VALUES / _values(raw) * 0.99)
    del whole, raw
    largest = build(size).encode()
    while _values(largest) > _files.MAX_VALUES:  # a shape whose keys grow longer: shrink until read
        size = int(size * 0.98)
        largest = build(size).encode()
    assert _best(lambda: _files.loads(largest), runs=1) / split < CAP_RATIO


# -- sources check of a revision of shuffled words ------------------------------------------------------


def test_sources_check_of_shuffled_words_is_linear(tmp_path: Path) -> None:
    """Issue 28: a 12 MB revision of the article's words shuffled took over 60 s (~4 s/MB). Checked with
    ``force`` (it is no revision): per byte within `RATIO` splits, and four times the text costs at most
    eight times as much (measured in CPU time of this process, at 64 and 256 KiB)."""
    from karabakh_status._sources import bundled_text

    source = "foreign-relations-of-artsakh"
    bundled = bundled_text(source)
    assert bundled is not None
    words = bundled.text.split()
    costs = []
    for size in (1 << 16, 1 << 18):
        chosen = (words * (size // len(bundled.text) + 1))[: len(words) * size // len(bundled.text)]
        random.Random(size).shuffle(chosen)
        text = " ".join(chosen) + "\n"
        path = tmp_path / f"shuffled-{size}.txt"
        path.write_text(text, encoding="utf-8")
        ks.check_source(source, path, force=True)  # once before timing: the version loaded, the texts read
        cost = _best(lambda path=path: ks.check_source(source, path, force=True), runs=2)
        assert cost / max(_best(text.splitlines), 1e-7) < RATIO
        costs.append(cost)
    assert costs[1] < 8 * costs[0]


def test_a_file_of_many_malformed_records_is_reported_in_bounded_time(folder: Path) -> None:
    """100,000 records ``{}`` (300 KB): 700,000 violations in 10 seconds before; now the first
    `_folders.MAX_MALFORMED` records' violations, then one that counts the rest."""
    from karabakh_status._folders import MAX_MALFORMED
    from tests.conftest import write

    write(folder, "recognitions.json", [{}] * 100_000)
    problems = [v for v in ks.validate(path=folder) if v.file == "recognitions.json"]
    assert {v.record for v in problems[:-1]} == {f"#{i}" for i in range(MAX_MALFORMED)}
    assert problems[-1].rule == "schema" and problems[-1].record is None
    assert problems[-1].message.startswith(f"{100_000 - MAX_MALFORMED:,} more records not checked")
