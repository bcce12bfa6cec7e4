"""Changes read like a changelog: each changed field as its old and new text with the changed words marked.

`diff` groups a `Diff` by dataset and record, withdrawn and added ids first, and ends with a summary that
counts added, withdrawn, removed and changed records and changed fields; ``history`` writes each change of
a record the same way (`field_lines`). A nested value is compared leaf by leaf (``citations[1].quote``).
Changed words are coloured on a colour terminal (removed red, added green), and marked ``[-old-]{+new+}``
elsewhere (piped, or ``NO_COLOR``), as ``git diff --word-diff`` does.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from karabakh_status._cli.terminal import colour, emit, escape, width, wrap
from karabakh_status.errors import plural

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._diff import Diff

__all__ = ["field_lines", "leaves", "marked", "summary", "write_diff"]


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """A JSON value as its scalar leaves by path (``citations[0].quote``); an empty list or object is an absent one
    (None).

    Examples:
        >>> leaves({"date": "2020", "citations": [{"quote": "q"}]}, "x")
        {'x.date': '2020', 'x.citations[0].quote': 'q'}
    """
    if isinstance(value, dict) and value:
        found: dict[str, Any] = {}
        for key, item in value.items():
            found.update(leaves(item, f"{path}.{key}" if path else str(key)))
        return found
    if isinstance(value, list) and value:
        found = {}
        for index, item in enumerate(value):
            found.update(leaves(item, f"{path}[{index}]"))
        return found
    return {path: None if value == [] or value == {} else value}  # empty or absent: the same to a reader


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _words(text: str) -> list[str]:
    """Words and the runs of spaces between them, so that joining them gives the text back."""
    out: list[str] = []
    for word in text.split(" "):
        if out:
            out.append(" ")
        if word:
            out.append(word)
    return out


def marked(old: str, new: str, out: TextIO | None = None) -> str:
    """``old`` and ``new`` as one text, the words only ``old`` has marked removed, those only ``new`` has added.

    Examples:
        >>> marked("adopted in 2012 by the council", "adopted in 2013 by the council")
        'adopted in [-2012-]{+2013+} by the council'
        >>> marked("municipality", "county")
        '[-municipality-]{+county+}'
    """
    from difflib import SequenceMatcher

    a, b = _words(old), _words(new)
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append("".join(a[i1:i2]))
            continue
        if i2 > i1:
            parts.append(_mark(out, "".join(a[i1:i2]), removed=True))
        if i2 > i1 and j2 > j1 and getattr(out, "colour", False):
            parts.append(" ")  # colour alone does not show where the words removed end and those added begin
        if j2 > j1:
            parts.append(_mark(out, "".join(b[j1:j2]), removed=False))
    return "".join(parts)


def _mark(out: TextIO | None, text: str, *, removed: bool) -> str:
    if out is not None and getattr(out, "colour", False):  # colour alone; words keep their spaces
        return " ".join(colour(out, word, "9;31" if removed else "32") if word else "" for word in text.split(" "))
    return f"[-{text}-]" if removed else f"{{+{text}+}}"


def field_lines(out: TextIO, field: str, old: Any, new: Any, indent: str) -> list[str]:
    """The lines of one changed field: each leaf that differs as ``path: marked text``, wrapped on a terminal."""
    before, after = leaves(old, field), leaves(new, field)
    lines: list[str] = []
    tty = bool(getattr(out, "tty", False))
    for path in list(before) + [p for p in after if p not in before]:
        x, y = before.get(path), after.get(path)
        if x == y:
            continue
        a, b = ("" if v is None else _text(v) for v in (x, y))  # a field that was not there, or is no more
        if tty:  # the data's control characters escaped before the colour marks go in
            a, b = escape(a, keep=frozenset()), escape(b, keep=frozenset())
        lines += wrap(f"{path}: {marked(a, b, out)}", width(out), indent, indent + "  ")
    return lines


def summary(found: Diff) -> str:
    """One line that counts the records added, withdrawn, removed and changed, and the fields changed.

    Examples:
        >>> import karabakh_status
        >>> summary(karabakh_status.diff("1.0.0", "1.1.0")).split(": ")[0]
        '1.0.0 -> 1.1.0'
    """
    records = len({(c.dataset, c.id) for c in found.changed})
    counts = [
        plural(len(found.added), "record added", "records added"),
        f"{len(found.withdrawn)} withdrawn",
        f"{len(found.removed)} removed",
        f"{plural(records, 'record changed', 'records changed')} ({plural(len(found.changed), 'field', 'fields')})",
    ]
    return f"{found.old} -> {found.new}: {', '.join(counts)}" if found else f"{found.old} -> {found.new}: the same"


def write_diff(found: Diff, out: TextIO) -> None:
    """Write a `Diff` as a changelog: withdrawn, removed and added ids, then each changed record's fields."""
    limit = width(out)
    if not found:
        emit(out, wrap(summary(found), limit, "", "  "))
        return
    lines = [f"{found.old} -> {found.new}"]
    if found.withdrawn:
        lines.append("")
    for tombstone in found.withdrawn:  # in full: the reason and the replacements are the point
        lines += wrap(f"withdrawn: {tombstone}", limit, "", "  ")
    for title, ids, sign, code in (("removed", found.removed, "-", "31"), ("added", found.added, "+", "32")):
        if ids:
            lines += ["", f"{title} ({len(ids)}):"]
            lines += [f"  {colour(out, sign, code)} {dataset}: {i}" for dataset, i in ids]
    dataset, record = "", ""
    for change in found.changed:
        if change.dataset != dataset:
            dataset, record = change.dataset, ""
            count = len({c.id for c in found.changed if c.dataset == dataset})
            lines += ["", colour(out, f"{dataset} ({plural(count, 'record')} changed):", "1")]
        if change.id != record:
            record = change.id
            lines.append(f"  {colour(out, '~', '33')} {record}")
        lines += field_lines(out, change.field, change.old, change.new, "      ")
    emit(out, [*lines, "", *wrap(summary(found), limit, "", "  ")])
