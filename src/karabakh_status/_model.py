"""The record types: frozen attrs classes, enums for closed vocabularies, tuples not lists.

Field metadata drives the validator: ``entity`` marks a reference to the
gazetteer, ``attested`` marks a value that a quote of the record must state
(an actor's name or alias, a date).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from karabakh_status._dates import EventDate, Period, When

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._sources import Section

__all__ = [
    "Act",
    "Citation",
    "Claim",
    "Confidence",
    "Entity",
    "EntityKind",
    "Event",
    "EventKind",
    "FriendshipGroup",
    "Level",
    "Membership",
    "MinisterTerm",
    "Office",
    "Outcome",
    "Position",
    "PositionKind",
    "Recognition",
    "Record",
    "Relation",
    "Role",
    "Source",
    "SourceKind",
    "Stance",
    "TwinTown",
    "VisaArrangement",
    "Vote",
]


def _ref(*, attested: bool = True, default: Any = attrs.NOTHING) -> Any:
    """A field that holds entity ids; ``attested``: a quote must name the entity."""
    return attrs.field(default=default, metadata={"entity": True, "attested": attested})


def _date(*, default: Any = attrs.NOTHING) -> Any:
    """A date field that the record's quotes must attest."""
    return attrs.field(default=default, metadata={"attested": True})


class EntityKind(enum.Enum):
    """What kind of actor or place an `Entity` is.

    Examples:
        >>> EntityKind("municipality")
        <EntityKind.MUNICIPALITY: 'municipality'>
    """

    UN_MEMBER_STATE = "un-member-state"
    NON_UN_STATE = "non-un-state"
    SUBNATIONAL_REGION = "subnational-region"
    MUNICIPALITY = "municipality"
    LEGISLATURE = "legislature"
    GOVERNMENT_BODY = "government-body"
    PARTY = "party"
    INTERNATIONAL_ORGANISATION = "international-organisation"
    COURT = "court"
    NGO = "ngo"
    PERSON = "person"
    PUBLICATION = "publication"
    HISTORICAL_STATE = "historical-state"
    REGION = "region"
    """A geographic region that is no state (the Middle East, Europe)."""
    TREATY = "treaty"
    """A convention or treaty."""
    COMPETITION = "competition"
    """A sports competition or games."""


class SourceKind(enum.Enum):
    """Whether a source's text ships with the package (bundled) or is only cited (external).

    Examples:
        >>> SourceKind("bundled")
        <SourceKind.BUNDLED: 'bundled'>
    """

    BUNDLED = "bundled"
    EXTERNAL = "external"


class Confidence(enum.Enum):
    """How an external citation supports its record.

    ``confirmed``: the external source states the fact. ``inferred``: the match
    of the source to the record follows from order or elimination.

    Examples:
        >>> Confidence("confirmed")
        <Confidence.CONFIRMED: 'confirmed'>
    """

    CONFIRMED = "confirmed"
    INFERRED = "inferred"


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
    MUNICIPALITY = "municipality"
    PARTY = "party"
    OFFICIAL = "official"


class Act(enum.Enum):
    """What an act about Artsakh's status did (or, if rejected, would have done).

    ``recognize-independence``: recognized it, or a bill or resolution to recognize it;
    ``call-for-recognition``: called on a government to recognize it;
    ``support-self-determination``: supported self-determination, or taking part in negotiations;
    ``affirm-territorial-integrity``: a bill or resolution recognizing Azerbaijan's territorial integrity;
    ``non-recognition``: a statement that a government does not recognize it;
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
class Claim:
    """What one citation states about a field where the sources disagree.

    Attributes:
        field: the record's field (``"date"``, ``"act"``, ...).
        value: the value this citation states, as in JSON (EDTF for dates).

    Examples:
        >>> Claim(field="date", value="2006-12-01").value
        '2006-12-01'
    """

    field: str
    value: str


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a section of a source, that states a record.

    Attributes:
        source: the id of a `Source`.
        section: the heading path below the article title; ``()`` is the lead.
        quote: a verbatim substring of that section (runs of white space folded).
        locator: where in the quote the fact is, when the quote alone is
            ambiguous (a table entry, say); else None.
        claims: what this citation states where the sources disagree.
        confidence: for an external citation, how it supports the record.

    Examples:
        >>> c = Citation(source="foreign-relations-of-artsakh", section=("Ministry of Foreign Affairs",),
        ...              quote="2012–2017: Karen Mirzoyan")
        >>> c.context()
        '- 2012–2017: Karen Mirzoyan'
    """

    source: str
    section: tuple[str, ...]
    quote: str
    locator: str | None = None
    claims: tuple[Claim, ...] = ()
    confidence: Confidence | None = None

    def context(self) -> str | None:
        """The paragraph or line around the quote, from the bundled text; None for external sources."""
        from karabakh_status._sources import bundled_text

        text = bundled_text(self.source)
        return None if text is None else text.context(self.section, self.quote)


