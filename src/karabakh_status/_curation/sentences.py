"""The reading of a source text as sentences and table cells, and what counts as cited.

One implementation, shared by the coverage test (every sentence of the bundled texts is
cited or excused) and by `check_source` (the sentences of a new revision no record cites).
A line is a paragraph, a list item (``- ...``) or a table row (``| a | b |``); a paragraph or
list item is split into sentences, a table row into its cells; a heading is no sentence, and
the "See also" section (links, not statements) is left out. Pieces shorter than 8 characters
(an empty cell, a stray mark) are not counted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

import attrs

from karabakh_status._sources import SourceText, fold

__all__ = ["LINKS_SECTION", "Sentence", "cites", "sentences", "uncited"]

LINKS_SECTION: Final = "See also"
"""The section of links, left out of the reading."""

_SENTENCE_END: Final = re.compile(r'(?<=[.!?])["”]?\s+(?=[A-Z"“(])')
_SHORTEST: Final = 8
_OVERLAP: Final = 25  # characters: a quote that starts within a sentence, or a sentence within a quote


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence or table cell of a source text, white space folded.

    Attributes:
        line: the number of its line in the text, from 1.
        section: the heading path of the section it is in (``()`` for the lead).
        text: the sentence or cell, folded.
        cell: True for a table cell.

    Examples:
        >>> Sentence(line=68, section=("Independence recognition efforts", "Non-UN member states"),
        ...          text="Mutual recognition", cell=True).cell
        True
    """

    line: int
    section: tuple[str, ...]
    text: str
    cell: bool = False


def sentences(text: SourceText) -> tuple[Sentence, ...]:
    """Every sentence and table cell of ``text``, in order, outside its "See also" section."""
    starts = [section.start for section in text.sections]
    found: list[Sentence] = []
    for index, line in enumerate(text.lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("="):
            continue
        position = bisect.bisect_right(starts, index) - 1
        path = text.sections[position].path if position >= 0 else ()
        if LINKS_SECTION in path:
            continue
        body = fold(stripped.lstrip("- "))
        cell = " | " in body or body.startswith("|")
        parts = [part.strip() for part in body.strip("| ").split(" | ")] if cell else _SENTENCE_END.split(body)
        found.extend(
            Sentence(line=index + 1, section=path, text=part, cell=cell) for part in parts if len(part) >= _SHORTEST
        )
    return tuple(found)


def cites(quote: str, sentence: str) -> bool:
    """Whether a folded ``quote`` cites a ``sentence``: one contains the other, or they overlap.

    They overlap when the quote starts within the sentence, or the sentence within the quote
    (their first 25 characters are found in the other).

    Examples:
        >>> cites("Karen Mirzoyan", "2012–2017: Karen Mirzoyan")
        True
        >>> cites("was recognized. It then", "It then voted.")
        False
    """
    return sentence in quote or quote in sentence or quote[:_OVERLAP] in sentence or sentence[:_OVERLAP] in quote


def uncited(found: Iterable[Sentence], quotes: Iterable[str]) -> list[Sentence]:
    """The sentences that none of the folded ``quotes`` cites."""
    folded = list(quotes)
    every = "\x00".join(folded)
    return [
        sentence
        for sentence in found
        if sentence.text not in every and not any(cites(quote, sentence.text) for quote in folded)
    ]
