"""The dataset pages: each record a card, grouped under headings, with an overview table that links to the cards.

A dataset whose cards would make one page too tall is split over several pages (by country, author kind or
decade); its own page then keeps the overview, where every record id is still an anchor that links on to its
card, so that old links (``datasets/recognitions.md#rec-it-milan-2020``) still reach it. `where()` names the page
that holds a record's card: the map, the timeline and the sources page link through it.
"""

from __future__ import annotations

import enum
import functools
import html
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs


@functools.cache
def data() -> Any:
    import karabakh_status as ks

    return ks.load()


def statement(record: Any) -> Any:
    """The citation that best states a record: its `statement`'s (the package's rule), else its first."""
    said = getattr(record, "statement", None)
    return said.citation if said is not None else record.citations[0]


# -- text --------------------------------------------------------------------------------------------


def md(text: Any) -> str:
    """Text made safe for Markdown: HTML escaped, runs of white space folded, emphasis and links defused."""
    out = html.escape(" ".join(str(text).split()), quote=False)
    out = re.sub(r"([\\`*_\[\]|#])", r"\\\1", out)
    return re.sub(r"^(\d+)\.", r"\1\\.", out)


def linked(text: str, here: str) -> str:
    """Text whose record ids (an editor's note names the other side of an act) link to their cards."""

    def link(found: re.Match[str]) -> str:
        word = found.group(0)
        if word not in ids():
            return word
        page = where(word)
        target = page.removeprefix("datasets/") if here.startswith("datasets/") else page
        return f"[`{word}`]({'' if page == here else target}#{word})"

    return re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", link, text)


@functools.cache
def ids() -> frozenset[str]:
    """The ids of the records that have cards."""
    return frozenset(r.id for name in LAYOUTS for r in data().records(name))


def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def name(ref: str | None) -> str:
    return data().entity(ref).name if ref else "(unknown)"


def names(refs: Any) -> str:
    refs = refs if isinstance(refs, tuple) else (refs,)
    return ", ".join(name(r) for r in refs if r) or "(none)"


#: The gazetteer's pages (too tall as one): each a title and the entity kinds it lists.
GAZETTEER: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("States", ("un-member-state", "non-un-state", "historical-state")),
    ("Regions and places", ("region", "subnational-region", "county", "municipality")),
    ("Legislatures and bodies", ("legislature", "government-body", "court", "party")),
    ("Persons", ("person",)),
    ("Organisations and others", ()),  # international organisations, NGOs, treaties... every other kind
)


@functools.cache
def entity_pages() -> tuple[Page, ...]:
    """The gazetteer's pages: its entities split by kind (`GAZETTEER`), in the data's order."""
    taken = {kind for _, kinds in GAZETTEER for kind in kinds}
    out = []
    for title, kinds in GAZETTEER:
        found = tuple(e for e in data().entities() if (e.kind.value in kinds if kinds else e.kind.value not in taken))
        out.append(Page(f"datasets/entities-{slug(title)}.md", title, found))
    return tuple(out)


def entity_page(ref: str) -> str:
    """The docs path of the gazetteer page that lists an entity."""
    return next(p.path for p in entity_pages() if any(e.id == ref for e in p.records))


def entity_links(refs: Any, here: str) -> str:
    refs = refs if isinstance(refs, tuple) else (refs,)
    out = []
    for r in refs:
        if r:
            page = entity_page(r)
            base = page.removeprefix("datasets/") if here.startswith("datasets/") else page
            out.append(f"[{md(name(r))}]({'' if page == here else base}#{r})")
    return ", ".join(out) or "(none)"


def when(value: Any) -> str:
    return value.phrase() if value is not None else "undated"


# -- what each dataset's cards say ----------------------------------------------------------------------


@attrs.frozen
class Layout:
    """How one dataset's records are grouped, headed and summed up in the overview."""

    #: (page group, section heading, subsection heading or "") of a record; records keep the data's order.
    group: Callable[[Any], tuple[str, str, str]]
    heading: Callable[[Any], str]
    overview: tuple[str, str]
    row: Callable[[Any], tuple[str, str]]
    #: the text under the heading (a summary), if any.
    lead: Callable[[Any], str | None] = lambda r: getattr(r, "summary", None)
    #: sections and subsections in alphabetical order (else in the order of their first record).
    alphabetical: tuple[bool, bool] = (False, False)
    #: the most cards on one page (a card is 500 to 800 px tall at 1280 px wide: pages stay under 20,000 px).
    per_page: int = 25
    #: when a dataset is split, a section of at least this many records gets a page of its own (0: none does).
    own_page: int = 12
    #: the title of the page of the smaller sections, when there is one such page.
    rest: str = "Others"


