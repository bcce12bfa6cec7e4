"""The rules of "How acts are classified" (docs/data-model.md), each checked on every record it covers.

A rule is found by its wording, never by a list of ids: a regular expression over the quotes of the bundled
articles. A future record worded alike but typed otherwise fails its rule's test. The rules hold from
dataset 1.1.0 on (1.0.0, released before they were written, keeps the classification it shipped with).

For acts of recognition the wording that decides is the clause that names the record's actor: the quote is
cut into sentences, a sentence into clauses at ", while" and ";" (one clause per body), and a clause that
states two acts ("has never formally recognized ... and since 2022, ... ready to recognize ...") into its
parts, each decided by the first rule, in the order of `ACT_RULES`, whose wording it has. A citation that
dissents (its `claims` name an act) is checked against the act it claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

import karabakh_status as ks
from karabakh_status._sources import fold

CLASSIFIED = [version for version in ks.versions() if version != "1.0.0"]
BUNDLED = ("political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh")

Act, Outcome, Level = ks.Act, ks.Outcome, ks.Level


@pytest.fixture(scope="module", params=CLASSIFIED)
def data(request: pytest.FixtureRequest) -> ks.Dataset:
    return ks.load(request.param)


# -- reading the wording ------------------------------------------------------------------------


def bundled(record: ks.Record) -> Iterator[ks.Citation]:
    return (c for c in record.citations if c.source in BUNDLED)


def names_in(data: ks.Dataset, entity_id: str | None, text: str) -> bool:
    if entity_id is None:
        return False
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in data.entity(entity_id).names)


SENTENCE = re.compile(r"(?<!U\.S\.)(?<!D\.C\.)(?<=[.!?])[”\"]?\s+(?=[A-Z“\"(])")
"""Where a quote's sentences end (not after "U.S." or "D.C.")."""


def clauses(data: ks.Dataset, record: ks.Recognition, quote: str) -> list[list[str]]:
    """The clauses of a quote that name the record's actor (all of them when none does, or the actor is
    unknown), each cut into the parts that state one act each."""
    pieces = [piece for sentence in SENTENCE.split(fold(quote)) for piece in re.split(r", while |; ", sentence)]
    naming = [piece for piece in pieces if names_in(data, record.actor, piece)]
    return [re.split(r" and since ", piece) for piece in (naming or pieces)]


def stated_act(record: ks.Recognition, citation: ks.Citation) -> Act:
    """The act a citation states: its claim where it dissents, else the record's."""
    claimed = [claim.value for claim in citation.claims if claim.field == "act"]
    return Act(claimed[0]) if claimed else record.act


def body_outcome(record: ks.Recognition, clause: str) -> Outcome:
    """A call's outcome: a motion called for is proposed; a party or an official declares; a body adopts."""
    if re.search(r"called for a motion", clause):
        return Outcome.PROPOSED
    return Outcome.DECLARED if record.level in (Level.PARTY, Level.OFFICIAL) else Outcome.ADOPTED


def leader(data: ks.Dataset, record: ks.Recognition, quote: str) -> ks.Recognition | None:
    """The act a 'followed' or 'similar' act repeats: that of the body the quote names first, before the record's."""
    text = fold(quote)

    def first(r: ks.Recognition) -> int:
        found = [m.start() for n in data.entity(r.actor or "").names for m in re.finditer(re.escape(n), text)]
        return min(found, default=len(text))

    others = [r for r in data.recognitions() if r.actor and r.id != record.id and first(r) < len(text)]
    if record.actor is None or not others:
        return None
    best = min(others, key=first)
    return best if first(best) < first(record) else None


@attrs.frozen
class ActRule:
    """A kind of wording, and what it decides: ``accepts(data, record, act, clause, quote)``."""

    name: str
    wording: re.Pattern[str]
    accepts: Callable[[ks.Dataset, ks.Recognition, Act, str, str], bool]


def _recognize(data: ks.Dataset, r: ks.Recognition, act: Act, clause: str, quote: str) -> bool:
    outcome_ok = (
        r.outcome is Outcome.DECLARED
        if re.search(r"\bannounced\b", clause)
        else r.outcome in (Outcome.ADOPTED, Outcome.RECEDED)
    )
    mutual_ok = r.mutual is True if "each other" in clause else True
    return act is Act.RECOGNIZE_INDEPENDENCE and outcome_ok and mutual_ok


