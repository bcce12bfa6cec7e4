"""The editorial rules of dataset 1.2.0 (docs/rules.md, "Rules of the data"), each checked on every record it covers.

As in `test_classification`, a rule finds its records by their wording (a regular expression over the quotes of
the bundled articles), never by a list of ids. These rules were written for 1.2.0: they hold from 1.2.0 on
(1.1.0 and 1.0.0, released before, keep what they shipped; where a rule would fail on them, the test says so).
"""

from __future__ import annotations

import re

import pytest

import karabakh_status as ks
from karabakh_status._sources import bundled_text, fold
from karabakh_status._versions import version_key

FROM_1_2 = [version for version in ks.versions() if version_key(version) >= (1, 2, 0)]
BUNDLED = ("political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh")


@pytest.fixture(scope="module", params=FROM_1_2)
def data(request: pytest.FixtureRequest) -> ks.Dataset:
    return ks.load(request.param)


def bundled_quotes(record: ks.Record) -> list[str]:
    return [fold(c.quote) for c in record.citations if c.source in BUNDLED]


def names_in(data: ks.Dataset, entity_id: str, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in data.entity(entity_id).names)


SENTENCE = re.compile(r"(?<!U\.S\.)(?<!D\.C\.)(?<=[.!?])[”\"]?\s+(?=[A-Z“\"(])")

CHAMBER = re.compile(r"\b(?:House of Representatives|State Senate|State Assembly|Legislative Assembly|Senate)\b")
BOTH_CHAMBERS = re.compile(r"\bHouse of Representatives and Senate\b|\bSenate and House\b")


def test_a_chamber_the_text_names_is_the_actor(data: ks.Dataset) -> None:
    """One chamber named as who acted ("the Rhode Island House of Representatives", a table cell "Senate (March
    2016)") is the actor, an entity of kind `legislature` whose parent is the state; both chambers named ("the Maine
    House of Representatives and Senate") is the state's act."""
    covered = 0
    for record in data.recognitions():
        if record.actor is None:
            continue
        actor = data.entity(record.actor)
        state = data.entity(actor.parent) if actor.kind is ks.EntityKind.LEGISLATURE and actor.parent else actor
        named = [
            c.quote
            for c in record.citations
            if c.source in BUNDLED
            and CHAMBER.search(c.quote)
            and (
                "column '" in (c.locator or "")
                or any(re.search(rf"\b{re.escape(n)} {CHAMBER.pattern}", c.quote) for n in state.names)
            )
        ]
        both = any(BOTH_CHAMBERS.search(q) for q in bundled_quotes(record))
        if named and not both:
            assert actor.kind is ks.EntityKind.LEGISLATURE, f"{record.id}: the text names a chamber: {named[0][:80]!r}"
        if actor.kind is ks.EntityKind.LEGISLATURE and state.kind is ks.EntityKind.SUBNATIONAL_REGION:
            covered += 1
            assert record.level is ks.Level.SUBNATIONAL_REGION and record.country == state.country, record.id
    assert covered >= 10  # six U.S. chambers, the NSW Assembly, the Basque, Navarre and Catalan parliaments...


OFFICER = re.compile(r"\b(?:Chair|Chairman|Co-Chair|spokesperson|officials)\b")


def names_or_calls_in(data: ks.Dataset, entity_id: str, text: str) -> bool:
    """The entity is named in the text, or its name with an adjective's ending ("Azerbaijani officials")."""
    names = data.entity(entity_id).names
    return any(re.search(rf"(?<!\w){re.escape(name)}(?:i|n|ian)?(?!\w)", text) for name in names)


TOWN_COUNCIL = re.compile(r"\b(?:[Cc]ity [Cc]ouncil|municipal council|City Hall)\b")
GOVERNING_BODY = re.compile(r"\bthe legislative body governing\b")