#: The section of the recognitions that no single country made (non-UN states, international groups).
NO_COUNTRY = "No single country"


def _country(record: Any) -> str:
    return name(record.country) if record.country else NO_COUNTRY


def _decade(record: Any) -> str:
    if record.date is None:
        return "Undated"
    year = record.date.earliest.year if record.date.earliest.year > 1 else record.date.latest.year
    return f"{year // 10 * 10}s" if year > 1 else "Undated"


def _year(value: Any) -> str:
    if value is None:
        return "Undated"
    first, last = value.earliest.year, value.latest.year
    if first <= 1:
        return f"On or before {last}"
    if last >= 9999:
        return f"From {first}"
    return str(first) if first == last else f"{first}–{last}"


def _kind_title(value: str) -> str:
    """A kind's value as a plural heading: ``un-member-state`` is "UN member states"."""
    text = value.replace("-", " ").capitalize().replace("Un ", "UN ").replace(" un ", " UN ").replace("Ngo", "NGO")
    return text[:-1] + "ies" if text.endswith("y") else text + "es" if text.endswith("s") else text + "s"


def _author_kind(record: Any) -> str:
    return _kind_title(data().entity(record.author).kind.value)


LAYOUTS: dict[str, Layout] = {
    "recognitions": Layout(
        group=lambda r: (_country(r), _country(r), _year(r.date)),
        heading=lambda r: f"{name(r.actor)}, {when(r.date)}",
        overview=("actor, date", "act, outcome"),
        row=lambda r: (f"{name(r.actor)}, {when(r.date)}", f"{r.act.value}, {r.outcome.value}"),
        alphabetical=(True, False),
        rest="Other countries",
    ),
    "positions": Layout(
        group=lambda r: (_author_kind(r), _author_kind(r), name(r.author)),
        heading=lambda r: f"{r.title or name(r.author) + ', ' + r.kind.value}, {when(r.date)}",
        overview=("author, date", "kind, stance"),
        row=lambda r: (f"{name(r.author)}, {when(r.date)}", f"{r.kind.value}, {r.stance.value}"),
        alphabetical=(True, True),
        per_page=22,
    ),
    "events": Layout(
        group=lambda r: (_decade(r), _decade(r), ""),
        heading=lambda r: f"{when(r.date)}: {short(r.summary, 70)}",
        overview=("date", "kind"),
        row=lambda r: (when(r.date), r.kind.value),
        own_page=0,
    ),
    "ministers": Layout(
        group=lambda r: ("", "Terms", ""),
        heading=lambda r: f"{name(r.person)}, {r.term.phrase()}",
        overview=("minister", "term"),
        row=lambda r: (name(r.person), r.term.phrase()),
    ),
    "offices": Layout(
        group=lambda r: ("", "Offices", ""),
        heading=lambda r: f"{name(r.city)}, {name(r.host)}",
        overview=("city", "host"),
        row=lambda r: (name(r.city), name(r.host)),
    ),
    "relations": Layout(
        group=lambda r: ("", "Relations", ""),
        heading=lambda r: name(r.counterpart),
        overview=("counterpart", "summary"),
        row=lambda r: (name(r.counterpart), short(r.summary, 60)),
        lead=lambda r: r.summary,
    ),
    "visas": Layout(
        group=lambda r: ("", "Arrangements", ""),
        heading=lambda r: name(r.counterpart),
        overview=("counterpart", "visa-free"),
        row=lambda r: (name(r.counterpart), "not stated" if r.visa_free is None else "yes" if r.visa_free else "no"),
    ),
    "friendship_groups": Layout(
        group=lambda r: ("", "Groups and talks", ""),
        heading=lambda r: f"{name(r.counterpart)}, {when(r.date)}",
        overview=("counterpart, date", "what"),
        row=lambda r: (f"{name(r.counterpart)}, {when(r.date)}", "established" if r.established else "talks"),
    ),
    "memberships": Layout(
        group=lambda r: ("", _kind_title(r.role.value), ""),
        heading=lambda r: f"{r.title or name(r.counterpart)}, {when(r.date)}",
        overview=("counterpart, date", "role"),
        row=lambda r: (f"{name(r.counterpart)}, {when(r.date)}", r.role.value),
    ),
    "twin_towns": Layout(
        group=lambda r: ("", "Twin towns", ""),
        heading=lambda r: f"{name(r.town)} and {name(r.partner)}",
        overview=("town", "partner"),
        row=lambda r: (name(r.town), name(r.partner)),
    ),
}

