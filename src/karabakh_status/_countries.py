"""Telling a user what they meant: ISO 3166-1 codes checked against the gazetteer, the nearest ids.

pycountry is no runtime dependency: the codes known are those the gazetteer's entities carry (each a
country with its ISO 3166-1 alpha-2 code and name, and from dataset 1.2.0 its alpha-3 code). The
common wrong codes are ISO 3166-1's "exceptionally reserved" code elements, reserved at a country's
request for a place that has, or is part of a country with, another code (``UK``: the United
Kingdom, whose code is ``GB``). The list is the ISO 3166 Maintenance Agency's, as the Wikipedia
article "ISO 3166-1 alpha-2" reproduces it (section "Exceptional reservations"); only the
reservations of a place within one country are kept here, each with that country's code.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from karabakh_status.errors import NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._gazetteer import Entity

__all__ = ["RESERVED", "alpha_2_of", "check_code", "nearest", "unknown_alpha_3"]

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


_SEEN: list[tuple[object, str, dict[str, str]]] = []
"""The country names and alpha-3 codes of the last gazetteers asked about, by identity (a version's
entities are one stored tuple): a filter by country code reads them once, not once per call."""


def _known(entities: Iterable[Entity], what: str) -> dict[str, str]:
    """``what`` of a gazetteer (``"names"``: `_names`, ``"alpha_3"``: `_alpha_3s`), computed once per stored tuple."""
    for seen, kind, known in _SEEN:
        if seen is entities and kind == what:
            return known
    found = _names(entities) if what == "names" else _alpha_3s(entities)
    if isinstance(entities, tuple):  # immutable: what it names never changes
        _SEEN[:] = [(entities, what, found), *_SEEN[:5]]
    return found


def _country_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Each ISO code of the gazetteer and the name of its country (the entity without a parent)."""
    return _known(entities, "names")


def _alpha_3s(entities: Iterable[Entity]) -> dict[str, str]:
    """Each ISO 3166-1 alpha-3 code the gazetteer carries and its country's alpha-2 code."""
    return {e.alpha_3: e.country for e in entities if e.alpha_3 is not None and e.country is not None}


def alpha_2_of(key: str, entities: Iterable[Entity]) -> str | None:
    """The alpha-2 code of the country whose ISO 3166-1 alpha-3 code is ``key`` (any case), or None.

    Examples:
        >>> import karabakh_status
        >>> alpha_2_of("ita", karabakh_status.load("1.2.0").entities())
        'IT'
        >>> print(alpha_2_of("ITA", karabakh_status.load("1.1.0").entities()))  # no alpha-3 codes before 1.2.0
        None
    """
    return _known(entities, "alpha_3").get(key.upper())


def unknown_alpha_3(key: str, entities: Iterable[Entity]) -> NotFoundError:
    """The error for a three-letter country key that is no alpha-3 code of the gazetteer, nor a name.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.2.0").recognitions(country="XYZ")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        karabakh_status.errors.NotFoundError: 'XYZ' is the ISO 3166-1 alpha-3 code of no country in the gazetteer, ...
    """
    known = _known(entities, "alpha_3")
    if known:
        message = (
            f"{key.upper()!r} is the ISO 3166-1 alpha-3 code of no country in the gazetteer, nor a name or alias; "
            f"the alpha-3 codes it holds: {', '.join(sorted(known))}"
        )
    else:
        message = (
            f"{key!r} is no country's name or alias, and this version's gazetteer carries no ISO 3166-1 alpha-3 "
            "codes (from dataset 1.2.0); give the alpha-2 code or the name"
        )
    return NotFoundError("country", key, message=message)


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