@attrs.frozen(kw_only=True)
class Vote:
    """A vote, as far as the text gives it.

    Examples:
        >>> Vote(in_favour=61, against=2).in_favour
        61
    """

    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False


@attrs.frozen(kw_only=True)
class Source:
    """A source the data cites: a bundled article (its text ships in the wheel) or an external page.

    Attributes:
        id: stable id; a bundled source's id is its text file's name without ``.txt``.
        title: the title of the article or page.
        publisher: who publishes it.
        url: where it is published.
        license: the license of its text, where known.
        kind: `SourceKind.BUNDLED` or `SourceKind.EXTERNAL`.
        file: the bundled text's file name; None for external sources.
        sha256: the bundled text's SHA-256; None for external sources.
        note: what an external source fills, or other remarks.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").source("foreign-relations-of-artsakh").url
        'https://en.wikipedia.org/wiki/Foreign_relations_of_Artsakh'
    """

    id: str
    title: str
    publisher: str
    url: str
    license: str | None
    kind: SourceKind
    file: str | None = None
    sha256: str | None = None
    note: str | None = None

    def sections(self) -> tuple[Section, ...]:
        """The heading tree of a bundled source, the lead first; ``()`` for an external source.

        Examples:
            >>> import karabakh_status
            >>> source = karabakh_status.load("1.0.0").source("foreign-relations-of-artsakh")
            >>> [" / ".join(s.path) for s in source.sections()][1:3]
            ['Ministry of Foreign Affairs', 'Bilateral relations']
        """
        from karabakh_status._sources import bundled_text

        text = bundled_text(self.id) if self.kind is SourceKind.BUNDLED else None
        return () if text is None else text.sections


@attrs.frozen(kw_only=True)
class Entity:
    """An actor or place of the gazetteer: records refer to it by id.

    Attributes:
        id: stable slug (``"it-milan"``, ``"artsakh"``).
        name: the canonical name.
        aliases: other names the sources use (``"NKR"``, ``"Berdzor"``).
        kind: what kind of actor or place it is.
        parent: the id of the entity it belongs to, or None.
        country: ISO 3166-1 alpha-2 code, where one applies.
        subdivision: ISO 3166-2 code, where one applies.
        note: remarks.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").entity("NKR").names[:3]
        ('Republic of Artsakh', 'Artsakh', 'Artsakh Republic')
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: EntityKind
    parent: str | None = attrs.field(default=None, metadata={"entity": True, "attested": False})
    country: str | None = None
    subdivision: str | None = None
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class Record:
    """What every cited record has: an id, its citations, an editor's note and
    the fields it infers rather than quotes.

    Attributes:
        id: a stable slug, unique across the dataset version.
        citations: the quotes that state the record (at least one).
        note: an editor's note: why a field is inferred, how the sources
            disagree, or where a source slips.
        inferred: the fields whose value no quote states literally (the note says how).

    Examples:
        >>> import karabakh_status
        >>> record = karabakh_status.load("1.0.0").get("mfa-1993-arkadi-ghukasyan")
        >>> isinstance(record, karabakh_status.Record), record.disputed, record.inferred
        (True, False, ())
    """

    dataset: ClassVar[str] = ""
    order_by: ClassVar[str | None] = None

    id: str
    citations: tuple[Citation, ...]
    note: str | None = None
    inferred: tuple[str, ...] = ()

    @property
    def disputed(self) -> bool:
        """Whether the sources disagree on this record (a citation states its own claim)."""
        return any(citation.claims for citation in self.citations)


@attrs.frozen(kw_only=True)
class MinisterTerm(Record):
    """A term of office of a foreign minister of Artsakh.

    Attributes:
        office: the entity id of the ministry.
        person: the entity id of the minister.
        term: the term, as a `Period`.
        acting: whether the minister was acting.

    Examples:
        >>> import karabakh_status
        >>> term = karabakh_status.load("1.0.0").get("mfa-2011-vasily-atajanyan")
        >>> term.acting, term.term.phrase()
        (True, 'from 2011 to 2012')
    """

    dataset: ClassVar[str] = "ministers"
    order_by: ClassVar[str | None] = "term"

    office: str = _ref(attested=False)
    person: str = _ref()
    term: Period = _date()
    acting: bool = False


@attrs.frozen(kw_only=True)
class Recognition(Record):
    """An act about Artsakh's status by a state, legislature, region, city, party or official.

    Attributes:
        actor: the entity id of the body; None where the source lost its name.
        level: the level of the body.
        country: ISO 3166-1 alpha-2 code of the body's country; None for non-UN states.
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


