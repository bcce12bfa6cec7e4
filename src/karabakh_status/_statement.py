"""A record's statement: the one citation that best states it, with its sentence, section and source.

A record cites every quote that supports it, in the order its curators wrote them: a U.S.
table cell (``'(May 2012)'``) may come before the sentence that names the body and the day.
`statement` picks one by a written rule, the same for every record of every version:

1. a citation of a bundled source before an external one (the bundled text can be shown);
2. prose before a list item, a list item before a table row (the quote's context, from the
   bundled text, says which: a line starting ``|`` is a table row, ``-`` a list item);
3. a quote that states a year the record's date may fall in before one that does not;
4. else the citations' own order.

Its ``sentence`` is the sentence of the context that holds the quote (the sentences, when the
quote spans several); for a table row or a list item, the row or item itself; for an
external source, the quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # pragma: no cover - a record's module imports this one when asked for its statement
    from karabakh_status._model import Citation

__all__ = ["Statement", "sentence_of", "statement"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|e\.g|i\.e|etc)\.$")
_YEAR = re.compile(r"\b(1[89][0-9]{2}|20[0-9]{2})\b")


@attrs.frozen(kw_only=True)
class Statement:
    """The citation that best states a record (see `Record.statement` for the rule).

    Attributes:
        citation: the chosen `Citation`.
        sentence: the sentence of the source around its quote (a table row or list item as it is).
        source: the id of its `Source`.
        section: its heading path (``()``: the lead).

    Examples:
        >>> import karabakh_status
        >>> said = karabakh_status.load("1.0.0").get("rec-it-milan-2020").statement
        >>> said.section, said.sentence[:40]
        (('Independence recognition efforts', 'Italy'), 'On 15 October 2020, the Italian city of ')
    """

    citation: Citation
    sentence: str
    source: str
    section: tuple[str, ...]

    @property
    def quote(self) -> str:
        """The chosen citation's quote."""
        return self.citation.quote


def sentence_of(context: str, quote: str) -> str:
    """The sentence(s) of ``context`` that hold ``quote`` (both white-space folded); the context if not found.

    Examples:
        >>> sentence_of("It rained. Milan voted on 15 October. Rome did not.", "voted")
        'Milan voted on 15 October.'
        >>> sentence_of("It rained. The U.S. Congress was asked to recognize it. Then", "to recognize")
        'The U.S. Congress was asked to recognize it.'
    """
    from karabakh_status._sources import fold

    context, needle = fold(context), fold(quote)
    at = context.find(needle)
    if at < 0 or not needle:
        return context
    end = at + len(needle)
    start, stop = 0, len(context)
    for match in _SENTENCE_END.finditer(context):
        if _ABBREVIATION.search(context, 0, match.start()):
            continue  # "the U.S. Congress", "Mr. Smith": no end of a sentence
        if match.end() <= at:
            start = match.end()
        elif match.start() >= end:
            stop = match.start()
            break
    return context[start:stop].strip()


def _shape(context: str | None) -> int:
    """0 for prose, 1 for a list item, 2 for a table row, 3 for no bundled context."""
    if context is None:
        return 3
    if context.startswith("|"):
        return 2
    if context.startswith("-"):
        return 1
    return 0


def _years(record: Any) -> set[int]:
    """The years a record's date (or term) may fall in; empty for an undated or open-ended record."""
    for name in ("date", "term", "established", "signed"):
        when = getattr(record, name, None)
        if when is not None and hasattr(when, "earliest"):
            low, high = when.earliest.year, when.latest.year
            if low > 1 and high < 9999 and high - low < 50:
                return set(range(low, high + 1))
            return {low} if low > 1 else ({high} if high < 9999 else set())
    return set()


def statement(record: Any) -> Statement:
    """The statement of a cited record, chosen by the rule of this module's docstring."""
    from karabakh_status._sources import bundled_text

    years = _years(record)
    best: tuple[tuple[int, int, int, int], Citation, str | None] | None = None
    for index, citation in enumerate(record.citations):
        text = bundled_text(citation.source)
        context = None if text is None else text.context(citation.section, citation.quote)
        states_year = bool(years & {int(y) for y in _YEAR.findall(citation.quote)})
        key = (0 if context is not None else 1, _shape(context), 0 if states_year else 1, index)
        if best is None or key < best[0]:
            best = (key, citation, context)
    assert best is not None  # every cited record has a citation (rule `citations-present`)
    _, citation, context = best
    if context is None:
        sentence = citation.quote
    elif _shape(context) == 0:
        sentence = sentence_of(context, citation.quote)
    else:
        sentence = context
    return Statement(citation=citation, sentence=sentence, source=citation.source, section=citation.section)