def test_a_towns_council_is_the_town(data: ks.Dataset) -> None:
    """A town's council named as who acted ("the city council of Saint-Étienne", "the Derby City Council", "municipal
    council's", "The City Hall of Sayaxché") is the town: the actor is a `municipality` entity, level municipality.
    A council the text gives as a body of its own ("the Council of Paris, the legislative body governing Paris") is
    a `legislature` whose parent is the town, level municipality."""
    councils = governing = 0
    records: list[ks.Recognition | ks.Position] = [*data.recognitions(), *data.positions()]
    for record in records:
        quotes = bundled_quotes(record)
        actor_id = record.actor if isinstance(record, ks.Recognition) else record.author
        if actor_id is None:
            continue
        actor = data.entity(actor_id)
        level = getattr(record, "level", ks.Level.MUNICIPALITY)
        if any(GOVERNING_BODY.search(q) for q in quotes):
            governing += 1
            parent = data.entity(actor.parent) if actor.parent else None
            assert actor.kind is ks.EntityKind.LEGISLATURE and parent is not None, record.id
            assert parent.kind is ks.EntityKind.MUNICIPALITY and level is ks.Level.MUNICIPALITY, record.id
        elif any(TOWN_COUNCIL.search(q) for q in quotes):
            councils += 1
            assert actor.kind is ks.EntityKind.MUNICIPALITY and level is ks.Level.MUNICIPALITY, record.id
    assert councils >= 6 and governing >= 1


def test_an_unnamed_officer_speaks_for_the_body_by_inference(data: ks.Dataset) -> None:
    """What the text gives as said by an officer of a body whom it does not name ("the Chair of the Council of
    Europe's Committee of Ministers", "a French Foreign Ministry spokesperson", "The U.S. Co-Chair of the OSCE Minsk
    Group", "Azerbaijani officials") has the body as actor or author, inferred: the text names the officer, not the
    body, as who spoke."""
    people = [e for e in data.entities() if e.kind is ks.EntityKind.PERSON]
    found = []
    for record in (*data.recognitions(), *data.positions()):
        field = "actor" if isinstance(record, ks.Recognition) else "author"
        body = getattr(record, field)
        if body is None or data.entity(body).kind is ks.EntityKind.PERSON:
            continue
        for quote in bundled_quotes(record):
            for sentence in SENTENCE.split(quote):
                named = any(names_in(data, person.id, sentence) for person in people)
                if OFFICER.search(sentence) and names_or_calls_in(data, body, sentence) and not named:
                    found.append(record.id)
                    assert field in record.inferred, f"{record.id}: an unnamed officer of {body} spoke"
    assert len(set(found)) >= 3


CASE_YEAR = re.compile(r"\bIn the (?P<year>\d{4}) case of\b")


def test_a_year_the_text_gives_to_something_else_bounds_the_date(data: ks.Dataset) -> None:
    """ "In the 2005 case of ... the Court decided": the year is the case's, not the decision's, which the text does
    not date; the decision is on or after it (``[2005..]``), `date` inferred."""
    found = 0
    for position in data.positions():
        for quote in bundled_quotes(position):
            match = CASE_YEAR.search(quote)
            if match:
                found += 1
                assert str(position.date) == f"[{match['year']}..]" and "date" in position.inferred, position.id
    assert found >= 1


ENTITLED = re.compile(r"\bentitled \"(?P<title>[^\"]+)\"")


def test_a_document_the_text_names_has_that_name_as_title(data: ks.Dataset) -> None:
    """A resolution "entitled "..."" has the name the text gives it as `title` (Resolution 2085)."""
    found = 0
    for position in data.positions():
        for quote in bundled_quotes(position):
            match = ENTITLED.search(quote)
            if match:
                found += 1
                assert position.title == match["title"], position.id
    assert found >= 1