#: Fields a card does not list as a field: the id is the anchor, the rest are shown apart.
SHOWN_APART = {"id", "citations", "note", "inferred", "summary"}


def _value(value: Any, meta: Any, here: str) -> str | None:
    from karabakh_status import Vote

    if value is None or value == ():
        return None
    if meta.get("entity"):
        return entity_links(value, here)
    if hasattr(value, "phrase"):
        return f'{md(value.phrase())} (<code class="ks-edtf">{html.escape(str(value))}</code>)'
    if isinstance(value, enum.Enum):
        return f"`{value.value}`"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Vote):
        parts = [f"{v} {label}" for v, label in ((value.in_favour, "for"), (value.against, "against")) if v is not None]
        parts += [f"{value.abstentions} abstentions"] if value.abstentions is not None else []
        return ", ".join(parts + (["unanimous"] if value.unanimous else [])) or "not given"
    if isinstance(value, tuple):
        return ", ".join(md(v) for v in value)
    return md(value)


def _quote(record: Any, citation: Any, also: Iterable[Any]) -> list[str]:
    sources = []
    for c in (citation, *also):
        where = " › ".join(c.section) or "lead"
        text = f"*{md(data().source(c.source).title)}*, § {md(where)}"
        if c.locator:
            text += f", {md(c.locator)}"
        if c.confidence is not None:
            text += f" (external source; match {c.confidence.value})"
        sources.append(text)
    lines = [f"> {md(citation.quote)}<br>", "> — " + "; ".join(sources)]
    for claim in citation.claims:
        lines += [">", f'> <span class="ks-claim">claims</span> `{claim.field}` = `{claim.value}`']
    return [*lines, ""]


def card(record: Any, level: int, here: str) -> str:
    """One record as Markdown: a heading anchored by its id, its fields, its quotes, its note."""
    layout = LAYOUTS[record.dataset]
    lines = [f"{'#' * level} {md(layout.heading(record))} {{#{record.id} .ks-card}}", ""]
    lead = layout.lead(record)
    if lead:
        lines += [md(lead), ""]
    lines += ['<div class="ks-fields" markdown>', "", "id", f":   `{record.id}`", ""]
    for field in attrs.fields(type(record)):
        if field.name in SHOWN_APART:
            continue
        shown = _value(getattr(record, field.name), field.metadata, here)
        if shown is not None:
            lines += [field.name.replace("_", " "), f":   {shown}", ""]
    if record.inferred:
        lines += ['<span class="ks-mark">inferred</span>', f":   {', '.join(f'`{f}`' for f in record.inferred)}", ""]
    if getattr(record, "disputed", False):
        lines += ['<span class="ks-mark">disputed</span>', ":   the sources disagree: see the claims below", ""]
    lines += ["</div>", ""]
    first = statement(record)
    rest = list(record.citations)
    rest.remove(first)  # once: an equal citation stated twice stays
    ordered = [first, *rest]
    done: set[int] = set()
    for i, citation in enumerate(ordered):
        if i in done:
            continue
        same = [j for j in range(i + 1, len(ordered)) if ordered[j].quote == citation.quote and not ordered[j].claims]
        done.update(same)
        lines += _quote(record, citation, [ordered[j] for j in same] if not citation.claims else [])
    if record.note:
        lines += ['!!! note "Editor\'s note"', "", f"    {linked(md(record.note), here)}", ""]
    return "\n".join(lines)


# -- pages ---------------------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@attrs.frozen
class Page:
    """One page of cards: its path in the docs, its title, its records."""

    path: str
    title: str
    records: tuple[Any, ...]


def _pack(units: list[tuple[str, list[Any]]], cap: int) -> list[tuple[list[str], list[Any]]]:
    """Consecutive units (a title and its records) in batches of at most `cap` records (a bigger unit alone)."""
    out: list[tuple[list[str], list[Any]]] = []
    for title, records in units:
        if out and len(out[-1][1]) + len(records) <= cap:
            out[-1][0].append(title)
            out[-1][1].extend(records)
        else:
            out.append(([title], list(records)))
    return out