def _call(data: ks.Dataset, r: ks.Recognition, act: Act, clause: str, quote: str) -> bool:
    call = CALL.search(clause)
    assert call is not None
    itself = re.search(r"\b(?:recogni[sz]ed|recognizing|accepting)\b", clause[: call.start()])
    expected = Act.RECOGNIZE_INDEPENDENCE if itself else Act.CALL_FOR_RECOGNITION
    outcomes = (Outcome.ADOPTED, Outcome.RECEDED) if itself else (body_outcome(r, clause),)
    return act is expected and r.outcome in outcomes


def _followed(data: ks.Dataset, r: ks.Recognition, act: Act, clause: str, quote: str) -> bool:
    first = leader(data, r, quote)
    return first is None or (act, r.outcome) == (first.act, first.outcome)


CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)?|urg(?:es|ed|ing))\b(?: on| upon| for)?"
    r"(?:[^.]|(?<=\b[A-Z])\.)*?\bto (?:also )?(?:recogni[sz]e|accept)\b"
    r"|\bcall(?:s|ed|ing)? for (?:the )?recognition\b"
)

ON_RECOGNITION = re.compile(r"\b(?:resolution|bill|motion) on (?:the )?recognition\b", re.IGNORECASE)

ACT_RULES: tuple[ActRule, ...] = (
    ActRule(
        "statements suggesting ... ready to",
        re.compile(r"\bstatements suggesting\b(?:[^.]|(?<=\b[A-Z])\.)*\bready to recognize\b"),
        lambda d, r, act, c, q: (
            act is Act.AFFIRM_TERRITORIAL_INTEGRITY and r.outcome is Outcome.REPORTED and "act" in r.inferred
        ),
    ),
    ActRule(
        "does not / never recognized",
        re.compile(
            r"\b(?:does|did|do) not(?: officially)? recogni[sz]e\b|\bdoes not,|\bnever(?: formally)? recognized\b"
            r"|\bis not recognized (?:as|by any)\b"
        ),
        lambda d, r, act, c, q: act is Act.NON_RECOGNITION and r.outcome is Outcome.DECLARED,
    ),
    ActRule(
        "recognized ... as part of Azerbaijan / Azerbaijan's sovereignty",
        re.compile(r"\brecogni[sz]ed (?:it as part of Azerbaijan|Azerbaija\w*(?:'s)? sovereignty)\b"),
        lambda d, r, act, c, q: act is Act.AFFIRM_TERRITORIAL_INTEGRITY and r.outcome is Outcome.DECLARED,
    ),
    ActRule(
        "could / would / considering ... recognize",
        re.compile(
            r"\b(?:could|would)(?: unilaterally)? recognize\b|\bconsidering\b(?:[^.]|(?<=\b[A-Z])\.)*\brecogni[sz]"
            r"|\bno choice but to recognize\b|\bpossible recognition\b|\bend goal is either\b"
        ),
        lambda d, r, act, c, q: (
            act is Act.CONSIDER_RECOGNITION
            and r.outcome is (Outcome.DECLARED if re.search(r"\b(?:stated|said)\b", c) else Outcome.REPORTED)
        ),
    ),
    ActRule(
        "self-determination / taking part in negotiations",
        re.compile(r"\bself-determination\b|\btaking part in settlement negotiations\b"),
        lambda d, r, act, c, q: (
            act is Act.SUPPORT_SELF_DETERMINATION
            and r.outcome
            is (Outcome.DECLARED if re.search(r"\b(?:announced|issued a statement|stated)\b", c) else Outcome.ADOPTED)
        ),
    ),
    ActRule(
        "submitted to",
        re.compile(r"\bsubmitted to\b"),
        lambda d, r, act, c, q: (
            r.actor is None
            and r.outcome is Outcome.PROPOSED
            and (ON_RECOGNITION.search(c) is None or (act is Act.RECOGNIZE_INDEPENDENCE and "act" in r.inferred))
        ),
    ),
    ActRule(
        "rejected a motion / bill",
        re.compile(r"\brejected a (?:motion|bill|resolution)\b"),
        lambda d, r, act, c, q: (
            r.outcome is Outcome.REJECTED and (act is Act.RECOGNIZE_INDEPENDENCE) == ("recogniz" in c)
        ),
    ),
    ActRule(
        "resolution / bill on (the) recognition",
        ON_RECOGNITION,
        lambda d, r, act, c, q: act is Act.RECOGNIZE_INDEPENDENCE and "act" in r.inferred,
    ),
    ActRule(
        "supporting / in favor of ... recognition",
        re.compile(r"\b(?:supporting|in favor of)\b(?:[^.]|(?<=\b[A-Z])\.)*\brecognition\b"),
        lambda d, r, act, c, q: (
            act is Act.CALL_FOR_RECOGNITION and "act" in r.inferred and r.outcome is body_outcome(r, c)
        ),
    ),
    ActRule("calls on ... to recognize", CALL, _call),
    ActRule("followed / similar", re.compile(r"\bfollowed\b|\bsimilar\b"), _followed),
    ActRule(
        "recognizes / recognition of",
        re.compile(r"\brecogni[sz](?:e|es|ed|ing)\b|\brecognitions? (?:of|by)\b|\baccepting\b"),
        _recognize,
    ),
)
"""The act rules, in the order they are tried on each part of a clause."""


