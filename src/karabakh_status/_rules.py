"""The validation rules: one registry, each rule with a stable name, a title, what it checks.

The docs, the command line and the errors all read `RULES`. Rules of the
``read`` stage are found while a folder is read (a file that is not JSON
cannot be checked further); the others are functions over a `Snapshot` of
the folder that return `Violation` objects and never mutate anything.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from karabakh_status._dates import EventDate, PartialDate, Period
from karabakh_status._model import Entity, Point, Record, Source, SourceKind
from karabakh_status._sources import bundled_text, fold

__all__ = ["RULES", "Rule", "Snapshot", "Violation", "check"]

_SLUG: Final = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ALPHA2: Final = re.compile(r"[A-Z]{2}")
_SUBDIVISION: Final = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")
_MONTHS: Final = (
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


@attrs.frozen(kw_only=True)
class Violation:
    """One broken rule: which rule, where (file, record, field), and what is wrong.

    Examples:
        >>> v = Violation(rule="unique-ids", file="recognitions.json", record="rec-x", field="id",
        ...               message="id also used in events.json")
        >>> str(v)
        '[unique-ids] recognitions.json: rec-x: id: id also used in events.json'
    """

    rule: str
    file: str | None = None
    record: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.record, self.field) if part)
        return f"[{self.rule}] {where + ': ' if where else ''}{self.message}"


@attrs.frozen(kw_only=True)
class Snapshot:
    """Everything the rules read about one dataset folder, read once.

    Attributes:
        folder: how to name the folder in messages.
        manifest: the parsed manifest, or None when it could not be read.
        manifest_bytes: the manifest's bytes, or None.
        files: the bytes of each data file listed in the manifest that could be read.
        present: the names of the JSON files in the folder (manifest excluded).
        tables: the well-formed records of each dataset whose file was read,
            by dataset name (``"sources"``, ``"entities"``, ``"recognitions"``, ...).
        incomplete: the datasets some of whose records are malformed (left out of `tables`).
        problems: violations found while reading (rules of the ``read`` stage).
        lock: the lock of released versions: version -> manifest SHA-256 and date.
        today: the date to compare with when the version is not released.
    """

    folder: str
    manifest: Mapping[str, Any] | None
    manifest_bytes: bytes | None
    files: Mapping[str, bytes]
    present: frozenset[str]
    tables: Mapping[str, tuple[Any, ...]]
    incomplete: frozenset[str]
    problems: tuple[Violation, ...]
    lock: Mapping[str, Mapping[str, str]]
    today: _dt.date

    @property
    def quoted(self) -> Iterator[tuple[str, Record]]:
        """The cited records that have citations: those whose fields a quote can attest."""
        return ((file, record) for file, record in self.records if record.citations)

    @property
    def records(self) -> Iterator[tuple[str, Record]]:
        """Every cited record, with its file name, in file order."""
        for name, table in self.tables.items():
            if name not in ("sources", "entities"):
                for record in table:
                    yield f"{name}.json", record

    @property
    def entities(self) -> dict[str, Entity]:
        """The gazetteer, by id."""
        return {entity.id: entity for entity in self.tables.get("entities", ())}

    @property
    def sources(self) -> dict[str, Source]:
        """The sources, by id."""
        return {source.id: source for source in self.tables.get("sources", ())}

    @property
    def release_date(self) -> _dt.date | None:
        """The manifest's release date, or None when unreleased (or unreadable)."""
        value = (self.manifest or {}).get("released")
        try:
            return _dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None


@attrs.frozen(kw_only=True)
class Rule:
    """A validation rule: a stable name that errors cite, and what it checks.

    Attributes:
        name: the stable name (``"quote-in-source"``).
        title: one line of what must hold.
        description: why, and how it is checked.
        stage: ``"read"`` (checked while the folder is read) or ``"records"``.
        example: an example of the message a violation carries.

    Examples:
        >>> import karabakh_status
        >>> rule = next(r for r in karabakh_status.RULES if r.name == "quote-in-source")
        >>> rule.title
        'Each quote of a bundled source is in the section it names.'
    """

    name: str
    title: str
    description: str
    stage: str
    example: str
    check: Callable[[Snapshot], Iterable[Violation]] | None = attrs.field(default=None, repr=False)


