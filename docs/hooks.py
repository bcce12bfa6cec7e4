"""Build-time pages generated from the package itself, so that they cannot drift from the code or the data.

Each page's source holds a marker that this hook replaces: ``<!-- rules -->`` and
``<!-- rules-table -->`` (the rule registry), ``<!-- values: ENUM -->`` (a vocabulary),
``<!-- cli -->`` (the parser's help and examples run now: ``site_cli``), ``<!-- changelog -->``,
``<!-- versions -->``, ``<!-- sources -->``, ``<!-- dataset: NAME -->`` (the shipped data as
record cards: ``site_cards``, which also writes the pages of a split dataset and their
navigation), ``<!-- map -->`` and ``<!-- timeline -->`` (``site_pictures``, ``site_map``). After the
build, the search index gets each card's record id (``site_search``).
The pictures are SVG written from the data (no scripts).
"""

from __future__ import annotations

import html
import io
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the hook's sibling modules
import site_cards as cards
import site_cli
import site_pictures
import site_search

ROOT = Path(__file__).resolve().parent.parent
_data = cards.data


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


def _rules_table() -> str:
    """The rules as the API page shows `RULES`: one row each, linking to its explanation."""
    import karabakh_status as ks

    lines = ["| rule | checked | what it says |", "| --- | --- | --- |"]
    for rule in ks.RULES:
        lines.append(f"| [`{rule.name}`](rules.md#{rule.name}) | {rule.stage} | {_cell(rule.title)} |")
    return "\n".join(lines)


def _values(name: str) -> str:
    """A vocabulary's members and values, on one line."""
    import karabakh_status as ks

    members = getattr(ks, name)
    return f"Values of `{name}`: " + ", ".join(f"`{m.value}` (`{m.name}`)" for m in members) + "."


