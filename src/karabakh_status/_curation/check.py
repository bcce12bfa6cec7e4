"""Compare a new revision of a bundled source with the bundled text: what it means for the data.

Both texts are read as units (`units`: sentences, list items, table rows, on normalised text)
and aligned (`align`). Every citation of the source then gets one status: *kept* (its quote is
in its section, or in the section that section became, reference markers and typography aside),
*reworded* (the units it stood in became others in their place: the new wording, its
similarity, a word diff and the attested fields the change touches), *moved* (the same words
now stand in another section, and no longer in their own) or *gone*. Sections renamed, moved or
removed are listed with the records whose citations name them, and every new or reworded
sentence or cell that no kept quote stands in is listed as new text (*uncited*). A text with
too little in common with the bundled one is refused (`KINSHIP`) unless forced.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from karabakh_status._curation.align import Alignment, align, in_order, similarity
from karabakh_status._curation.register import excuse
from karabakh_status._curation.report import QuoteChange, SectionChange, SourceCheck
from karabakh_status._curation.sentences import Sentence, sentences
from karabakh_status._curation.units import Unit, Units, normal
from karabakh_status._sources import SourceText, bundled_text, fold

__all__ = [
    "KINSHIP",
    "REWORDED",
    "QuoteChange",
    "SectionChange",
    "SourceCheck",
    "check_source",
    "ensure_revision",
    "kinship",
    "read_revision",
]

REWORDED: Final = 0.7
"""The least similarity (`difflib.SequenceMatcher.ratio` of the normalised characters, 0 to 1)
between the sentence(s) a quote stood in and the new sentence(s) left in their place (between the
same unchanged neighbours, in the same section) for the quote to count as reworded rather than
gone; a lone sentence replaced by a lone sentence needs 0.5, a table row is also compared by its
sorted cells. Sentences that stand unchanged elsewhere are never taken for a rewording."""

KINSHIP: Final = 0.3
"""The least share of the bundled text's sentences, list items and rows that must have a
counterpart in a new text for it to be taken as a revision of the source (else it is refused)."""

_RENAMED: Final = 0.5  # the least share of a section's own units found in another for it to be that one renamed
_OCCURRENCES: Final = 100  # places a quote is looked for when it is no longer in its own section


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


def ensure_revision(found: Alignment, total: int, source_id: str, where: str | os.PathLike[str]) -> float:
    """The share of the bundled text's units with a counterpart; refused under `KINSHIP`.

    Raises:
        RevisionError: the text has too little in common with the bundled one to be a revision of it.
    """
    share = found.common / total if total else 1.0
    if share < KINSHIP:
        from karabakh_status.errors import RevisionError

        raise RevisionError(
            f"{os.fspath(where)} does not look like a revision of {source_id}: only {found.common} of the "
            f"{total} sentences, list items and table rows of the bundled text are in it, kept or reworded "
            f"({share:.0%}; a revision keeps at least {KINSHIP:.0%}); use --force (force=True) to go on anyway"
        )
    return share


def kinship(source_id: str, new: SourceText, where: str | os.PathLike[str]) -> float:
    """`ensure_revision` of a new text against the bundled text of ``source_id``."""
    old = bundled_text(source_id)
    if old is None:  # pragma: no cover - the callers check the source first
        return 1.0
    old_units, new_units = Units(old), Units(new)
    found = align(old_units.units, new_units.units, {}, REWORDED)
    return ensure_revision(found, len(old_units), source_id, where)


def check_source(
    source_id: str,
    new_text: str | os.PathLike[str],
    *,
    version: str | None = None,
    path: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> SourceCheck:
    """Compare a new revision of a bundled source (a text file) with the bundled text.

    ``version`` picks the shipped dataset version whose records are checked (as `load` takes
    it); ``path`` a folder of one's own instead (a mended draft, say: it must validate).
    A text that has too little in common with the bundled one (under `KINSHIP`) is refused,
    unless ``force``. Nothing is written; `SourceCheck.needs_attention` says whether the data
    must change.

    Raises:
        NotFoundError: ``source_id`` is no bundled source of the version.
        RevisionError: the new text cannot be read, is not UTF-8, or is no revision of the source.
        DataError: the folder at ``path`` does not validate.

    Examples:
        >>> import karabakh_status, pathlib, tempfile
        >>> source = "foreign-relations-of-artsakh"
        >>> text = karabakh_status.load().source(source).text()
        >>> new = pathlib.Path(tempfile.mkdtemp()) / "new.txt"
        >>> _ = new.write_text(text.replace("Karen Mirzoyan", "Karen Mirzoian"), encoding="utf-8")
        >>> report = karabakh_status.check_source(source, new)
        >>> [(q.record, q.status, q.nearest, q.touches) for q in report.quotes]
        [('mfa-2012-karen-mirzoyan', 'reworded', '- 2012–2017: Karen Mirzoian', ('person',))]
        >>> report.quotes[0].diff
        '- 2012–2017: Karen [-Mirzoyan-] {+Mirzoian+}'
        >>> report.summary["gone"], report.needs_attention
        (0, True)
    """
    from karabakh_status._datasets import CITED
    from karabakh_status._gazetteer import SourceKind
    from karabakh_status._loading import load
    from karabakh_status._queries.filters import expect
    from karabakh_status.errors import NotFoundError

    expect("check_source", "force", force, bool)
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
    old_units, new_units = Units(old), Units(new)
    exact = in_order([u.key for u in old_units.units], [u.key for u in new_units.units])
    renames, section_changes = _sections(old_units, new_units, exact, cited)
    found = align(old_units.units, new_units.units, renames, REWORDED, exact)
    share = found.common / len(old_units) if len(old_units) else 1.0
    if not force:
        ensure_revision(found, len(old_units), source_id, new_text)
    covered: set[int] = set()
    changes = [
        change
        for record, index, citation in cited
        if (change := _change(record, index, citation, old_units, new_units, found, renames, covered, data))
    ]
    return SourceCheck(
        source=source_id,
        version=data.version,
        bundled_sha256=old.sha256,
        new_sha256=new.sha256,
        citations=len(cited),
        quotes=tuple(changes),
        sections=tuple(section_changes),
        sentences=len(sentences(new)),
        uncited=tuple(_new_text(source_id, old_units, new_units, found, covered)),
        common=round(share, 3),
    )


# -- quotes -------------------------------------------------------------------------------------


def _change(
    record: Any,
    index: int,
    citation: Any,
    old: Units,
    new: Units,
    found: Alignment,
    renames: Mapping[tuple[str, ...], tuple[str, ...]],
    covered: set[int],
    data: Any,
) -> QuoteChange | None:
    """The change of one citation (None: kept); the new units a kept or moved quote holds whole join ``covered``."""
    section = tuple(citation.section)
    quote = normal(citation.quote)
    hit = new.find(renames.get(section, section), quote)
    if hit is not None:
        covered.update(j for j in range(*hit) if new.units[j].key in quote)
        return None  # kept
    shown = fold(citation.quote)
    base = {"record": record.id, "citation": index, "section": section, "quote": shown}
    fields = _attested(record, shown, data)
    spot = old.find(section, quote)
    olds = range(*spot) if spot is not None else range(0)
    parts = sorted({j for i in olds for j in found.counterpart(i)})
    reworded = any(i in found.reworded for i in olds)
    if parts and not reworded:  # its units stand unchanged: in another section?
        hit = new.find(new.units[parts[0]].section, quote)
        if hit is not None:
            covered.update(j for j in range(*hit) if new.units[j].key in quote)
            now = new.units[parts[0]].section
            return QuoteChange(**base, status="moved", fields=fields, now=now, line=new.units[parts[0]].line)
    if not parts:
        hit = _free(new, found, quote)
        if hit is not None:
            covered.update(j for j in range(*hit) if new.units[j].key in quote)
            first = new.units[hit[0]]
            return QuoteChange(**base, status="moved", fields=fields, now=first.section, line=first.line)
        return QuoteChange(**base, status="gone", fields=fields)
    begin, end = parts[0], parts[-1] + 1
    ratio = similarity([old.units[i] for i in olds], new.units[begin:end])
    nearest, was = new.shown(begin, end), old.shown(olds.start, olds.stop)
    touches = _touched(record, fields, shown, nearest, data)
    if not reworded and (ratio < REWORDED or any(not found.counterpart(i) for i in olds)):  # a sentence of it deleted
        deleted = [old.units[i] for i in olds if not found.counterpart(i)]
        items = bool(deleted) and all(u.norm != u.key for u in deleted)  # only other items of a list deleted
        if ratio < REWORDED or not items or not fields or touches:  # what it stated went with the deleted text
            return QuoteChange(**base, status="gone", fields=fields)
    removed, added, diff = _word_diff(was, nearest)
    return QuoteChange(
        **base,
        status="reworded",
        fields=fields,
        now=new.units[begin].section,
        nearest=nearest,
        similarity=round(ratio, 3),
        line=new.units[begin].line,
        removed=removed,
        added=added,
        diff=diff,
        touches=touches,
    )


def _free(new: Units, found: Alignment, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in units of the revision that no unchanged unit of the bundled text is; or None."""
    at = new.joined.find(quote) if quote else -1
    for _ in range(_OCCURRENCES):
        if at < 0:
            return None
        begin, end = new.at(at, len(quote))
        if all(found.taken[j] in (None, "moved") for j in range(begin, end)):
            return begin, end
        at = new.joined.find(quote, at + 1)
    return None


