"""The rules over records: ids, citations and quotes, what the quotes attest, dates, references, countries."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, Final

from karabakh_status._dates import EventDate, Period
from karabakh_status._gazetteer import Source, SourceKind
from karabakh_status._model import Record
from karabakh_status._rules.fields import by_key, country_field, named
from karabakh_status._rules.quotes import casefolded, folded, part_in, stated
from karabakh_status._rules.quotes import number as pattern
from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._sources import SourceText, fold
from karabakh_status._violation import Violation

__all__ = [
    "actor_attested",
    "chronological_order",
    "citation_confidence",
    "cites_known_source",
    "claims_consistent",
    "country_code",
    "date_attested",
    "id_format",
    "inferred_explained",
    "interval_ordered",
    "not_after_release",
    "quote_in_source",
    "reference_resolves",
    "terms_do_not_overlap",
    "unique_ids",
    "vote_attested",
]

_SLUG: Final = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ALPHA2: Final = re.compile(r"[A-Z]{2}")
_SUBDIVISION: Final = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")


def _entity_ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple) else (value,)


def _parse_claim(value: str) -> EventDate | Period | None:
    from karabakh_status._dates import parse_edtf
    from karabakh_status.errors import DateError

    try:
        return parse_edtf(value)
    except DateError:
        return None


def _violation(rule: str, file: str, record: Record, field: str | None, message: str) -> Violation:
    return Violation(rule=rule, file=file, record=record.id, field=field, message=message)


def unique_ids(snap: Snapshot) -> Iterator[Violation]:
    seen: dict[str, str] = {}
    for name, table in snap.tables.items():
        for record in table:
            if record.id in seen:
                yield Violation(
                    rule="unique-ids",
                    file=f"{name}.json",
                    record=record.id,
                    field="id",
                    message=f"the id is already used in {seen[record.id]}",
                )
            else:
                seen[record.id] = f"{name}.json"


def id_format(snap: Snapshot) -> Iterator[Violation]:
    for name, table in snap.tables.items():
        for record in table:
            if not _SLUG.fullmatch(record.id):
                yield Violation(
                    rule="id-format",
                    file=f"{name}.json",
                    record=record.id,
                    field="id",
                    message="an id is a slug: lowercase letters and digits joined by single hyphens",
                )


def cites_known_source(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for file, record in snap.records:
        if not record.citations:
            yield _violation("cites-known-source", file, record, "citations", "a record needs at least one citation")
        for index, citation in enumerate(record.citations):
            if citation.source not in sources:
                yield _violation(
                    "cites-known-source",
                    file,
                    record,
                    f"citations[{index}].source",
                    f"unknown source {citation.source!r}; known: {', '.join(sorted(sources))}",
                )


def citation_confidence(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for file, record in snap.records:
        for index, citation in enumerate(record.citations):
            source = sources.get(citation.source)
            if source is None:
                continue
            external = source.kind is SourceKind.EXTERNAL
            if external and citation.confidence is None:
                yield _violation(
                    "citation-confidence",
                    file,
                    record,
                    f"citations[{index}].confidence",
                    "an external citation says whether it confirms the fact or is inferred",
                )
            if not external and citation.confidence is not None:
                yield _violation(
                    "citation-confidence",
                    file,
                    record,
                    f"citations[{index}].confidence",
                    "a citation of a bundled text has no confidence: its quote is checked",
                )


_FOUND: dict[tuple[str, tuple[str, ...], str], bool] = {}
_FOUND_MAX: Final = 16384


def _finds(text: SourceText, section: tuple[str, ...], quote: str) -> bool:
    """`SourceText.find`, once per text (by its SHA-256), section and quote: every snapshot made from one
    version looks for the same quotes."""
    if type(text) is not SourceText or type(section) is not tuple or type(quote) is not str:
        return text.find(section, quote)
    key = (text.sha256, section, quote)
    found = _FOUND.get(key)
    if found is None:
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        found = _FOUND[key] = text.find(section, quote)
    return found


_LISTED_CHARACTERS: Final = 1000


def _listed(text: SourceText) -> str:
    """A text's sections for a message: their paths in order while they fit in `_LISTED_CHARACTERS`, then how
    many more (a hostile text nests thousands of headings: listed whole, one message was megabytes)."""
    shown: list[str] = []
    size = 0
    for section in text.sections:
        path = " / ".join(section.path) or "(lead)"
        size += len(path) + 2
        if size > _LISTED_CHARACTERS:
            more = len(text.sections) - len(shown)
            return f"{', '.join(shown)}, and {more} more section{'s' * (more != 1)}"
        shown.append(path)
    return ", ".join(shown)


def quote_in_source(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    listed: dict[str, str] = {}  # each text's sections, as a message lists them
    for file, record in snap.records:
        for index, citation in enumerate(record.citations):
            source = sources.get(citation.source)
            if source is None or source.kind is not SourceKind.BUNDLED:
                continue
            text = snap.text(source.id)
            if text is None:
                continue  # reported by source-hash
            if text.section(citation.section) is None:
                paths = listed.get(source.id)
                if paths is None:
                    paths = listed[source.id] = _listed(text)
                yield _violation(
                    "quote-in-source",
                    file,
                    record,
                    f"citations[{index}].section",
                    f"{source.id} has no section {' / '.join(citation.section)!r}; it has: {paths}",
                )
            elif not _finds(text, citation.section, citation.quote):
                yield _violation(
                    "quote-in-source",
                    file,
                    record,
                    f"citations[{index}].quote",
                    f"not found in {source.id} § {' / '.join(citation.section) or '(lead)'}: "
                    f"{fold(citation.quote)[:80]!r}",
                )


def _quotes(record: Record) -> tuple[str, ...]:
    return tuple([folded(citation.quote) for citation in record.citations])


def date_attested(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        quotes = _quotes(record)
        for name, _ in named(record, "attested", without="entity"):
            if name in record.inferred:
                continue
            value = getattr(record, name)
            if value is None:
                continue
            for part in value.parts:
                if not stated(part, quotes):
                    yield _violation(
                        "date-attested",
                        file,
                        record,
                        name,
                        f"no quote states {part.phrase()} ({part}) for {value}",
                    )
            for index, citation in enumerate(record.citations):
                for claim in citation.claims:
                    claimed = _parse_claim(claim.value) if claim.field == name else None
                    for part in claimed.parts if claimed is not None else ():
                        if not part_in(part, folded(citation.quote)):
                            yield _violation(
                                "date-attested",
                                file,
                                record,
                                f"citations[{index}].claims",
                                f"the quote does not state {part.phrase()} ({part}) it claims",
                            )


def actor_attested(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    names_of: dict[str, list[str]] = {}  # each entity's names casefolded, once
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        quotes = [casefolded(citation.quote) for citation in record.citations]
        for name, key in named(record, "entity", "attested"):
            if key in record.inferred:
                continue
            for entity_id in _entity_ids(getattr(record, name)):
                entity = entities.get(entity_id)
                if entity is None:
                    continue  # reported by reference-resolves
                names = names_of.get(entity_id)
                if names is None:
                    names = names_of[entity_id] = [name.casefold() for name in entity.names]
                if not any(name in quote for name in names for quote in quotes):
                    yield _violation(
                        "actor-attested",
                        file,
                        record,
                        key,
                        f"no quote names {entity_id!r} (as {' / '.join(entity.names)})",
                    )


def vote_attested(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        vote = getattr(record, "vote", None)
        if vote is None or "vote" in record.inferred:
            continue
        quotes = _quotes(record)
        for name in ("in_favour", "against", "abstentions"):
            number = getattr(vote, name)
            if number is not None and not any(pattern(rf"(?<![0-9]){number}(?![0-9])").search(q) for q in quotes):
                yield _violation("vote-attested", file, record, f"vote.{name}", f"no quote states the number {number}")
        if vote.unanimous and not any("unanimous" in q.casefold() for q in quotes):
            yield _violation("vote-attested", file, record, "vote.unanimous", "no quote says the vote was unanimous")


def claims_consistent(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.records:
        names = by_key(record)
        for index, citation in enumerate(record.citations):
            for claim in citation.claims:
                where = f"citations[{index}].claims"
                field = names.get(claim.field)
                if field is None or claim.field in ("id", "citations", "note", "inferred"):
                    yield _violation(
                        "claims-consistent", file, record, where, f"{claim.field!r} is not a field a source can claim"
                    )
                    continue
                value = getattr(record, field.name)
                if isinstance(value, (EventDate, Period)):
                    claimed = _parse_claim(claim.value)
                    if claimed is None:
                        yield _violation(
                            "claims-consistent",
                            file,
                            record,
                            where,
                            f"the claimed {claim.field} {claim.value!r} is not an EDTF date",
                        )
                    elif not value.contains(claimed):
                        yield _violation(
                            "claims-consistent",
                            file,
                            record,
                            where,
                            f"the record's {claim.field} {value} must cover the claimed {claimed}",
                        )
                elif hasattr(value, "value") and claim.value not in {m.value for m in type(value)}:
                    yield _violation(
                        "claims-consistent", file, record, where, f"{claim.value!r} is not a {type(value).__name__}"
                    )
        if record.disputed and not record.note:
            yield _violation("claims-consistent", file, record, "note", "a disputed record explains in its note")


def inferred_explained(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.records:
        names = by_key(record)
        for name in record.inferred:
            if name not in names:
                yield _violation("inferred-explained", file, record, "inferred", f"the record has no field {name!r}")
        if record.inferred and not record.note:
            yield _violation(
                "inferred-explained",
                file,
                record,
                "note",
                f"inferred fields ({', '.join(record.inferred)}) need a note that says how",
            )


def _dated(snap: Snapshot) -> Iterator[tuple[str, Record, list[tuple[str, EventDate | Period]]]]:
    """Each record, with its file and the values of its attested fields that are dates or periods."""
    for file, record in snap.records:
        names = named(record, "attested")
        dates = [(n, value) for n, _ in names if isinstance(value := getattr(record, n), (EventDate, Period))]
        yield file, record, dates


def interval_ordered(snap: Snapshot) -> Iterator[Violation]:
    for file, record, dates in _dated(snap):
        for name, value in dates:
            if not value.is_ordered:
                yield _violation("interval-ordered", file, record, name, f"{value}: the start is after the end")
        date, receded = getattr(record, "date", None), getattr(record, "receded", None)
        if isinstance(date, EventDate) and receded is not None and receded.latest < date.earliest:
            yield _violation("interval-ordered", file, record, "receded", f"receded {receded} before the act of {date}")


def chronological_order(snap: Snapshot) -> Iterator[Violation]:
    for name, table in snap.tables.items():
        previous: tuple[Any, ...] | None = None
        for record in table:
            order_by = getattr(type(record), "order_by", None)
            if order_by is None:
                break
            value = getattr(record, order_by)
            if isinstance(value, (EventDate, Period)):
                key = value.span  # (earliest, latest), kept by the date
            else:
                key = (value.earliest, value.latest) if value is not None else (_dt.date.max, _dt.date.max)
            if previous is not None and key < previous[0]:
                yield Violation(
                    rule="chronological-order",
                    file=f"{name}.json",
                    record=record.id,
                    field=order_by,
                    message=f"{value} comes after {previous[1]} ({previous[2]}); "
                    "records are ordered by earliest, then latest possible day",
                )
            previous = (key, record.id, value)


def terms_do_not_overlap(snap: Snapshot) -> Iterator[Violation]:
    by_office: dict[str, list[Any]] = defaultdict(list)
    for record in snap.tables.get("ministers", ()):
        by_office[record.office].append(record)
    for terms in by_office.values():
        terms.sort(key=lambda r: (r.term.earliest, r.term.latest))
        for before, after in itertools.pairwise(terms):
            start, end = after.term.start, before.term.end
            if end is None or (start is not None and start.latest < end.earliest):
                yield _violation(
                    "terms-do-not-overlap",
                    "ministers.json",
                    after,
                    "term",
                    f"{after.term} starts before {before.id}'s term {before.term} ends",
                )


def not_after_release(snap: Snapshot) -> Iterator[Violation]:
    limit = snap.release_date or snap.today
    for file, record, dates in _dated(snap):
        for name, value in dates:
            if value.span[0] > limit:
                yield _violation("not-after-release", file, record, name, f"{value} is after the release date {limit}")


def reference_resolves(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for name, table in snap.tables.items():
        for record in table:
            if isinstance(record, Source):
                continue
            for field, key in named(record, "entity"):
                value = getattr(record, field)
                if value is None or (type(value) is str and value in entities):
                    continue  # the usual case, at once
                for entity_id in _entity_ids(value):
                    if entity_id not in entities:
                        yield Violation(
                            rule="reference-resolves",
                            file=f"{name}.json",
                            record=record.id,
                            field=key,
                            message=f"no entity has id {entity_id!r}",
                        )


def country_code(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for entity in entities.values():
        if entity.country is not None and not _ALPHA2.fullmatch(entity.country):
            yield Violation(
                rule="country-code",
                file="entities.json",
                record=entity.id,
                field="country",
                message=f"{entity.country!r} is not an ISO 3166-1 alpha-2 code",
            )
        if entity.subdivision is not None:
            match = _SUBDIVISION.fullmatch(entity.subdivision)
            # a place the records put in no state (Stepanakert) may carry ISO's code, with a note that says so
            stateless = entity.country is None and entity.gazetteer_note is not None
            if match is None or (match.group(1) != entity.country and not stateless):
                yield Violation(
                    rule="country-code",
                    file="entities.json",
                    record=entity.id,
                    field="subdivision",
                    message=f"{entity.subdivision!r} is not an ISO 3166-2 code of {entity.country}",
                )
    for file, record in snap.records:
        field = country_field(record)
        if field is None or field.metadata.get("entity"):  # an office's country is an entity id
            continue
        country = getattr(record, "country")  # noqa: B009 - any record type with an ISO country field
        if country is not None and not _ALPHA2.fullmatch(country):
            yield _violation("country-code", file, record, "country", f"{country!r} is not an ISO 3166-1 alpha-2 code")
        actor = entities.get(getattr(record, "actor", None) or "")
        if actor is not None and actor.country is not None and actor.country != country:
            yield _violation(
                "country-code",
                file,
                record,
                "country",
                f"the actor {actor.id!r} is in {actor.country}, the record says {country}",
            )