# -- helpers ------------------------------------------------------------------------------------


def _fields(record: Any, key: str) -> Iterator[attrs.Attribute[Any]]:
    return (field for field in attrs.fields(type(record)) if field.metadata.get(key))


def _entity_ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple) else (value,)


def _part_in(part: PartialDate, quote: str) -> bool:
    if not re.search(rf"(?<![0-9]){part.year}(?![0-9])", quote):
        return False
    if part.month is not None and _MONTHS[part.month] not in quote:
        return False
    return part.day is None or re.search(rf"(?<![0-9])0?{part.day}(?![0-9])", quote) is not None


def _parse_claim(value: str) -> EventDate | Period | None:
    from karabakh_status._dates import parse_edtf
    from karabakh_status.errors import DateError

    try:
        return parse_edtf(value)
    except DateError:
        return None


def _violation(rule: str, file: str, record: Record, field: str | None, message: str) -> Violation:
    return Violation(rule=rule, file=file, record=record.id, field=field, message=message)


# -- manifest and files -------------------------------------------------------------------------


def _manifest_complete(snap: Snapshot) -> Iterator[Violation]:
    if snap.manifest is None:
        return
    from karabakh_status._datasets import DATASETS

    listed = set(snap.manifest.get("files", {}))
    known = {f"{name}.json" for name in DATASETS}
    for name in sorted(listed - snap.present):
        yield Violation(rule="manifest-complete", file=name, message="listed in the manifest but missing")
    for name in sorted(snap.present - listed):
        yield Violation(rule="manifest-complete", file=name, message="a JSON file the manifest does not list")
    for name in sorted(listed - known):
        yield Violation(
            rule="manifest-complete",
            file=name,
            message=f"not a dataset file; expected one of {', '.join(sorted(known))}",
        )
    for name in ("sources.json", "entities.json"):
        if name not in listed:
            yield Violation(rule="manifest-complete", file=name, message="every version needs this file")


def _manifest_hash(snap: Snapshot) -> Iterator[Violation]:
    for name, entry in (snap.manifest or {}).get("files", {}).items():
        data = snap.files.get(name)
        if data is not None and hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            yield Violation(
                rule="manifest-hash",
                file=name,
                field="sha256",
                message=f"the file's SHA-256 is {hashlib.sha256(data).hexdigest()}, "
                f"the manifest says {entry.get('sha256')}",
            )


def _manifest_count(snap: Snapshot) -> Iterator[Violation]:
    for name, entry in (snap.manifest or {}).get("files", {}).items():
        table = snap.tables.get(name.removesuffix(".json"))
        if (
            table is not None
            and name.removesuffix(".json") not in snap.incomplete
            and len(table) != entry.get("records")
        ):
            yield Violation(
                rule="manifest-count",
                file=name,
                field="records",
                message=f"the file holds {len(table)} records, the manifest says {entry.get('records')}",
            )


def _released_unchanged(snap: Snapshot) -> Iterator[Violation]:
    if snap.manifest is None or snap.manifest_bytes is None:
        return
    version = snap.manifest.get("version")
    locked = snap.lock.get(version) if isinstance(version, str) else None
    if locked is None:
        return
    actual = hashlib.sha256(snap.manifest_bytes).hexdigest()
    if actual != locked["manifest_sha256"]:
        yield Violation(
            rule="released-unchanged",
            file="manifest.json",
            message=f"version {version} is released: its manifest's SHA-256 must stay "
            f"{locked['manifest_sha256']}, it is {actual}; make a new version instead",
        )
    if snap.manifest.get("released") != locked["released"]:
        yield Violation(
            rule="released-unchanged",
            file="manifest.json",
            field="released",
            message=f"version {version} was released on {locked['released']}",
        )


