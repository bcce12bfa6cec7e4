"""Telling a user what they meant: ISO 3166-1 codes checked against the gazetteer, the nearest ids.

pycountry is no runtime dependency: the codes known are those the gazetteer's entities carry
(each a country with its ISO 3166-1 alpha-2 code and name). The common wrong codes are ISO
3166-1's "exceptionally reserved" code elements, reserved at a country's request for a place
that has, or is part of a country with, another code (``UK``: the United Kingdom, whose code is
``GB``). The list is the ISO 3166 Maintenance Agency's, as the Wikipedia article "ISO 3166-1
alpha-2" reproduces it (section "Exceptional reservations"); only the reservations of a place
within one country are kept here, each with that country's code.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from karabakh_status.errors import NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._model import Entity

__all__ = ["RESERVED", "check_code", "nearest"]

RESERVED: Final = {
    "UK": "GB",  # United Kingdom
    "FX": "FR",  # France, Metropolitan
    "EA": "ES",  # Ceuta, Melilla
    "IC": "ES",  # Canary Islands
    "CP": "FR",  # Clipperton Island
    "CQ": "GG",  # Sark (of the Bailiwick of Guernsey)
    "DG": "IO",  # Diego Garcia
    "AC": "SH",  # Ascension Island
    "TA": "SH",  # Tristan da Cunha
}
"""ISO 3166-1's exceptionally reserved codes of a place within a country, and that country's code."""


_SEEN: list[tuple[object, dict[str, str]]] = []
"""The country names of the last gazetteers asked about, by identity (a version's entities are one
stored tuple): a filter by country code reads them once, not once per call."""


def _country_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Each ISO code of the gazetteer and the name of its country (the entity without a parent)."""
    for seen, known in _SEEN:
        if seen is entities:
            return known
    names = _names(entities)
    if isinstance(entities, tuple):  # immutable: what it names never changes
        _SEEN[:] = [(entities, names), *_SEEN[:3]]
    return names


def _names(entities: Iterable[Entity]) -> dict[str, str]:
    names: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e.parent is not None):  # countries before their parts
        if entity.country is not None:
            names.setdefault(entity.country, entity.name)
    return names


def check_code(key: str, entities: Iterable[Entity]) -> str:
    """The upper-cased code if an entity of the gazetteer carries it; else `NotFoundError` saying why.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.recognitions(country="UK")
        Traceback (most recent call last):
        karabakh_status.errors.NotFoundError: 'UK' is not an ISO 3166-1 country code; did you mean GB (United Kingdom)?
    """
    code = key.upper()
    names = _country_names(entities)
    if code in names:
        return code
    meant = RESERVED.get(code)
    if meant is not None:
        named = f" ({names[meant]})" if meant in names else ""
        message = f"{code!r} is not an ISO 3166-1 country code; did you mean {meant}{named}?"
    else:
        message = (
            f"{code!r} is the ISO 3166-1 code of no country in the gazetteer; "
            f"the codes it holds: {', '.join(sorted(names))}"
        )
    raise NotFoundError("country", key, message=message)


def nearest(key: str, known: Iterable[str]) -> str:
    """``"; did you mean 'a' or 'b'?"`` naming the known strings nearest ``key`` (in any case), or ``""``
    if none is near.

    Examples:
        >>> nearest("rec-it-milan-202", ["rec-it-milan-2020", "evt-war-1991", "artsakh"])
        "; did you mean 'rec-it-milan-2020'?"
        >>> nearest("millan", ["Milan", "Artsakh"]), nearest("zzz", ["artsakh"])
        ("; did you mean 'Milan'?", '')
    """
    folded: dict[str, str] = {}
    for text in known:
        folded.setdefault(text.casefold(), text)
    close = difflib.get_close_matches(key.casefold(), list(folded), n=3, cutoff=0.75)
    return f"; did you mean {' or '.join(repr(folded[c]) for c in close)}?" if close else ""
