"""What every cited record has: citations (with their claims and confidence), votes, the `Record` base.

Record types live in modules named for their dataset, each importing only what it needs:
`_recognition`, `_position`, `_event`, `_foreign` (the foreign relations of Artsakh), and
`_gazetteer` (sources and entities). `_datasets` lists them; each is imported when its dataset
is first read, so that a lookup defines only the classes its record needs.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, ClassVar

import attrs

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._statement import Statement

__all__ = ["Citation", "Claim", "Confidence", "Record", "Vote"]


class Confidence(enum.Enum):
    """How an external citation supports its record.

    ``confirmed``: the external source states the fact. ``inferred``: the match
    of the source to the record follows from order or elimination.

    Examples:
        >>> Confidence("confirmed")
        <Confidence.CONFIRMED: 'confirmed'>
    """

    CONFIRMED = "confirmed"
    INFERRED = "inferred"


@attrs.frozen(kw_only=True)
class Claim:
    """What one citation states about a field where the sources disagree.

    Attributes:
        field: the record's field (``"date"``, ``"act"``, ...).
        value: the value this citation states, as in JSON (EDTF for dates).

    Examples:
        >>> Claim(field="date", value="2006-12-01").value
        '2006-12-01'
    """

    field: str
    value: str


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a section of a source, that states a record.

    Attributes:
        source: the id of a `Source`.
        section: the heading path below the article title; ``()`` is the lead.
        quote: a verbatim substring of that section (runs of white space folded).
        locator: where in the quote the fact is, when the quote alone is
            ambiguous (a table entry, say); else None.
        claims: what this citation states where the sources disagree.
        confidence: for an external citation, how it supports the record.

    Examples:
        >>> c = Citation(source="foreign-relations-of-artsakh", section=("Ministry of Foreign Affairs",),
        ...              quote="2012–2017: Karen Mirzoyan")
        >>> c.context()
        '- 2012–2017: Karen Mirzoyan'
    """

    source: str
    section: tuple[str, ...]
    quote: str
    locator: str | None = None
    claims: tuple[Claim, ...] = ()
    confidence: Confidence | None = None

    def context(self) -> str | None:
        """The paragraph or line around the quote, from the bundled text; None for external sources."""
        from karabakh_status._sources import verified_text

        text = verified_text(self.source)
        return None if text is None else text.context(self.section, self.quote)


@attrs.frozen(kw_only=True)
class Vote:
    """A vote, as far as the text gives it.

    Attributes:
        in_favour: the votes for, where the text gives them.
        against: the votes against, where the text gives them.
        abstentions: the abstentions, where the text gives them.
        unanimous: True where the text says the vote was unanimous.

    Examples:
        >>> Vote(in_favour=61, against=2).in_favour
        61
    """

    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False


@attrs.frozen(kw_only=True)
class Record:
    """What every cited record has: an id, its citations, an editor's note and
    the fields it infers rather than quotes.

    Attributes:
        id: a stable slug, unique across the dataset version.
        citations: the quotes that state the record (at least one).
        note: an editor's note: why a field is inferred, how the sources
            disagree, or where a source slips.
        inferred: the fields whose value no quote states literally (the note says how).

    Examples:
        >>> import karabakh_status
        >>> record = karabakh_status.load("1.0.0").get("mfa-1993-arkadi-ghukasyan")
        >>> isinstance(record, karabakh_status.Record), record.disputed, record.inferred
        (True, False, ())
    """

    dataset: ClassVar[str] = ""
    order_by: ClassVar[str | None] = None

    id: str
    citations: tuple[Citation, ...]
    note: str | None = None
    inferred: tuple[str, ...] = ()

    @property
    def statement(self) -> Statement:
        """The one citation that best states the record, with its sentence, section and source.

        Chosen by a written rule (`karabakh_status._statement`): a bundled source before an
        external one, prose before a list item before a table row, a quote that states the
        record's year before one that does not, else the citations' order.

        Examples:
            >>> import karabakh_status
            >>> record = karabakh_status.load("1.0.0").get("rec-us-massachusetts-2012")
            >>> record.citations[0].quote
            '(August 2012)'
            >>> record.statement.sentence
            'In August 2012, the Massachusetts House of Representatives passed a similar resolution.'
            >>> record.statement.section
            ('Bilateral relations', 'United States')
        """
        from karabakh_status._statement import statement

        return statement(self)

    def _repr_html_(self) -> str:
        """The record as a card in a notebook (`karabakh_status._html`)."""
        from karabakh_status._html import record

        return record(self)

    @property
    def disputed(self) -> bool:
        """Whether the sources disagree on this record (a citation states its own claim)."""
        return any(citation.claims for citation in self.citations)
