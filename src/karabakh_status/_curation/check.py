"""Compare a new revision of a bundled source with the bundled text: what it means for the data.

Every citation of the source is looked up in the new text: *kept* (its quote is in its section,
or in the section that section became), *moved* (in another section), *reworded* (not found,
but a new sentence is close to the one it quoted: a `difflib` ratio of at least `REWORDED`) or
*gone*. Sections renamed, moved or removed are listed with the records whose citations name
them, and every sentence or table cell of the new text that no quote cites and the coverage
register does not excuse is listed as *uncited*.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from karabakh_status._curation.register import excuse
from karabakh_status._curation.sentences import Sentence, cites, sentences, uncited
from karabakh_status._sources import SourceText, bundled_text, fold

__all__ = ["REWORDED", "QuoteChange", "SectionChange", "SourceCheck", "check_source", "read_revision"]

REWORDED: Final = 0.7
"""The least similarity (`difflib.SequenceMatcher.ratio` of the characters, 0 to 1) between the
sentence(s) a quote stood in and new sentence(s) for the quote to count as reworded rather than
gone. Only sentences that no kept quote cites are compared, so a sentence that merely shares a
frame with another ("The Republic of Artsakh maintained a representative office in ...") and is
cited for itself is never taken for its rewording."""

_SHARED: Final = 0.5  # the least share of words a run of new sentences has with a passage to be compared
_RENAMED: Final = 0.5  # the least similarity of two sections' own text for one to be the other renamed


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
        line: the line of the new text it is on (moved: first line of the section; reworded).

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
        uncited: the sentences and cells of the new text no quote cites and the register does not excuse.

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


def read_revision(source_id: str, path: str | os.PathLike[str]) -> SourceText:
    """Read a new revision of a source from a file, as UTF-8 text.

    Raises:
        RevisionError: the file is missing, unreadable, or not UTF-8.
    """
    from karabakh_status._files import read_regular
    from karabakh_status._sources import MAX_TEXT_BYTES
    from karabakh_status.errors import RevisionError

    where = Path(path)
    try:
        raw = read_regular(os.fspath(where), limit=MAX_TEXT_BYTES)  # a regular file: never a FIFO or device that blocks
    except OSError as error:
        raise RevisionError(f"cannot read the new text {where}: {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the path
        raise RevisionError(f"cannot read the new text {os.fspath(where)!r}: a path with a NUL byte") from None
    try:
        return SourceText(source_id, raw)
    except UnicodeDecodeError as error:
        raise RevisionError(f"the new text {where} is not UTF-8: {error.reason} at byte {error.start}") from None


def check_source(
    source_id: str,
    new_text: str | os.PathLike[str],
    *,
    version: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> SourceCheck:
    """Compare a new revision of a bundled source (a text file) with the bundled text.

    ``version`` picks the shipped dataset version whose records are checked (as `load` takes
    it); ``path`` a folder of one's own instead (a mended draft, say: it must validate).
    Nothing is written; `SourceCheck.needs_attention` says whether the data must change.

    Raises:
        NotFoundError: ``source_id`` is no bundled source of the version.
        RevisionError: the new text cannot be read, or is not UTF-8.
        DataError: the folder at ``path`` does not validate.

    Examples:
        >>> import karabakh_status, pathlib, tempfile
        >>> source = "foreign-relations-of-artsakh"
        >>> text = karabakh_status.load().source(source).text()
        >>> new = pathlib.Path(tempfile.mkdtemp()) / "new.txt"
        >>> _ = new.write_text(text.replace("Karen Mirzoyan", "Karen Mirzoian"), encoding="utf-8")
        >>> report = karabakh_status.check_source(source, new)
        >>> [(q.record, q.status, q.nearest) for q in report.quotes]
        [('mfa-2012-karen-mirzoyan', 'reworded', '2012–2017: Karen Mirzoian')]
        >>> report.summary["gone"], report.needs_attention
        (0, True)
    """
    from karabakh_status._datasets import CITED
    from karabakh_status._gazetteer import SourceKind
    from karabakh_status._loading import load
    from karabakh_status.errors import NotFoundError

    if version is not None and path is not None:
        raise TypeError("check_source() takes a version or a path, not both")
    data = load(version) if path is None else load(path=path)
    bundled = [s.id for s in data.sources() if s.kind is SourceKind.BUNDLED]
    old = bundled_text(source_id) if source_id in bundled else None
    if old is None:
        raise NotFoundError("source", source_id, f"; bundled sources of {data.version}: {', '.join(bundled)}")
    new = read_revision(source_id, new_text)
    cited = [
        (record, index, citation)
        for name in CITED
        for record in data.records(name)
        for index, citation in enumerate(record.citations)
        if citation.source == source_id
    ]
    renames, section_changes = _sections(old, new, cited)
    old_sentences, new_sentences = sentences(old), sentences(new)
    quotes = [fold(citation.quote) for _, _, citation in cited]
    found = [_found(new, renames, citation) for _, _, citation in cited]
    # a reworded quote's new sentence is one that no quote still found in the new text cites
    candidates = frozenset(uncited(new_sentences, [q for q, where in zip(quotes, found, strict=True) if where]))
    runs, folded = _Runs(new_sentences, candidates), [fold(line) for line in old.lines]
    changes: list[QuoteChange] = []
    accounted: set[Sentence] = set()
    for (record, index, citation), quote, where in zip(cited, quotes, found, strict=True):
        section = tuple(citation.section)
        if where == renames.get(section, section):
            continue  # kept
        base = {"record": record.id, "citation": index, "section": section, "quote": quote}
        fields = _attested(record, quote, data)
        if where is not None:
            line = new.section(where).start + 1  # type: ignore[union-attr]
            changes.append(QuoteChange(**base, status="moved", fields=fields, now=where, line=line))
            continue
        best, window = _nearest(_passage(old, folded, old_sentences, section, quote), runs)
        if not window or best < REWORDED:
            changes.append(QuoteChange(**base, status="gone", fields=fields))
            continue
        accounted.update(candidates.intersection(window))
        changes.append(
            QuoteChange(
                **base,
                status="reworded",
                fields=fields,
                now=window[0].section,
                nearest=(" | " if all(s.cell for s in window) else " ").join(s.text for s in window),
                similarity=round(best, 3),
                line=window[0].line,
            )
        )
    left = [s for s in uncited(new_sentences, quotes) if s not in accounted and excuse(source_id, s.text) is None]
    return SourceCheck(
        source=source_id,
        version=data.version,
        bundled_sha256=old.sha256,
        new_sha256=new.sha256,
        citations=len(cited),
        quotes=tuple(changes),
        sections=tuple(section_changes),
        sentences=len(new_sentences),
        uncited=tuple(left),
    )


# -- sections -----------------------------------------------------------------------------------


def _own_text(text: SourceText, position: int) -> str:
    """A section's own text (sub-sections left out) and the headings of its sub-sections."""
    section = text.sections[position]
    end = section.end
    if position + 1 < len(text.sections):
        end = min(end, text.sections[position + 1].start - 1)
    children = [s.title for s in text.sections if s.path[:-1] == section.path and s.path]
    return fold("\n".join(text.lines[section.start : end])) + " " + " ".join(children)