def _source_hash(snap: Snapshot) -> Iterator[Violation]:
    declared = (snap.manifest or {}).get("sources", {})
    sources = snap.sources
    for source in sources.values():
        if source.kind is not SourceKind.BUNDLED:
            if source.file is not None or source.sha256 is not None:
                yield Violation(
                    rule="source-hash",
                    file="sources.json",
                    record=source.id,
                    message="an external source has no bundled file nor SHA-256",
                )
            continue
        text = bundled_text(source.id)
        if text is None or source.file != f"{source.id}.txt":
            yield Violation(
                rule="source-hash",
                file="sources.json",
                record=source.id,
                field="file",
                message=f"no bundled text {source.id}.txt ships with the package",
            )
            continue
        if source.sha256 != text.sha256:
            yield Violation(
                rule="source-hash",
                file="sources.json",
                record=source.id,
                field="sha256",
                message=f"the bundled text's SHA-256 is {text.sha256}, the record says {source.sha256}",
            )
        if declared.get(source.id) != text.sha256:
            yield Violation(
                rule="source-hash",
                file="manifest.json",
                record=source.id,
                field="sources",
                message=f"the manifest must give the bundled text's SHA-256 {text.sha256}",
            )
    for source_id in declared:
        if source_id not in sources:
            yield Violation(
                rule="source-hash",
                file="manifest.json",
                record=source_id,
                field="sources",
                message="the manifest names a source that sources.json does not hold",
            )


# -- records ------------------------------------------------------------------------------------


def _unique_ids(snap: Snapshot) -> Iterator[Violation]:
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


def _id_format(snap: Snapshot) -> Iterator[Violation]:
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


def _cites_known_source(snap: Snapshot) -> Iterator[Violation]:
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


def _citation_confidence(snap: Snapshot) -> Iterator[Violation]:
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


