"""The report of `check_source`: each citation's change, each section's, and the new text."""

from __future__ import annotations

from typing import Any

import attrs

from karabakh_status._curation.sentences import Sentence

__all__ = ["QuoteChange", "SectionChange", "SourceCheck"]


@attrs.frozen(kw_only=True)
class QuoteChange:
    """A citation whose quote is not where it was: moved, reworded or gone.

    Attributes:
        record: the id of the record that cites it.
        citation: the index of the citation in the record's ``citations``.
        section: the section the citation names.
        quote: the quote, folded.
        status: ``"moved"``, ``"reworded"`` or ``"gone"``.
        fields: the record's fields this quote attests (its dates, actors, vote).
        now: the section it is in now (moved), or the nearest sentence's section (reworded).
        nearest: the nearest sentence(s) of the new text (reworded).
        similarity: the ratio of the nearest sentence (reworded), rounded to 3 places.
        line: the line of the new text it is on (moved, reworded).
        removed: the words of the old passage the new wording leaves out (reworded).
        added: the words the new wording adds (reworded).
        diff: the old passage and the new wording word by word, ``[-removed-]`` and ``{+added+}`` (reworded).
        touches: the attested ``fields`` whose evidence the change takes out of the quote: a date's
            digits or month, an actor's name or alias, a vote's figures (reworded).

    Examples:
        >>> change = QuoteChange(record="office-yerevan", citation=1, section=("Bilateral relations", "Armenia"),
        ...                      quote="A representative office ... in Yerevan.", status="gone")
        >>> change.status, change.nearest
        ('gone', None)
    """

    record: str
    citation: int
    section: tuple[str, ...]
    quote: str
    status: str
    fields: tuple[str, ...] = ()
    now: tuple[str, ...] | None = None
    nearest: str | None = None
    similarity: float | None = None
    line: int | None = None
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    diff: str | None = None
    touches: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class SectionChange:
    """A section of the bundled text that the new text does not have at the same heading path.

    Attributes:
        section: its heading path in the bundled text.
        change: ``"renamed"`` (another heading, same place and text), ``"moved"`` (the same
            heading under another parent) or ``"removed"``.
        now: its heading path in the new text; None when removed.
        records: the ids of the records with a citation that names the section.

    Examples:
        >>> change = SectionChange(section=("Bilateral relations", "Europe"), change="renamed",
        ...                        now=("Bilateral relations", "Europe and Russia"), records=("rel-europe",))
        >>> " / ".join(change.now)
        'Bilateral relations / Europe and Russia'
    """

    section: tuple[str, ...]
    change: str
    now: tuple[str, ...] | None
    records: tuple[str, ...]


@attrs.frozen(kw_only=True)
class SourceCheck:
    """What a new revision of a bundled source means for one dataset version: see `check_source`.

    Attributes:
        source: the source id.
        version: the dataset version whose records were checked.
        bundled_sha256: the SHA-256 of the bundled text.
        new_sha256: the SHA-256 of the new revision.
        citations: how many citations of the version cite the source.
        quotes: the citations whose quote is not kept (moved, reworded, gone).
        sections: the sections renamed, moved or removed.
        sentences: how many sentences and table cells the new text has.
        uncited: the new text: every sentence and cell of the new text that is new or reworded and that no
            kept quote stands in (a new sentence the coverage register excuses left out).
        common: the share of the bundled text's sentences, list items and table rows that have a
            counterpart in the new text (kept, reworded or moved), 0 to 1.

    Examples:
        >>> import karabakh_status, pathlib, tempfile
        >>> source = "political-status-of-nagorno-karabakh"
        >>> same = pathlib.Path(tempfile.mkdtemp()) / "same.txt"
        >>> _ = same.write_text(karabakh_status.load().source(source).text(), encoding="utf-8")
        >>> report = karabakh_status.check_source(source, same)
        >>> report.needs_attention, report.summary["reworded"], report.summary["uncited"]
        (False, 0, 0)
    """

    source: str
    version: str
    bundled_sha256: str
    new_sha256: str
    citations: int
    quotes: tuple[QuoteChange, ...]
    sections: tuple[SectionChange, ...]
    sentences: int
    uncited: tuple[Sentence, ...]
    common: float = 1.0

    @property
    def summary(self) -> dict[str, int]:
        """Counts: quotes kept, moved, reworded and gone; sections changed; sentences and uncited ones."""
        count = {status: sum(q.status == status for q in self.quotes) for status in ("moved", "reworded", "gone")}
        return {
            "kept": self.citations - len(self.quotes),
            **count,
            "sections": len(self.sections),
            "sentences": self.sentences,
            "uncited": len(self.uncited),
        }

    @property
    def needs_attention(self) -> bool:
        """Whether anything must be done: a quote not kept, a section changed, a sentence uncited."""
        return bool(self.quotes or self.sections or self.uncited)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (lists for tuples)."""
        data = attrs.asdict(self)
        return {**data, "summary": self.summary, "needs_attention": self.needs_attention}