def _sections(
    old: SourceText, new: SourceText, cited: Sequence[tuple[Any, int, Any]]
) -> tuple[dict[tuple[str, ...], tuple[str, ...]], list[SectionChange]]:
    new_paths = {s.path: i for i, s in enumerate(new.sections)}
    old_paths = {s.path for s in old.sections}
    added = [p for p in new_paths if p not in old_paths]
    renames: dict[tuple[str, ...], tuple[str, ...]] = {}
    changes = []
    for position, section in enumerate(old.sections):
        path = section.path
        if path in new_paths:
            continue
        now: tuple[str, ...] | None = next((p for p in added if p and p[-1] == path[-1]), None)
        change = "moved"
        if now is None:
            parent = renames.get(path[:-1], path[:-1])
            own = _own_text(old, position)
            scored = [
                (difflib.SequenceMatcher(None, own, _own_text(new, new_paths[p])).ratio(), p)
                for p in added
                if p[:-1] == parent and p not in renames.values()
            ]
            best = max(scored, default=(0.0, None))
            now, change = (best[1], "renamed") if best[0] >= _RENAMED else (None, "removed")
        if now is not None:
            renames[path] = now
            added.remove(now)
        records = sorted({record.id for record, _, citation in cited if tuple(citation.section) == path})
        changes.append(SectionChange(section=path, change=change, now=now, records=tuple(records)))
    return renames, changes


# -- quotes -------------------------------------------------------------------------------------


