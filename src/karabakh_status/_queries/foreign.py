"""Queries of foreign relations: ministers, offices, relations, visas, groups, memberships, twin towns."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from karabakh_status._queries.filters import as_date, expect, members, select
from karabakh_status._queries.gazetteer import GazetteerQueries
from karabakh_status.errors import NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._foreign import (
        FriendshipGroup,
        Membership,
        MinisterTerm,
        Office,
        Relation,
        Role,
        TwinTown,
        VisaArrangement,
    )

__all__ = ["ForeignQueries"]


class ForeignQueries(GazetteerQueries):
    """The queries of Artsakh's foreign relations (a mixin of `Dataset`)."""

    __slots__ = ()  # `Dataset` is immutable: no instance dictionary

    def ministers(self, *, person: str | None = None, on: Any = None) -> tuple[MinisterTerm, ...]:
        """The foreign ministers' terms, filtered by person (id, name or alias) and by a date they may include.

        ``on`` is a `datetime.date`, an EDTF string or a date object of this
        package; a term matches when it may overlap it.

        Examples:
            >>> import karabakh_status
            >>> [t.person for t in karabakh_status.load("1.0.0").ministers(on="2012")]
            ['vasily-atajanyan', 'karen-mirzoyan']
        """
        expect("ministers", "person", person, str)
        terms: tuple[MinisterTerm, ...] = self.records("ministers")
        if person is not None:
            who = self.entity(person).id
            terms = tuple(t for t in terms if t.person == who)
        if on is not None:
            when = as_date(on, "ministers", "on")
            terms = tuple(t for t in terms if t.term.overlaps(when))
        return terms

    def minister_on(self, day: Any) -> MinisterTerm:
        """The term of the foreign minister in office on a date: the latest term that may include it.

        Raises `NotFoundError` when no term may include it, `DateError` for ``None`` (no date).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").minister_on(None)
            Traceback (most recent call last):
            karabakh_status.errors.DateError: 'None': minister_on() needs a date for day, got None
        """
        as_date(day, "minister_on", "day")
        terms = self.ministers(on=day)
        if not terms:
            raise NotFoundError("minister's term", str(day), message=f"no minister's term includes {day}")
        return terms[-1]

    def offices(self, *, country: str | None = None, host: str | None = None) -> tuple[Office, ...]:
        """Artsakh's representative offices, filtered by the host country's ISO 3166-1 alpha-2 code
        (``country``: ``"US"``, its alpha-3 code ``"USA"`` from dataset 1.2.0, or a country's name) or by
        the host entity (``host``: an id, name or alias).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> len({o.host for o in data.offices()})
            7
            >>> [o.city for o in data.offices(country="US")] == [o.city for o in data.offices(host="us")]
            True
        """
        expect("offices", "country", country, str)
        expect("offices", "host", host, str)
        found: tuple[Office, ...] = self.records("offices")
        if host is not None:
            where = self.entity(host).id
            found = tuple(o for o in found if o.host == where)
        if country is not None:
            code = self._country(country)
            found = tuple(o for o in found if self.get(o.host).country == code)
        return found

    def relations(self) -> tuple[Relation, ...]:
        """Artsakh's bilateral relations, one record per counterpart the text describes.

        Examples:
            >>> import karabakh_status
            >>> [r.counterpart for r in karabakh_status.load("1.0.0").relations() if r.mutual_recognition]
            ['abkhazia', 'south-ossetia', 'transnistria']
        """
        found: tuple[Relation, ...] = self.records("relations")
        return found

    def visas(self, *, counterpart: str | None = None) -> tuple[VisaArrangement, ...]:
        """Where citizens of Artsakh could travel without a visa, filtered by counterpart.

        Examples:
            >>> import karabakh_status
            >>> [v.counterpart for v in karabakh_status.load("1.0.0").visas(counterpart="Armenia")]
            ['am']
        """
        expect("visas", "counterpart", counterpart, str)
        found: tuple[VisaArrangement, ...] = self.records("visas")
        if counterpart is not None:
            who = self.entity(counterpart).id
            found = tuple(v for v in found if v.counterpart == who)
        return found

    def friendship_groups(
        self, *, between: Any = None, within: Any = None, starts_in: Any = None
    ) -> tuple[FriendshipGroup, ...]:
        """Parliamentary friendship groups (and talks about ties), filtered by date.

        ``between``: an EDTF string or date object a group's date may fall in;
        ``within``: one it certainly falls in; ``starts_in``: one its earliest possible day falls in.

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").friendship_groups(between="2019"))
            3
        """
        groups = self.records("friendship_groups")
        return select(groups, function="friendship_groups", between=between, within=within, starts_in=starts_in)

    def memberships(
        self, *, counterpart: str | None = None, role: Role | str | Collection[Role | str] | None = None
    ) -> tuple[Membership, ...]:
        """Artsakh's organisations, conventions and sports competitions, filtered by counterpart and
        role (one or several: any matches).

        Examples:
            >>> import karabakh_status
            >>> len(karabakh_status.load("1.0.0").memberships(role="signatory"))
            3
        """
        from karabakh_status._foreign import Role

        expect("memberships", "counterpart", counterpart, str)
        found: tuple[Membership, ...] = self.records("memberships")
        if counterpart is not None:
            who = self.entity(counterpart).id
            found = tuple(m for m in found if m.counterpart == who)
        return select(found, function="memberships", role=members(Role, role, "memberships", "role"))

    def twin_towns(self, *, town: str | None = None) -> tuple[TwinTown, ...]:
        """Twin towns and sister cities; ``town`` (an id, name or alias) matches either side.

        Examples:
            >>> import karabakh_status
            >>> sorted(t.partner for t in karabakh_status.load("1.0.0").twin_towns(town="Stepanakert"))[:1]
            ['br-franco-da-rocha']
        """
        expect("twin_towns", "town", town, str)
        found: tuple[TwinTown, ...] = self.records("twin_towns")
        if town is not None:
            where = self.entity(town).id
            found = tuple(t for t in found if where in (t.town, t.partner))
        return found
