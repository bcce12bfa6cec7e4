"""Acts about Artsakh's status, positions on it, and the events of the timeline."""

from __future__ import annotations

import enum
from typing import ClassVar

import attrs

from karabakh_status._dates import EventDate, When
from karabakh_status._model import Record, Vote, _date, _ref

__all__ = ["Act", "Event", "EventKind", "Level", "Outcome", "Position", "PositionKind", "Recognition", "Stance"]


class Level(enum.Enum):
    """The level of the body that performed an act of `Recognition`.

    Examples:
        >>> Level("national-legislature")
        <Level.NATIONAL_LEGISLATURE: 'national-legislature'>
    """

    UN_MEMBER_STATE = "un-member-state"
    NON_UN_STATE = "non-un-state"
    NATIONAL_LEGISLATURE = "national-legislature"
    SUBNATIONAL_REGION = "subnational-region"
    """A first-tier division of a country, or its legislature (a state, a region, an autonomous community)."""
    COUNTY = "county"
    """A second-tier division, or its council: a U.S. county, an Italian metropolitan city, a French department."""
    MUNICIPALITY = "municipality"
    PARTY = "party"
    OFFICIAL = "official"


class Act(enum.Enum):
    """What an act about Artsakh's status did (or, if rejected, would have done).

    ``recognize-independence``: recognized it, or a bill or resolution to recognize it;
    ``call-for-recognition``: called on a government to recognize it;
    ``support-self-determination``: supported self-determination, or taking part in negotiations;
    ``affirm-territorial-integrity``: a bill, resolution or statement recognizing Azerbaijan's territorial
    integrity or its sovereignty over the region;
    ``non-recognition``: a statement that a government or an international body does not recognize it;
    ``consider-recognition``: said it could or might recognize it, or was reported to.

    Examples:
        >>> Act("call-for-recognition")
        <Act.CALL_FOR_RECOGNITION: 'call-for-recognition'>
    """

    RECOGNIZE_INDEPENDENCE = "recognize-independence"
    CALL_FOR_RECOGNITION = "call-for-recognition"
    SUPPORT_SELF_DETERMINATION = "support-self-determination"
    AFFIRM_TERRITORIAL_INTEGRITY = "affirm-territorial-integrity"
    NON_RECOGNITION = "non-recognition"
    CONSIDER_RECOGNITION = "consider-recognition"


class Outcome(enum.Enum):
    """What became of an act: adopted, rejected, receded after adoption, only proposed,
    declared (a statement), or only reported by others.

    Examples:
        >>> Outcome("receded")
        <Outcome.RECEDED: 'receded'>
    """

    ADOPTED = "adopted"
    REJECTED = "rejected"
    RECEDED = "receded"
    PROPOSED = "proposed"
    DECLARED = "declared"
    REPORTED = "reported"


class PositionKind(enum.Enum):
    """The form a `Position` takes.

    Examples:
        >>> PositionKind("resolution")
        <PositionKind.RESOLUTION: 'resolution'>
    """

    RESOLUTION = "resolution"
    STATEMENT = "statement"
    REPORT = "report"
    JUDGMENT = "judgment"
    COMPLAINT = "complaint"
    DECLARATION = "declaration"
    LAW = "law"
    SCHOLARLY_VIEW = "scholarly-view"


class Stance(enum.Enum):
    """Which principle a `Position` upholds: Azerbaijan's territorial integrity, self-determination, both, or neither.

    Examples:
        >>> Stance("territorial-integrity")
        <Stance.TERRITORIAL_INTEGRITY: 'territorial-integrity'>
    """

    TERRITORIAL_INTEGRITY = "territorial-integrity"
    SELF_DETERMINATION = "self-determination"
    BOTH = "both"
    NEITHER = "neither"