def _quote_in_source(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for file, record in snap.records:
        for index, citation in enumerate(record.citations):
            source = sources.get(citation.source)
            if source is None or source.kind is not SourceKind.BUNDLED:
                continue
            text = bundled_text(source.id)
            if text is None:
                continue  # reported by source-hash
            if text.section(citation.section) is None:
                paths = ", ".join(" / ".join(s.path) or "(lead)" for s in text.sections)
                yield _violation(
                    "quote-in-source",
                    file,
                    record,
                    f"citations[{index}].section",
                    f"{source.id} has no section {' / '.join(citation.section)!r}; it has: {paths}",
                )
            elif not text.find(citation.section, citation.quote):
                yield _violation(
                    "quote-in-source",
                    file,
                    record,
                    f"citations[{index}].quote",
                    f"not found in {source.id} § {' / '.join(citation.section) or '(lead)'}: "
                    f"{fold(citation.quote)[:80]!r}",
                )


def _quotes(record: Record) -> list[str]:
    return [fold(citation.quote) for citation in record.citations]


def _date_attested(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        quotes = _quotes(record)
        for field in _fields(record, "attested"):
            if field.metadata.get("entity") or field.name in record.inferred:
                continue
            value = getattr(record, field.name)
            if value is None:
                continue
            for part in value.parts:
                if not any(_part_in(part, quote) for quote in quotes):
                    yield _violation(
                        "date-attested",
                        file,
                        record,
                        field.name,
                        f"no quote states {part.phrase()} ({part}) for {value}",
                    )
            for index, citation in enumerate(record.citations):
                for claim in citation.claims:
                    claimed = _parse_claim(claim.value) if claim.field == field.name else None
                    for part in claimed.parts if claimed is not None else ():
                        if not _part_in(part, fold(citation.quote)):
                            yield _violation(
                                "date-attested",
                                file,
                                record,
                                f"citations[{index}].claims",
                                f"the quote does not state {part.phrase()} ({part}) it claims",
                            )


def _actor_attested(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        quotes = [quote.casefold() for quote in _quotes(record)]
        for field in _fields(record, "entity"):
            if not field.metadata.get("attested") or field.name in record.inferred:
                continue
            for entity_id in _entity_ids(getattr(record, field.name)):
                entity = entities.get(entity_id)
                if entity is None:
                    continue  # reported by reference-resolves
                names = [name.casefold() for name in entity.names]
                if not any(name in quote for name in names for quote in quotes):
                    yield _violation(
                        "actor-attested",
                        file,
                        record,
                        field.name,
                        f"no quote names {entity_id!r} (as {' / '.join(entity.names)})",
                    )


def _vote_attested(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.quoted:  # a record without citations: see cites-known-source
        vote = getattr(record, "vote", None)
        if vote is None or "vote" in record.inferred:
            continue
        quotes = _quotes(record)
        for name in ("in_favour", "against", "abstentions"):
            number = getattr(vote, name)
            if number is not None and not any(re.search(rf"(?<![0-9]){number}(?![0-9])", q) for q in quotes):
                yield _violation("vote-attested", file, record, f"vote.{name}", f"no quote states the number {number}")
        if vote.unanimous and not any("unanimous" in q.casefold() for q in quotes):
            yield _violation("vote-attested", file, record, "vote.unanimous", "no quote says the vote was unanimous")


def _claims_consistent(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.records:
        names = {field.name: field for field in attrs.fields(type(record))}
        for index, citation in enumerate(record.citations):
            for claim in citation.claims:
                where = f"citations[{index}].claims"
                field = names.get(claim.field)
                if field is None or claim.field in ("id", "citations", "note", "inferred"):
                    yield _violation(
                        "claims-consistent", file, record, where, f"{claim.field!r} is not a field a source can claim"
                    )
                    continue
                value = getattr(record, claim.field)
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


def _inferred_explained(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.records:
        names = {field.name for field in attrs.fields(type(record))}
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


def _date_values(record: Record) -> Iterator[tuple[str, EventDate | Period]]:
    for field in _fields(record, "attested"):
        value = getattr(record, field.name)
        if isinstance(value, (EventDate, Period)):
            yield field.name, value


def _interval_ordered(snap: Snapshot) -> Iterator[Violation]:
    for file, record in snap.records:
        for name, value in _date_values(record):
            if not value.is_ordered:
                yield _violation("interval-ordered", file, record, name, f"{value}: the start is after the end")
        date, receded = getattr(record, "date", None), getattr(record, "receded", None)
        if isinstance(date, EventDate) and receded is not None and receded.latest < date.earliest:
            yield _violation("interval-ordered", file, record, "receded", f"receded {receded} before the act of {date}")


def _chronological_order(snap: Snapshot) -> Iterator[Violation]:
    for name, table in snap.tables.items():
        previous: tuple[Any, ...] | None = None
        for record in table:
            order_by = getattr(type(record), "order_by", None)
            if order_by is None:
                break
            value = getattr(record, order_by)
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


def _terms_do_not_overlap(snap: Snapshot) -> Iterator[Violation]:
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


def _not_after_release(snap: Snapshot) -> Iterator[Violation]:
    limit = snap.release_date or snap.today
    for file, record in snap.records:
        for name, value in _date_values(record):
            if value.earliest > limit:
                yield _violation("not-after-release", file, record, name, f"{value} is after the release date {limit}")


def _reference_resolves(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for name, table in snap.tables.items():
        for record in table:
            if isinstance(record, Source):
                continue
            for field in _fields(record, "entity"):
                for entity_id in _entity_ids(getattr(record, field.name)):
                    if entity_id not in entities:
                        yield Violation(
                            rule="reference-resolves",
                            file=f"{name}.json",
                            record=record.id,
                            field=field.name,
                            message=f"no entity has id {entity_id!r}",
                        )


def _country_code(snap: Snapshot) -> Iterator[Violation]:
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
        country_field = next((f for f in attrs.fields(type(record)) if f.name == "country"), None)
        if country_field is None or country_field.metadata.get("entity"):  # an office's country is an entity id
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


def _entity_violation(rule: str, entity: Entity, field: str, message: str) -> Violation:
    return Violation(rule=rule, file="entities.json", record=entity.id, field=field, message=message)


def _place_well_formed(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for entity in snap.entities.values():
        place = entity.place
        found = []
        if entity.geonames_id is not None and entity.geonames_id <= 0:
            found.append(("geonames_id", f"{entity.geonames_id} is not a GeoNames id (a positive integer)"))
        if place is not None:
            if place.geonames_id <= 0:
                found.append(("place.geonames_id", f"{place.geonames_id} is not a GeoNames id (a positive integer)"))
            if not -90 <= place.latitude <= 90:
                found.append(("place.latitude", f"{place.latitude} is not a latitude (-90 to 90)"))
            if not -180 <= place.longitude <= 180:
                found.append(("place.longitude", f"{place.longitude} is not a longitude (-180 to 180)"))
            if place.point is Point.OWN and place.geonames_id != entity.geonames_id:
                found.append(
                    ("place.geonames_id", f"the place's own point is GeoNames {place.geonames_id}, "
                     f"its geonames_id {entity.geonames_id}")
                )  # fmt: skip
            if place.source not in sources:
                found.append(("place.source", f"no source has id {place.source!r}"))
        for field, message in found:
            yield _entity_violation("place-well-formed", entity, field, message)


_FIPS: Final = {2: re.compile(r"[0-9]{2}"), 5: re.compile(r"[0-9]{5}")}


def _fips_code(snap: Snapshot) -> Iterator[Violation]:
    entities = snap.entities
    for entity in entities.values():
        if entity.fips is None:
            continue
        parent = entities.get(entity.parent or "")
        if entity.country != "US":
            message = f"FIPS codes are U.S. codes; the entity's country is {entity.country}"
        elif len(entity.fips) not in _FIPS or not _FIPS[len(entity.fips)].fullmatch(entity.fips):
            message = f"{entity.fips!r} is not a FIPS code (two digits for a state, five for a county)"
        elif len(entity.fips) == 5 and parent is not None and parent.fips and not entity.fips.startswith(parent.fips):
            message = f"county {entity.fips} is not in the state of its parent {parent.id!r} ({parent.fips})"
        else:
            continue
        yield _entity_violation("fips-code", entity, "fips", message)


def _other_names(snap: Snapshot) -> Iterator[Violation]:
    sources = snap.sources
    for entity in snap.entities.values():
        seen = {name.casefold() for name in entity.names}
        for index, other in enumerate(entity.other_names):
            field = f"other_names[{index}]"
            if other.source not in sources:
                message = f"no source has id {other.source!r}"
            elif not other.name.strip() or not other.used_by.strip():
                message = "an other name needs a name and who uses it"
            elif other.name.casefold() in seen:
                message = f"{other.name!r} is already a name, alias or other name of the entity"
            else:
                seen.add(other.name.casefold())
                continue
            yield _entity_violation("other-names", entity, field, message)


# -- the registry -------------------------------------------------------------------------------


def _rule(
    name: str,
    title: str,
    description: str,
    example: str,
    check: Callable[[Snapshot], Iterable[Violation]] | None = None,
) -> Rule:
    # Called only while RULES is built, at import: mutmut's mutants of it never take effect (its test
    # processes fork after the import), so they are not generated; test_rules checks the registry instead.
    return Rule(
        name=name,  # pragma: no mutate
        title=title,  # pragma: no mutate
        description=description,  # pragma: no mutate
        example=example,  # pragma: no mutate
        stage="read" if check is None else "records",  # pragma: no mutate
        check=check,  # pragma: no mutate
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "manifest-readable",
        "The folder has a readable manifest.json.",
        "A version's folder holds manifest.json: a JSON object with the version, its release date "
        "(or null), the SHA-256 of each bundled source and, for each file, its SHA-256 and record count.",
        "[manifest-readable] manifest.json: no such file in /path/to/folder",
    ),
    _rule(
        "json-well-formed",
        "Each data file is UTF-8 JSON: an array of objects.",
        "A file that cannot be read, is not UTF-8, is not JSON (truncated, say) or is not an array "
        "cannot be checked further.",
        "[json-well-formed] events.json: not JSON: Expecting ',' delimiter: line 3 column 5 (char 40)",
    ),
    _rule(
        "schema",
        "Each record has exactly its type's fields, with values of the right JSON type.",
        "A missing field, an unknown field, or a number where a string belongs is an error, never coerced.",
        "[schema] recognitions.json: rec-it-milan-2020: citations[0].quote: expected a string, got a number 3",
    ),
    _rule(
        "enum-valid",
        "Each closed-vocabulary field holds one of its values.",
        "Kinds, levels, acts, outcomes, stances and confidences are enums; the message lists the values allowed.",
        "[enum-valid] recognitions.json: rec-it-milan-2020: act: 'recognise' is not a Act; expected one of ...",
    ),
    _rule(
        "date-well-formed",
        "Each date is EDTF of the supported subset.",
        "YYYY, YYYY-MM, YYYY-MM-DD; [A..B], [..B], [A..] for one day within bounds; A/B, A/.., ../B for periods.",
        "[date-well-formed] ministers.json: mfa-1993-arkadi-ghukasyan: term: '1993-1997': ...",
    ),
    _rule(
        "manifest-complete",
        "The manifest lists exactly the dataset files in the folder.",
        "Every listed file exists, every JSON file is listed, each is a known dataset, and sources.json "
        "and entities.json are present.",
        "[manifest-complete] events.json: listed in the manifest but missing",
        _manifest_complete,
    ),
    _rule(
        "manifest-hash",
        "Each file's SHA-256 is the one in the manifest.",
        "Any change to a data file must come with a new manifest, and, for a released version, never.",
        "[manifest-hash] recognitions.json: sha256: the file's SHA-256 is ..., the manifest says ...",
        _manifest_hash,
    ),
    _rule(
        "manifest-count",
        "Each file holds as many records as the manifest says.",
        "Counts are checked after reading.",
        "[manifest-count] ministers.json: records: the file holds 9 records, the manifest says 10",
        _manifest_count,
    ),
    _rule(
        "released-unchanged",
        "A released version's manifest is the one locked at release.",
        "The package's lock (data/releases.json) keeps the SHA-256 of each released version's manifest, and "
        "the manifest keeps each file's SHA-256: a released version's bytes never change.",
        "[released-unchanged] manifest.json: version 1.0.0 is released: its manifest's SHA-256 must stay ...",
        _released_unchanged,
    ),
    _rule(
        "source-hash",
        "Each bundled source is the text shipped, by SHA-256.",
        "sources.json and the manifest give each bundled text's SHA-256; the text in the package must match.",
        "[source-hash] sources.json: foreign-relations-of-artsakh: sha256: the bundled text's SHA-256 is ...",
        _source_hash,
    ),
    _rule(
        "unique-ids",
        "Every id is unique across the version's files.",
        "Ids are stable slugs chosen once and never reused, so `get(id)` finds one thing.",
        "[unique-ids] events.json: evt-x: id: the id is already used in positions.json",
        _unique_ids,
    ),
    _rule(
        "id-format",
        "Every id is a slug.",
        "Lowercase ASCII letters and digits, joined by single hyphens.",
        "[id-format] entities.json: Milan: id: an id is a slug: ...",
        _id_format,
    ),
    _rule(
        "cites-known-source",
        "Every record cites at least one citation, each of a known source.",
        "Sources are listed in sources.json: the bundled articles and the external pages that fill what they lost.",
        "[cites-known-source] recognitions.json: rec-x: citations[0].source: unknown source 'wiki'; known: ...",
        _cites_known_source,
    ),
    _rule(
        "citation-confidence",
        "External citations say how they support the record; bundled ones do not.",
        "An external citation is 'confirmed' (the page states it) or 'inferred' (matched by order).",
        "[citation-confidence] recognitions.json: rec-x: citations[1].confidence: an external citation says ...",
        _citation_confidence,
    ),
    _rule(
        "quote-in-source",
        "Each quote of a bundled source is in the section it names.",
        "The quote, with runs of white space folded, is a substring of the section's text (sub-sections included).",
        "[quote-in-source] recognitions.json: rec-x: citations[0].quote: not found in ... § Italy: '...'",
        _quote_in_source,
    ),
    _rule(
        "date-attested",
        "Each date is stated by a quote of the record.",
        "For every bound of the date, some quote holds its year, its English month name and its day number; "
        "a citation's claimed date must be in its own quote. A field listed in `inferred` is exempt.",
        "[date-attested] recognitions.json: rec-x: date: no quote states 16 October 2020 (2020-10-16) for 2020-10-16",
        _date_attested,
    ),
    _rule(
        "actor-attested",
        "Each actor is named by a quote of the record.",
        "The entity's name or one of its aliases appears in a quote (case-insensitive). A field listed in "
        "`inferred` is exempt.",
        "[actor-attested] recognitions.json: rec-x: actor: no quote names 'it-milan' (as Milan)",
        _actor_attested,
    ),
    _rule(
        "vote-attested",
        "Each vote figure is stated by a quote of the record.",
        "Numbers appear as numbers in a quote; a unanimous vote is called unanimous.",
        "[vote-attested] recognitions.json: rec-x: vote.in_favour: no quote states the number 62",
        _vote_attested,
    ),
    _rule(
        "claims-consistent",
        "Disagreeing claims are well formed and covered by the record.",
        "A claim names a field of the record; a claimed date is covered by the record's date; a claimed enum "
        "value is valid; a disputed record has a note.",
        "[claims-consistent] recognitions.json: rec-x: citations[0].claims: the record's date ... must cover ...",
        _claims_consistent,
    ),
    _rule(
        "inferred-explained",
        "Inferred fields exist and the note explains them.",
        "A value no quote states is the rare, explicit exception: listed in `inferred`, explained in `note`.",
        "[inferred-explained] recognitions.json: rec-x: note: inferred fields (actor) need a note that says how",
        _inferred_explained,
    ),
    _rule(
        "interval-ordered",
        "Every period and range starts no later than it ends.",
        "A period's start may not be certainly after its end; nor a range's lower bound after its upper; "
        "nor a recession before its act.",
        "[interval-ordered] ministers.json: mfa-x: term: 1997/1993: the start is after the end",
        _interval_ordered,
    ),
    _rule(
        "chronological-order",
        "The records of a dated file are in chronological order.",
        "Ordered by the earliest, then the latest possible day of the date; undated records come last.",
        "[chronological-order] events.json: evt-x: date: 1991 comes after evt-y (2020) ...",
        _chronological_order,
    ),
    _rule(
        "terms-do-not-overlap",
        "Successive terms of one office do not overlap.",
        "A term may share its boundary year with the next, but may not certainly start before the previous ends.",
        "[terms-do-not-overlap] ministers.json: mfa-x: term: 1996/2002 starts before mfa-y's term 1993/1997 ends",
        _terms_do_not_overlap,
    ),
    _rule(
        "not-after-release",
        "No date is after the version's release date (or today, if unreleased).",
        "The data records what the sources said when the version was made.",
        "[not-after-release] events.json: evt-x: date: 2031 is after the release date 2026-11-24",
        _not_after_release,
    ),
    _rule(
        "reference-resolves",
        "Every entity id a record names is in the gazetteer.",
        "Actors, authors, participants, persons, offices and parents refer to entities.json by id.",
        "[reference-resolves] recognitions.json: rec-x: actor: no entity has id 'it-milano'",
        _reference_resolves,
    ),
    _rule(
        "country-code",
        "Country and subdivision codes are ISO-shaped and agree with the actor.",
        "ISO 3166-1 alpha-2 (`IT`), ISO 3166-2 of the same country (`IT-25`); a record's country is its actor's. "
        "A place whose country is empty (the records put it in no state) may carry ISO 3166-2's code only with a "
        "`gazetteer_note`.",
        "[country-code] recognitions.json: rec-x: country: the actor 'it-milan' is in IT, the record says FR",
        _country_code,
    ),
    _rule(
        "place-well-formed",
        "GeoNames ids and coordinates are well formed.",
        "A GeoNames id is a positive integer; a latitude is within -90..90, a longitude within -180..180; a "
        "place's own point is the entity's own GeoNames record; the place names a known source.",
        "[place-well-formed] entities.json: am-yerevan: place.latitude: 140.18 is not a latitude (-90 to 90)",
        _place_well_formed,
    ),
    _rule(
        "fips-code",
        "FIPS codes are U.S. codes, of the right shape, and a county's is in its state's.",
        "Two digits for a state, five for a county whose first two are its parent state's; only where the "
        "country is `US`.",
        "[fips-code] entities.json: us-clark-county: fips: county 06003 is not in the state of its parent ...",
        _fips_code,
    ),
    _rule(
        "other-names",
        "Other names cite a known source and say who uses them.",
        "Each of an entity's other names has a name, a known source and who uses it, and is not already its "
        "name, an alias or another of its other names (a name is never silently doubled).",
        "[other-names] entities.json: artsakh-stepanakert: other_names[0]: no source has id 'ext-iso'",
        _other_names,
    ),
)
"""Every rule, in the order they are checked and documented."""

RULE_NAMES: Final = frozenset(rule.name for rule in RULES)


def check(snapshot: Snapshot) -> tuple[Violation, ...]:
    """Run every rule on a snapshot: the reading problems first, then each rule's violations."""
    found = list(snapshot.problems)
    for rule in RULES:
        if rule.check is not None:
            found.extend(rule.check(snapshot))
    return tuple(found)
