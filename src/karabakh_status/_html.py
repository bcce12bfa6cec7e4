"""HTML for notebooks: each object's ``_repr_html_`` (a record as a card, a diff or a history as a table).

Jupyter shows an object by its ``_repr_html_``. A card says what the docs' record cards say: the id, the
record's fields (entity ids, dates as phrases), the quote that best states it (`Record.statement`) with
its source and section, and the editor's note. Every value is escaped (`text`), so that a draft's
``<script>`` stays text; only an ``http`` or ``https`` address is made a link (`link`), so that a
``javascript:`` address stays text too. Styles are inline: a notebook loads no stylesheet of ours.
"""

from __future__ import annotations

import contextlib
import enum
import html
import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs

__all__ = ["dataset", "diff", "entity", "history", "link", "record", "source", "text"]

_CARD = "border:1px solid #ccc;border-radius:6px;padding:0.5em 0.8em;margin:0.3em 0;max-width:56em"
_CELL = "text-align:left;vertical-align:top;padding:0.15em 0.6em 0.15em 0"
_QUOTE = "margin:0.4em 0;padding-left:0.8em;border-left:3px solid #999"
_MOST = 200
"""The most rows a table shows (a diff of two whole versions can have thousands); the rest are counted."""
_APART = frozenset({"id", "citations", "note", "inferred", "summary", "title"})
"""The fields a card shows apart from its table of fields."""


def text(value: Any) -> str:
    """Any value as HTML text: escaped (``<``, ``>``, ``&``, both quotes), so nothing in it is markup.

    Examples:
        >>> text('<script>alert("x")</script>')
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape(str(value), quote=True)


def link(url: str, label: str | None = None) -> str:
    """An address as a link (showing ``label``, else itself) if it is ``http`` or ``https`` with a host, else as
    escaped text.

    Examples:
        >>> link("https://en.wikipedia.org/wiki/Artsakh")
        '<a href="https://en.wikipedia.org/wiki/Artsakh" target="_blank" rel="noopener noreferrer">https://en.wikipedia.org/wiki/Artsakh</a>'
        >>> link("javascript:alert(1)")
        'javascript:alert(1)'
    """
    try:
        parts = urlsplit(url)
        safe = parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and url.isprintable()
    except ValueError:  # an address Python cannot split ("http://[x") is no link
        safe = False
    if not safe:
        return text(url) if label is None else f"{text(label)} ({text(url)})"
    shown = text(url if label is None else label)
    return f'<a href="{text(url)}" target="_blank" rel="noopener noreferrer">{shown}</a>'


def _value(value: Any) -> str:
    """A field's value as HTML: a date as its phrase and EDTF, a member of a vocabulary as its value."""
    if value is None or value == ():
        return ""
    if hasattr(value, "phrase"):
        return f"{text(value.phrase())} <code>{text(value)}</code>"
    if isinstance(value, enum.Enum):
        return f"<code>{text(value.value)}</code>"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(_value(v) for v in value)
    if attrs.has(type(value)):
        shown = ((f.name.replace("_", " "), _value(getattr(value, f.name))) for f in attrs.fields(type(value)))
        return "; ".join(f"{text(name)} {shown}" for name, shown in shown if shown and shown != "no")
    return text(value)


def _fields(obj: Any, apart: Iterable[str]) -> str:
    """A table of an attrs object's fields (those with a value), entity ids in ``code``."""
    rows = []
    for field in attrs.fields(type(obj)):
        if field.name in apart:
            continue
        value = getattr(obj, field.name)
        shown = _value(value)
        if not shown:
            continue
        if field.metadata.get("entity"):
            shown = ", ".join(f"<code>{text(ref)}</code>" for ref in (value if isinstance(value, tuple) else (value,)))
        name = text(field.name.replace("_", " "))
        rows.append(f'<tr><th style="{_CELL}">{name}</th><td style="{_CELL}">{shown}</td></tr>')
    return f"<table>{''.join(rows)}</table>" if rows else ""


def _sources() -> dict[str, tuple[str, str]]:
    """The bundled sources' titles and addresses, by id (from ``seeds/provenance.json``)."""
    from karabakh_status._provenance import provenance

    return {p.id: (p.title, p.url) for p in provenance()}


def _citation(citation: Any) -> str:
    """A quote with its source (a bundled article's title, linked; another source by its id) and section."""
    title, url = _sources().get(citation.source, (citation.source, ""))
    named = f"<i>{link(url, title) if url else text(title)}</i>"
    where = " › ".join(citation.section) or "lead"
    said = f"{named}, § {text(where)}" + (f", {text(citation.locator)}" if citation.locator else "")
    return f'<blockquote style="{_QUOTE}">{text(citation.quote)}<br><small>— {said}</small></blockquote>'


def _heading(obj: Any, kind: str, what: str = "") -> str:
    return f'<div><code style="font-weight:bold">{text(obj.id)}</code> <small>{text(kind)}</small>{what}</div>'


