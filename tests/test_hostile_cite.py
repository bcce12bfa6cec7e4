"""Citations escape what they quote: no text of a title, a note or a URL adds a BibTeX field; CSL-JSON is JSON.

Checked by parsing with pybtex (a BibTeX parser that is not the code under test) and `json`.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._cite import _bibtex
from tests.conftest import read, write
from tests.strategies import examples

pybtex_database = pytest.importorskip("pybtex.database", reason="pybtex parses BibTeX (the extra test)")

HOSTILE = st.text(st.sampled_from(list('{}\\%&$#_~^@",=() \n\tx}é')) | st.characters(codec="utf-8"), max_size=40)


def _parse(bibtex: str) -> tuple[str, set[str]]:
    data = pybtex_database.parse_string(bibtex, "bibtex")
    assert len(data.entries) == 1
    key, entry = next(iter(data.entries.items()))
    return key, {name.lower() for name in entry.fields} | {role.lower() for role in entry.persons}


@settings(max_examples=examples(200), deadline=None)
@given(title=HOSTILE, note=HOSTILE, container=HOSTILE, url=HOSTILE, key=HOSTILE)
def test_no_text_adds_a_bibtex_field(title: str, note: str, container: str, url: str, key: str) -> None:
    fields = {
        "key": "karabakh-status-1.1.0-" + key,
        "title": title,
        "version": "1.1.0",
        "released": datetime.date(2026, 12, 1),
        "note": note,
        "container": container,
        "url": "https://example.org/" + url,
    }
    text = _bibtex(fields)
    _, names = _parse(text)
    expected = {"title", "author", "version", "year", "month", "note", "url"} | (
        {"howpublished"} if container else set()
    )
    assert names == expected, text


def test_a_hostile_source_injects_nothing(folder: Path) -> None:
    """A title and a URL that close the field and open others, in a folder of the user's: one entry, its fields."""
    sources = read(folder, "sources.json")
    fr = next(s for s in sources if s["id"] == "foreign-relations-of-artsakh")
    fr["title"] = "Artsakh}, note = {injected}, title = {evil"
    fr["url"] = "https://example.org/x}, howpublished = {evil"
    write(folder, "sources.json", sources)
    data = ks.load(path=folder)
    record = "mfa-2012-karen-mirzoyan"
    _, names = _parse(ks.cite(data, record))
    assert names == {"title", "author", "version", "howpublished", "url", "note"}
    entry = next(iter(pybtex_database.parse_string(ks.cite(data, record), "bibtex").entries.values()))
    assert entry.fields["url"] == "https://example.org/x%7D,%20howpublished%20=%20%7Bevil"
    assert "injected" in entry.fields["note"]  # the title is kept, as text, inside the note


@pytest.mark.parametrize("version", ks.versions())
def test_every_citation_of_every_record_parses(version: str) -> None:
    """CSL-JSON is JSON and BibTeX parses, for the version and every record id, sources' ids included."""
    data = ks.load(version)
    ids = [None, *(s.id for s in data.sources()), *[e.id for e in data.entities()][:20]]
    ids += [r.id for name in ("recognitions", "positions", "events") for r in data.records(name)][:60]
    for id in ids:
        item = json.loads(ks.cite(data, id, style="csl-json"))
        assert isinstance(item, list) and len(item) == 1 and item[0]["id"].startswith("karabakh-status-")
        _parse(ks.cite(data, id))