OFFICE = re.compile(
    r"\b(?P<country>[A-Z][a-z]+) (?:Foreign Minister|Prime Minister|Deputy Foreign Minister|Chancellor)"
    r" (?P<name>[A-Z]\w+ [A-Z]\w+)"
    r"|\bPresident (?P<president>[A-Z]\w+ [A-Z]\w+)\b"
)


def test_a_person_holding_a_states_office_has_its_country(data: ks.Dataset) -> None:
    """A person the text gives an office of a state ("Liechtenstein Foreign Minister Ernst Walch", "German
    Chancellor Olaf Scholz", "President Barack Obama" addressed by a U.S. state's resolution) has that state's ISO code
    as `country`. Artsakh's officials keep none (Artsakh has no ISO code), as do the officials of international
    bodies."""
    checked = set()
    people = {name: e for e in data.entities() if e.kind is ks.EntityKind.PERSON for name in e.names}
    for name in data.datasets:
        if name in ("sources", "entities"):
            continue
        for record in data.records(name):
            for quote in bundled_quotes(record):
                for match in OFFICE.finditer(quote):
                    person = people.get(match["name"] or match["president"])
                    if person is None:
                        continue
                    checked.add(person.id)
                    assert person.country is not None, f"{person.id}: '{match[0]}', and no country"
    assert {"ernst-walch", "barack-obama"} <= checked


def test_an_undated_fact_is_a_record_whose_note_says_so(data: ks.Dataset) -> None:
    """An event the text gives no date is still a record: `date` None, and its note says "Undated" and why."""
    undated = [e for e in data.events() if e.date is None]
    assert len(undated) >= 6
    for event in undated:
        assert (event.note or "").startswith("Undated"), event.id
    assert all(e.date is not None for e in data.timeline() if isinstance(e, ks.Event))


CO_CHAIR = re.compile(r"\b(?P<country>Russian|French|US|U\.S\.) Co-Chair(?:man)?\b")
CO_CHAIR_COUNTRIES = {"Russian": "RU", "French": "FR", "US": "US", "U.S.": "US"}


def test_a_co_chair_named_for_a_country_has_that_country(data: ks.Dataset) -> None:
    """A person whose position's quote makes him a Minsk Group co-chair named for a country ("the OSCE Minsk Group
    Russian Co-Chair", "US Co-Chairman") holds that country's seat among the "Co-Chair countries": his `country` is
    its ISO code, not none as an officer of an international body's own would have."""
    checked = set()
    for position in data.positions():
        author = data.entity(position.author) if position.author else None
        if author is None or author.kind is not ks.EntityKind.PERSON:
            continue  # an unnamed co-chair ("The U.S. Co-Chair") speaks for the Group
        for quote in bundled_quotes(position):
            for match in CO_CHAIR.finditer(quote):
                checked.add(author.id)
                assert author.country == CO_CHAIR_COUNTRIES[match["country"]], (author.id, match[0])
    assert {"yuri-merzlyakov", "matthew-bryza"} <= checked


LISTED = re.compile(r"\b[Rr]esolutions? \(?(?P<numbers>(?:\d{3},? )+(?:and )?\d{3})\)?")
"""Resolutions named by number in a list ("Recalling the Resolutions 822, 853, 874, and 884")."""


LAW = re.compile(r"\bUSSR law\b|\blaw of secession\b|\bthis Law\b")
"""A law a document invokes ("pursuant to the USSR law of secession", "according to this Law")."""

CEASEFIRE = re.compile(r"\bthe (?P<year>\d{4}) ceasefire\b")
BLOCKADE = re.compile(r"\bblockade \[?of Nagorno-Karabakh\b", re.IGNORECASE)
REACTION = re.compile(r"\bpraised these remarks\b|\bwas opposed by\b")
"""A position that reacts to another told in the same passage ("praised these remarks", "was opposed by")."""


