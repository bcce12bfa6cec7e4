"""Build-time pages generated from the package itself, so that they cannot drift from the code or the data.

Each page's source holds a marker that this hook replaces: ``<!-- rules -->``
(the rule registry), ``<!-- cli -->`` (the parser's own help), ``<!-- changelog -->``,
``<!-- versions -->``, ``<!-- sources -->`` and ``<!-- dataset: NAME -->`` (the
shipped data). The pictures are SVG files written from the data (no scripts).
"""

from __future__ import annotations

import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent


def _data() -> Any:
    import karabakh_status as ks

    return ks.load()


# -- rules, command line, changelog -----------------------------------------------------------------


def _rules() -> str:
    import karabakh_status as ks

    lines = []
    for stage, title in (("read", "Checked while a folder is read"), ("records", "Checked on the records")):
        lines += [f"## {title}", ""]
        for rule in ks.RULES:
            if rule.stage == stage:
                lines += [
                    f"### `{rule.name}`",
                    "",
                    f"**{rule.title}** {rule.description}",
                    "",
                    "Example of a violation:",
                    "",
                    "```text",
                    rule.example,
                    "```",
                    "",
                ]
    return "\n".join(lines)


def _cli() -> str:
    from karabakh_status._cli import dispatch

    parser = dispatch.parser()
    out = ["## `karabakh-status`", "", "```text", parser.format_help().rstrip(), "```", ""]
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in commands.choices.items():  # type: ignore[attr-defined]
        out += [f"## `karabakh-status {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
        for group in (a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"):
            for action, inner in group.choices.items():  # type: ignore[attr-defined]
                out += [f"### `karabakh-status {name} {action}`", "", "```text", inner.format_help().rstrip()]
                out += ["```", ""]
    return "\n".join(out)


def _changelog() -> str:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("# ") else text


# -- versions and sources -------------------------------------------------------------------------


def _versions() -> str:
    import karabakh_status as ks

    lines = ["| version | released | datasets and records |", "| --- | --- | --- |"]
    for version in reversed(ks.versions()):
        data = ks.load(version)
        counts = ", ".join(f"{e.name.removesuffix('.json')} {e.records}" for e in data.manifest.files)
        lines.append(f"| {version} | {data.released or 'not yet'} | {counts} |")
    lines += ["", "## What changed between versions", ""]
    shipped = ks.versions()
    if len(shipped) < 2:
        lines.append(f"Only one version ({shipped[0]}) is shipped: there is nothing to compare yet.")
    for old, new in itertools.pairwise(shipped):
        found = ks.diff(old, new)
        lines += [
            f"### {old} → {new}",
            "",
            f"{len(found.added)} records added, {len(found.removed)} removed, "
            f"{len({(c.dataset, c.id) for c in found.changed})} changed ({len(found.changed)} fields).",
            "",
        ]
        lines += [f"- changed `{c.id}` ({c.dataset}): {c.field}" for c in found.changed]
        lines += [f"- withdrawn `{t.id}` ({t.dataset}): {t.reason}; replaced by "
                  f"{', '.join(f'`{r}`' for r in t.replaced_by) or 'nothing'}" for t in found.withdrawn]  # fmt: skip
    return "\n".join(lines)


def _sources() -> str:
    import karabakh_status as ks

    data = _data()
    cited: Counter[str] = Counter()
    filled: dict[str, list[str]] = {}
    for name in data.datasets:
        for record in data.records(name):
            for citation in getattr(record, "citations", ()):
                cited[citation.source] += 1
                filled.setdefault(citation.source, []).append(record.id)
    lines = ["## Bundled sources", ""]
    known = {record.id: record for record in ks.provenance()}
    for source in data.sources():
        if source.kind is not ks.SourceKind.BUNDLED:
            continue
        lines += [
            f"### {source.title}",
            "",
            f"- id: `{source.id}`; publisher: {source.publisher}; license: {source.license}",
            f"- url: <{source.url}>",
            f"- SHA-256 of the shipped text: `{source.sha256}`",
            f"- captured: {known[source.id].captured or 'not recorded'}; {known[source.id].note}",
            f"- quoted by {cited[source.id]} citations",
            "",
            "Sections (the heading tree that citations name):",
            "",
        ]
        for section in source.sections():
            indent = "    " * max(0, section.level - 2)
            lines.append(f"{indent}- {section.title or '(lead)'}")
        lines.append("")
    lines += [
        "## External sources",
        "",
        "Each fills only what the bundled text lost, and is cited with its confidence.",
        "",
        "| source | publisher | what it fills | records |",
        "| --- | --- | --- | --- |",
    ]
    for source in data.sources():
        if source.kind is ks.SourceKind.EXTERNAL:
            records = ", ".join(f"[`{i}`](datasets/{_dataset_of(data, i)}.md#{i})" for i in filled.get(source.id, []))
            title = f"[{_cell(source.title)}]({source.url})"
            lines.append(f"| {title} | {_cell(source.publisher)} | {_cell(source.note or '')} | {records} |")
    return "\n".join(lines)


def _dataset_of(data: Any, record_id: str) -> str:
    return str(type(data.get(record_id)).dataset)


# -- dataset pages --------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "&#124;")


def _names(data: Any, ids: Any) -> str:
    if ids is None:
        return "(unknown)"
    ids = ids if isinstance(ids, tuple) else (ids,)
    return ", ".join(data.entity(i).name for i in ids) or "—"


def _when(value: Any) -> str:
    return value.phrase() if value is not None else "(undated)"


def _quotes(data: Any, record: Any) -> str:
    parts = []
    for citation in record.citations:
        source = data.source(citation.source)
        where = " / ".join(citation.section) or "lead"
        extra = "".join(f" [claims {c.field} = {c.value}]" for c in citation.claims)
        if citation.confidence is not None:
            extra += f" [{citation.confidence.value}]"
        parts.append(f"“{_cell(citation.quote)}” — <em>{_cell(source.title)}, § {_cell(where)}</em>{_cell(extra)}")
    note = f"<br><strong>Note:</strong> {_cell(record.note)}" if record.note else ""
    return "<br>".join(parts) + note


# For each dataset: the columns (date, who, what, outcome) of its table, in words.
Row = Callable[[Any, Any], tuple[str, str, str, str]]
ROWS: dict[str, tuple[tuple[str, str, str, str], Row]] = {
    "recognitions": (
        ("date", "actor", "act (level)", "outcome"),
        lambda d, r: (
            _when(r.date),
            _names(d, r.actor),
            f"{r.act.value} ({r.level.value})",
            r.outcome.value + (f" ({r.receded.phrase()})" if r.receded else ""),
        ),
    ),
    "positions": (
        ("date", "author", "what", "stance"),
        lambda d, r: (
            _when(r.date),
            _names(d, r.author),
            f"{r.kind.value}{': ' + r.title if r.title else ''}. {r.summary}",
            r.stance.value + ("" if r.binding is None else ", binding" if r.binding else ", not binding"),
        ),
    ),
    "events": (
        ("date", "participants", "what", "kind"),
        lambda d, r: (_when(r.date), _names(d, r.participants), r.summary, r.kind.value),
    ),
    "ministers": (
        ("term", "minister", "office", ""),
        lambda d, r: (r.term.phrase(), _names(d, r.person), _names(d, r.office), "acting" if r.acting else ""),
    ),
    "offices": (
        ("", "city", "host", "also"),
        lambda d, r: (
            "",
            _names(d, r.city),
            _names(d, r.host),
            ", ".join(
                filter(
                    None,
                    [
                        _names(d, r.responsible_for) if r.responsible_for else "",
                        _names(d, r.accredited_to) if r.accredited_to else "",
                    ],
                )
            ),
        ),
    ),
    "relations": (
        ("", "counterpart", "summary", "recognition, visas"),
        lambda d, r: (
            "",
            _names(d, r.counterpart),
            r.summary,
            f"mutual recognition: {_yes(r.mutual_recognition)}; visa-free: {_yes(r.visa_free)}",
        ),
    ),
    "visas": (
        ("signed, in force", "counterpart", "visa-free", ""),
        lambda d, r: (
            ", ".join(
                filter(
                    None, [r.signed and f"signed {r.signed.phrase()}", r.in_force and f"in force {r.in_force.phrase()}"]
                )
            ),
            _names(d, r.counterpart),
            _yes(r.visa_free),
            "",
        ),
    ),
    "friendship_groups": (
        ("date", "counterpart", "what", ""),
        lambda d, r: (
            _when(r.date),
            _names(d, r.counterpart),
            "group established" if r.established else "talks about ties",
            "",
        ),
    ),
    "memberships": (
        ("date", "counterpart", "role", "place"),
        lambda d, r: (
            _when(r.date),
            _names(d, r.counterpart),
            r.role.value + (f": {r.title}" if r.title else ""),
            _names(d, r.place) if r.place else "",
        ),
    ),
    "twin_towns": (
        ("", "town", "partner", ""),
        lambda d, r: ("", _names(d, r.town), _names(d, r.partner), ""),
    ),
}


def _yes(value: bool | None) -> str:
    return "not stated" if value is None else "yes" if value else "no"


def _fields(cls: type[Any]) -> str:
    """The fields of a record type with their meaning, from its docstring's Attributes section."""
    doc = cls.__doc__ or ""
    meanings: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        block = re.search(r"Attributes:\n(.*?)(?:\n\s*\n|\Z)", klass.__doc__ or "", re.S)
        for name, text in re.findall(r"^\s{8}(\w+): (.*(?:\n\s{12}.*)*)", block.group(1) if block else "", re.M):
            meanings[name] = " ".join(text.split())
    lines = [doc.strip().split("\n")[0], "", "| field | meaning |", "| --- | --- |"]
    for field in attrs.fields(cls):
        lines.append(f"| `{field.name}` | {_cell(meanings.get(field.name, ''))} |")
    return "\n".join(lines)


def _codes(entity: Any) -> str:
    """An entity's join codes: ISO 3166, GeoNames, FIPS, and its point (what the point is)."""
    place = entity.place
    point = f"{place.latitude:.4f}, {place.longitude:.4f} ({place.point.value})" if place else None
    geonames = f"GeoNames {entity.geonames_id}" if entity.geonames_id else None
    fips = f"FIPS {entity.fips}" if entity.fips else None
    return " · ".join(
        filter(None, [" ".join(filter(None, [entity.country, entity.subdivision])), geonames, fips, point])
    )


def _dataset(name: str) -> str:
    from karabakh_status._datasets import record_type

    data = _data()
    records = data.records(name)
    cls = record_type(name)
    lines = [_fields(cls), "", f"## The {len(records)} records of dataset version {data.version}", ""]
    if name == "entities":
        lines += [
            "| id | name | aliases | kind | parent | codes | other names |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for e in records:
            parent = _names(data, e.parent) if e.parent else ""
            others = ", ".join(f"{n.name} ({n.used_by})" for n in e.other_names)
            lines.append(
                f'| <span id="{e.id}"></span>`{e.id}` | {_cell(e.name)} | {_cell(", ".join(e.aliases))} '
                f"| {e.kind.value} | {_cell(parent)} | {_cell(_codes(e))} | {_cell(others)} |"
            )
        return "\n".join(lines)
    heads, row = ROWS[name]
    lines += [
        "| id | " + " | ".join(h or " " for h in heads) + " | citations |",
        "| --- | " + " | ".join("---" for _ in heads) + " | --- |",
    ]
    for record in records:
        cells = row(data, record)
        lines.append(
            f'| <span id="{record.id}"></span>`{record.id}` | '
            + " | ".join(_cell(c) for c in cells)
            + f" | {_quotes(data, record)} |"
        )
    return "\n".join(lines)


# -- pictures --------------------------------------------------------------------------------------

COLOURS = ("#1b6ca8", "#e07b39", "#3a9a5b", "#c23b3b", "#7d5ba6", "#8c6d31", "#d45f9b", "#6b6b6b")


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" role="img">'
        f"<title>{html.escape(title)}</title>" + "".join(body) + "</svg>\n"
    )


def recognitions_chart() -> str:
    """Acts of recognition of independence (adopted or receded) by year, stacked by level."""
    data = _data()
    acts = [
        r
        for r in data.recognitions(act="recognize-independence")
        if r.outcome.value in ("adopted", "receded") and r.date is not None and r.date.earliest.year > 1
    ]  # "on or before a day" has no first year to count it in
    years = list(range(min(r.date.earliest.year for r in acts), max(r.date.earliest.year for r in acts) + 1))
    levels = sorted({r.level.value for r in acts}, key=lambda v: -sum(r.level.value == v for r in acts))
    counts = {
        (y, lv): sum(1 for r in acts if r.date.earliest.year == y and r.level.value == lv)
        for y in years
        for lv in levels
    }
    top = max(sum(counts[y, lv] for lv in levels) for y in years)
    left, bottom, bar, gap, scale = 40, 40, 22, 6, 5
    width, height = left + len(years) * (bar + gap) + 180, bottom + top * scale + 30
    body = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{left + len(years) * (bar + gap)}" '
        f'y2="{height - bottom}" stroke="#333"/>'
    ]
    for tick in range(0, top + 1, 10):
        y = height - bottom - tick * scale
        body.append(f'<text x="{left - 6}" y="{y + 4}" text-anchor="end">{tick}</text>')
    for i, year in enumerate(years):
        x, y = left + i * (bar + gap), height - bottom
        for j, level in enumerate(levels):
            n = counts[year, level]
            if n:
                y -= n * scale
                body.append(
                    f'<rect x="{x}" y="{y}" width="{bar}" height="{n * scale}" fill="{COLOURS[j]}">'
                    f"<title>{year}: {n} {level}</title></rect>"
                )
        total = sum(counts[year, lv] for lv in levels)
        if total:
            body.append(f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle">{total}</text>')
        body.append(
            f'<text x="{x + bar / 2}" y="{height - bottom + 16}" text-anchor="middle" '
            f'transform="rotate(-45 {x + bar / 2} {height - bottom + 16})">{year}</text>'
        )
    for j, level in enumerate(levels):
        lx, ly = left + len(years) * (bar + gap) + 20, 20 + j * 20
        body.append(
            f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{COLOURS[j]}"/>'
            f'<text x="{lx + 18}" y="{ly}">{level}</text>'
        )
    return _svg(width, height, body, "Acts recognizing Artsakh's independence by year (date's earliest year), by level")


def ministers_chart() -> str:
    """The foreign ministers' terms as horizontal bars over the years."""
    data = _data()
    terms = data.ministers()
    first = min(t.term.earliest.year for t in terms)
    last = max(t.term.latest.year for t in terms)
    left, row, scale = 170, 24, 18
    width, height = left + (last - first + 1) * scale + 20, 40 + len(terms) * row
    body = []
    for year in range(first, last + 1, 2):
        x = left + (year - first) * scale
        body.append(
            f'<line x1="{x}" y1="20" x2="{x}" y2="{height - 10}" stroke="#ddd"/>'
            f'<text x="{x}" y="14" text-anchor="middle">{year}</text>'
        )
    for i, term in enumerate(terms):
        y = 24 + i * row
        x0 = left + (term.term.earliest.year - first) * scale
        x1 = left + (term.term.latest.year - first + 1) * scale
        name = data.entity(term.person).name + (" (acting)" if term.acting else "")
        body.append(
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end">{html.escape(name)}</text>'
            f'<rect x="{x0}" y="{y + 2}" width="{x1 - x0}" height="{row - 8}" '
            f'fill="{COLOURS[1] if term.acting else COLOURS[0]}" opacity="0.85">'
            f"<title>{html.escape(name)}: {term.term.phrase()}</title></rect>"
        )
    return _svg(width, height, body, "Foreign ministers of Artsakh and their terms (year precision)")


PICTURES = {"pictures/recognitions.svg": recognitions_chart, "pictures/ministers.svg": ministers_chart}


# -- mkdocs events ---------------------------------------------------------------------------------

MARKERS: dict[str, Callable[[], str]] = {
    "<!-- rules -->": _rules,
    "<!-- cli -->": _cli,
    "<!-- changelog -->": _changelog,
    "<!-- versions -->": _versions,
    "<!-- sources -->": _sources,
}


def on_files(files: Any, config: Any, **_: Any) -> Any:
    from mkdocs.structure.files import File

    for path, make in PICTURES.items():
        files.append(File.generated(config, path, content=make()))
    return files


def on_page_markdown(markdown: str, **_: Any) -> str:
    with redirect_stdout(io.StringIO()):
        for marker, make in MARKERS.items():
            if marker in markdown:
                markdown = markdown.replace(marker, make())
        for name in re.findall(r"<!-- dataset: (\w+) -->", markdown):
            markdown = markdown.replace(f"<!-- dataset: {name} -->", _dataset(name))
    return markdown