class EventKind(enum.Enum):
    """What kind of thing an `Event` of the timeline is.

    Examples:
        >>> EventKind("ceasefire")
        <EventKind.CEASEFIRE: 'ceasefire'>
    """

    STATUS = "status"
    DECLARATION = "declaration"
    WAR = "war"
    CEASEFIRE = "ceasefire"
    OFFENSIVE = "offensive"
    BLOCKADE = "blockade"
    POGROM = "pogrom"
    MILITARY_OPERATION = "military-operation"
    SIEGE = "siege"
    DISPLACEMENT = "displacement"
    AGREEMENT = "agreement"
    VISIT = "visit"
    AID = "aid"
    MEETING = "meeting"
    SPORTS = "sports"
    ESTABLISHMENT = "establishment"
    """A body or a relation is established (the OSCE Minsk Group, diplomatic relations)."""
    ELECTION = "election"


@attrs.frozen(kw_only=True)
class Recognition(Record):
    """An act about Artsakh's status by a state, legislature, region, city, party or official.

    Attributes:
        actor: the entity id of the body; None where the source lost its name.
        level: the level of the body.
        country: ISO 3166-1 alpha-2 code of the body's country; None for non-UN states and international bodies.
        act: what the act did.
        outcome: what became of it.
        date: when; None where the text gives no date (undated records come last).
        receded: when it was receded, for ``Outcome.RECEDED``.
        mutual: True for a mutual recognition.
        vote: the vote, where the text gives it.

    Examples:
        >>> r = Recognition(id="rec-x", citations=(), actor="it-milan", level=Level.MUNICIPALITY, country="IT",
        ...                 act=Act.RECOGNIZE_INDEPENDENCE, outcome=Outcome.ADOPTED, date=EventDate.parse("2020-10-15"))
        >>> r.date.phrase()
        '15 October 2020'
    """

    dataset: ClassVar[str] = "recognitions"
    order_by: ClassVar[str | None] = "date"

    actor: str | None = _ref()
    level: Level
    country: str | None
    act: Act
    outcome: Outcome
    date: EventDate | None = _date(default=None)
    receded: EventDate | None = attrs.field(default=None, metadata={"attested": True})
    mutual: bool | None = None
    vote: Vote | None = None


@attrs.frozen(kw_only=True)
class Position(Record):
    """A resolution, statement, report, judgment or view about the status.

    Attributes:
        author: the entity id of who took the position.
        kind: its form.
        title: its name or number as the text gives it.
        date: when: an `EventDate`, or a `Period` for a position held over time
            ("since 2022": ``2022/..``); None where the text gives no date.
        stance: which principle it upholds.
        binding: whether it is legally binding, where the text says.
        vote: the vote, where the text gives it.
        summary: one sentence of what it says, in the editor's words.

    Examples:
        >>> p = Position(id="pos-x", citations=(), author="pace", kind=PositionKind.RESOLUTION,
        ...              title="Resolution 1416", date=EventDate.parse("2005"), stance=Stance.TERRITORIAL_INTEGRITY,
        ...              summary="...")
        >>> p.stance.value
        'territorial-integrity'
    """

    dataset: ClassVar[str] = "positions"
    order_by: ClassVar[str | None] = "date"

    author: str = _ref()
    kind: PositionKind
    title: str | None = None
    date: When | None = _date(default=None)
    stance: Stance
    binding: bool | None = None
    vote: Vote | None = None
    summary: str


@attrs.frozen(kw_only=True)
class Event(Record):
    """A dated event of the conflict's political history.

    Attributes:
        date: when, an `EventDate` or, for what lasted, a `Period`.
        kind: what kind of event.
        participants: entity ids of who took part.
        summary: one sentence, in the editor's words.

    Examples:
        >>> from karabakh_status import parse_edtf
        >>> e = Event(id="evt-x", citations=(), date=parse_edtf("2020-09-27/2020-11-10"), kind=EventKind.WAR,
        ...           summary="...")
        >>> e.date.phrase()
        'from 27 September 2020 to 10 November 2020'
    """

    dataset: ClassVar[str] = "events"
    order_by: ClassVar[str | None] = "date"

    date: When = _date()
    kind: EventKind
    participants: tuple[str, ...] = _ref(default=())
    summary: str
