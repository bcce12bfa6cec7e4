"""Text search of records, fuzzy search of entities, and `entity()` in any Unicode form (issues 24 and 28)."""

from __future__ import annotations

import difflib
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status import _loading, _search
from tests.conftest import Edit

DATA = ks.load("1.1.0")


def test_a_record_whose_own_actor_is_named_comes_first() -> None:
    assert DATA.search("Milan")[0].id == "rec-it-milan-2020"
    assert ks.search("Milan")[0].id == "rec-it-milan-2020"  # the shortcut, on the default version
    found = [r.id for r in DATA.search("milan")]
    assert len(found) > 1 and len(set(found)) == len(found)  # quotes that name Milan too, each record once


@pytest.mark.parametrize("text", ["MILAN", "milan", "Mílán", "Mi\u0301lan"])
def test_search_ignores_case_accents_and_unicode_form(text: str) -> None:
    assert DATA.search(text) == DATA.search("Milan")


def test_search_reads_quotes_summaries_and_notes() -> None:
    by_quote = next(r for r in DATA.records("recognitions") if r.id == "rec-it-milan-2020").citations[0].quote
    words = " ".join(by_quote.split()[:6])
    assert "rec-it-milan-2020" in [r.id for r in DATA.search(words)]
    event = DATA.events()[0]
    assert event in DATA.search(" ".join(event.summary.split()[:5]))
    noted = next(r for r in DATA.recognitions() if r.note and len(r.note.split()) > 8)
    assert noted.note is not None and noted in DATA.search(" ".join(noted.note.split()[2:7]))


def test_search_needs_every_word_at_a_word_start() -> None:
    assert DATA.search("Milan zzzqqq") == ()
    assert DATA.search("ilan") == ()  # inside a word: no match
    assert DATA.search("") == () and DATA.search("  --  ") == ()


def test_a_phrase_in_the_actors_name_ranks_before_a_quote_that_mentions_it() -> None:
    first = DATA.search("minsk co-chairs")[0]
    assert first.id == "rec-osce-minsk-group-co-chairs-non-recognition"


def test_search_rejects_a_non_string() -> None:
    with pytest.raises(TypeError, match=r"search\(\) argument 'text' must be str, not int"):
        DATA.search(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"search_entities\(\) argument 'query' must be str, not list"):
        DATA.search_entities(["Milan"])  # type: ignore[arg-type]


@given(st.text(max_size=60))
def test_search_never_raises_on_any_text(text: str) -> None:
    found = DATA.search(text)
    assert isinstance(found, tuple) and len(set(map(id, found))) == len(found)
    assert isinstance(DATA.search_entities(text), tuple)


@given(st.sampled_from(DATA.entities()))
def test_every_entity_is_found_first_by_its_id_and_among_its_names(entity: ks.Entity) -> None:
    assert DATA.search_entities(entity.id)[0] == entity
    for name in entity.all_names:
        sharing = [e for e in DATA.entities() if _search.fold(name) in map(_search.fold, e.all_names)]
        assert entity in DATA.search_entities(name)[: len(sharing)]  # every entity of that name before the rest


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stepanakert", "artsakh-stepanakert"),
        ("Stepanakrt", "artsakh-stepanakert"),  # a misspelling: fuzzy
        ("Xankendi", "artsakh-stepanakert"),  # ISO 3166-2's other name without its ə
        ("Québec", "ca-quebec"),
        (unicodedata.normalize("NFD", "Québec"), "ca-quebec"),
        ("QUEBEC", "ca-quebec"),
        ("Berdzor", "lachin"),
        ("Milano", "it-milan"),  # near "Milan"
        ("fr", "fr"),  # the id and ISO code first, then the ids that begin with it
        ("NKR", "artsakh"),
    ],
)
def test_search_entities_finds(query: str, expected: str) -> None:
    assert DATA.search_entities(query)[0].id == expected
    assert ks.search_entities(query)[0].id == expected