def readings(data: ks.Dataset) -> Iterator[tuple[ks.Recognition, ks.Citation, str, list[ActRule]]]:
    """(record, citation, clause, the rule deciding each part of the clause) for every clause with a rule."""
    for record in data.recognitions():
        for citation in bundled(record):
            for parts in clauses(data, record, citation.quote):
                found = [next((rule for rule in ACT_RULES if rule.wording.search(p)), None) for p in parts]
                rules = [rule for rule in found if rule is not None]
                if rules:
                    yield record, citation, " and since ".join(parts), rules


@pytest.mark.parametrize("rule", ACT_RULES, ids=lambda rule: rule.name)
def test_each_act_rule_holds_on_every_record_worded_so(data: ks.Dataset, rule: ActRule) -> None:
    covered, wrong = set(), []
    for record, citation, clause, rules in readings(data):
        if rule in rules:
            covered.add(record.id)
            act = stated_act(record, citation)
            if not any(r.accepts(data, record, act, clause, citation.quote) for r in rules):
                wrong.append(f"{record.id}: {act.value}/{record.outcome.value} for {clause[:90]!r}")
    assert covered, f"no record is worded {rule.name!r}"
    assert not wrong, "\n".join(wrong)


COLUMNS = {
    "Passed a bill recognizing Artsakh": (Act.RECOGNIZE_INDEPENDENCE, {Outcome.ADOPTED, Outcome.RECEDED}),
    "Rejected a bill recognizing Artsakh": (Act.RECOGNIZE_INDEPENDENCE, {Outcome.REJECTED}),
    "Passed a bill recognizing Azerbaijani territorial integrity": (
        Act.AFFIRM_TERRITORIAL_INTEGRITY,
        {Outcome.ADOPTED},
    ),
    "Rejected a bill recognizing Azerbaijani territorial integrity": (
        Act.AFFIRM_TERRITORIAL_INTEGRITY,
        {Outcome.REJECTED},
    ),
}


def test_a_table_column_decides_unless_a_sentence_describes_the_act(data: ks.Dataset) -> None:
    """A U.S. table cell states its column's act (or claims it, dissenting); a sentence of the text that
    describes the act otherwise decides the record's act (Rhode Island, Massachusetts 2012): a column
    heading is a category, not a description."""
    describing = {(record.id, citation.quote) for record, citation, _, _ in readings(data)}
    cells = 0
    for record in data.recognitions():
        for citation in bundled(record):
            column = re.search(r"column '([^']+)'", citation.locator or "")
            if column is None:
                continue
            cells += 1
            act, outcomes = COLUMNS[column.group(1)]
            assert stated_act(record, citation) is act, (record.id, column.group(1))
            assert record.outcome in outcomes, (record.id, record.outcome)
            for other in bundled(record):
                if (record.id, other.quote) in describing and stated_act(record, other) is not act:
                    assert record.act is stated_act(record, other), f"{record.id}: a sentence describes another act"
    assert cells >= 40