def _word_diff(old: str, new: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The words removed, the words added, and both marked in one line (``[-old-] {+new+}``)."""
    a, b = old.split(), new.split()
    removed: list[str] = []
    added: list[str] = []
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(" ".join(a[i1:i2]))
            continue
        if i2 > i1:
            removed += a[i1:i2]
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            added += b[j1:j2]
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return tuple(removed), tuple(added), " ".join(parts)


def _touched(record: Any, fields: Sequence[str], quote: str, nearest: str, data: Any) -> tuple[str, ...]:
    """The attested ``fields`` whose evidence is in the quote and not in the new wording."""
    from karabakh_status._rules.quotes import part_in
    from karabakh_status._rules.records import _entity_ids

    touched = []
    for name in fields:
        if name == "vote":
            vote = record.vote
            numbers = [str(n) for n in (vote.in_favour, vote.against, vote.abstentions) if n is not None]
            if any(n in quote and n not in nearest for n in numbers):
                touched.append(name)
            continue
        value = getattr(record, name)
        if isinstance(value, (str, tuple)):
            names = [n.casefold() for key in _entity_ids(value) for n in _names(data, key)]
            if any(n in quote.casefold() and n not in nearest.casefold() for n in names):
                touched.append(name)
        elif any(part_in(part, quote) and not part_in(part, nearest) for part in value.parts):
            touched.append(name)
    return tuple(touched)


def _new_text(source_id: str, old: Units, new: Units, found: Alignment, covered: set[int]) -> Iterator[Sentence]:
    """Every new or reworded sentence and cell of the revision that no kept quote holds whole.

    Every such unit is listed: a row by the cells it gained (a reworded row by its changed cells,
    of any length), or whole when no cell alone is new (cells swapped or emptied, or all too short
    to list alone). A new one that the coverage register excuses (a sentence of the bundled text
    repeated, say) is left out; a reworded one never is.
    """
    before: dict[int, set[str]] = {}
    for block, run, _ in found.reworded.values():
        cells = {normal(c) for i in block for c in old.units[i].cells()}
        for j in run:
            before[j] = cells
    for j, unit in enumerate(new.units):
        taken = found.taken[j]
        if j in covered or taken in ("exact", "moved"):
            continue
        for text, cell in _listed(source_id, unit, taken == "reworded", before.get(j, set())):
            yield Sentence(line=unit.line, section=unit.section, text=text, cell=cell)


def _listed(source_id: str, unit: Unit, reworded: bool, before: set[str]) -> list[tuple[str, bool]]:
    """What of a new (or ``reworded``) unit to list as new text: (text, whether a cell); ``before``: old cells."""
    if not unit.cell:
        text = unit.plain
        if reworded:
            return [(text, False)] if text else []
        # as the coverage counts it: 8 characters or more, list marker and all
        return [(text, False)] if len(unit.shown) >= 8 and excuse(source_id, fold(text)) is None else []
    cells = [c for c in unit.cells() if c and normal(c) not in before]
    if reworded:
        listed = cells
    else:
        if any(excuse(source_id, fold(c)) is not None for c in cells):
            return [(c, True) for c in cells if len(c) >= 8 and excuse(source_id, fold(c)) is None]
        listed = [c for c in cells if len(c) >= 8]
    if listed:
        return [(c, True) for c in listed]
    whole = unit.quotable
    if reworded or (len(whole) >= 8 and excuse(source_id, fold(whole)) is None):
        return [(whole, True)] if whole else []
    return []


# -- sections -----------------------------------------------------------------------------------


def _sections(
    old: Units, new: Units, exact: Sequence[int | None], cited: Sequence[tuple[Any, int, Any]]
) -> tuple[dict[tuple[str, ...], tuple[str, ...]], list[SectionChange]]:
    """Sections of the bundled text not at the same path in the revision: moved, renamed or removed.

    Moved: the same heading under another parent. Renamed: a new heading under the same parent
    that holds at least half of the section's own units, or of its sub-sections' headings.
    """
    new_paths = {s.path for s in new.text.sections}
    old_paths = {s.path for s in old.text.sections}
    added = [s.path for s in new.text.sections if s.path not in old_paths]
    by_title: dict[str, list[tuple[str, ...]]] = {}
    by_parent: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for p in added:
        if p:
            by_title.setdefault(p[-1], []).append(p)
            by_parent.setdefault(p[:-1], []).append(p)
    children: dict[tuple[str, ...], set[str]] = {}
    for paths in (old_paths, new_paths):
        for p in paths:
            if p:
                children.setdefault(p[:-1], set()).add(p[-1])
    votes: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    own: Counter[tuple[str, ...]] = Counter()
    for i, unit in enumerate(old.units):
        own[unit.section] += 1
        j = exact[i]
        if j is not None:
            votes.setdefault(unit.section, Counter())[new.units[j].section] += 1
    renames: dict[tuple[str, ...], tuple[str, ...]] = {}
    taken: set[tuple[str, ...]] = set()
    changes = []
    for section in old.text.sections:
        path = section.path
        if path in new_paths:
            continue
        now: tuple[str, ...] | None = next((p for p in by_title.get(path[-1], ()) if p not in taken), None)
        change = "moved"
        if now is None:
            mine = children.get(path, set())
            mine_votes = votes.get(path, Counter())
            scored = [
                (
                    max(
                        mine_votes[p] / own[path] if own[path] else 0.0,
                        len(mine & children.get(p, set())) / len(mine) if mine else 0.0,
                    ),
                    p,
                )
                for p in by_parent.get(renames.get(path[:-1], path[:-1]), ())
                if p not in taken
            ]
            best = max(scored, default=(0.0, None))
            now, change = (best[1], "renamed") if best[0] >= _RENAMED else (None, "removed")
        if now is not None:
            renames[path] = now
            taken.add(now)
        records = sorted({record.id for record, _, citation in cited if tuple(citation.section) == path})
        changes.append(SectionChange(section=path, change=change, now=now, records=tuple(records)))
    return renames, changes


def _attested(record: Any, quote: str, data: Any) -> tuple[str, ...]:
    """The record's fields that ``quote`` attests, by the tests of the *-attested rules."""
    from karabakh_status._rules.fields import marked
    from karabakh_status._rules.quotes import part_in
    from karabakh_status._rules.records import _entity_ids

    folded = quote.casefold()
    found = []
    for field in marked(record, "attested"):
        value = getattr(record, field.name)
        if value is None or field.name in record.inferred:
            continue
        if field.metadata.get("entity"):
            names = (name.casefold() for key in _entity_ids(value) for name in _names(data, key))
            if any(name in folded for name in names):
                found.append(field.name)
        elif any(part_in(part, quote) for part in value.parts):
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
