"""Positions on Artsakh"s status: resolutions, statements, reports, judgments, views."""

from __future__ import annotations

from typing import ClassVar

import attrs

from karabakh_status._dates import When
from karabakh_status._fields import Vocabulary, _date, _ref
from karabakh_status._model import Record, Vote

__all__ = ["Position", "PositionKind", "Stance"]


class PositionKind(Vocabulary):
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


class Stance(Vocabulary):
    """Which principle a `Position` upholds: Azerbaijan's territorial integrity, self-determination, both, or neither.

    Examples:
        >>> Stance("territorial-integrity")
        <Stance.TERRITORIAL_INTEGRITY: 'territorial-integrity'>
    """

    TERRITORIAL_INTEGRITY = "territorial-integrity"
    SELF_DETERMINATION = "self-determination"
    BOTH = "both"
    NEITHER = "neither"


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
        >>> from karabakh_status import EventDate
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
