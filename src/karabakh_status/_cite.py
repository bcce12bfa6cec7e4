"""Citations of a dataset version, or of one record in it: BibTeX, CSL-JSON or a line of text.

A record's citation names the record id, the dataset version, and each source article that
states it, with its license and (for the Wikipedia articles) the attribution CC BY-SA asks for.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._dataset import Dataset

__all__ = ["STYLES", "cite"]

STYLES: Final = ("bibtex", "csl-json", "text")
"""The citation styles `cite` writes."""
_TITLE: Final = (
    "karabakh_status: datasets on the political status of Nagorno-Karabakh and the foreign relations of Artsakh"
)
_AUTHOR: Final = "karabakh_status contributors"
_BIBTEX_SPECIAL: Final = re.compile(r"([&%$#_{}~^\\])")


_BIBTEX_WORDS: Final = {
    "\\": r"\textbackslash{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "{": r"\textbraceleft{}",  # BibTeX counts braces even after a backslash: "\}" would close the field
    "}": r"\textbraceright{}",
}


def _bibtex_escape(text: str) -> str:
    r"""Text as a BibTeX value: LaTeX's special characters escaped, braces as words (always balanced).

    Examples:
        >>> print(_bibtex_escape("a}, note = {b & 50%"))
        a\textbraceright{}, note = \textbraceleft{}b \& 50\%
    """

    def one(match: re.Match[str]) -> str:
        char = match.group(1)
        return _BIBTEX_WORDS.get(char, "\\" + char)

    return _BIBTEX_SPECIAL.sub(one, " ".join(text.split()))


def _bibtex_url(url: str) -> str:
    """A URL as a BibTeX value: braces, backslashes and white space percent-encoded (the URL is the same)."""
    from urllib.parse import quote

    return re.sub(r"[{}\\\s]", lambda m: quote(m.group(), safe=""), url)


def _bibtex_key(key: str) -> str:
    """A BibTeX key: only the characters a key may hold."""
    return re.sub(r"[^A-Za-z0-9._:/+-]", "-", key)


def _attribution(source: Any) -> str:
    """How a source is credited: title, publisher, url, license (and, for Wikipedia, its contributors)."""
    wiki = "wikipedia" in source.publisher.lower()
    who = "Wikipedia contributors, " if wiki else ""
    license = f", {source.license}" if source.license else ""
    return f"{who}“{source.title}”, {source.publisher}, {source.url}{license}"


def referenced(record: Any) -> tuple[str, ...]:
    """The ids of every source a record refers to, in order: its citations', its place's, its other names'."""
    ids = [citation.source for citation in getattr(record, "citations", ())]
    place = getattr(record, "place", None)
    if place is not None:
        ids.append(place.source)
    ids += [other.source for other in getattr(record, "other_names", ())]
    return tuple(dict.fromkeys(ids))


def credited(data: Any) -> tuple[Any, ...]:
    """The sources a dataset version's citation credits: the bundled texts, then every source with a license."""
    sources = data.sources()
    return (
        *(s for s in sources if s.kind.value == "bundled"),
        *(s for s in sources if s.kind.value != "bundled" and s.license),
    )


def data_license(data: Any) -> str:
    """The data's license: that of the bundled texts it is adapted from (CC BY-SA asks the same license)."""
    return ", ".join(dict.fromkeys(s.license for s in data.sources() if s.kind.value == "bundled" and s.license))


