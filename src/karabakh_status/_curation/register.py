"""The coverage register: the sentences of the bundled texts that no record cites, and why.

Every sentence and table cell of a bundled text (as `sentences` reads them) is cited by a
record or named here, by the start of its text, with the reason it holds no record. The
coverage test keeps the register exact (no sentence skipped silently, no entry a record now
cites); `check_source` leaves these sentences out of a new revision's uncited ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["RECORDED_SINCE", "REGISTER", "excuse"]

PS: Final = "political-status-of-nagorno-karabakh"
FR: Final = "foreign-relations-of-artsakh"

TABLE_HEADER: Final = "the heading row of a table: column names, no statement"
DISTRUST: Final = (
    "the residents' distrust of Azerbaijan's guarantees: an attitude of a population, with no act, author or date"
)

REGISTER: Final[Mapping[str, Mapping[str, str]]] = {
    PS: {
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
"""Per bundled source: the start of each sentence no record cites, and why."""


RECORDED_SINCE: Final[Mapping[str, Mapping[str, tuple[str, str]]]] = {
    PS: {
        "Turkey and Azerbaijan imposed a transport blockade of Armenia": (
            "1.2.0",
            "undated: before 1.2.0 an event needed a date; an undated fact is still a record "
            "(evt-tr-az-transport-blockade-of-armenia from 1.2.0)",
        ),
        "At least two incidents of Azerbaijani forces detaining Armenian residents": (
            "1.2.0",
            "undated incidents: before 1.2.0 an event needed a date (evt-az-checkpoint-detentions from 1.2.0)",
        ),
    },
}
"""Per bundled source: sentences that a record cites from a version on (the first item), and why the versions
before it held none. The register excuses only what is no fact; these were facts, recorded late."""


def excuse(source_id: str, sentence: str, version: str | None = None) -> str | None:
    """Why ``sentence`` of the source holds no record (in ``version``, where given), if the register says; else None.

    Examples:
        >>> print(excuse("foreign-relations-of-artsakh", "The Ministry was based in the capital city of Stepanakert."))
        the ministry's seat, undated: no dataset holds seats of ministries
        >>> excuse("foreign-relations-of-artsakh", "A new sentence.") is None
        True
        >>> excuse("political-status-of-nagorno-karabakh", "At least two incidents of Azerbaijani forces detaining "
        ...        "Armenian residents around Azerbaijan's military checkpoint have been confirmed.", "1.1.0")[:8]
        'undated '
    """
    from karabakh_status._versions import version_key

    entries = dict(REGISTER.get(source_id, {}))
    if version is not None:
        late = RECORDED_SINCE.get(source_id, {}).items()
        entries |= {start: why for start, (since, why) in late if version_key(version) < version_key(since)}
    return next((reason for start, reason in entries.items() if sentence.startswith(start)), None)