def _span(titles: list[str]) -> str:
    """Titles in a few words: the first to the last (years and decades in their order), and the undated."""
    dated = sorted(t for t in titles if t[:1].isdigit()) or [t for t in titles if t != NO_COUNTRY]
    if not dated:
        return titles[0]
    rest = " and undated" if "Undated" in titles and dated[0][:1].isdigit() else ""
    rest += f" and {NO_COUNTRY.lower()}" if NO_COUNTRY in titles else ""
    return (dated[0] if len(dated) == 1 else f"{dated[0]} to {dated[-1]}") + rest


@functools.cache
def pages(dataset: str) -> tuple[Page, ...]:
    """The pages that hold a dataset's cards: its own page, or, when split, a page (or several, by subsection) for
    each big section and the rest packed together."""
    records = tuple(data().records(dataset))
    layout = LAYOUTS[dataset]
    if len(records) <= layout.per_page:
        return (Page(f"datasets/{dataset}.md", "", records),)
    groups: dict[str, list[Any]] = {}
    for record in records:
        groups.setdefault(layout.group(record)[0], []).append(record)
    order = sorted(groups, key=lambda g: (g == NO_COUNTRY, g)) if layout.alphabetical[0] else list(groups)
    found: list[tuple[str, list[Any]]] = []
    big = [g for g in order if layout.own_page and len(groups[g]) >= layout.own_page]
    for g in big:
        subs: dict[str, list[Any]] = {}
        for record in groups[g]:
            subs.setdefault(layout.group(record)[2], []).append(record)
        batches = _pack(list(subs.items()), layout.per_page)
        for titles, batch in batches:
            found.append((g if len(batches) == 1 else f"{g}, {_span(titles)}", batch))
    rest = _pack([(g, groups[g]) for g in order if g not in big], layout.per_page)
    for titles, batch in rest:
        found.append((layout.rest if len(rest) == 1 and big else _span(titles), batch))
    at = {r.id: i for i, r in enumerate(records)}
    return tuple(
        Page(f"datasets/{dataset}-{slug(title)}.md", title, tuple(sorted(batch, key=lambda r: at[r.id])))
        for title, batch in found
    )


def where(record_id: str) -> str:
    """The docs path of the page that holds a record's card."""
    dataset = type(data().get(record_id)).dataset
    return next(p.path for p in pages(dataset) if any(r.id == record_id for r in p.records))


def id_links(record_ids: Iterable[str]) -> str:
    """Record ids as Markdown links to their cards (from a page at the docs' root), comma-separated."""
    return ", ".join(f"[`{i}`]({where(i)}#{i})" for i in record_ids)


def cards(page: Page) -> str:
    """A page's cards under their group headings (the page's section, then its subsection)."""
    layout = LAYOUTS[type(page.records[0]).dataset]
    keys = [layout.group(r)[1:3] for r in page.records]
    first: dict[Any, int] = {}
    for i, (head, sub) in enumerate(keys):
        first.setdefault(head, i)
        first.setdefault((head, sub), i)

    def order(i: int) -> tuple[Any, ...]:
        head, sub = keys[i]
        return (
            (head == NO_COUNTRY, head) if layout.alphabetical[0] else first[head],
            sub if layout.alphabetical[1] else first[head, sub],
            i,
        )

    # A page of one section (a split dataset's page of one country, say) is titled by it: no heading repeats it.
    alone = bool(page.title) and len({head for head, _ in keys}) == 1
    lines: list[str] = []
    section = subsection = None
    for i in sorted(range(len(keys)), key=order):
        head, sub = keys[i]
        if head != section:
            lines += [] if alone else [f"## {md(head)}", ""]
            section, subsection = head, None
        if sub and sub != subsection:
            lines += [f"{'##' if alone else '###'} {md(sub)}", ""]
            subsection = sub
        lines.append(card(page.records[i], (4 if sub else 3) - alone, page.path))
    return "\n".join(lines)


def overview(dataset: str, here: str, anchors: bool) -> str:
    """A compact table of every record, linking to its card; with `anchors`, each row carries the record's id."""
    layout = LAYOUTS[dataset]
    heads = ["record", *layout.overview]
    lines = ["| " + " | ".join(heads) + " |", "| --- | --- | --- |"]
    for page in pages(dataset):
        target = "" if page.path == here else page.path.removeprefix("datasets/")
        for record in page.records:
            first, second = layout.row(record)
            anchor = f'<span id="{record.id}"></span>' if anchors else ""
            lines.append(f"| {anchor}[`{record.id}`]({target}#{record.id}) | {md(first)} | {md(second)} |")
    return "\n".join(lines)