class Role(enum.Enum):
    """What Artsakh was to an organisation, convention or competition in a `Membership`.

    Examples:
        >>> Role("signatory")
        <Role.SIGNATORY: 'signatory'>
    """

    MEMBER = "member"
    CONTACT = "contact"
    VISIT = "visit"
    MEETING = "meeting"
    SIGNATORY = "signatory"
    PARTICIPANT = "participant"
    HOST = "host"


@attrs.frozen(kw_only=True)
class Office(Record):
    """A representative office of Artsakh abroad.

    Attributes:
        city: the entity id of the city it is in.
        country: the entity id of the host country.
        responsible_for: entity ids of regions it also covers (Beirut: the Middle East).
        accredited_to: entity ids of other countries it is accredited to (Washington: Canada).

    Examples:
        >>> import karabakh_status
        >>> [o.city for o in karabakh_status.load("1.0.0").offices(country="us")]
        ['us-washington']
    """

    dataset: ClassVar[str] = "offices"

    city: str = _ref()
    country: str = _ref()
    responsible_for: tuple[str, ...] = _ref(default=())
    accredited_to: tuple[str, ...] = _ref(default=())


@attrs.frozen(kw_only=True)
class Relation(Record):
    """Artsakh's bilateral relation with one counterpart, as a section of the text describes it.

    Attributes:
        counterpart: the entity id of the state (or region) on the other side.
        mutual_recognition: whether the two recognized each other, where the text says.
        visa_free: whether their citizens travel without visas, where the text says.
        summary: one sentence, in the editor's words.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").get("rel-abkhazia").mutual_recognition
        True
    """

    dataset: ClassVar[str] = "relations"

    counterpart: str = _ref()
    mutual_recognition: bool | None = None
    visa_free: bool | None = None
    summary: str


@attrs.frozen(kw_only=True)
class VisaArrangement(Record):
    """Whether citizens of Artsakh could travel to a counterpart without a visa, and the agreement's dates.

    Attributes:
        counterpart: the entity id of the state or organisation.
        visa_free: whether the text says travel was visa-free.
        signed: when an agreement was signed, where the text says.
        in_force: when it went into effect, where the text says.

    Examples:
        >>> import karabakh_status
        >>> visa = karabakh_status.load("1.0.0").visas(counterpart="abkhazia")[0]
        >>> visa.signed.phrase(), visa.in_force.phrase()
        ('22 February 2016', '1 April 2016')
    """

    dataset: ClassVar[str] = "visas"

    counterpart: str = _ref()
    visa_free: bool
    signed: EventDate | None = _date(default=None)
    in_force: EventDate | None = _date(default=None)


@attrs.frozen(kw_only=True)
class FriendshipGroup(Record):
    """A parliamentary friendship group with Artsakh, or a meeting about one.

    Attributes:
        counterpart: the entity id of the parliament (or group of politicians).
        date: when.
        established: True if a group was established; False for talks about ties.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").friendship_groups()[0].date.phrase()
        '26 February 2013'
    """

    dataset: ClassVar[str] = "friendship_groups"
    order_by: ClassVar[str | None] = "date"

    counterpart: str = _ref()
    date: EventDate = _date()
    established: bool


@attrs.frozen(kw_only=True)
class Membership(Record):
    """Artsakh's tie to an organisation, a convention or a competition.

    Attributes:
        counterpart: the entity id of the organisation, convention or competition.
        role: what Artsakh was to it (member, signatory, participant, host...).
        title: the name of a particular event or edition, as the text gives it.
        date: when, where the text says; None otherwise (undated records come last).
        place: the entity id of where it took place, where the text says.

    Examples:
        >>> import karabakh_status
        >>> [(m.title, m.role.value) for m in karabakh_status.load("1.0.0").memberships(role="host")]
        [('2019 CONIFA European Football Cup', 'host')]
    """

    dataset: ClassVar[str] = "memberships"
    order_by: ClassVar[str | None] = "date"

    counterpart: str = _ref()
    role: Role
    title: str | None = None
    date: EventDate | None = _date(default=None)
    place: str | None = _ref(default=None)


@attrs.frozen(kw_only=True)
class TwinTown(Record):
    """A town of Artsakh twinned with a town abroad.

    Attributes:
        town: the entity id of the town in Artsakh.
        partner: the entity id of the town abroad.

    Examples:
        >>> import karabakh_status
        >>> [t.partner for t in karabakh_status.load("1.0.0").twin_towns(town="Berdzor")]
        ['us-highland']
    """

    dataset: ClassVar[str] = "twin_towns"

    town: str = _ref()
    partner: str = _ref()


RECORD_TYPES: dict[str, type[Record]] = {
    cls.dataset: cls
    for cls in (
        MinisterTerm, Recognition, Position, Event, Office, Relation, VisaArrangement, FriendshipGroup, Membership,
        TwinTown,
    )
}  # fmt: skip
"""The cited datasets, by name; each is the file ``<name>.json`` of a version."""