def test_every_act_is_decided_by_a_rule_or_a_table_column(data: ks.Dataset) -> None:
    decided = {record.id for record, _, _, _ in readings(data)}
    decided |= {r.id for r in data.recognitions() for c in r.citations if "column '" in (c.locator or "")}
    assert [r.id for r in data.recognitions() if r.id not in decided] == []


# -- who performed the act, and of what tier ----------------------------------------------------


def test_second_tier_bodies_are_counties(data: ks.Dataset) -> None:
    """A county, a metropolitan city or a department is of the county tier: entity kind and act level."""
    second_tier = re.compile(r"\bCounty\b|\bMetropolitan City\b|\bdepartment of\b")
    found = set()
    for record in data.recognitions():
        entity = data.entity(record.actor) if record.actor else None
        if entity is None:
            continue
        worded = bool(second_tier.search(entity.name)) or any(
            re.search(rf"\bdepartment of {re.escape(entity.name)}\b", fold(c.quote)) for c in bundled(record)
        )
        if worded:
            found.add(record.id)
        assert worded == (record.level is Level.COUNTY) == (entity.kind is ks.EntityKind.COUNTY), record.id
    assert len(found) >= 5
    for entity in data.entities():
        if second_tier.search(entity.name):
            assert entity.kind is ks.EntityKind.COUNTY, entity.id


# -- inferred fields ----------------------------------------------------------------------------


def entity_fields(record: ks.Record) -> Iterator[tuple[str, str]]:
    for field in attrs.fields(type(record)):
        if field.metadata.get("entity") and field.metadata.get("attested"):
            value: Any = getattr(record, field.name)
            for entity_id in value if isinstance(value, tuple) else (value,) if value else ():
                yield field.name, entity_id


def test_an_actor_the_text_never_names_is_inferred(data: ks.Dataset) -> None:
    """An actor, author or counterpart that no quote of the bundled text names (a state named only by an
    external source matched to a table cell by order) is listed in `inferred`."""
    unnamed = []
    for name in data.datasets:
        if name in ("sources", "entities"):
            continue
        for record in data.records(name):
            quotes = [fold(c.quote).casefold() for c in bundled(record)]
            for field, entity_id in entity_fields(record):
                if not any(n.casefold() in q for n in data.entity(entity_id).names for q in quotes):
                    unnamed.append(record.id)
                    assert field in record.inferred, f"{record.id}: no quote of the text names its {field}"
    assert len(unnamed) >= 10


def test_the_co_chairs_speak_for_the_minsk_group_by_inference(data: ks.Dataset) -> None:
    """What the text gives as said by the Minsk Group's co-chairs has the Group as actor or author, inferred."""
    found = 0
    for record in (*data.recognitions(), *data.positions()):
        field = "actor" if isinstance(record, ks.Recognition) else "author"
        if getattr(record, field) == "osce-minsk-group" and any(
            re.search(r"co-chair", c.quote, re.IGNORECASE) for c in bundled(record)
        ):
            found += 1
            assert field in record.inferred, record.id
    assert found >= 5


def test_a_document_whose_issuer_the_text_does_not_give_has_its_author_inferred(data: ks.Dataset) -> None:
    """'issued on ...', 'enshrined in ...', 'the article in <journal>' where the statement opens (where it names
    the document): the text names the document, not who made it."""
    issued = re.compile(r"\b(?:issued|enshrined) (?:on|in)\b|\bthe article in\b")
    found = [p for p in data.positions() if issued.search(fold(p.citations[0].quote)[:150])]
    assert len(found) >= 3
    assert [p.id for p in found if "author" not in p.inferred] == []
    if data.version != "1.1.0":  # from 1.2.0, an event of issuing such a document has its participants inferred too
        events = [e for e in data.events() if issued.search(fold(e.citations[0].quote)[:150])]
        assert events and [e.id for e in events if e.participants and "participants" not in e.inferred] == []


PRINCIPLES = {"territorial integrity": r"territorial integrity", "self-determination": r"self-determination"}