def cited_records(data: ks.Dataset, position: ks.Position) -> set[str]:
    """What a position's quotes name as its precedent or subject: the resolutions they list by number (unless the
    position is one of them: listed, not citing), the Basic Principles (the L'Aquila statement), the elections a
    statement concerns and the incidents a scholar lists (the election events, and the events of a scholarly view,
    citing one of its quotes), the law a document invokes, a dated ceasefire and the blockade it names, and the
    position another reacts to (praised, opposed) in the passage they share."""
    quotes = bundled_quotes(position)
    titles = {p.title: p.id for p in data.positions() if p.title}
    found: set[str] = set()
    for quote in quotes:
        own = re.fullmatch(r"Resolution ([\d/]+)", position.title or "")
        for match in LISTED.finditer(quote):
            numbers = re.findall(r"\d{3}", match["numbers"])
            if own is None or not re.search(rf"(?<![\d/]){re.escape(own[1])}(?![\d/])", quote):
                found |= {titles[f"Resolution {n}"] for n in numbers if f"Resolution {n}" in titles}
        if "Basic Principles" in quote:
            found |= {i for title, i in titles.items() if "L’Aquila" in title}
    for event in data.events():
        shared = any(q in e or e in q for q in quotes for e in bundled_quotes(event))
        if shared and (event.kind is ks.EventKind.ELECTION or position.kind is ks.PositionKind.SCHOLARLY_VIEW):
            found.add(event.id)
        years = {m["year"] for q in quotes for m in CEASEFIRE.finditer(q)}
        if event.kind is ks.EventKind.CEASEFIRE and event.date is not None and str(event.date) in years:
            found.add(event.id)
        named = any(BLOCKADE.search(q) for q in quotes)
        if event.kind is ks.EventKind.BLOCKADE and named and any(BLOCKADE.search(e) for e in bundled_quotes(event)):
            found.add(event.id)
    if any(LAW.search(q) for q in quotes):
        found |= {p.id for p in data.positions(kind="law")}
    if any(REACTION.search(q) for q in quotes):
        for other in data.positions():
            if other.author != position.author and any(q in o or o in q for q in quotes for o in bundled_quotes(other)):
                found.add(other.id)
    found.discard(position.id)
    return found


def test_a_position_names_in_its_note_the_records_it_cites(data: ks.Dataset) -> None:
    """A precedent or subject a position's quotes name (a resolution it recalls, principles it supports, the
    elections it concerns, the incidents a scholar lists) is a record, named in the position's note by its id, as
    an act and its position name each other: the link lives in a field of the data, not only inside a quote."""
    covered = 0
    for position in data.positions():
        cited = cited_records(data, position)
        covered += bool(cited)
        assert [i for i in sorted(cited) if i not in (position.note or "")] == [], position.id
    assert covered >= 10


MEETING = re.compile(r"\bthe (?:seminar|conference|summit) \"[^\"]+\" \([^)]*\d{4}\)")


def test_a_named_meeting_with_dates_is_an_event(data: ks.Dataset) -> None:
    """A meeting the text names and dates ('the seminar "Youth and Conflict Resolution" (Strasbourg, 31 March –
    2 April 2003)') is an event of kind `meeting` with those dates, even where it is only a document's occasion."""
    found = 0
    for name in ("positions", "recognitions", "events"):
        for record in data.records(name):
            for quote in bundled_quotes(record):
                for match in MEETING.finditer(quote):
                    found += 1
                    events = [e for e in data.events(kind="meeting") if any(match[0] in q for q in bundled_quotes(e))]
                    assert events and all(e.date is not None for e in events), match[0]
    assert found >= 1


SECOND_ACTORS = re.compile(
    r"\bstressed (?P<speakers>[^.]+)|\bthe presidents of (?P<countries>[^.]+?) made a joint statement"
    r"|\bsubmitted a complaint to (?P<court>the [A-Z][\w ]+?) (?:\(\w+\) )?accusing (?P<accused>[A-Z]\w+)"
)


