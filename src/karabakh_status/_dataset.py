"""`Dataset`: one version's records with their queries.

A `Store` reads, verifies, builds and finds the records (file by file, on first use); the queries come
from the mixins of `_queries`; search and validation from their own modules, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from karabakh_status._queries.foreign import ForeignQueries
from karabakh_status._queries.status import StatusQueries
from karabakh_status._queries.tables import TableQueries
from karabakh_status._store import Store

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._gazetteer import Entity
    from karabakh_status._model import Record
    from karabakh_status._violation import Violation

__all__ = ["Dataset"]


class Dataset(Store, StatusQueries, ForeignQueries, TableQueries):
    """One dataset version: typed, immutable records with lookups and filters.

    Get one with `karabakh_status.load`. Each file is read on first use, once. A `Dataset` is
    immutable: assigning or deleting an attribute raises `AttributeError`, so the shared cached
    one cannot be changed for everyone.

    Examples:
        >>> import karabakh_status
        >>> data = karabakh_status.load("1.0.0")
        >>> data.version
        '1.0.0'
        >>> data.minister_on("2015").person
        'karen-mirzoyan'
        >>> data.get = None
        Traceback (most recent call last):
        ...
        AttributeError: a Dataset is immutable: cannot set 'get'
    """

    __slots__ = ()  # a `Store`'s: the same layout, so `load` can make a shipped `Store` a `Dataset`

    def _repr_html_(self) -> str:
        """The version as a card in a notebook (`karabakh_status._html`): its state and each dataset's count."""
        from karabakh_status._html import dataset

        return dataset(self)

    def search(self, text: str) -> tuple[Record, ...]:
        """The records whose quotes, summaries, titles, notes or entities' names hold every word of ``text``,
        in any case, accents or Unicode form; a record whose own actor (author, person...) is so named first.

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.1.0")
            >>> data.search("Milan")[0].id
            'rec-it-milan-2020'
            >>> [r.id for r in data.search("MINSK co-chairs")][:1]
            ['rec-osce-minsk-group-co-chairs-non-recognition']
        """
        from karabakh_status._queries.filters import expect
        from karabakh_status._search import search

        expect("search", "text", text, str, optional=False)
        return search(self, text)

    def search_entities(self, query: str) -> tuple[Entity, ...]:
        """The entities whose id, name, alias, other name, name in another language (from 1.2.0:
        `Entity.translated_names`, `Entity.alternate_names`) or country code matches ``query``, in any case,
        accents or Unicode form: equal first, then beginning with it, then near it (a misspelling).

        Examples:
            >>> import karabakh_status
            >>> data = karabakh_status.load("1.1.0")
            >>> [e.id for e in data.search_entities("stepanakert")]
            ['artsakh-stepanakert']
            >>> data.search_entities("Que\u0301bec")[0].name, data.search_entities("Stepanakrt")[0].name
            ('Quebec', 'Stepanakert')
        """
        from karabakh_status._queries.filters import expect
        from karabakh_status._search import search_entities

        expect("search_entities", "query", query, str, optional=False)
        return search_entities(self, query)

    def validate(self) -> tuple[Violation, ...]:
        """Check every rule on this version's files, strictly; every violation found (none: ``()``)."""
        from karabakh_status._folders import snapshot
        from karabakh_status._rules import check

        return check(snapshot(self._folder))