def record(obj: Any) -> str:
    """A record as a card: its id and kind, title or summary, fields, the quote that states it, its note."""
    first = obj.citations[0] if obj.citations else None
    with contextlib.suppress(Exception):  # a card of a broken draft still shows, with its first citation
        first = obj.statement.citation  # the package's rule
    lead = getattr(obj, "title", None) or getattr(obj, "summary", None)
    parts = [f'<div class="ks-card" style="{_CARD}">', _heading(obj, type(obj).__name__)]
    if lead:
        parts.append(f"<div><b>{text(lead)}</b></div>")
    parts.append(_fields(obj, _APART))
    if first is not None:
        parts.append(_citation(first))
    more = len(obj.citations) - 1
    if more > 0:
        parts.append(f"<div><small>and {more} more citation{'s' if more > 1 else ''}</small></div>")
    if obj.inferred:
        parts.append(f"<div><small>inferred: {text(', '.join(obj.inferred))}</small></div>")
    if obj.note:
        parts.append(f"<div><small>Editor's note: {text(obj.note)}</small></div>")
    return "".join([*parts, "</div>"])


def entity(obj: Any) -> str:
    """An entity of the gazetteer as a card: its id, name and fields."""
    other = ", ".join(text(n.name) for n in obj.other_names)
    shown = _fields(obj, {"id", "name", "other_names", "note", "gazetteer_note"})
    rest = f"<div><small>other names: {other}</small></div>" if other else ""
    notes = "".join(f"<div><small>{text(n)}</small></div>" for n in (obj.note, obj.gazetteer_note) if n)
    head = _heading(obj, "Entity", f" <b>{text(obj.name)}</b>")
    return f'<div class="ks-card" style="{_CARD}">{head}{shown}{rest}{notes}</div>'


def source(obj: Any) -> str:
    """A source as a card: its id, title, publisher and address (a link only if ``http(s)``)."""
    shown = _fields(obj, {"id", "title", "url", "note"})
    note = f"<div><small>{text(obj.note)}</small></div>" if obj.note else ""
    head = _heading(obj, "Source", f" <b>{text(obj.title)}</b>")
    return f'<div class="ks-card" style="{_CARD}">{head}<div>{link(obj.url)}</div>{shown}{note}</div>'


def _json(value: Any) -> str:
    """A value as in the version's JSON (as a diff holds it), escaped."""
    return f"<code>{text(json.dumps(value, ensure_ascii=False, default=str))}</code>"


def _table(heads: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """A table of already escaped cells, with at most `_MOST` rows (the rest counted)."""
    head = "".join(f'<th style="{_CELL}">{text(h)}</th>' for h in heads)
    cells = ("".join(f'<td style="{_CELL}">{cell}</td>' for cell in row) for row in rows[:_MOST])
    body = "".join(f"<tr>{row}</tr>" for row in cells)
    rest = f"<div><small>and {len(rows) - _MOST} more rows</small></div>" if len(rows) > _MOST else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{rest}"


def diff(obj: Any) -> str:
    """A `Diff` as a card: what it counts, then a table of every record added, removed or withdrawn and of every
    changed field (old and new values as in JSON)."""
    counts = (
        f"{len(obj.added)} added, {len(obj.removed)} removed, {len(obj.changed)} changed fields, "
        f"{len(obj.withdrawn)} withdrawn"
    )
    rows = [("added", text(d), f"<code>{text(i)}</code>", "", "", "") for d, i in obj.added]
    rows += [("removed", text(d), f"<code>{text(i)}</code>", "", "", "") for d, i in obj.removed]
    rows += [
        ("withdrawn", text(t.dataset), f"<code>{text(t.id)}</code>", "", text(t.reason), text(", ".join(t.replaced_by)))
        for t in obj.withdrawn
    ]
    rows += [("changed", text(c.dataset), f"<code>{text(c.id)}</code>", text(c.field), _json(c.old), _json(c.new))
             for c in obj.changed]  # fmt: skip
    head = f"<div><b>{text(obj.old)} → {text(obj.new)}</b>: {text(counts)}</div>"
    table = _table(("what", "dataset", "id", "field", "old", "new"), rows) if rows else "<div>no differences</div>"
    return f'<div class="ks-card" style="{_CARD}">{head}{table}</div>'


def _revision_row(step: Any) -> tuple[str, ...]:
    if step.changes:
        detail = "<br>".join(f"{text(c.field)}: {_json(c.old)} → {_json(c.new)}" for c in step.changes)
    elif step.reason is not None:
        replaced = ", ".join(step.replaced_by) or "nothing"
        detail = f"{text(step.reason)}; replaced by {text(replaced)}"
    else:
        detail = ""
    return (text(step.version), text(step.kind.value), text(step.dataset), detail)


def history(steps: Iterable[Any]) -> str:
    """A record's history (`Revision`s, oldest first) as a table: version, what it did, the changed fields."""
    rows = [_revision_row(step) for step in steps]
    return f'<div class="ks-card" style="{_CARD}">{_table(("version", "what", "dataset", "changes"), rows)}</div>'


def dataset(data: Any) -> str:
    """A `Dataset` as a card: its version, release date or draft, folder, and each dataset's record count
    (from the manifest: no file is read)."""
    released = data.released
    state = f"released {released.isoformat()}" if released else "draft"
    files = [e for e in data.manifest.files if e.name != "withdrawn.json"]
    rows = [(text(e.name.removesuffix(".json")), text(e.records)) for e in files]
    head = f"<div><b>karabakh_status dataset {text(data.version)}</b> <small>{text(state)}</small></div>"
    folder = f"<div><small>{text(data.folder)}</small></div>"
    return f'<div class="ks-card" style="{_CARD}">{head}{folder}{_table(("dataset", "records"), rows)}</div>'
