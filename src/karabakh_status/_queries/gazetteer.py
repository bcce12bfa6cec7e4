"""Queries of the gazetteer: sources, entities by id, name or alias, everything about one entity."""

from __future__ import annotations

import _thread
from typing import TYPE_CHECKING, Any

import attrs

from karabakh_status._datasets import CITED
from karabakh_status._queries.filters import expect, member
from karabakh_status.errors import NotFoundError

if TYPE_CHECKING:  # pragma: no cover - a lookup of a cited record never defines the gazetteer's classes
    from karabakh_status._gazetteer import Entity, EntityKind, Source
    from karabakh_status._model import Record

__all__ = ["GazetteerQueries"]

_NO_ENTITY = (
    "entity(None): no entity to look up: the record has no actor (or author, host...), its text names none; "
    "test it first: `data.entity(record.actor).name if record.actor else None`"
)


class GazetteerQueries:
    """The queries of sources and entities (a mixin of `Dataset`, which provides what it declares)."""

    __slots__ = ()  # `Dataset` is immutable: no instance dictionary

    if TYPE_CHECKING:  # pragma: no cover - provided by Dataset
        _lock: _thread.LockType
        _names: dict[str, tuple[Entity, ...]] | None
        _derived: dict[str, Any]
        _indexes: dict[str, dict[str, int]]

        def records(self, dataset: str) -> tuple[Any, ...]: ...
        def get(self, id: str) -> Any: ...
        def _where(self, id: str) -> tuple[str, int] | None: ...

    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites: the bundled articles first, then external pages."""
        return self.records("sources")

    def source(self, id: str) -> Source:
        """The source with this id."""
        expect("source", "id", id, str, optional=False)
        where = self._where(id)
        found = self.get(id) if where is not None and where[0] == "sources" else None
        from karabakh_status._gazetteer import Source

        if not isinstance(found, Source):
            raise NotFoundError("source", id, f"; sources: {', '.join(s.id for s in self.sources())}")
        return found

    def entities(self, *, kind: EntityKind | str | None = None, country: str | None = None) -> tuple[Entity, ...]:
        """The gazetteer, filtered by kind and country (an ISO 3166-1 alpha-2 code, an alpha-3 code from
        dataset 1.2.0, or a country's name).

        Examples:
            >>> import karabakh_status
            >>> [e.name for e in karabakh_status.load("1.0.0").entities(kind="person")][:2]
            ['Arkadi Ghukasyan', 'Naira Melkumian']
        """
        expect("entities", "country", country, str)
        if kind is None and country is None:
            return self.records("entities")
        from karabakh_status._gazetteer import EntityKind

        wanted = member(EntityKind, kind, "entities", "kind")
        code = None if country is None else self._country(country)
        return tuple(
            e
            for e in self.records("entities")
            if (wanted is None or e.kind is wanted) and (code is None or e.country == code)
        )

    def _country(self, key: str) -> str:
        """An ISO 3166-1 alpha-2 code from itself (any case), from an alpha-3 code the gazetteer carries
        (``"ITA"``, from dataset 1.2.0), or from a country's id, name or alias: the one place a
        ``country=`` filter is resolved.

        A two-letter code that no entity of the gazetteer carries is an error; a code that ISO
        3166-1 reserves for a country that has another (``UK``: ``GB``) says which; three letters
        that are neither an alpha-3 code of the gazetteer nor a name or alias say so.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.2.0")
            >>> data._country("ITA"), data._country("ita"), data._country("IT"), data._country("Italy")
            ('IT', 'IT', 'IT', 'IT')
        """
        if len(key) == 2 and key.isascii() and key.isalpha():
            import karabakh_status._countries as countries  # a plain import: `from ... import` costs ~0.4 us a call

            return countries.check_code(key, self.records("entities"))
        if len(key) == 3 and key.isascii() and key.isalpha():
            import karabakh_status._countries as countries

            code = countries.alpha_2_of(key, self.records("entities"))
            if code is not None:
                return code
            try:
                self.entity(key)
            except NotFoundError:
                raise countries.unknown_alpha_3(key, self.records("entities")) from None
        code = self.entity(key).country
        if code is None:
            raise NotFoundError("country", key, message=f"{key!r} has no ISO 3166-1 country code")
        return code

    def entity(self, key: str) -> Entity:
        """The entity with this id, or else the one whose name or alias is ``key`` (any case), or else
        the one with that other name (`Entity.other_names`: ISO 3166-2's ``"Xankəndi"``), or else the one
        name that ``key`` spells without its accents. Names compare in any Unicode form (NFC or NFD).

        ``None`` (the actor of a record whose text names none) raises a `NotFoundError` that says so:
        write ``data.entity(r.actor).name if r.actor else None``.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> data.entity("NKR").id
            'artsakh'
            >>> data.entity(None)  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            karabakh_status.errors.NotFoundError: entity(None): no entity to look up: the record has no actor...
            >>> data = karabakh_status.load("1.1.0")
            >>> data.entity("Que\u0301bec").id, data.entity("Xankendi").id
            ('ca-quebec', 'artsakh-stepanakert')
        """
        if key is None:
            raise NotFoundError("entity", "None", message=_NO_ENTITY)
        expect("entity", "key", key, str, optional=False)
        if not key.isascii():  # one form of a name: "Que\u0301bec" (NFD) is "Québec" (NFC)
            import unicodedata

            key = unicodedata.normalize("NFC", key)
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
                        for name in {_nfc(n).casefold() for n in entity.names}:
                            names.setdefault(name, []).append(entity)
                    others: dict[str, list[Entity]] = {}  # external sources' names: never over the sources' own
                    for entity in entities:
                        for name in {_nfc(n.name).casefold() for n in entity.other_names} - names.keys():
                            others.setdefault(name, []).append(entity)
                    names.update(others)
                    object.__setattr__(self, "_names", {name: tuple(found) for name, found in names.items()})
        assert self._names is not None  # set just above (the Dataset is frozen: object.__setattr__)
        matches = self._names.get(key.casefold(), ())
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise NotFoundError("entity", key, f"; it names {', '.join(e.id for e in matches)}")
        from karabakh_status._search import fold, lookup_index

        folded = fold(key)  # no accents: "Xankendi" is "Xankəndi"'s other name, "Quebec" the alias "Québec"
        unaccented = {e.id: e for e in lookup_index(self).get(folded, ())} if folded else {}
        if len(unaccented) == 1:
            return next(iter(unaccented.values()))
        if unaccented:
            raise NotFoundError("entity", key, f"; without accents it names {', '.join(unaccented)}")
        from karabakh_status._countries import nearest

        known = [name for entity in self.records("entities") for name in entity.names]
        raise NotFoundError("entity", key, " nor that name or alias" + nearest(key, [*known, *self._ids()]))

    def _ids(self) -> list[str]:
        """Every id of the version (each file indexed once)."""
        from karabakh_status._datasets import DATASETS

        self._where("")  # indexes every file
        return [record_id for name in DATASETS for record_id in self._indexes.get(name, {})]

    def _within(self, key: str) -> set[str]:
        """The ids of an entity and of every entity within it (its cities, chambers, regions...)."""
        root = self.entity(key).id
        parents = {e.id: e.parent for e in self.records("entities")}
        inside = {root}
        for entity_id in parents:
            seen: list[str] = []
            at: str | None = entity_id
            while at is not None and at not in inside and at not in seen:
                seen.append(at)
                at = parents.get(at)
            if at in inside:
                inside.update(seen)
        return inside

    def relations_with(self, key: str, *, parts: bool = True) -> tuple[Record, ...]:
        """Everything the data holds about an entity and its parts: every record, of every cited
        dataset, that refers (as actor, author, participant, counterpart, host, city, place...) to
        the entity or, with ``parts`` (the default), to any entity within it (its cities, regions,
        chambers...), in dataset order. This is the way to get everything about an entity;
        `by_actor` gives only the acts of recognition.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.0.0")
            >>> {type(r).__name__ for r in data.relations_with("Transnistria")} >= {
            ...     "Recognition", "Relation", "VisaArrangement", "Event"}
            True
            >>> set(data.by_actor("France")) <= set(data.relations_with("France"))
            True
            >>> len(data.relations_with("France", parts=False)) < len(data.relations_with("France"))
            True
        """
        expect("relations_with", "key", key, str, optional=False)
        expect("relations_with", "parts", parts, bool, optional=False)
        wanted = self._within(key) if parts else {self.entity(key).id}
        found: list[Record] = []
        for name in CITED:
            for record in self.records(name):
                fields = (f for f in attrs.fields(type(record)) if f.metadata.get("entity"))
                values = (getattr(record, f.name) for f in fields)
                if any((v in wanted) if isinstance(v, str) else (isinstance(v, tuple) and not wanted.isdisjoint(v))
                       for v in values):  # fmt: skip
                    found.append(record)
        return tuple(found)


def _nfc(name: str) -> str:
    """A name in Unicode's composed form (NFC), as `GazetteerQueries.entity` compares names."""
    if name.isascii():
        return name
    import unicodedata

    return unicodedata.normalize("NFC", name)
