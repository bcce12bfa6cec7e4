"""The bundled source texts: their heading tree, quote lookup and context.

The texts ship inside the wheel (``karabakh_status/seeds/``); in a source
checkout they are read from the repository's ``seeds/`` folder.
"""

from __future__ import annotations

import _thread
import bisect
import itertools
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

__all__ = ["MAX_LEVEL", "MAX_TEXT_BYTES", "Section", "SourceText", "bundled_text", "fold", "heading", "verified_text"]

MAX_TEXT_BYTES = 16 * 1024 * 1024
"""The largest source text read (16 MiB; the bundled ones are under 100 KiB): read in a few seconds at worst."""
MAX_LEVEL = 6
"""The deepest heading (``====== F ======``), as in MediaWiki: more ``=`` belong to the title."""
_PACKAGE = Path(__file__).resolve().parent


def fold(text: str) -> str:
    """Fold every run of white space to one space, and strip the ends.

    Examples:
        >>> fold("  a\\n\\n b\\tc ")
        'a b c'
    """
    return " ".join(text.split())


def heading(line: str) -> tuple[int, str] | None:
    """A heading line's level and title, or None: ``=`` at both ends, as many on each side.

    One pass over the line (no regular expression, nothing to backtrack): the level is the shorter
    run of ``=``, at most `MAX_LEVEL`; the rest of the runs belongs to the title.

    Examples:
        >>> heading("== Recognition ==  "), heading("=== A ==")
        ((2, 'Recognition'), (2, '= A'))
        >>> heading("= x"), heading("========== Deep ==========")
        (None, (6, '==== Deep ===='))
    """
    if not line.startswith("="):
        return None
    stripped = line.rstrip()
    size = len(stripped)
    left = size - len(stripped.lstrip("="))
    if left == size:  # only "=": the two runs share it
        level = min(size // 2, MAX_LEVEL)
        return (level, "=" * (size - 2 * level)) if level else None
    level = min(left, size - len(stripped.rstrip("=")), MAX_LEVEL)
    return (level, stripped[level : size - level].strip()) if level else None


def seeds_folder() -> Path:
    """The folder of the bundled texts: inside the installed package, else the checkout's."""
    inside = _PACKAGE / "seeds"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / "seeds"  # a source checkout: <root>/src/karabakh_status


@attrs.frozen(kw_only=True)
class Section:
    """A section of a source text: its heading path, level and lines.

    Examples:
        >>> import karabakh_status
        >>> section = karabakh_status.load("1.0.0").source("political-status-of-nagorno-karabakh").sections()[-1]
        >>> section.path, section.level, section.title
        (('See also',), 2, 'See also')

    Attributes:
        path: the headings from the top section down; ``()`` is the lead.
        level: 1 for the lead, 2 for ``== A ==``, 3 for ``=== B ===``.
        start: the index of its first line of text (after the heading).
        end: the index after its last line, sub-sections included.
    """

    path: tuple[str, ...]
    level: int
    start: int
    end: int

    @property
    def title(self) -> str:
        """The section's own heading; ``""`` for the lead."""
        return self.path[-1] if self.path else ""


class SourceText:
    """A bundled text with its sections, parsed once.

    Examples:
        >>> text = bundled_text("foreign-relations-of-artsakh")
        >>> text.sections[1].path
        ('Ministry of Foreign Affairs',)
        >>> text.find(("Ministry of Foreign Affairs",), "2012–2017:   Karen Mirzoyan")
        True
    """

    def __init__(self, source_id: str, raw: bytes) -> None:
        self.source_id = source_id
        from karabakh_status._integrity import sha256  # the built-in SHA-256 for a small text: no OpenSSL

        self.sha256 = sha256(raw)
        self.text = raw.decode("utf-8")
        self.lines = tuple(self.text.split("\n"))
        self.title, self.sections, self._line_starts = _parse_sections(self.text, len(self.lines))
        self._by_path = {section.path: section for section in self.sections}
        self._folded: tuple[str, dict[int, int]] | None = None

    def section(self, path: tuple[str, ...]) -> Section | None:
        """The section at ``path``, or None."""
        return self._by_path.get(tuple(path))

    def _span(self, section: Section) -> tuple[str, int, int]:
        """The whole text folded (once), and where the section's folded text lies in it."""
        if self._folded is None:
            # Words never span lines, and every section starts and ends at a line's start: the text
            # folded is the chunks between those starts, each folded, joined by one space.
            at_line = self._line_starts
            bounds = sorted(set(at_line.values()))
            folded_at, offset = {}, 0
            for start, end in itertools.pairwise(bounds):  # the last bound ends the text
                folded_at[start] = offset
                size = len(fold(self.text[start:end]))
                offset += size + 1 if size else 0
            folded_at[bounds[-1]] = offset
            self._folded = fold(self.text), {line: folded_at[char] for line, char in at_line.items()}
        folded, starts = self._folded
        start = starts[section.start]
        return folded, start, max(starts[section.end] - 1, start)

    def section_text(self, path: tuple[str, ...]) -> str | None:
        """The folded text of a section, sub-sections included; None if there is no such section."""
        section = self._by_path.get(tuple(path))
        if section is None:
            return None
        folded, start, end = self._span(section)
        return folded[start:end]

    def find(self, path: tuple[str, ...], quote: str) -> bool:
        """Whether ``quote`` (white space folded) is in the section at ``path``."""
        section = self._by_path.get(tuple(path))
        needle = fold(quote) if isinstance(quote, str) else ""
        if section is None or not needle:
            return False
        folded, start, end = self._span(section)
        return folded.find(needle, start, end) >= 0

    def context(self, path: tuple[str, ...], quote: str) -> str | None:
        """The text around the quote, folded: its list item or table row, else its paragraph(s).

        None if the section or the quote is not found.
        """
        section = self._by_path.get(tuple(path))
        needle = fold(quote)
        if section is None or not needle:
            return None
        lines = self.lines[section.start : section.end]
        starts, pieces, offset = [], [], 0  # where each non-blank line starts in the folded text
        for index, line in enumerate(lines):
            piece = fold(line)
            if piece:
                starts.append((offset, index))
                pieces.append(piece)
                offset += len(piece) + 1
        found = " ".join(pieces).find(needle)
        if found < 0:
            return None
        positions = [start for start, _ in starts]
        first = starts[bisect.bisect_right(positions, found) - 1][1]
        last = starts[bisect.bisect_right(positions, found + len(needle) - 1) - 1][1]
        if first == last and lines[first].lstrip().startswith(("-", "|")):
            return fold(lines[first])  # a list item or a table row
        while first > 0 and lines[first - 1].strip() and heading(lines[first - 1]) is None:
            first -= 1
        while last + 1 < len(lines) and lines[last + 1].strip() and heading(lines[last + 1]) is None:
            last += 1
        return fold("\n".join(lines[first : last + 1]))


def _parse_sections(text: str, count: int) -> tuple[str, tuple[Section, ...], dict[int, int]]:
    """The title, the sections, and where (in characters) each line that bounds a section starts.

    One pass: only the lines that start with ``=`` are looked at (found by `str.find`), and each
    section ends at the next heading of its level or above.
    """
    line_starts = {0: 0, count: len(text) + 1}  # as if the text ended with a line break
    headings: list[tuple[int, str, int]] = []
    line, counted = 0, 0
    at = 0 if text.startswith("=") else _next_heading(text, 0)
    while at >= 0:
        line += text.count("\n", counted, at)
        counted = at
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        found = heading(text[at:end])
        if found is not None:
            headings.append((*found, line))
            line_starts[line], line_starts[line + 1] = at, end + 1
        at = _next_heading(text, end)
    title = headings[0][1] if headings and headings[0][0] == 1 else ""
    body = [h for h in headings if h[0] > 1]
    first = body[0][2] if body else count
    start = headings[0][2] + 1 if title else 0
    found_sections: list[tuple[tuple[str, ...], int, int, int]] = []  # path, level, start, end
    open_ones: list[tuple[int, str, int]] = []  # level, title, position in found_sections
    for level, name, index in body:
        while open_ones and open_ones[-1][0] >= level:
            _, _, position = open_ones.pop()
            found_sections[position] = (*found_sections[position][:3], index)
        open_ones.append((level, name, len(found_sections)))
        found_sections.append((tuple(h for _, h, _ in open_ones), level, index + 1, count))
    sections = [Section(path=(), level=1, start=start, end=first)]
    sections.extend(Section(path=p, level=lv, start=s, end=e) for p, lv, s, e in found_sections)
    return title, tuple(sections), line_starts


def _next_heading(text: str, start: int) -> int:
    """Where the next line that starts with ``=`` starts, from ``start`` on; -1 if none."""
    at = text.find("\n=", start)
    return at + 1 if at >= 0 else -1


_texts: dict[str, SourceText | None] = {}
_verified: dict[str, SourceText | None] = {}
_expected: dict[str, Mapping[str, frozenset[tuple[str, str]]]] = {}
_texts_lock = _thread.allocate_lock()  # one read of each text, even under threads


def bundled_text(source_id: str) -> SourceText | None:
    """The bundled text whose file is ``<source_id>.txt``, parsed, read once; None if there is none.

    Not checked against its SHA-256: the rules compare it with what a folder declares. What the
    package serves (a citation's context, a source's sections) comes from `verified_text`.

    Examples:
        >>> bundled_text("political-status-of-nagorno-karabakh").title
        'Political status of Nagorno-Karabakh'
    """
    if source_id in _texts:
        return _texts[source_id]
    if not (isinstance(source_id, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", source_id)):
        return None
    with _texts_lock:
        if source_id not in _texts:
            _texts[source_id] = _read_text(source_id)
        return _texts[source_id]


def _read_text(source_id: str) -> SourceText | None:
    from karabakh_status._files import read_regular

    try:
        raw = read_regular(str(seeds_folder() / f"{source_id}.txt"), limit=MAX_TEXT_BYTES)
    except OSError:
        return None
    try:
        return SourceText(source_id, raw)
    except UnicodeDecodeError:
        return None


def verified_text(source_id: str) -> SourceText | None:
    """The bundled text, checked once against the SHA-256 that the shipped manifests give it.

    Raises `ManifestError` (rule ``source-hash``) if the installed text has changed.

    Examples:
        >>> verified_text("foreign-relations-of-artsakh").sections[1].path
        ('Ministry of Foreign Affairs',)
    """
    if source_id in _verified:
        return _verified[source_id]
    text = bundled_text(source_id)
    if text is not None:
        wrong = sorted((version, digest) for version, digest in _declared().get(source_id, ()) if digest != text.sha256)
        if wrong:
            from karabakh_status._integrity import broken
            from karabakh_status.errors import ManifestError

            raise broken(
                ManifestError,
                f"the bundled text {source_id}.txt has changed",
                "source-hash",
                f"{source_id}.txt",
                *(f"its SHA-256 is {text.sha256}, the manifest of version {v} says {d}" for v, d in wrong),
            )
    _verified[source_id] = text
    return text


def _declared() -> Mapping[str, frozenset[tuple[str, str]]]:
    """Source id -> (version, SHA-256) for each shipped manifest that lists it, read once."""
    found = _expected.get("")
    if found is None:
        with _texts_lock:
            found = _expected.get("")
            if found is None:
                found = _expected[""] = _read_declared()
    return found


def _read_declared() -> Mapping[str, frozenset[tuple[str, str]]]:
    import os

    from karabakh_status import _versions
    from karabakh_status._files import loads
    from karabakh_status._integrity import MANIFEST, read
    from karabakh_status._manifest import Manifest

    declared: dict[str, set[tuple[str, str]]] = {}
    for version in _versions.versions():
        try:
            manifest = Manifest.from_json(loads(read(os.path.join(_versions.DATA, version, MANIFEST))))
        except (OSError, ValueError):
            continue  # loading that version reports it
        for source_id, digest in manifest.sources if isinstance(manifest, Manifest) else ():
            declared.setdefault(source_id, set()).add((version, digest))
    return {source_id: frozenset(pairs) for source_id, pairs in declared.items()}