def test_search_entities_ranks_exact_then_prefix_then_fuzzy() -> None:
    found = [e.id for e in DATA.search_entities("Artsakh")]
    assert found[0] == "artsakh"  # equal
    assert "artsakh-stepanakert" in found  # its id begins with the query
    prefix = [e.id for e in DATA.search_entities("Stepan")]
    assert prefix[0] == "artsakh-stepanakert"
    tiers = [
        _search._score(name, query, _matcher(query))
        for name, query in [
            ("milan", "milan"),
            ("milano x", "milan"),
            ("x milan", "milan"),
            ("milan", "milano"),
            ("paris", "milan"),
        ]
    ]
    assert [None if t is None else t[0] for t in tiers] == [0, 1, 2, 3, None]  # equal, prefix, word, near, none


def _matcher(text: str) -> difflib.SequenceMatcher[str]:
    return difflib.SequenceMatcher(b=text, autojunk=False)


def test_other_names_of_a_draft_are_searched(folder: Path, edit: Edit) -> None:
    """A name the gazetteer carries (here an other name given in a draft) finds its entity: "Pridnestrovie"
    finds Transnistria once the gazetteer carries that name (the shipped 1.1.0 does not)."""

    def add(entities: list[dict[str, object]]) -> list[dict[str, object]]:
        for entity in entities:
            if entity["id"] == "transnistria":
                entity["other_names"] = [{"name": "Pridnestrovie", "source": "ext-iso-3166", "used_by": "a test"}]
        return entities

    assert ks.load(path=folder).search_entities("Pridnestrovie") == ()
    edit("entities.json", add)
    draft = ks.load(path=folder)
    assert [e.id for e in draft.search_entities("pridnestrovie")][:1] == ["transnistria"]
    assert "rec-non-un-transnistria-2001" in [r.id for r in draft.search("Pridnestrovie")]


def test_the_index_is_built_once_per_dataset_and_not_at_import() -> None:
    data = _loading._open_shipped("1.0.0")  # a fresh, cold Dataset: no search ran on it
    data.search_entities("Milan")
    assert "search-records" not in data._derived  # the entities' names alone: no record built for them
    entities = _search.entity_index(data)
    data.search("Milan")
    records = _search.record_index(data)
    data.search("Milan"), data.search_entities("Milan")
    assert _search.entity_index(data) is entities and _search.record_index(data) is records
    code = (
        "import sys, karabakh_status as k; k.get('rec-it-milan-2020'); k.load().entity('Milan'); "
        "print('karabakh_status._search' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_entity_finds_a_name_in_any_unicode_form(form: Literal["NFC", "NFD"]) -> None:
    """Issue 28: ``entity("Que\\u0301bec")`` missed, suggesting a name that looks identical."""
    assert DATA.entity(unicodedata.normalize(form, "Québec")).id == "ca-quebec"
    assert DATA.entity(unicodedata.normalize(form, "Laçın")).id == "lachin"  # an other name


def test_entity_finds_a_name_without_its_accents() -> None:
    assert DATA.entity("Xankendi").id == "artsakh-stepanakert"
    assert DATA.entity("lacin").id == "lachin"
    with pytest.raises(ks.NotFoundError, match="did you mean 'Quebec'"):
        DATA.entity("Quebc")


@pytest.mark.parametrize(
    ("key", "found"),
    [("DEN", "us-denver"), ("MIL", "it-milan"), ("LAX", "us-los-angeles"), ("Moskau", "ru-moscow"),
     ("Georgien", "us-georgia")],
)  # fmt: skip
def test_entity_and_country_filters_do_not_resolve_names_kept_for_search(key: str, found: str) -> None:
    """GeoNames' alternate names (airport codes among them) and the iso-codes translations (whose German and
    Azerbaijani "Georgia" is the country's name) are for search: `search_entities` finds them, `entity()`
    does not, so ``country="DEN"`` is no filter on the United States."""
    draft = ks.load("1.2.0")
    assert found in [e.id for e in draft.search_entities(key)]
    with pytest.raises(ks.NotFoundError):
        draft.entity(key)
    if len(key) == 3:
        with pytest.raises(ks.NotFoundError, match="alpha-3"):
            draft.recognitions(country=key)
    assert draft.entity("ITA").id == "it" and draft.entity("Xankendi").id == "artsakh-stepanakert"
