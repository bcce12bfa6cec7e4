"""A source text read as units to align: sentences, list items and table rows, on normalised text.

A unit keeps the text as it stands (white space folded, list marker, reference markers and all),
so that what is shown from a revision can be pasted back as a quote; it is compared on its
normalised form (`normal`: Unicode NFC, typographic quotes and dashes made plain, non-breaking
and zero-width spaces, Wikipedia reference markers such as ``[12]`` or ``[citation needed]``
taken out). The units of a text are laid end to end, one space apart, in one normalised string
(`Units.joined`), so that a quote is found in a section's range of it by one search, and the
units it stands in by the offsets.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Final

from karabakh_status._curation.sentences import LINKS_SECTION
from karabakh_status._sources import SourceText, fold

__all__ = ["Unit", "Units", "normal"]

_PAGE: Final = r"(?::\s?(?:pp?\.\s?)?\d{1,4}(?:[-\u2013]\d{1,4})?)?"  # a page after a marker ({{rp}}): ``[12]:34``
REFERENCE: Final = re.compile(
    r"\[(?:\d{1,4}|[a-z]{1,2}|(?:note|nb|n) ?\d{1,3}|"
    r"[a-z][a-z ,'?-]{0,40}(?:needed|\?|discuss|verification|dubious|source))\]" + _PAGE,
    re.IGNORECASE,
)
"""A Wikipedia reference or maintenance marker: ``[12]``, ``[a]``, ``[note 3]``, ``[citation needed]``, ``[12]:34``."""

_PLAIN: Final = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\r", " "),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
        "\u2026": "...",
    }
)
# a sentence ends at . ! or ?, with a closing quote or bracket and reference markers after it,
# before white space and a capital, a quote or an opening bracket
_MARKERS: Final = ("- ", "* ", "\u2022 ")  # the list markers a list item may begin with
_END: Final = re.compile(r"[.!?][\"”’)]?(?:\[[^\[\]\n]{1,40}\]" + _PAGE + r")*(?=\s+[A-Z\"“‘(])")


def normal(text: str) -> str:
    """The form text is compared in: NFC, plain quotes and dashes, no reference markers, folded.

    Examples:
        >>> normal("Artsakh\u2019s \u201coffice\u201d\u00a0\u2013 Beirut.[12][citation needed]")
        'Artsakh\\'s "office" - Beirut.'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_PLAIN)
    if "[" in text:
        text = REFERENCE.sub("", text)
    return fold(text)


class Unit:
    """A sentence (of a paragraph or list item) or a table row of a text.

    ``shown`` is the text as it stands, folded (a list item's first sentence with its ``- ``);
    ``norm`` its normalised form; ``key`` that without the list marker (what alignment compares).
    """

    __slots__ = ("cell", "first", "key", "line", "norm", "section", "shown")

    def __init__(self, line: int, section: tuple[str, ...], shown: str, *, row: bool, first: bool) -> None:
        self.line, self.section, self.shown, self.cell, self.first = line, section, shown, row, first
        self.norm = shown if shown.isascii() and "[" not in shown else normal(shown)  # shown is folded
        self.key = self.norm[2:] if self.norm.startswith(_MARKERS) else self.norm

    @property
    def quotable(self) -> str:
        """The text to show as a quote: a row without its outer bars."""
        return self.shown.strip("| ") if self.cell else self.shown

    @property
    def plain(self) -> str:
        """The text to list as a sentence: without the list marker."""
        return self.shown[2:] if self.shown.startswith(_MARKERS) else self.shown

    def cells(self) -> list[str]:
        """A row's cells, as they stand (``[]`` for a sentence)."""
        return [cell.strip() for cell in self.shown.strip("| ").split(" | ")] if self.cell else []


class Units:
    """Every unit of a text outside its "See also" section, in order, with their place in `joined`."""

    def __init__(self, text: SourceText) -> None:
        self.text = text
        starts = [section.start for section in text.sections]
        found: list[Unit] = []
        for index, line in enumerate(text.lines):
            stripped = line.strip().lstrip("\ufeff")
            if not stripped or stripped.startswith("="):
                continue
            position = bisect.bisect_right(starts, index) - 1
            path = text.sections[position].path if position >= 0 else ()
            if LINKS_SECTION in path:
                continue
            body = fold(stripped)
            if body.startswith("|"):
                found.append(Unit(index + 1, path, body, row=True, first=True))
                continue
            start = 0
            for end in [m.end() for m in _END.finditer(body)] + [len(body)]:
                piece = body[start:end].strip()
                if piece:
                    found.append(Unit(index + 1, path, piece, row=False, first=start == 0))
                start = end
        self.units: tuple[Unit, ...] = tuple(found)
        self.offsets: list[int] = []
        length = 0
        for unit in found:
            self.offsets.append(length)
            length += len(unit.norm) + 1
        self.joined = " ".join(unit.norm for unit in found)
        lines = [unit.line - 1 for unit in found]
        # the units of each section (sub-sections included): a range of indexes
        self._ranges = {
            s.path: (bisect.bisect_left(lines, s.start), bisect.bisect_left(lines, s.end)) for s in text.sections
        }

    def __len__(self) -> int:
        return len(self.units)

    def span(self, path: tuple[str, ...]) -> tuple[int, int] | None:
        """The range of unit indexes of a section, sub-sections included; None if there is no such section."""
        return self._ranges.get(tuple(path))

    def find(self, path: tuple[str, ...], quote: str, start: int = 0) -> tuple[int, int] | None:
        """The units (a range) a normalised ``quote`` stands in within a section, from unit ``start``; or None."""
        span = self.span(path)
        if span is None or not quote or span[0] >= span[1]:
            return None
        first, last = max(span[0], start), span[1]
        if first >= last:
            return None
        end = self.offsets[last - 1] + len(self.units[last - 1].norm)
        at = self.joined.find(quote, self.offsets[first], end)
        if at < 0:
            return None
        return self.at(at, len(quote))

    def at(self, offset: int, size: int) -> tuple[int, int]:
        """The range of units that the characters ``offset`` to ``offset + size`` of `joined` fall in."""
        begin = bisect.bisect_right(self.offsets, offset) - 1
        finish = bisect.bisect_right(self.offsets, offset + max(size, 1) - 1)
        return begin, finish

    def shown(self, begin: int, end: int) -> str:
        """Units ``begin`` to ``end`` as they stand, one space apart (a lone row without its outer bars)."""
        if end - begin == 1:
            return self.units[begin].quotable
        return " ".join(unit.shown for unit in self.units[begin:end])
