"""Coverage of the whole text: every sentence of both articles is cited by a record, or is in the
register below with the reason it holds no record. A sentence skipped silently fails the test; so
does a register entry that a record now cites (the register stays exact).

A sentence counts as cited when a quote of the same article contains it, lies within it, or the
two overlap (a quote that starts within the sentence, or a sentence that starts within a quote).
Table rows count cell by cell; the "See also" lists are links, not statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import karabakh_status as ks
from karabakh_status._datasets import CITED
from karabakh_status._sources import fold, seeds_folder

PS, FR = "political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh"

_SENTENCE_END = re.compile(r'(?<=[.!?])["”]?\s+(?=[A-Z"“(])')

TABLE_HEADER = "the heading row of a table: column names, no statement"
DISTRUST = (
    "the residents' distrust of Azerbaijan's guarantees: an attitude of a population, with no act, author or date"
)

REGISTER: dict[str, dict[str, str]] = {
    PS: {
        "Turkey and Azerbaijan imposed a transport blockade of Armenia": (
            "undated: the text gives no year for the blockade of Armenia, and an event needs a date the text gives"
        ),
        "Meanwhile, the United Nations Security Council, OSCE Minsk Group, and other bodies": (
            "a summary of the statements that the section 'Positions and statements' gives one by one (positions)"
        ),
        "Despite being offered Azerbaijani citizenship, Karabakh's Armenian residents": DISTRUST,
        "For 30 years, international mediators and human rights organizations": (
            "no author the text names and no date: mediators and organisations in general"
        ),
        "Certain politicians and legal scholars have expressed the view": (
            "unnamed politicians and scholars: a view with no author (the resolutions it concerns are positions)"
        ),
        "The USSR embodies the state unity of the Soviet people": (
            "the Soviet Constitution's text, quoted inside the Journal of Conflict Resolution article "
            "(pos-journal-of-conflict-resolution-article-70 cites the sentences around it)"
        ),
        "The Azerbaijani community is led by Tural Ganjaliyev": (
            "who leads the 'interested party' of the peace process: no act or statement on the status, no date"
        ),
        'According to "responsibility to protect" (R2P)': (
            "a doctrine the article invokes, stated by no author the text names and undated: no position"
        ),
        'R2P is associated with the notion of "remedial secession,"': (
            "the doctrine's link to remedial secession, by no author the text names"
        ),
        "Despite being offered Azerbaijani citizenship, Armenian residents of Nagorno-Karabakh": DISTRUST,
        "Various political analysts and international observers have emphasized": (
            "unnamed analysts and observers: a view with no author (Geoffrey Robertson's is a position)"
        ),
        "According to the principle of remedial secession": "the definition of a principle, by no author",
        "Various politicians and political analysts have argued": (
            "unnamed politicians and analysts: a view with no author (Geoffrey Robertson's is a position)"
        ),
        "Date of recognition": TABLE_HEADER,
        "Passed a bill recognizing Artsakh": TABLE_HEADER,
        "Rejected a bill recognizing Azerbaijani territorial integrity": TABLE_HEADER,
        "Rejected a bill recognizing Artsakh": TABLE_HEADER,
        "Passed a bill recognizing Azerbaijani territorial integrity": TABLE_HEADER,
        "Despite being offered Azerbaijani citizenship, Artsakh residents": DISTRUST,
        "Many international observers also do not consider": (
            "unnamed observers, and a claim of Azerbaijan's the text does not quote or date"
        ),
        "If Azerbaijan takes control over the region, political analysts predict": (
            "a prediction by unnamed analysts: no author, no act"
        ),
        "At least two incidents of Azerbaijani forces detaining Armenian residents": (
            "undated incidents: an event needs a date the text gives"
        ),
    },
    FR: {
        "No diplomatic missions of other countries ever existed in Artsakh": (
            "an absence: there is no mission to record (Artsakh's own offices abroad are the offices dataset)"
        ),
        "On the other hand, the republic built a small network of representative offices": (
            "the summary of the section 'Representative offices', whose seven offices in seven countries are the "
            "offices dataset (a test checks the count)"
        ),
        "Foreign policy of the state was governed by the Ministry of Foreign Affairs": (
            "what the ministry did, undated: the ministry is the gazetteer's artsakh-ministry-of-foreign-affairs"
        ),
        "The Ministry was based in the capital city of Stepanakert.": (
            "the ministry's seat, undated: no dataset holds seats of ministries"
        ),
        "Below is a list of the foreign ministers": "the introduction of the list, whose items are the ministers",
        "Date of recognition": TABLE_HEADER,
        "Passed a bill recognizing Artsakh": TABLE_HEADER,
        "Rejected a bill recognizing Azerbaijani territorial integrity": TABLE_HEADER,
        "Rejected a bill recognizing Artsakh": TABLE_HEADER,
        "Passed a bill recognizing Azerbaijani territorial integrity": TABLE_HEADER,
        "Artsakh maintained several representative offices abroad:": (
            "the introduction of the list, whose items are the offices"
        ),
        "There were numerous settlements in the territory with standing links": (
            "the introduction of the list, whose items are the twin towns"
        ),
        'These links are known as "town twinning"': "what the terms mean: no statement about Artsakh",
    },
}
"""Per article: the start of each sentence no record cites, and why."""


def sentences(source: str) -> Iterator[tuple[int, str]]:
    """(line number, sentence or table cell) of an article, outside its "See also" section."""
    section = None
    text = (seeds_folder() / f"{source}.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("="):
            section = stripped.strip("= ")
            continue
        if section == "See also":
            continue
        body = fold(stripped.lstrip("- "))
        if " | " in body or body.startswith("|"):
            parts = [cell.strip() for cell in body.strip("| ").split(" | ")]
        else:
            parts = _SENTENCE_END.split(body)
        yield from ((number, part) for part in parts if len(part) >= 8)


def quotes(source: str, version: str) -> list[str]:
    data = ks.load(version)
    return [
        fold(c.quote) for name in CITED for record in data.records(name) for c in record.citations if c.source == source
    ]


def uncited(source: str, version: str) -> list[tuple[int, str]]:
    found = quotes(source, version)
    return [
        (number, s)
        for number, s in sentences(source)
        if not any(s in q or q in s or q[:25] in s or s[:25] in q for q in found)
    ]


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("source", [PS, FR])
def test_every_sentence_is_cited_or_registered_with_a_reason(source: str, version: str) -> None:
    register = REGISTER[source]
    silent = [f"line {n}: {s[:100]}" for n, s in uncited(source, version) if not any(s.startswith(k) for k in register)]
    assert not silent, "sentences no record cites and the register does not explain:\n" + "\n".join(silent)


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("source", [PS, FR])
def test_the_register_names_only_sentences_no_record_cites(source: str, version: str) -> None:
    missing = {s for _, s in uncited(source, version)}
    stale = [k for k in REGISTER[source] if not any(s.startswith(k) for s in missing)]
    assert not stale, f"now cited (or not in the text): remove from the register: {stale}"


def test_the_sentence_splitter_finds_the_text() -> None:
    found = [s for _, s in sentences(FR)]
    assert "The Ministry was based in the capital city of Stepanakert." in found
    assert "1993–1997: Arkadi Ghukasyan" in found  # a list item
    assert "Mutual recognition" in found  # a table cell
    assert not any("Visa policy of Artsakh" in s for s in found)  # "See also" is left out
