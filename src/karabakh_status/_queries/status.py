"""Queries of the status: recognitions, positions, events and the timeline that merges them."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from karabakh_status._queries.filters import bounds, expect, members, select
from karabakh_status._queries.gazetteer import GazetteerQueries

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._event import Event, EventKind
    from karabakh_status._position import Position, PositionKind, Stance
    from karabakh_status._recognition import Act, Level, Outcome, Recognition

__all__ = ["StatusQueries"]


class StatusQueries(GazetteerQueries):
    """The queries of acts and views on the status (a mixin of `Dataset`)."""

    __slots__ = ()  # `Dataset` is immutable: no instance dictionary

    def recognitions(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        level: Level | str | Collection[Level | str] | None = None,
        act: Act | str | Collection[Act | str] | None = None,
        outcome: Outcome | str | Collection[Outcome | str] | None = None,
        between: Any = None,
        within: Any = None,
        starts_in: Any = None,
        disputed: bool | None = None,
    ) -> tuple[Recognition, ...]:
        """Acts about Artsakh's status, filtered; every filter given must match.

        ``actor``: an entity id, name or alias (that entity exactly; see `by_actor`);
        ``country``: ISO 3166-1 alpha-2, alpha-3 (``"FRA"``, in versions whose gazetteer carries
        it: from 1.2.0), or a country's name (``"France"``); ``level``,
        ``act``, ``outcome``: enum members or their values, or several of them in a tuple,
        list or set (any matches); ``between``: an EDTF string or date object the act's
        date may fall in; ``within``: one the act's date certainly falls in;
        ``starts_in``: one the act's earliest possible day falls in ("what happened in
        2023": undated acts match none of the three); ``disputed``: whether the sources
        disagree.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [r.id for r in data.recognitions(country="GB")]
            ['rec-gb-derby-2020']
            >>> len(data.recognitions(country="IT", between="2020-11")) > 5
            True
            >>> data.get("rec-tv-tuvalu-2012").date.phrase()   # may be 2020, is not surely 2020
            'on or after 2012'
            >>> [len(data.recognitions(actor="Tuvalu", **{f: "2020"})) for f in ("between", "within", "starts_in")]
            [1, 0, 0]
            >>> len(data.recognitions(outcome=("rejected", "receded"))) == len(
            ...     data.recognitions(outcome="rejected")) + len(data.recognitions(outcome="receded"))
            True
        """
        import karabakh_status._recognition as vocabulary  # a plain import: `from ... import` costs a small query

        name = "recognitions"
        expect(name, "actor", actor, str)
        expect(name, "country", country, str)
        expect(name, "disputed", disputed, bool)
        found: tuple[Recognition, ...] = self.records("recognitions")
        return select(
            found,
            function=name,
            actor=None if actor is None else self.entity(actor).id,
            country=None if country is None else self._country(country),
            level=members(vocabulary.Level, level, name, "level"),
            act=members(vocabulary.Act, act, name, "act"),
            outcome=members(vocabulary.Outcome, outcome, name, "outcome"),
            between=between,
            within=within,
            starts_in=starts_in,
            disputed=disputed,
        )

    def by_actor(self, key: str) -> tuple[Recognition, ...]:
        """The recognitions (acts about the status) whose actor is the entity or any entity within it
        (its cities, chambers, regions...); only recognitions: `relations_with` gives every record.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> {r.actor for r in data.by_actor("Italy")} >= {"it-milan", "it-lombardy"}
            True
        """
        expect("by_actor", "key", key, str, optional=False)
        inside = self._within(key)
        return tuple(r for r in self.records("recognitions") if r.actor in inside)

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
        import karabakh_status._recognition as vocabulary  # a plain import: `from ... import` costs a small query

        limit = bounds(day, "as_of", "day")[1]
        candidates = self._derived.get("as_of")
        if candidates is None:  # the acts that can be in force, with their bounds: computed once
            recognize = vocabulary.Act.RECOGNIZE_INDEPENDENCE
            in_force = (vocabulary.Outcome.ADOPTED, vocabulary.Outcome.RECEDED)
            candidates = self._derived["as_of"] = tuple(
                (r, r.date.span[1], None if r.receded is None else r.receded.span[0])
                for r in self.records("recognitions")
                if r.act is recognize and r.outcome in in_force and r.date is not None
            )
        return tuple([r for r, latest, ends in candidates if latest <= limit and (ends is None or ends > limit)])

    def positions(
        self,
        *,
        author: str | None = None,
        kind: PositionKind | str | Collection[PositionKind | str] | None = None,
        stance: Stance | str | Collection[Stance | str] | None = None,
        binding: bool | None = None,
        between: Any = None,
        within: Any = None,
        starts_in: Any = None,
    ) -> tuple[Position, ...]:
        """Resolutions, statements, reports, judgments and views on the status, filtered.

        ``author``: an entity id, name or alias; ``kind``, ``stance``: one value or several
        (any matches); ``between``: an EDTF string or date object the position's date may
        fall in; ``within``: one it certainly falls in; ``starts_in``: one its earliest
        possible day falls in (undated positions match none of the three).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> sorted(p.title for p in data.positions(author="UN Security Council"))[:2]
            ['Resolution 822', 'Resolution 853']
        """
        import karabakh_status._position as vocabulary

        name = "positions"
        expect(name, "author", author, str)
        expect(name, "binding", binding, bool)
        return select(
            self.records("positions"),
            function=name,
            author=None if author is None else self.entity(author).id,
            kind=members(vocabulary.PositionKind, kind, name, "kind"),
            stance=members(vocabulary.Stance, stance, name, "stance"),
            binding=binding,
            between=between,
            within=within,
            starts_in=starts_in,
        )

    def events(
        self,
        *,
        between: Any = None,
        within: Any = None,
        starts_in: Any = None,
        kind: EventKind | str | Collection[EventKind | str] | None = None,
        participant: str | None = None,
    ) -> tuple[Event, ...]:
        """The dated events of the timeline, filtered by kind (one or several), participant and date.

        ``between``: an EDTF string or date object the event's date may fall in
        (overlap); ``within``: one it certainly falls in; ``starts_in``: one its
        earliest possible day falls in (it began then, or may have).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> [e.date.phrase() for e in data.events(kind="war")][:1]
            ['from 1991 to 1994']
        """
        import karabakh_status._event as vocabulary

        expect("events", "participant", participant, str)
        found: tuple[Event, ...] = self.records("events")
        if participant is not None:
            who = self.entity(participant).id
            found = tuple(e for e in found if who in e.participants)
        kinds = members(vocabulary.EventKind, kind, "events", "kind")
        return select(found, function="events", kind=kinds, between=between, within=within, starts_in=starts_in)

    def timeline(
        self, *, between: Any = None, within: Any = None, starts_in: Any = None
    ) -> tuple[Event | Position | Recognition, ...]:
        """Events, positions and recognitions in one chronological sequence (dated records only).

        ``between``: an EDTF string or date object a record's date may fall in (it may
        overlap it: "on or after 2012" overlaps 2023); ``within``: one it certainly falls
        in (a thing that began in 2023 and has no known end does not); ``starts_in``: one
        its earliest possible day falls in, what "what happened in 2023?" means.

        Ordered by earliest, then latest possible day; on a tie, events before
        positions before recognitions, each in file order.

        Examples:
            >>> import karabakh_status
            >>> items = karabakh_status.load("1.0.0").timeline(between="2023-09-19")
            >>> [(type(r).__name__, r.id) for r in items if str(r.date) == "2023-09-19"]
            [('Event', 'evt-az-offensive-2023-09-19')]
            >>> "rec-tv-tuvalu-2012" in [r.id for r in karabakh_status.load("1.0.0").timeline(starts_in="2023")]
            False
        """
        merged = [
            (r.date.earliest, r.date.latest, rank, index, r)
            for rank, name in enumerate(("events", "positions", "recognitions"))
            for index, r in enumerate(self.records(name))
            if r.date is not None
        ]
        merged.sort(key=lambda item: item[:4])
        records = tuple(item[4] for item in merged)
        return select(records, function="timeline", between=between, within=within, starts_in=starts_in)