def _fields(data: Any, id: str | None) -> dict[str, Any]:
    """What the citation says, style aside."""
    released = data.released
    state = f"released {released.isoformat()}" if released else "an unreleased draft: its records may still change"
    license = data_license(data)
    adapted = "; ".join(_attribution(s) for s in credited(data))
    fields: dict[str, Any] = {
        "key": f"karabakh-status-{data.version}",
        "title": f"{_TITLE}, dataset version {data.version}",
        "version": data.version,
        "released": released,
        "note": f"Dataset version {data.version} ({state}). Data {license}, adapted from {adapted}.",
        "url": None,
    }
    if id is None:
        return fields
    record = data.get(id)  # raises NotFoundError, naming a tombstone's replacements
    dataset = data._where(id)[0]
    cited = [citation.source for citation in getattr(record, "citations", ())]
    sources = [data.source(source_id) for source_id in dict.fromkeys(cited)] or (
        [record] if dataset == "sources" else []
    )
    if sources:
        stated = f"Stated by: {'; '.join(_attribution(source) for source in sources)}. Data {license}."
    else:  # an entity of the gazetteer cites no quote: its names come from the bundled texts, its codes from others
        bundled = [s for s in data.sources() if s.kind.value == "bundled"]
        others = [data.source(source_id) for source_id in referenced(record)]
        stated = f"Data {license}, adapted from {'; '.join(_attribution(s) for s in (*bundled, *others))}."
    fields.update(
        key=f"karabakh-status-{data.version}-{id}",
        title=f"Record {id} ({dataset})",
        container=f"{_TITLE}, dataset version {data.version}",
        note=f"Dataset version {data.version} ({state}). {stated}",
        url=sources[0].url if sources else None,
    )
    return fields


def _bibtex(fields: dict[str, Any]) -> str:
    entries = [
        ("title", "{" + _bibtex_escape(fields["title"]) + "}"),
        ("author", "{" + _bibtex_escape(_AUTHOR) + "}"),
        ("version", _bibtex_escape(fields["version"])),
    ]
    if fields.get("container"):
        entries.append(("howpublished", _bibtex_escape(fields["container"])))
    if fields["released"] is not None:
        entries += [("year", str(fields["released"].year)), ("month", str(fields["released"].month))]
    if fields["url"]:
        entries.append(("url", _bibtex_url(fields["url"])))
    entries.append(("note", _bibtex_escape(fields["note"])))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in entries)
    return f"@misc{{{_bibtex_key(fields['key'])},\n{body}\n}}\n"


def _csl(fields: dict[str, Any]) -> str:
    item: dict[str, Any] = {
        "id": fields["key"],
        "type": "dataset",
        "title": fields["title"],
        "author": [{"literal": _AUTHOR}],
        "version": fields["version"],
        "note": fields["note"],
    }
    if fields.get("container"):
        item["container-title"] = fields["container"]
    if fields["released"] is not None:
        day = fields["released"]
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if fields["url"]:
        item["URL"] = fields["url"]
    return json.dumps([item], indent=2, ensure_ascii=False) + "\n"


def _text(fields: dict[str, Any]) -> str:
    year = f" ({fields['released'].year})" if fields["released"] is not None else " (draft)"
    within = f" In: {fields['container']}." if fields.get("container") else ""
    return f"{_AUTHOR}{year}. {fields['title']}.{within} {fields['note']}\n"


def cite(version: str | Dataset | None = None, id: str | None = None, style: str = "bibtex") -> str:
    """A citation of a dataset version (the default one if none is named), or of one record in it.

    ``version``: a shipped version (``"1.0.0"``, ``"1"``) or a `Dataset` (a folder of your own, say).
    ``style``: ``"bibtex"`` (a ``@misc`` entry), ``"csl-json"`` (a CSL-JSON array of one item, for
    Zotero or pandoc) or ``"text"``. A record's citation names its id, the version, and each
    source that states it with its license and attribution.

    Examples:
        >>> import karabakh_status
        >>> text = karabakh_status.cite("1.0.0", "mfa-2012-karen-mirzoyan", style="text")
        >>> text.split(". In: ")[0]
        'karabakh_status contributors (2026). Record mfa-2012-karen-mirzoyan (ministers)'
        >>> text.split("Stated by: ")[1].split(", Wikipedia,")[0]
        'Wikipedia contributors, “Foreign relations of Artsakh”'
    """
    from karabakh_status._loading import load
    from karabakh_status._queries.filters import expect
    from karabakh_status.errors import NotFoundError

    expect("cite", "id", id, str)
    expect("cite", "style", style, str, optional=False)
    if style not in STYLES:
        raise NotFoundError("citation style", str(style), f"; styles: {', '.join(STYLES)}")
    from karabakh_status._dataset import Dataset

    fields = _fields(version if isinstance(version, Dataset) else load(version), id)
    if style == "bibtex":
        return _bibtex(fields)
    return _csl(fields) if style == "csl-json" else _text(fields)
