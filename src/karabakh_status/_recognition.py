"""Acts about Artsakh"s status: recognitions, calls for it, affirmations of territorial integrity."""

from __future__ import annotations

from typing import ClassVar

import attrs

from karabakh_status._dates import EventDate
from karabakh_status._fields import Vocabulary, _date, _ref
from karabakh_status._model import Record, Vote

__all__ = ["Act", "Level", "Outcome", "Recognition"]


class Level(Vocabulary):
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


class Act(Vocabulary):
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


class Outcome(Vocabulary):
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