ACTOR_KINDS = {ks.EntityKind.PERSON, ks.EntityKind.UN_MEMBER_STATE, ks.EntityKind.COURT}
"""What can act beside a position's author (a region or an organisation a name mentions in passing cannot)."""


def test_a_positions_second_actors_are_named_in_its_note(data: ks.Dataset) -> None:
    """One author per position; the other actors the text names for it (the officials who "stressed" it together,
    the countries whose presidents "made a joint statement", the court a complaint is "submitted ... to" and the
    state it is "accusing") are entities, named in the position's note by their ids."""
    named = {name: e.id for e in data.entities() for name in e.names}
    found = 0
    for position in data.positions():
        for quote in bundled_quotes(position):
            for match in SECOND_ACTORS.finditer(quote):
                clause = " ".join(group for group in match.groups() if group)
                ids = {i for name, i in named.items() if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", clause)}
                ids = {i for i in ids - {position.author} if data.entity(i).kind in ACTOR_KINDS}
                found += bool(ids)
                assert [i for i in sorted(ids) if i not in (position.note or "")] == [], (position.id, ids)
    assert found >= 5  # the three quotes of the sentence "... stressed ...", a joint statement, a complaint


SIDE = re.compile(
    r"\bself-determination\b|\bdoes not recogni[sz]e the (?:independence|self-proclaimed)\b"
    r"|\bis not recognized as an independent\b"
)
"""The words of a quote that give the side an act that is also a position takes."""


def test_an_act_and_the_position_it_also_is_cite_alike(data: ks.Dataset) -> None:
    """An act that is also a position (each naming the other in its note): the position cites every passage of the
    bundled articles that the act cites for the side it takes ("self-determination", "does not recognize the
    independence"), the same quote or one containing it or within it, in the same section."""
    positions = {p.id: p for p in data.positions()}
    checked = 0
    for record in data.recognitions():
        ids = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", record.note or "")
        for position in (positions[i] for i in ids if i in positions and record.id in (positions[i].note or "")):
            for citation in record.citations:
                quote = fold(citation.quote)
                if citation.source not in BUNDLED or not SIDE.search(quote):
                    continue
                checked += 1
                assert any(
                    other.source == citation.source
                    and other.section == citation.section
                    and (quote in fold(other.quote) or fold(other.quote) in quote)
                    for other in position.citations
                ), f"{position.id} does not cite {citation.source}: {quote[:80]!r}, which its act {record.id} cites"
    assert checked >= 8  # the Basque Parliament (3), Sayaxché, Nadia de León, the EU (2002, 2007), France...


CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|urg(?:es|ed|ing))(?: on| upon| for)? (?P<who>(?!(?:the )?recognition\b)(?!a motion for)"
    r"(?:[^.]|(?<=\b[A-Z])\.)*?) to (?:also )?(?:recogni[sz]e|accept|follow)\b"
    r"|\bcall(?:s|ed|ing)? for (?:a motion for (?P<state>[A-Z]\w+) to recognize"
    r"|(?:the )?recognition of \w+ by (?P<by>the [^.,]+))"
    r"|\bsuggested for the cooperation of (?P<cooperating>[^(,]+?) (?:\([^)]*\) )?in the recognition\b"
)
"""Whom a call is addressed to: "calling on <whom> to recognize", "called for the recognition of Artsakh by <whom>",
"suggested for the cooperation of <whom> ... in the recognition"."""

ADDRESSABLE = {
    ks.EntityKind.PERSON,
    ks.EntityKind.LEGISLATURE,
    ks.EntityKind.UN_MEMBER_STATE,
    ks.EntityKind.INTERNATIONAL_ORGANISATION,
}