def _found(
    new: SourceText, renames: Mapping[tuple[str, ...], tuple[str, ...]], citation: Any
) -> tuple[str, ...] | None:
    """The section of the new text the quote is in: its own (renamed) if there, else the deepest; or None."""
    section = tuple(citation.section)
    own = renames.get(section, section)
    if new.find(own, citation.quote):
        return own
    found = [s.path for s in new.sections if new.find(s.path, citation.quote)]
    return max(found, key=len) if found else None


def _passage(
    old: SourceText, folded: Sequence[str], found: tuple[Sentence, ...], section: tuple[str, ...], quote: str
) -> list[str]:
    """The sentences or cells of the bundled text the quote stood in (the quote itself if none)."""
    inside = [s for s in found if s.section[: len(section)] == section]
    lines = {s.line for s in inside if quote in folded[s.line - 1]}
    if lines:  # the quote is within one line: the pieces of that line it cites
        first = min(lines)
        inside = [s for s in inside if s.line == first]
    pieces = [s.text for s in inside if cites(quote, s.text)]
    return pieces or [quote]


class _Runs:
    """The runs of consecutive new sentences a reworded passage may have become, by length, built once.

    A run lies in one section and holds a candidate: a sentence no quote found in the new text
    cites (a sentence that a kept quote cites is not the new wording of another).
    """

    def __init__(self, found: tuple[Sentence, ...], candidates: frozenset[Sentence]) -> None:
        self._found = found
        self._candidates = candidates
        self._words = [Counter(s.text.split()) for s in found]
        self._runs: dict[int, list[tuple[tuple[Sentence, ...], str, Counter[str]]]] = {}

    def of(self, size: int) -> list[tuple[tuple[Sentence, ...], str, Counter[str]]]:
        """Each run of ``size`` sentences: the sentences, their text, their words."""
        if size not in self._runs:
            runs = []
            for start in range(max(len(self._found) - size + 1, 0)):
                window = self._found[start : start + size]
                if window[-1].section == window[0].section and any(s in self._candidates for s in window):
                    words = sum(self._words[start : start + size], Counter())
                    runs.append((window, " ".join(s.text for s in window), words))
            self._runs[size] = runs
        return self._runs[size]


def _nearest(passage: list[str], runs: _Runs) -> tuple[float, tuple[Sentence, ...]]:
    """The run of new sentences (as many as the passage has, in one section) most like the passage, and its ratio.

    Runs whose length or words are too far from the passage's are passed over before the
    (slower) ratio of characters is taken.
    """
    target = " ".join(passage)
    wanted = Counter(target.split())
    total = sum(wanted.values())
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(target)
    best: tuple[float, tuple[Sentence, ...]] = (0.0, ())
    for window, text, words in runs.of(len(passage)):
        floor = max(best[0], REWORDED)
        if 2 * min(len(text), len(target)) < floor * (len(text) + len(target)):
            continue  # the lengths alone rule it out (difflib's real_quick_ratio)
        if 2 * sum((wanted & words).values()) < _SHARED * (total + sum(words.values())):
            continue
        matcher.set_seq1(text)
        if matcher.quick_ratio() < floor:
            continue
        ratio = matcher.ratio()
        if ratio > best[0]:
            best = (ratio, window)
    return best


def _attested(record: Any, quote: str, data: Any) -> tuple[str, ...]:
    """The record's fields that ``quote`` attests, by the tests of the *-attested rules."""
    from karabakh_status._rules.records import _entity_ids, _fields, _part_in

    folded = quote.casefold()
    found = []
    for field in _fields(record, "attested"):
        value = getattr(record, field.name)
        if value is None or field.name in record.inferred:
            continue
        if field.metadata.get("entity"):
            names = (name.casefold() for key in _entity_ids(value) for name in _names(data, key))
            if any(name in folded for name in names):
                found.append(field.name)
        elif any(_part_in(part, quote) for part in value.parts):
            found.append(field.name)
    vote = getattr(record, "vote", None)
    if vote is not None and "vote" not in record.inferred:
        numbers = [n for n in (vote.in_favour, vote.against, vote.abstentions) if n is not None]
        if any(str(n) in quote for n in numbers) or (vote.unanimous and "unanimous" in folded):
            found.append("vote")
    return tuple(found)


def _names(data: Any, key: str) -> Iterator[str]:
    from karabakh_status.errors import NotFoundError

    try:
        yield from data.entity(key).names
    except NotFoundError:
        return
