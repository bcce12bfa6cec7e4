"""The foreign relations of Artsakh: ministers, offices, relations, visas, groups, memberships, twin towns."""

from __future__ import annotations

from typing import ClassVar

import attrs

from karabakh_status._dates import EventDate, Period
from karabakh_status._fields import Vocabulary, _date, _ref
from karabakh_status._model import Record

__all__ = [
    "FriendshipGroup",
    "Membership",
    "MinisterTerm",
    "Office",
    "Relation",
    "Role",
    "TwinTown",
    "VisaArrangement",
]


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


class Role(Vocabulary):
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
        host: the entity id of the host country (``"us"``). The files of dataset 1.x name this
            field ``country``; it is read as ``host``, so that a field named ``country`` always
            holds an ISO 3166-1 code (see the Versions page).
        responsible_for: entity ids of regions it also covers (Beirut: the Middle East).
        accredited_to: entity ids of other countries it is accredited to (Washington: Canada).

    Examples:
        >>> import karabakh_status
        >>> [(o.city, o.host) for o in karabakh_status.load("1.0.0").offices(country="US")]
        [('us-washington', 'us')]
    """

    dataset: ClassVar[str] = "offices"

    city: str = _ref()
    host: str = _ref(key="country")
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
    """Artsakh's tie to an organisation, a convention or a competition: membership,
    signature, participation, hosting, and the contacts, visits and meetings the text reports.

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