def _cli() -> str:
    from karabakh_status._cli import dispatch

    parser = dispatch.parser()
    shown = site_cli.examples()
    out = ["## `karabakh-status`", "", "```text", parser.format_help().rstrip(), "```", ""]
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in commands.choices.items():  # type: ignore[attr-defined]
        out += [f"## `karabakh-status {name}`", "", _cell(sub.description or ""), ""]
        out += [shown.get(name, ""), ""]
        out += ["<details markdown>", f"<summary>karabakh-status {name} --help</summary>", ""]
        out += ["```text", sub.format_help().rstrip(), "```", ""]
        for group in (a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"):
            for action, inner in group.choices.items():  # type: ignore[attr-defined]
                out += [f"`karabakh-status {name} {action} --help`:", "", "```text", inner.format_help().rstrip()]
                out += ["```", ""]
        out += ["</details>", ""]
    return "\n".join(out)


def _changelog() -> str:
    """The CHANGELOG, its lists of record ids collapsed and left out of the search index."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    text = text.split("\n", 1)[1] if text.startswith("# ") else text

    def fold(found: re.Match[str]) -> str:
        return (
            f'<details class="ks-ids" data-search-exclude markdown>\n<summary>{found.group(1)}</summary>\n\n'
            f"{found.group(2).strip()}\n\n</details>\n\n"
        )

    text = re.sub(r"(Record ids of dataset \S+, by dataset):\n(.*?)(?=\n## |\Z)", fold, text, flags=re.S)
    return _fold_long_sections(_fold_long_lists(text))


def _fold_long_sections(text: str) -> str:
    """Each "### Added" (or Changed, Fixed...) of more than `LONG_LIST` entries shown collapsed under its heading,
    with its count (still searched: its words are the release's); a dataset section stays open."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if not lines[i].startswith("### ") or lines[i].startswith("### Dataset"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].startswith(("## ", "### ")):
            j += 1
        entries = sum(line.startswith("- ") for line in lines[i + 1 : j])
        if entries > LONG_LIST:
            body = lines[i + 1 : j]
            out += ["", '<details class="ks-section" markdown>', f"<summary>{entries} entries</summary>", "", *body]
            out += ["", "</details>", ""]
        else:
            out += lines[i + 1 : j]
        i = j
    return "\n".join(out)


#: A CHANGELOG entry's nested list of more items (or lines) than this is shown collapsed (the page stays short);
#: so is a run of more top-level changes of single records (`- \`id\`, \`field\`: ...`).
LONG_LIST = 8

_CHANGE = re.compile(r"- `[a-z0-9-]+`, `\w+`: ")
"""A dataset section's line for one changed field of one record."""


def _fold_long_lists(text: str) -> str:
    """Collapse, out of the search index: each nested list of more than `LONG_LIST` items or 3 x `LONG_LIST`
    lines (a version's per-field corrections, grouped ones with their ids), and each run of more than
    `LONG_LIST` top-level lines that each change one field of one record."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (lines[j].startswith("  - ") or (j > i and lines[j].startswith("    "))):
            j += 1
        items = sum(line.startswith("  - ") for line in lines[i:j])
        if items and (items > LONG_LIST or j - i > 3 * LONG_LIST):
            out += _folded(f"{items} items", [line[2:] for line in lines[i:j]])
            i = j
            continue
        j = i
        while j < len(lines) and (
            _CHANGE.match(lines[j]) or (j > i and lines[j].startswith("  ") and lines[j][2:3] != "-")
        ):
            j += 1
        changes = sum(bool(_CHANGE.match(line)) for line in lines[i:j])
        if changes > LONG_LIST:
            out += _folded(f"{changes} changes, field by field", lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _folded(summary: str, lines: list[str]) -> list[str]:
    """Markdown lines shown collapsed under ``summary``, and left out of the search index."""
    return [
        "",
        '<details class="ks-ids" data-search-exclude markdown>',
        f"<summary>{summary}</summary>",
        "",
        *lines,
        "",
        "</details>",
        "",
    ]


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
        fields: dict[tuple[str, str], list[str]] = {}
        for c in found.changed:
            fields.setdefault((c.dataset, c.id), []).append(c.field)
        listed = [f"- `{i}` ({ds}): {', '.join(f'`{f}`' for f in names)}" for (ds, i), names in fields.items()]
        listed += [f"- `{i}` ({dataset}): added" for dataset, i in found.added]
        listed += [f"- `{i}` ({dataset}): removed" for dataset, i in found.removed]
        listed += [
            f"- `{t.id}` ({t.dataset}): withdrawn, {t.reason}; replaced by "
            + (", ".join(f"`{r}`" for r in t.replaced_by) or "nothing")
            for t in found.withdrawn
        ]
        if listed:
            lines += ['<details class="ks-ids" data-search-exclude markdown>']
            lines += [f"<summary>The {len(listed)} records added, removed or changed</summary>", "", *listed]
            lines += ["", "</details>", ""]
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
            records = cards.id_links(filled.get(source.id, []))
            title = f"[{_cell(source.title)}]({source.url})"
            lines.append(f"| {title} | {_cell(source.publisher)} | {_cell(source.note or '')} | {records} |")
    return "\n".join(lines)


# -- dataset pages --------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "&#124;")


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


def _entities(url: Callable[[str], str]) -> str:
    """The gazetteer's overview: every entity id by kind, an anchor that links on to its row on a kind's page (the
    page's URL from this one: `url`).

    The links are written as the HTML that Markdown makes of ``[`id`](page.md#id)``: hundreds of Markdown links in
    one paragraph cost Markdown's inline parser time quadratic in its length (0.13 CPU-s of each build)."""
    data = _data()
    pages = cards.entity_pages()
    listed = ", ".join(f"[{p.title}]({p.path.removeprefix('datasets/')}) ({len(p.records)})" for p in pages)
    lines = [f"The entities are listed on {len(pages)} pages: {listed}. Each id below links to its row.", ""]
    by_kind: dict[str, list[Any]] = {}
    for e in data.entities():
        by_kind.setdefault(e.kind.value, []).append(e)
    for kind in sorted(by_kind):
        lines += [f"### {cards.md(cards._kind_title(kind))}", ""]
        target = url(cards.entity_page(by_kind[kind][0].id))
        ids = [f'<span id="{e.id}"></span><a href="{target}#{e.id}"><code>{e.id}</code></a>' for e in by_kind[kind]]
        lines += [" · ".join(ids), ""]
    return _unsearched("\n".join(lines))


def _entity_table(page: Any) -> str:
    """A gazetteer page: its entities' rows (id, name, aliases, parent, codes, other names) by kind."""
    data = _data()
    lines = [
        f"# Gazetteer: {cards.md(page.title)}",
        "",
        f"{len(page.records)} entities of dataset `entities`, version {data.version}. The fields are explained, "
        "and every entity is listed, on the [Gazetteer](entities.md) page.",
        "",
        '<div class="ks-compact" markdown>',
        "",
    ]
    named = any(getattr(e, "other_names", ()) for e in page.records)
    by_kind: dict[str, list[Any]] = {}
    for e in page.records:
        by_kind.setdefault(e.kind.value, []).append(e)
    for kind in sorted(by_kind):
        lines += [f"## {cards.md(cards._kind_title(kind))}", ""]
        lines += ["| id | name | aliases | parent | codes |" + (" other names |" if named else "")]
        lines += ["| --- | --- | --- | --- | --- |" + (" --- |" if named else "")]
        for e in by_kind[kind]:
            parent = ""
            if e.parent:
                there = cards.entity_page(e.parent)
                target = "" if there == page.path else there.removeprefix("datasets/")
                parent = f"[{_cell(data.entity(e.parent).name)}]({target}#{e.parent})"
            others = ", ".join(f"{n.name} ({n.used_by})" for n in getattr(e, "other_names", ()))
            lines.append(
                f'| <span id="{e.id}"></span>`{e.id}` | {_cell(e.name)} | {_cell(", ".join(e.aliases))} '
                f"| {parent} | {_cell(_codes(e))} |" + (f" {_cell(others)} |" if named else "")
            )
        lines.append("")
    return "\n".join([*lines, "</div>"])


def _codes(entity: Any) -> str:
    """An entity's join codes: ISO 3166, GeoNames, FIPS, and its point (and what the point is), where it has them."""
    place = getattr(entity, "place", None)
    point = f"{place.latitude:.4f}, {place.longitude:.4f} ({place.point.value})" if place else None
    geonames = f"GeoNames {entity.geonames_id}" if getattr(entity, "geonames_id", None) else None
    fips = f"FIPS {entity.fips}" if getattr(entity, "fips", None) else None
    iso = " ".join(filter(None, [entity.country, entity.subdivision]))
    return " · ".join(filter(None, [iso, geonames, fips, point]))


def _dataset(name: str, url: Callable[[str], str]) -> str:
    """A dataset's page: its fields, then its records' overview and cards (`url`: another docs page's URL from it)."""
    from karabakh_status._datasets import record_type

    data = _data()
    records = data.records(name)
    lines = [_fields(record_type(name)), "", f"## The {len(records)} records of dataset version {data.version}", ""]
    if name == "entities":
        return "\n".join([*lines, _entities(url)])
    here = f"datasets/{name}.md"
    pages = cards.pages(name)
    if len(pages) > 1:
        listed = ", ".join(f"[{p.title}]({p.path.removeprefix('datasets/')}) ({len(p.records)})" for p in pages)
        lines += [f"The records' cards are on {len(pages)} pages: {listed}. Each id below links to its card.", ""]
        lines += [_unsearched(cards.overview(name, here, anchors=True))]
    else:
        lines += [_unsearched(cards.overview(name, here, anchors=False)), "", cards.cards(pages[0])]
    return "\n".join(lines)


def _unsearched(markdown: str) -> str:
    """Markdown left out of the search index (an overview repeats what the cards say: search lands on a card)."""
    return f'<div class="ks-compact" data-search-exclude markdown>\n\n{markdown}\n\n</div>'


def _card_page(page: Any) -> str:
    dataset = type(page.records[0]).dataset
    head = dataset.replace("_", " ").capitalize()
    return "\n".join(
        [
            f"# {head}: {cards.md(page.title)}",
            "",
            f"{len(page.records)} records of dataset `{dataset}`, version {_data().version}. "
            f"The fields are explained, and every record is listed, on the [{head}]({dataset}.md) page.",
            "",
            cards.cards(page),
        ]
    )


# -- mkdocs events ---------------------------------------------------------------------------------

MARKERS: dict[str, Callable[[], str]] = {
    "<!-- rules -->": _rules,
    "<!-- rules-table -->": _rules_table,
    "<!-- cli -->": _cli,
    "<!-- changelog -->": _changelog,
    "<!-- versions -->": _versions,
    "<!-- sources -->": _sources,
    "<!-- map -->": site_pictures.map_section,
    "<!-- timeline -->": site_pictures.timeline_section,
}


def _split() -> dict[str, tuple[Any, ...]]:
    """The datasets whose cards are spread over several pages, with those pages."""
    from karabakh_status._datasets import DATASETS

    found = {name: cards.pages(name) for name in DATASETS if name in cards.LAYOUTS}
    return {name: pages for name, pages in found.items() if len(pages) > 1} | {"entities": cards.entity_pages()}


def on_config(config: Any, **_: Any) -> Any:
    """Each split dataset's entry in the navigation becomes a section: its overview, then its pages."""
    split = {f"datasets/{name}.md": pages for name, pages in _split().items()}

    def walk(items: list[Any]) -> list[Any]:
        out = []
        for item in items:
            (title, value), *_ = item.items() if isinstance(item, dict) else ((None, item),)
            if isinstance(value, list):
                out.append({title: walk(value)})
            elif value in split:
                out.append({title: [{"Overview": value}, *({p.title: p.path} for p in split[value])]})
            else:
                out.append(item)
        return out

    config["nav"] = walk(config["nav"])
    return config


def on_files(files: Any, config: Any, **_: Any) -> Any:
    from mkdocs.structure.files import File

    for path, make in site_pictures.PICTURES.items():
        files.append(File.generated(config, path, content=make()))
    for name, pages in _split().items():
        for page in pages:
            content = _entity_table(page) if name == "entities" else _card_page(page)
            files.append(File.generated(config, page.path, content=content))
    return files


def on_post_build(config: Any, **_: Any) -> None:
    """Each card's search entry gets its record's id (``site_search``), after the search plugin wrote its index."""
    site_search.index_records(Path(config["site_dir"]), cards.ids())


def on_page_markdown(markdown: str, page: Any, files: Any, **_: Any) -> str:
    def url(path: str) -> str:  # a docs page's URL from this page's, as mkdocs writes a link to it
        return str(files.get_file_from_path(path).url_relative_to(page.file))

    with redirect_stdout(io.StringIO()):
        for marker, make in MARKERS.items():
            if marker in markdown:
                markdown = markdown.replace(marker, make())
        for name in re.findall(r"<!-- values: (\w+) -->", markdown):
            markdown = markdown.replace(f"<!-- values: {name} -->", _values(name))
        for name in re.findall(r"<!-- dataset: (\w+) -->", markdown):
            markdown = markdown.replace(f"<!-- dataset: {name} -->", _dataset(name, url))
    return markdown
