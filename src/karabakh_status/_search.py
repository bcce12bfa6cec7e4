"""Text search: records by their words, entities by any of their names, in any case, accents or Unicode form.

Text is compared `folded`: Unicode compatibility-decomposed, accents dropped, case folded, every
character that is not a letter or digit a space, runs of spaces one. An index per `Dataset` is built on
the first search, once (`entity_index`, `record_index`; `Dataset.entity` reads `lookup_index`); the cold
path of a lookup by id never imports this module.

Entities are ranked as pycountry's ``search_fuzzy`` ranks countries, best match first: a name equal to
the query, then a name that begins with it, then a name with a word that begins with it, then a name near
it (`difflib`, by similarity). Records are ranked by where the query is found: the record's own
actor (or author, person, counterpart...) named by it first, then another entity it refers to, its id,
title or summary, its quotes, its note.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import TYPE_CHECKING, Any

import attrs

from karabakh_status._datasets import CITED

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._gazetteer import Entity
    from karabakh_status._model import Record

__all__ = [
    "EntityIndex",
    "RecordIndex",
    "entity_index",
    "fold",
    "lookup_index",
    "record_index",
    "search",
    "search_entities",
]

_CUTOFF = 0.75
"""The least `difflib` similarity of a near name (as `_countries.nearest` suggests ids)."""


_LETTERS = str.maketrans({"ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "æ": "ae", "œ": "oe"})
"""Latin letters that Unicode does not decompose into a letter and an accent, and the letter they are read as
(Azerbaijani ``ə`` and ``ı``: ``Xankəndi`` is found as ``Xankendi``, ``Laçın`` as ``Lacin``)."""


def fold(text: str) -> str:
    """Text as search compares it: no accents, no case, letters and digits in words split by single spaces.

    Examples:
        >>> fold("Québec") == fold("Que\\u0301bec") == fold("QUEBEC") == "quebec"
        True
        >>> fold("  Nagorno-Karabakh  Republic!"), fold("Xankəndi")
        ('nagorno karabakh republic', 'xankendi')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().translate(_LETTERS)
    return " ".join("".join(c if c.isalnum() else " " for c in kept).split())


def _codes(entity: Entity) -> tuple[str, ...]:
    """A country's ISO 3166-1 codes, which name it (a region's country code does not)."""
    if entity.country is None or entity.parent is not None:
        return ()
    return (entity.country,) if entity.alpha_3 is None else (entity.country, entity.alpha_3)


def _names(entity: Entity) -> tuple[str, ...]:
    """Every name search matches an entity by, most its own first: its id, name, aliases, its names in
    external sources (`Entity.other_names`), its names in other languages (`Entity.translated_names`),
    GeoNames' alternate names (`Entity.alternate_names`) and, for a country, its ISO 3166-1 codes.

    The one place that gathers them: a new kind of name in the gazetteer is added here.
    """
    return (
        entity.id,
        *entity.all_names,
        *(translated.name for translated in entity.translated_names),
        *entity.alternate_names,
        *_codes(entity),
    )


def _lookup_names(entity: Entity) -> tuple[str, ...]:
    """The names `Dataset.entity` finds an entity by when spelled without accents: its id, `Entity.all_names` and a
    country's codes; not its names in other languages nor GeoNames' alternate names, which are for search only
    (they hold airport codes, ``"DEN"`` for Denver, and the iso-codes translations' homonyms)."""
    return (entity.id, *entity.all_names, *_codes(entity))


EntityIndex = tuple[tuple["Entity", tuple[str, ...]], ...]
"""Each entity of a version and its folded names, in `_names` order (none empty)."""
RecordIndex = tuple[tuple["Record", tuple[tuple[int, str], ...]], ...]
"""Each cited record of a version and its folded texts, each with its rank (see `_texts`)."""


def entity_index(data: Any) -> EntityIndex:
    """The entities of a `Dataset` with their folded names, built on first use and kept in its ``_derived`` cache
    (it costs the gazetteer only, not the records)."""
    found: EntityIndex | None = data._derived.get("search-entities")
    if found is None:
        entities = data.records("entities")
        built = tuple((e, tuple(dict.fromkeys(n for n in map(fold, _names(e)) if n))) for e in entities)
        found = data._derived.setdefault("search-entities", built)
    return found


def lookup_index(data: Any) -> dict[str, tuple[Entity, ...]]:
    """The entities of a `Dataset` by each folded name of `_lookup_names`, built on first use and kept in its
    ``_derived`` (what `Dataset.entity` reads when no name matches exactly)."""
    found: dict[str, tuple[Entity, ...]] | None = data._derived.get("entity-lookup")
    if found is None:
        built: dict[str, tuple[Entity, ...]] = {}
        for entity in data.records("entities"):
            for name in dict.fromkeys(n for n in map(fold, _lookup_names(entity)) if n):
                built[name] = (*built.get(name, ()), entity)
        found = data._derived.setdefault("entity-lookup", built)
    return found


