"""Coverage of the whole text: every sentence of both articles is cited by a record, or is in the
register (`karabakh_status._curation.register`) with the reason it holds no record. A sentence
skipped silently fails the test; so does a register entry that a record now cites (the register
stays exact).

What a sentence is, and when a quote cites it, is `karabakh_status._curation.sentences`: the
same reading `check_source` applies to a new revision.
"""

from __future__ import annotations

import pytest

import karabakh_status as ks
from karabakh_status._curation.register import FR, PS, RECORDED_SINCE, REGISTER, excuse
from karabakh_status._curation.sentences import Sentence, cites, sentences, uncited
from karabakh_status._datasets import CITED
from karabakh_status._sources import bundled_text, fold
from karabakh_status._versions import version_key


def quotes(source: str, version: str) -> list[str]:
    data = ks.load(version)
    return [
        fold(c.quote) for name in CITED for record in data.records(name) for c in record.citations if c.source == source
    ]


def read(source: str) -> tuple[Sentence, ...]:
    text = bundled_text(source)
    assert text is not None
    return sentences(text)


def missing(source: str, version: str) -> list[Sentence]:
    return uncited(read(source), quotes(source, version))


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("source", [PS, FR])
def test_every_sentence_is_cited_or_registered_with_a_reason(source: str, version: str) -> None:
    silent = [
        f"line {s.line}: {s.text[:100]}" for s in missing(source, version) if excuse(source, s.text, version) is None
    ]
    assert not silent, "sentences no record cites and the register does not explain:\n" + "\n".join(silent)


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("source", [PS, FR])
def test_the_register_names_only_sentences_no_record_cites(source: str, version: str) -> None:
    texts = {s.text for s in missing(source, version)}
    late = [k for k, (since, _) in RECORDED_SINCE.get(source, {}).items() if version_key(version) < version_key(since)]
    stale = [k for k in (*REGISTER[source], *late) if not any(s.startswith(k) for s in texts)]
    assert not stale, f"now cited (or not in the text): remove from the register: {stale}"


def test_the_sentence_splitter_finds_the_text() -> None:
    found = {s.text: s for s in read(FR)}
    seat = found["The Ministry was based in the capital city of Stepanakert."]
    assert seat.section == ("Ministry of Foreign Affairs",)
    assert "1993–1997: Arkadi Ghukasyan" in found  # a list item
    assert found["Mutual recognition"].cell  # a table cell
    assert not seat.cell
    assert not any("Visa policy of Artsakh" in s for s in found)  # "See also" is left out
    assert not any(s.startswith("=") for s in found)  # headings are no sentences


def test_a_quote_cites_a_sentence_it_contains_lies_within_or_overlaps() -> None:
    sentence = "Artsakh was recognized by Abkhazia in 2006."
    assert cites(sentence, sentence)
    assert cites("recognized by Abkhazia", sentence)  # within
    assert cites("Before that. " + sentence + " After that.", sentence)  # contains
    assert cites("Artsakh was recognized by Abkhazia in 2006. It then", sentence)  # the quote starts within
    assert cites("and so on. Artsakh was recognized by Abkhazia", sentence)  # the sentence starts within
    assert not cites("Transnistria recognized it too.", sentence)


def test_a_fact_recorded_late_is_cited_from_its_version_on() -> None:
    """The register excuses only what is no fact: a sentence moved out of it is cited by a record from the version
    it names on (an undated fact is still a record)."""
    for source, entries in RECORDED_SINCE.items():
        for start, (since, _) in entries.items():
            for version in (v for v in ks.versions() if version_key(v) >= version_key(since)):
                assert not any(s.text.startswith(start) for s in missing(source, version)), (start, version)
                assert excuse(source, start, version) is None


def test_every_register_entry_has_a_reason() -> None:
    assert all(reason.strip() for entries in REGISTER.values() for reason in entries.values())
