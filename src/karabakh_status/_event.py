"""The events of the timeline of the conflict"s political history."""

from __future__ import annotations

from typing import ClassVar

import attrs

from karabakh_status._dates import When
from karabakh_status._fields import Vocabulary, _date, _ref
from karabakh_status._model import Record

__all__ = ["Event", "EventKind"]


class EventKind(Vocabulary):
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
    REFERENDUM = "referendum"
    """A popular vote on a question (the independence referendum); from dataset 1.2.0."""
    RESTRICTION = "restriction"
    """A government bars people from a place or from working there (a blacklist); from dataset 1.2.0."""
    DETENTION = "detention"
    """People are detained (the detentions at a checkpoint); from dataset 1.2.0."""
    ATTACK = "attack"
    """People are killed or shot at, outside a named offensive (farmers at work); from dataset 1.2.0."""


@attrs.frozen(kw_only=True)
class Event(Record):
    """An event of the conflict's political history.

    Attributes:
        date: when, an `EventDate` or, for what lasted, a `Period`; None where the text gives no date
            (from dataset 1.2.0: an undated fact is still a record).
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

    date: When | None = _date(default=None)
    kind: EventKind
    participants: tuple[str, ...] = _ref(default=())
    summary: str