def record_index(data: Any) -> RecordIndex:
    """The cited records of a `Dataset` with their folded texts, built on first use and kept in its ``_derived``."""
    found: RecordIndex | None = data._derived.get("search-records")
    if found is None:
        folded = {entity.id: names for entity, names in entity_index(data)}
        built = tuple((r, _texts(r, folded)) for name in CITED for r in data.records(name))
        found = data._derived.setdefault("search-records", built)
    return found


def _texts(record: Record, names: dict[str, tuple[str, ...]]) -> tuple[tuple[int, str], ...]:
    """A record's folded texts, each ranked by what it says of the record: 0, the names of its own actor (the
    first entity field a quote attests); 1, of the other entities it refers to; 2, its id, title, summary; 3,
    its quotes; 4, its note."""
    texts: list[tuple[int, str]] = []
    own = True
    for field in attrs.fields(type(record)):
        if not field.metadata.get("entity"):
            continue
        value = getattr(record, field.name)
        refs = value if isinstance(value, tuple) else () if value is None else (value,)
        attested = field.metadata.get("attested", True)
        rank = 0 if own and attested else 1
        own = own and not attested  # only the first attested field is the record's own
        texts += [(rank, name) for ref in refs for name in names.get(ref, (fold(ref),))]
    texts += [(2, fold(text)) for text in (record.id, getattr(record, "title", None), getattr(record, "summary", None))
              if text]  # fmt: skip
    texts += [(3, fold(citation.quote)) for citation in record.citations]
    if record.note:
        texts.append((4, fold(record.note)))
    return tuple(texts)


def search(data: Any, text: str) -> tuple[Record, ...]:
    """The cited records whose texts hold every word of ``text`` (each at the start of a word), best first.

    A record whose own actor is named ``text`` comes first; then by the best-ranked text (`_texts`) that holds
    every word, the words as one phrase before the words apart; then the records that hold them only across
    texts. Ties keep the datasets' order and the files' order.
    """
    query = fold(text)
    if not query:
        return ()
    words = [f" {word}" for word in dict.fromkeys(query.split())]  # each once: a long query costs its distinct words
    phrase = f" {query}"
    ranked: list[tuple[tuple[int, float], int, Record]] = []
    for at, (record, texts) in enumerate(record_index(data)):
        spaced = [(rank, f" {folded}") for rank, folded in texts]
        if not all(any(word in t for _, t in spaced) for word in words):
            continue
        exact = any(rank == 0 and t == phrase for rank, t in spaced)
        where = min((rank if phrase in t else rank + 0.5 for rank, t in spaced if all(w in t for w in words)),
                    default=5.0)  # fmt: skip
        ranked.append(((0 if exact else 1, where), at, record))
    ranked.sort(key=lambda found: found[:2])
    return tuple(record for _, _, record in ranked)


def search_entities(data: Any, query: str) -> tuple[Entity, ...]:
    """The entities one of whose names (`_names`) matches ``query``, best first: equal, then beginning with it,
    then with a word beginning with it, then near it (by `difflib` similarity, at least 0.75); ties keep the
    order of the names (the id and name before aliases and other names), then the gazetteer's."""
    wanted = fold(query)
    if not wanted:
        return ()
    matcher = difflib.SequenceMatcher(b=wanted, autojunk=False)
    ranked: list[tuple[tuple[int, float, int], int, Entity]] = []
    for at, (entity, names) in enumerate(entity_index(data)):
        best: tuple[int, float, int] | None = None
        for order, name in enumerate(names):
            score = _score(name, wanted, matcher)
            if score is not None and (best is None or (score[0], score[1], order) < best):
                best = (score[0], score[1], order)
        if best is not None:
            ranked.append((best, at, entity))
    ranked.sort(key=lambda found: found[:2])
    return tuple(entity for _, _, entity in ranked)


def _score(name: str, wanted: str, matcher: difflib.SequenceMatcher[str]) -> tuple[int, float] | None:
    """How a folded name matches the folded query: (tier, minus the similarity), lower is better; None: no match."""
    if name == wanted:
        return (0, -1.0)
    if name.startswith(wanted):
        return (1, -len(wanted) / len(name))
    if f" {wanted}" in f" {name}":
        return (2, -len(wanted) / len(name))
    best = 0.0
    for candidate in (name, *name.split()) if " " in name else (name,):
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= _CUTOFF and matcher.quick_ratio() >= _CUTOFF:
            best = max(best, matcher.ratio())
    return (3, -best) if best >= _CUTOFF else None
