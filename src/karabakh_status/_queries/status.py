"""Queries of the status: recognitions, positions, events and the timeline that merges them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from karabakh_status._queries.filters import bounds, member, select
from karabakh_status._queries.gazetteer import GazetteerQueries

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._status import (
        Act,
        Event,
        EventKind,
        Level,
        Outcome,
        Position,
        PositionKind,
        Recognition,
        Stance,
    )

__all__ = ["StatusQueries"]


class StatusQueries(GazetteerQueries):
    """The queries of acts and views on the status (a mixin of `Dataset`)."""

    def recognitions(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        level: Level | str | None = None,
        act: Act | str | None = None,
        outcome: Outcome | str | None = None,
        between: Any = None,
        within: Any = None,
        disputed: bool | None = None,
    ) -> tuple[Recognition, ...]:
        """Acts about Artsakh's status, filtered; every filter given must match.

        ``actor``: an entity id, name or alias (that entity exactly; see `by_actor`);
        ``country``: ISO 3166-1 alpha-2, or a country's name (``"France"``); ``level``,
        ``act``, ``outcome``: enum members or their values; ``between``: an EDTF string
        or date object the act's date may fall in; ``within``: one the act's date
        certainly falls in (undated acts match neither); ``disputed``: whether the
        sources disagree.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [r.id for r in data.recognitions(country="GB")]
            ['rec-gb-derby-2020']
            >>> len(data.recognitions(country="IT", between="2020-11")) > 5
            True
            >>> data.get("rec-tv-tuvalu-2012").date.phrase()   # may be 2020, is not surely 2020
            'on or after 2012'
            >>> [len(data.recognitions(actor="Tuvalu", **{f: "2020"})) for f in ("between", "within")]
            [1, 0]
        """
        import karabakh_status._status as vocabulary  # a plain import: `from ... import` costs a small filter

        found: tuple[Recognition, ...] = self.records("recognitions")
        return select(
            found,
            actor=None if actor is None else self.entity(actor).id,
            country=None if country is None else self._country(country),
            level=member(vocabulary.Level, level),
            act=member(vocabulary.Act, act),
            outcome=member(vocabulary.Outcome, outcome),
            between=between,
            within=within,
            disputed=disputed,
        )

    def by_actor(self, key: str) -> tuple[Recognition, ...]:
        """The acts of an entity and of every entity within it (its cities, chambers, regions...).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> {r.actor for r in data.by_actor("Italy")} >= {"it-milan", "it-lombardy"}
            True
        """
        root = self.entity(key).id
        entities = {e.id: e for e in self.records("entities")}

        def within(entity_id: str | None) -> bool:
            seen: set[str] = set()
            while entity_id is not None and entity_id not in seen:
                if entity_id == root:
                    return True
                seen.add(entity_id)
                entity = entities.get(entity_id)
                entity_id = entity.parent if entity is not None else None
            return False

        return tuple(r for r in self.records("recognitions") if within(r.actor))

    def as_of(self, day: Any) -> tuple[Recognition, ...]:
        """The recognitions of independence in force on a day: adopted certainly by then, not yet receded.

        ``day`` is a `datetime.date`, an EDTF string or a date object; for a
        partial date its last possible day counts ("2013" means 31 December 2013).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> "rec-us-maine-2013" in [r.id for r in data.as_of("2013-04-20")]
            True
            >>> "rec-us-maine-2013" in [r.id for r in data.as_of("2013-05")]
            False
        """
        import karabakh_status._status as vocabulary

        limit = bounds(day)[1]
        recognize = vocabulary.Act.RECOGNIZE_INDEPENDENCE
        in_force = (vocabulary.Outcome.ADOPTED, vocabulary.Outcome.RECEDED)
        return tuple(
            [
                r
                for r in self.records("recognitions")
                if r.act is recognize
                and r.outcome in in_force
                and (d := r.date) is not None
                and (d._span or d.span)[1] <= limit
                and ((receded := r.receded) is None or (receded._span or receded.span)[0] > limit)
            ]
        )

    def positions(
        self,
        *,
        author: str | None = None,
        kind: PositionKind | str | None = None,
        stance: Stance | str | None = None,
        binding: bool | None = None,
        between: Any = None,
        within: Any = None,
    ) -> tuple[Position, ...]:
        """Resolutions, statements, reports, judgments and views on the status, filtered.

        ``author``: an entity id, name or alias; ``between``: an EDTF string or date
        object the position's date may fall in; ``within``: one it certainly falls in
        (undated positions match neither).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> sorted(p.title for p in data.positions(author="UN Security Council"))[:2]
            ['Resolution 822', 'Resolution 853']
        """
        import karabakh_status._status as vocabulary

        found: tuple[Position, ...] = self.records("positions")
        return select(
            found,
            author=None if author is None else self.entity(author).id,
            kind=member(vocabulary.PositionKind, kind),
            stance=member(vocabulary.Stance, stance),
            binding=binding,
            between=between,
            within=within,
        )

    def events(
        self,
        *,
        between: Any = None,
        within: Any = None,
        kind: EventKind | str | None = None,
        participant: str | None = None,
    ) -> tuple[Event, ...]:
        """The dated events of the timeline, filtered by kind, participant and date.

        ``between``: an EDTF string or date object the event's date may fall in
        (overlap); ``within``: one it certainly falls in.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [e.date.phrase() for e in data.events(kind="war")][:1]
            ['from 1991 to 1994']
        """
        import karabakh_status._status as vocabulary

        found: tuple[Event, ...] = self.records("events")
        if participant is not None:
            who = self.entity(participant).id
            found = tuple(e for e in found if who in e.participants)
        return select(found, kind=member(vocabulary.EventKind, kind), between=between, within=within)

    def timeline(self, *, between: Any = None, within: Any = None) -> tuple[Event | Position | Recognition, ...]:
        """Events, positions and recognitions in one chronological sequence (dated records only).

        ``between``: an EDTF string or date object a record's date may fall in;
        ``within``: one it certainly falls in.

        Ordered by earliest, then latest possible day; on a tie, events before
        positions before recognitions, each in file order.

        Examples:
            >>> import karabakh_status
            >>> items = karabakh_status.load("1.0.0").timeline(between="2023-09-19")
            >>> [(type(r).__name__, r.id) for r in items if str(r.date) == "2023-09-19"]
            [('Event', 'evt-az-offensive-2023-09-19')]
        """
        merged = [
            (r.date.earliest, r.date.latest, rank, index, r)
            for rank, name in enumerate(("events", "positions", "recognitions"))
            for index, r in enumerate(self.records(name))
            if r.date is not None
        ]
        merged.sort(key=lambda item: item[:4])
        return select(tuple(item[4] for item in merged), between=between, within=within)
