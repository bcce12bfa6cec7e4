"""The rules over the gazetteer's codes and names: GeoNames ids and points, FIPS codes, a country's
other ISO 3166-1 codes, other names, names in other languages, GeoNames' alternate names.

(ISO 3166 codes are checked by `records.country_code`, with the records' countries.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from karabakh_status._gazetteer import Entity, Point
from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._violation import Violation

__all__ = ["alternate_names", "country_codes", "fips_code", "other_names", "place_well_formed", "translated_names"]


def _entity_violation(rule: str, entity: Entity, field: str, message: str) -> Violation:
    return Violation(rule=rule, file="entities.json", record=entity.id, field=field, message=message)


def place_well_formed(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for entity in snap.entities.values():
        place = entity.place
        found = []
        if entity.geonames_id is not None and entity.geonames_id <= 0:
            found.append(("geonames_id", f"{entity.geonames_id} is not a GeoNames id (a positive integer)"))
        if place is not None:
            if place.geonames_id <= 0:
                found.append(("place.geonames_id", f"{place.geonames_id} is not a GeoNames id (a positive integer)"))
            if not -90 <= place.latitude <= 90:
                found.append(("place.latitude", f"{place.latitude} is not a latitude (-90 to 90)"))
            if not -180 <= place.longitude <= 180:
                found.append(("place.longitude", f"{place.longitude} is not a longitude (-180 to 180)"))
            if place.point is Point.OWN and place.geonames_id != entity.geonames_id:
                found.append(
                    ("place.geonames_id", f"the place's own point is GeoNames {place.geonames_id}, "
                     f"its geonames_id {entity.geonames_id}")
                )  # fmt: skip
            if place.source not in sources:
                found.append(("place.source", f"no source has id {place.source!r}"))
        for field, message in found:
            yield _entity_violation("place-well-formed", entity, field, message)


_TEXT: Final = frozenset({str})

_FIPS: Final = {2: re.compile(r"[0-9]{2}"), 5: re.compile(r"[0-9]{5}")}


def fips_code(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for entity in entities.values():
        if entity.fips is None:
            continue
        parent = entities.get(entity.parent or "")
        if entity.country != "US":
            message = f"FIPS codes are U.S. codes; the entity's country is {entity.country}"
        elif len(entity.fips) not in _FIPS or not _FIPS[len(entity.fips)].fullmatch(entity.fips):
            message = f"{entity.fips!r} is not a FIPS code (two digits for a state, five for a county)"
        elif len(entity.fips) == 5 and parent is not None and parent.fips and not entity.fips.startswith(parent.fips):
            message = f"county {entity.fips} is not in the state of its parent {parent.id!r} ({parent.fips})"
        else:
            continue
        yield _entity_violation("fips-code", entity, "fips", message)


def other_names(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for entity in snap.entities.values():
        if entity.other_names == () and _TEXT.issuperset(map(type, entity.names)):
            continue  # nothing to check (and names of text fold without fail)
        seen = {name.casefold() for name in entity.names}
        for index, other in enumerate(entity.other_names):
            if other.source not in sources:
                message = f"no source has id {other.source!r}"
            elif not other.name.strip() or not other.used_by.strip():
                message = "an other name needs a name and who uses it"
            elif other.name.casefold() in seen:
                message = f"{other.name!r} is already a name, alias or other name of the entity"
            else:
                seen.add(other.name.casefold())
                continue
            yield _entity_violation("other-names", entity, f"other_names[{index}]", message)


_ALPHA_3: Final = re.compile(r"[A-Z]{3}")
_NUMERIC: Final = re.compile(r"[0-9]{3}")
_LANGUAGE: Final = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?")


def country_codes(snap: Snapshot) -> Iterator[Violation]:
    for entity in snap.entities.values():
        for field, value, shape, what in (
            ("alpha_3", entity.alpha_3, _ALPHA_3, "three capital letters"),
            ("numeric", entity.numeric, _NUMERIC, "three digits"),
        ):
            if value is None:
                continue
            if not shape.fullmatch(value):
                message = f"{value!r} is not an ISO 3166-1 {field.replace('_', '-')} code ({what})"
            elif entity.country is None:
                message = f"an ISO 3166-1 {field.replace('_', '-')} code needs the country's alpha-2 code (country)"
            else:
                continue
            yield _entity_violation("country-codes", entity, field, message)


def _language(code: str, matched: set[str]) -> bool:
    if _LANGUAGE.fullmatch(code):
        matched.add(code)
        return True
    return False


def translated_names(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    languages: set[str] = set()  # the codes already matched: a few languages name every country
    for entity in snap.entities.values():
        seen: set[tuple[str, str]] = set()
        for index, translated in enumerate(entity.translated_names):
            if translated.source not in sources:
                message = f"no source has id {translated.source!r}"
            elif translated.language not in languages and not _language(translated.language, languages):
                message = f"{translated.language!r} is not a language code (ISO 639: 'hy', 'pt_BR')"
            elif not translated.name.strip() or not translated.translates.strip():
                message = "a translated name needs a name and the name it translates"
            elif (translated.language, translated.name) in seen:
                message = f"{translated.name!r} is already a name of the entity in {translated.language!r}"
            else:
                seen.add((translated.language, translated.name))
                continue
            yield _entity_violation("translated-names", entity, f"translated_names[{index}]", message)


def _distinct(names: tuple[str, ...]) -> bool:
    """Whether names (a tuple of text) are all distinct and none is blank: looked at once, in C."""
    return type(names) is tuple and (
        not names
        or (_TEXT.issuperset(map(type, names)) and len(set(names)) == len(names) and all(map(str.strip, names)))
    )


def alternate_names(snap: Snapshot) -> Iterator[Violation]:
    for entity in snap.entities.values():
        if entity.alternate_names and entity.geonames_id is None:
            message = "alternate names are those of the entity's own GeoNames record: it has no geonames_id"
            yield _entity_violation("alternate-names", entity, "alternate_names", message)
        if _distinct(entity.alternate_names):
            continue
        seen: set[str] = set()
        for index, name in enumerate(entity.alternate_names):
            if not name.strip() or name in seen:
                what = "an empty name" if not name.strip() else f"{name!r} twice"
                yield _entity_violation("alternate-names", entity, f"alternate_names[{index}]", what)
            seen.add(name)
