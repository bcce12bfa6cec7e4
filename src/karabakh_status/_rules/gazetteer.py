"""The rules over the gazetteer's codes: GeoNames ids and points, FIPS codes, other names.

(ISO 3166 codes are checked by `records.country_code`, with the records' countries.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from karabakh_status._gazetteer import Entity, Point
from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._violation import Violation

__all__ = ["fips_code", "other_names", "place_well_formed"]


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
        seen = {name.casefold() for name in entity.names}
        for index, other in enumerate(entity.other_names):
            field = f"other_names[{index}]"
            if other.source not in sources:
                message = f"no source has id {other.source!r}"
            elif not other.name.strip() or not other.used_by.strip():
                message = "an other name needs a name and who uses it"
            elif other.name.casefold() in seen:
                message = f"{other.name!r} is already a name, alias or other name of the entity"
            else:
                seen.add(other.name.casefold())
                continue
            yield _entity_violation("other-names", entity, field, message)
