"""Queries of the gazetteer: sources, entities by id, name or alias, everything about one entity."""

from __future__ import annotations

import _thread
from typing import TYPE_CHECKING, Any

import attrs

from karabakh_status._datasets import CITED
from karabakh_status._model import Entity, EntityKind, Record, Source
from karabakh_status._queries.filters import member
from karabakh_status.errors import NotFoundError

__all__ = ["GazetteerQueries"]


class GazetteerQueries:
    """The queries of sources and entities (a mixin of `Dataset`, which provides what it declares)."""

    if TYPE_CHECKING:  # pragma: no cover - provided by Dataset
        _lock: _thread.LockType
        _names: dict[str, tuple[Entity, ...]] | None

        def records(self, dataset: str) -> tuple[Any, ...]: ...
        def get(self, id: str) -> Any: ...
        def _where(self, id: str) -> tuple[str, int] | None: ...

    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites: the bundled articles first, then external pages."""
        return self.records("sources")

    def source(self, id: str) -> Source:
        """The source with this id."""
        where = self._where(id)
        found = self.get(id) if where is not None and where[0] == "sources" else None
        if not isinstance(found, Source):
            raise NotFoundError("source", id, f"; sources: {', '.join(s.id for s in self.sources())}")
        return found

    def entities(self, *, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
        """The gazetteer, filtered by kind and ISO 3166-1 alpha-2 country code.

        Examples:
            >>> import karabakh_status
            >>> [e.name for e in karabakh_status.load("1.0.0").entities(kind="person")][:2]
            ['Arkadi Ghukasyan', 'Naira Melkumian']
        """
        if kind is None and country is None:
            return self.records("entities")
        wanted = member(EntityKind, kind)
        code = None if country is None else self._country(country)
        return tuple(
            e
            for e in self.records("entities")
            if (wanted is None or e.kind is wanted) and (code is None or e.country == code)
        )

    def _country(self, key: str) -> str:
        """An ISO 3166-1 alpha-2 code from itself (any case) or from a country's id, name or alias."""
        if len(key) == 2 and key.isascii() and key.isalpha():
            return key.upper()
        code = self.entity(key).country
        if code is None:
            raise NotFoundError("country", key, message=f"{key!r} has no ISO 3166-1 country code")
        return code

    def entity(self, key: str) -> Entity:
        """The entity with this id, or else the one whose name or alias is ``key`` (any case), or else
        the one with that other name (`Entity.other_names`: ISO 3166-2's ``"Xankəndi"``).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").entity("NKR").id
            'artsakh'
        """
        for candidate in (key, key.lower()):  # ids are lower case: "FR" is the entity "fr"
            where = self._where(candidate)
            if where is not None and where[0] == "entities":
                found: Entity = self.get(candidate)
                return found
        if self._names is None:
            entities = self.records("entities")
            with self._lock:
                if self._names is None:
                    names: dict[str, list[Entity]] = {}
                    for entity in entities:
                        for name in {n.casefold() for n in entity.names}:
                            names.setdefault(name, []).append(entity)
                    others: dict[str, list[Entity]] = {}  # external sources' names: never over the sources' own
                    for entity in entities:
                        for name in {n.name.casefold() for n in entity.other_names} - names.keys():
                            others.setdefault(name, []).append(entity)
                    names.update(others)
                    self._names = {name: tuple(found) for name, found in names.items()}
        matches = self._names.get(key.casefold(), ())
        if len(matches) == 1:
            return matches[0]
        hint = f"; it names {', '.join(e.id for e in matches)}" if matches else ""
        raise NotFoundError("entity", key, hint or " nor that name or alias")

    def relations_with(self, key: str) -> tuple[Record, ...]:
        """Everything the data holds about one counterpart: every record, of any dataset, that refers to
        the entity (as actor, author, participant, counterpart, city, place...), in dataset order.

        Examples:
            >>> import karabakh_status
            >>> {type(r).__name__ for r in karabakh_status.load("1.0.0").relations_with("Transnistria")} >= {
            ...     "Recognition", "Relation", "VisaArrangement", "Event"}
            True
        """
        who = self.entity(key).id
        found: list[Record] = []
        for name in CITED:
            for record in self.records(name):
                fields = (f for f in attrs.fields(type(record)) if f.metadata.get("entity"))
                values = (getattr(record, f.name) for f in fields)
                if any(who == v or (isinstance(v, tuple) and who in v) for v in values):
                    found.append(record)
        return tuple(found)