def test_a_stance_is_inferred_exactly_where_no_quote_names_it(data: ks.Dataset) -> None:
    """`territorial-integrity`, `self-determination` and `both` are stated where the quotes name the principle(s);
    `neither` where they name none. Otherwise the stance is the editor's reading, listed in `inferred`
    (and `neither` of a position whose content the text does not give, Resolution 822, is inferred too)."""
    for position in data.positions():
        text = " ".join(fold(c.quote) for c in bundled(position)).casefold()
        ti, sd = "territorial integrity" in text, "self-determination" in text
        named = {
            ks.Stance.TERRITORIAL_INTEGRITY: ti and not sd,
            ks.Stance.SELF_DETERMINATION: sd and not ti,
            ks.Stance.BOTH: ti and sd,
            ks.Stance.NEITHER: not ti and not sd,
        }[position.stance]
        if position.stance is ks.Stance.NEITHER and named:
            continue  # 'neither' with no principle named: stated, or (no content given) inferred
        assert named != ("stance" in position.inferred), position.id


def test_a_group_of_politicians_of_several_bodies_has_their_country_as_counterpart(data: ks.Dataset) -> None:
    """A friendship group with members of one parliament has that parliament as counterpart; one with
    politicians of several bodies ('members and senators', 'various ... politicians') has their country, inferred."""
    several = re.compile(r"\bmembers and senators\b|\bvarious \w+ politicians\b")
    for group in data.friendship_groups():
        worded = any(several.search(fold(c.quote)) for c in bundled(group))
        country = data.entity(group.counterpart).kind is ks.EntityKind.UN_MEMBER_STATE
        assert worded == country == ("counterpart" in group.inferred), group.id


def test_a_start_the_text_does_not_give_stays_open(data: ks.Dataset) -> None:
    """The blockade: 'tightened' before the offensive of 19 September 2023, its start never given."""
    (blockade,) = [
        e for e in data.events() if any(re.search(r"\btightened blockade\b", fold(c.quote)) for c in e.citations)
    ]
    assert isinstance(blockade.date, ks.Period) and blockade.date.start is None
    assert str(blockade.date) == "../2023" and "date" in blockade.inferred


def test_notes_cite_sources_or_records_never_files(data: ks.Dataset) -> None:
    """A note names sources, records and datasets (``events.json``), never a file of the project's making."""
    datasets = {f"{name}.json" for name in data.datasets}
    for name in data.datasets:
        for record in data.records(name):
            note = getattr(record, "note", None) or ""
            files = re.findall(r"[\w.-]+\.(?:md|txt|py|csv|html|ya?ml|toml|json)\b", note)
            assert [f for f in files if f not in datasets] == [], f"{record.id} cites a file"


def test_every_body_that_followed_has_the_one_it_followed_in_a_quote(data: ks.Dataset) -> None:
    """The 'followed / similar' rule can check a record only against a body its quote names first."""
    followed = next(rule for rule in ACT_RULES if rule.name == "followed / similar")
    for record, _, _, rules in readings(data):
        if followed in rules:
            assert any(leader(data, record, c.quote) for c in bundled(record)), record.id


RELATIVE = re.compile(
    r"\b(?:[Ff]ollowing (?:the|an?)\b|led to\b|[Tt]he following day\b|[Mm]eanwhile\b|followed within\b)"
)


def test_a_date_given_only_relative_to_another_event_is_inferred(data: ks.Dataset) -> None:
    """'following', 'led to', 'the following day', 'meanwhile', 'followed within' in the clause that names the
    actor: the date is derived from another event's, even where the quote holds that event's date."""
    found = set()
    for record in data.recognitions():
        if record.date is None:
            continue
        for citation in bundled(record):
            if any(RELATIVE.search(part) for parts in clauses(data, record, citation.quote) for part in parts):
                found.add(record.id)
                assert "date" in record.inferred, f"{record.id}: its date is given relative to another event"
    assert len(found) >= 10


def sentences_naming(data: ks.Dataset, entity_id: str, quote: str) -> list[str]:
    return [s for s in SENTENCE.split(fold(quote)) if names_in(data, entity_id, s)]


def test_a_kind_of_document_the_text_does_not_name_is_inferred(data: ks.Dataset) -> None:
    """'opposed by', 'recognized it as part of', 'has officially recognized' in the sentence that names the
    author name no statement or resolution: the position's kind is the editor's reading."""
    unnamed = re.compile(r"\bopposed by\b|\brecognized it as part of\b|\bhas officially recognized\b")
    if data.version != "1.1.0":  # from 1.2.0: what a body did, or what is said 'according to' it, names no document
        unnamed = re.compile(
            rf"{unnamed.pattern}|\brefused\b|\bno longer promises\b|\bhas rescinded\b|^According to (?!a |the )"
        )
    found = [
        p
        for p in data.positions()
        if any(unnamed.search(s) for c in bundled(p) for s in sentences_naming(data, p.author, c.quote))
    ]
    assert len(found) >= (3 if data.version == "1.1.0" else 5)
    assert [p.id for p in found if "kind" not in p.inferred] == []


