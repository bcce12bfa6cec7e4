"""The bundled source texts: their heading tree, quote lookup and context.

The texts ship inside the wheel (``karabakh_status/seeds/``); in a source
checkout they are read from the repository's ``seeds/`` folder.
"""

from __future__ import annotations

import _thread
import bisect
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

__all__ = ["Section", "SourceText", "bundled_text", "fold", "verified_text"]

_HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1\s*$")
_PACKAGE = Path(__file__).resolve().parent


def fold(text: str) -> str:
    """Fold every run of white space to one space, and strip the ends.

    Examples:
        >>> fold("  a\\n\\n b\\tc ")
        'a b c'
    """
    return " ".join(text.split())


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
        self.title, self.sections = _parse_sections(self.lines)
        self._by_path = {section.path: section for section in self.sections}
        self._folded: dict[tuple[str, ...], str] = {}

    def section(self, path: tuple[str, ...]) -> Section | None:
        """The section at ``path``, or None."""
        return self._by_path.get(tuple(path))

    def section_text(self, path: tuple[str, ...]) -> str | None:
        """The folded text of a section, sub-sections included; None if there is no such section."""
        path = tuple(path)
        if path not in self._folded:
            section = self._by_path.get(path)
            if section is None:
                return None
            self._folded[path] = fold("\n".join(self.lines[section.start : section.end]))
        return self._folded[path]

    def find(self, path: tuple[str, ...], quote: str) -> bool:
        """Whether ``quote`` (white space folded) is in the section at ``path``."""
        body = self.section_text(path)
        return body is not None and bool(quote.strip()) and fold(quote) in body

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
        while first > 0 and lines[first - 1].strip() and not _HEADING.match(lines[first - 1]):
            first -= 1
        while last + 1 < len(lines) and lines[last + 1].strip() and not _HEADING.match(lines[last + 1]):
            last += 1
        return fold("\n".join(lines[first : last + 1]))


def _parse_sections(lines: tuple[str, ...]) -> tuple[str, tuple[Section, ...]]:
    headings: list[tuple[int, str, int]] = []
    for index, line in enumerate(lines):
        match = _HEADING.match(line)
        if match:
            headings.append((len(match.group(1)), match.group(2), index))
    title = headings[0][1] if headings and headings[0][0] == 1 else ""
    body = [h for h in headings if h[0] > 1]
    first = body[0][2] if body else len(lines)
    start = headings[0][2] + 1 if title else 0
    sections = [Section(path=(), level=1, start=start, end=first)]
    stack: list[tuple[int, str]] = []
    for position, (level, heading, index) in enumerate(body):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
        end = next((j for lvl, _, j in body[position + 1 :] if lvl <= level), len(lines))
        sections.append(Section(path=tuple(h for _, h in stack), level=level, start=index + 1, end=end))
    return title, tuple(sections)


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
        raw = read_regular(str(seeds_folder() / f"{source_id}.txt"))
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