def addressees(data: ks.Dataset, record: ks.Recognition) -> set[str]:
    """The entities a call names as whom it calls on; "the <country's> government" is the record's country's state."""
    states = {e.country: e.id for e in data.entities() if e.kind is ks.EntityKind.UN_MEMBER_STATE}
    names = sorted(
        ((n, e.id) for e in data.entities() if e.kind in ADDRESSABLE for n in e.names), key=lambda x: -len(x[0])
    )
    found: set[str] = set()
    for quote in bundled_quotes(record):
        for match in CALLED.finditer(quote):
            phrase = " ".join(group for group in match.groups() if group)
            if re.search(r"\bgovernment\b", phrase, re.IGNORECASE) and record.country in states:
                found.add(states[record.country])
            for name, entity_id in names:  # the longest name first: "U.S. Congress" is not "U.S."
                pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
                if re.search(pattern, phrase):
                    found.add(entity_id)
                    phrase = re.sub(pattern, " ", phrase)
    return found


def test_whom_a_call_is_addressed_to_is_named_in_its_note(data: ks.Dataset) -> None:
    """A recognition record has one actor; whom a call names as called on ("President Barack Obama and the U.S.
    Congress", "the French Government", "Canada", the ASEAN whose "cooperation ... in the recognition" is suggested) is
    named in the record's note by entity id."""
    covered = 0
    for record in data.recognitions():
        found = addressees(data, record)
        covered += bool(found)
        assert [i for i in sorted(found) if i not in (record.note or "")] == [], (record.id, found)
    assert covered >= 12


HOLDER = re.compile(r"\b(?:held|staged|organi[sz]ed|conducted) by\b|\bauthorities to refrain from staging\b")
"""The text names who held a vote: "held by ...", "called on the ... authorities to refrain from staging"."""


def test_a_vote_whose_holder_the_text_does_not_give_has_its_participants_inferred(data: ks.Dataset) -> None:
    """An election or referendum has as participant who the text says held or staged it (the "de facto authorities"
    called on "to refrain from staging" the local elections); where the text says only where it took place ("in
    Nagorno Karabakh", "held in the region", "staged in the province", "the N-K independence referendum"),
    Artsakh, the authority of the place, is its participant by inference, and the note says so."""
    votes = [*data.events(kind="election"), *data.events(kind="referendum")]
    inferred = 0
    for event in votes:
        assert event.participants, f"{event.id}: a vote has who held it, stated or inferred"
        if any(HOLDER.search(q) for q in bundled_quotes(event)):
            assert "participants" not in event.inferred, f"{event.id}: the text names who held it"
        else:
            inferred += 1
            assert "participants" in event.inferred, f"{event.id}: the text does not say who held it"
            assert "Participants inferred" in (event.note or ""), f"{event.id}: the note must say so"
    assert len(votes) >= 6 and inferred >= 5


TITLE = re.compile(r"\b(?:Chairman|Chair|Co-Chair|President|Minister|Secretary General|Secretary|spokesperson)\b")
"""An office's title, which the text may go on to give a holder ("Ministers' Chairman and ... Ernst Walch")."""


def test_a_quote_does_not_stop_between_an_office_and_its_holder(data: ks.Dataset) -> None:
    """A quote ending on an office the text goes on to give a holder ("Committee of Ministers' Chairman" | "and
    Liechtenstein Foreign Minister Ernst Walch, ...") runs on through the names: cut there, it gives the office alone
    as who spoke. Checked on every quote of the bundled articles that names an office, against the text that follows
    it in its section."""
    checked = 0
    for name in data.datasets:
        for record in data.records(name):
            for citation in getattr(record, "citations", ()):
                text = bundled_text(citation.source) if citation.source in BUNDLED else None
                body = text.section_text(tuple(citation.section)) if text else None
                quote = fold(citation.quote)
                if body is None or quote not in body or not TITLE.search(quote):
                    continue
                checked += 1
                after = body[body.index(quote) + len(quote) :]
                if TITLE.search(quote.split()[-1]):
                    assert not re.match(r" \w", after), f"{record.id}: the quote stops before {after[:60]!r}"
    assert checked >= 10