def test_a_backer_or_supplier_of_a_side_is_a_war_participant_by_inference(data: ks.Dataset) -> None:
    """'backed by X', 'X ... supplied ... with weapons': X is a participant of the war, and `participants` is
    inferred (the text does not say X fought)."""
    backing = re.compile(r"\bbacked by (?P<name>[A-Z]\w+)|\b(?P<supplier>[A-Z]\w+)\b[^.]*?\bsupplied \w+ with weapons")
    found = 0
    for event in data.events(kind="war"):
        for citation in bundled(event):
            for match in backing.finditer(fold(citation.quote)):
                found += 1
                backer = data.entity(match.group("name") or match.group("supplier")).id
                assert backer in event.participants and "participants" in event.inferred, event.id
    assert found >= 2


def named_in_note(data: ks.Dataset, record: ks.Record, dataset: str) -> list[ks.Record]:
    ids = {r.id for r in data.records(dataset)}
    return [data.get(i) for i in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", record.note or "") if i in ids]


def test_a_statement_that_a_body_does_not_recognize_is_also_an_act(data: ks.Dataset) -> None:
    """A position that says a body does not recognize the independence names its act of non-recognition; one that
    says what a form of words means ('do not imply recognition') is a position only."""
    not_recognized = re.compile(r"\bdoes not recogni[sz]e the independence\b|\bis not recognized as an independent\b")
    if data.version != "1.1.0":  # from 1.2.0, whatever the words for what is not recognized
        not_recognized = re.compile(rf"{not_recognized.pattern}|\bdoes not recogni[sz]e the self-proclaimed\b")
    found = 0
    for position in data.positions():
        text = " ".join(fold(c.quote) for c in bundled(position))
        acts = [r.act for r in named_in_note(data, position, "recognitions")]
        if not_recognized.search(text):
            found += 1
            assert acts == [Act.NON_RECOGNITION], position.id
        elif re.search(r"\bdo not imply recognition\b", text):
            assert acts == [], position.id
    assert found >= 3
    if data.version != "1.1.0":  # and, from 1.2.0, every such act of non-recognition is a position too
        for record in data.recognitions(act=Act.NON_RECOGNITION):
            text = " ".join(fold(c.quote) for c in bundled(record))
            if not_recognized.search(text):
                positions = named_in_note(data, record, "positions")
                assert positions and all(record.id in (p.note or "") for p in positions), record.id


def test_a_possible_recognition_a_government_states_is_also_a_position(data: ks.Dataset) -> None:
    """A 'could / would recognize' that a state's government or its head states is also a position (stance
    self-determination, inferred); one reported about a state, or by an unnamed committee member, is not."""
    stated = 0
    for record in data.recognitions(act=Act.CONSIDER_RECOGNITION):
        positions = named_in_note(data, record, "positions")
        by_government = (
            record.outcome is Outcome.DECLARED
            and record.actor is not None
            and record.level in (Level.UN_MEMBER_STATE, Level.OFFICIAL)
        )
        assert bool(positions) == by_government, record.id
        for position in positions:
            assert isinstance(position, ks.Position)
            assert position.stance is ks.Stance.SELF_DETERMINATION and "stance" in position.inferred, position.id
        stated += by_government
    assert stated >= 3


def test_a_support_for_self_determination_that_names_it_is_also_a_position(data: ks.Dataset) -> None:
    """An act supporting self-determination whose quotes name the principle is also a position of that stance;
    support for taking part in negotiations names none, and is an act only."""
    named = 0
    for record in data.recognitions(act=Act.SUPPORT_SELF_DETERMINATION):
        positions = named_in_note(data, record, "positions")
        names = any("self-determination" in fold(c.quote) for c in bundled(record))
        assert bool(positions) == names, record.id
        assert all(isinstance(p, ks.Position) and p.stance is ks.Stance.SELF_DETERMINATION for p in positions)
        named += names
    assert named >= 3
