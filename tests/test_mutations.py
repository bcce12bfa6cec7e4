"""Every rule catches what it exists for: each mutation operator, applied to every shipped record it fits,
is reported by `validate()` as exactly its rule, on exactly that record.

The mutants are checked in memory: the shipped version's snapshot with one dataset replaced, run through
the same `check` that `validate()` runs. Rules of the reading stage (schema, enums, dates) are checked
through the strict structuring of each record's JSON, and the file rules through the snapshot's bytes.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import karabakh_status as ks
from karabakh_status import _converter, _folders, _versions
from karabakh_status._datasets import CITED, record_type
from karabakh_status._rules import Snapshot, check
from karabakh_status._violation import Violation

VERSION = ks.load().version
SAMPLE = 5 if os.environ.get("MUTANT_UNDER_TEST") else None
"""Under mutmut (which sets MUTANT_UNDER_TEST), each operator is applied to the first records of each
dataset it fits, so that each of the validator's mutants is tested in seconds; otherwise to every record."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


@pytest.fixture(scope="module")
def base() -> Snapshot:
    snap = _folders.snapshot(Path(_versions.DATA) / VERSION)
    assert check(snap) == ()
    # Mutants drop whole files and rename ids: compared with the previous release, every such mutant would
    # also break ids-kept-or-withdrawn, whose own cases are in test_versions. Here each rule stands alone.
    return attrs.evolve(snap, previous=None)


def only(snap: Snapshot, dataset: str, records: list[Any]) -> Snapshot:
    """The snapshot with its sources, entities and one dataset (replaced by ``records``)."""
    tables = {"sources": snap.tables["sources"], "entities": snap.tables["entities"], dataset: tuple(records)}
    return attrs.evolve(snap, tables=tables)


def key(record: Any) -> tuple[dt.date, dt.date]:
    value = getattr(record, type(record).order_by) if type(record).order_by else None
    return (value.earliest, value.latest) if value is not None else (dt.date.max, dt.date.max)


def reinsert(records: list[Any], index: int, mutant: Any) -> list[Any]:
    """The records with ``records[index]`` replaced by ``mutant``, moved to where the file stays in order."""
    rest = records[:index] + records[index + 1 :]
    if type(mutant).order_by is None:
        return [*records[:index], mutant, *records[index + 1 :]]
    at = next((i for i, r in enumerate(rest) if key(r) > key(mutant)), len(rest))
    return [*rest[:at], mutant, *rest[at:]]


def date_field(record: Any) -> str | None:
    name = type(record).order_by
    return name if name is not None and getattr(record, name) is not None else None


def claims_on(record: Any, field: str) -> bool:
    return any(claim.field == field for citation in record.citations for claim in citation.claims)


def bundled(snap: Snapshot, record: Any) -> int | None:
    sources = snap.sources
    return next((i for i, c in enumerate(record.citations)
                 if sources[c.source].kind is ks.SourceKind.BUNDLED), None)  # fmt: skip


def with_citation(record: Any, index: int, **changes: Any) -> Any:
    citations = list(record.citations)
    citations[index] = attrs.evolve(citations[index], **changes)
    return attrs.evolve(record, citations=tuple(citations))


def entity_refs(record: Any) -> list[str]:
    return [f.name for f in attrs.fields(type(record)) if f.metadata.get("entity") and getattr(record, f.name)]


def flip_case_outside_dates(quote: str) -> str | None:
    """The quote with one character changed: a letter's case outside month names (which date attestation
    reads), else a bracket."""
    protected = [m.span() for name in MONTHS for m in re.finditer(name, quote)]
    for i, char in enumerate(quote):
        if char.isalpha() and char.swapcase() != char and not any(a <= i < b for a, b in protected):
            return quote[:i] + char.swapcase() + quote[i + 1 :]
    brackets = {"(": "[", ")": "]", "|": "!"}  # a table cell like "(April 2019)": change a bracket instead
    at = next((i for i, char in enumerate(quote) if char in brackets), None)
    return None if at is None else quote[:at] + brackets[quote[at]] + quote[at + 1 :]


def far(record: Any, field: str, year: int) -> Any:
    """A date in ``year`` of the kind the field holds (a period stays a period)."""
    value = getattr(record, field)
    return ks.Period.parse(f"{year}/{year + 1}") if isinstance(value, ks.Period) else ks.EventDate.parse(str(year))


# An operator: (rule, function(snapshot, dataset, records, index) -> (mutated records, the mutant's id), or None
# where it does not fit the record)
Mutated = tuple[list[Any], str] | None
Mutate = Callable[[Snapshot, str, list[Any], int], Mutated]


def put(records: list[Any], i: int, mutant: Any) -> Mutated:
    """The records with ``records[i]`` replaced in place by ``mutant``."""
    return [*records[:i], mutant, *records[i + 1 :]], mutant.id


def moved(records: list[Any], i: int, mutant: Any) -> Mutated:
    """The records with ``records[i]`` replaced by ``mutant`` where the file stays in order."""
    return reinsert(records, i, mutant), mutant.id


def swap_ends(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record = records[i]
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if claims_on(record, field.name):
            continue  # its claims would no longer be covered: a second, true violation
        if isinstance(value, ks.Period) and value.start and value.end and value.start != value.end:
            return moved(records, i, attrs.evolve(record, **{field.name: ks.Period(value.end, value.start)}))
        if isinstance(value, ks.EventDate) and not value.is_exact and value.lower and value.upper \
                and value.lower != value.upper:  # fmt: skip
            return moved(records, i, attrs.evolve(record, **{field.name: ks.EventDate(value.upper, value.lower)}))
    return None


def out_of_order(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    if date_field(records[i]) is None or not any(key(r) > key(records[i]) for r in records[i + 1 :]):
        return None  # undated, or nothing later sorts after it: moving it to the end is not out of order
    return [*records[:i], *records[i + 1 :], records[i]], records[i].id


def drop_citations(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    return put(records, i, attrs.evolve(records[i], citations=()))


def unknown_source(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    return put(records, i, with_citation(records[i], 0, source="no-such-source", confidence=None))


def change_quote(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    at = bundled(snap, records[i])
    quote = flip_case_outside_dates(records[i].citations[at].quote) if at is not None else None
    if quote is None:
        return None
    return put(records, i, with_citation(records[i], at, quote=quote))


def unknown_section(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    at = bundled(snap, records[i])
    if at is None:
        return None
    return put(records, i, with_citation(records[i], at, section=("No such section",)))


def duplicate_id(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    if i == 0:
        return None
    return put(records, i, attrs.evolve(records[i], id=records[i - 1].id))


def bad_id(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    return put(records, i, attrs.evolve(records[i], id=records[i].id.upper()))


def dangle(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    fields = entity_refs(records[i])
    if not fields:
        return None
    value = getattr(records[i], fields[0])
    new = ("no-such-entity", *value[1:]) if isinstance(value, tuple) else "no-such-entity"
    return put(records, i, attrs.evolve(records[i], **{fields[0]: new}))


def after_release(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record, field = records[i], date_field(records[i])
    if field is None or claims_on(record, field) or getattr(record, "receded", None) is not None:
        return None
    mutant = attrs.evolve(record, **{field: far(record, field, 2999)}, inferred=(*record.inferred, field),
                          note=record.note or "moved")  # fmt: skip
    return moved(records, i, mutant)


def unattested_date(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record, field = records[i], date_field(records[i])
    if field is None or field in record.inferred or claims_on(record, field):
        return None
    return moved(records, i, attrs.evolve(record, **{field: far(record, field, 1001)}))


def unattested_actor(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record = records[i]
    fields = [f for f in entity_refs(record) if attrs.fields_dict(type(record))[f].metadata.get("attested")
              and f not in record.inferred and not isinstance(getattr(record, f), tuple)]  # fmt: skip
    if not fields:
        return None
    current = snap.entities[getattr(record, fields[0])]
    quotes = " ".join(c.quote for c in record.citations).casefold()
    for other in snap.entities.values():
        if other.country == current.country and not any(n.casefold() in quotes for n in other.names):
            return put(records, i, attrs.evolve(record, **{fields[0]: other.id}))
    return None


def wrong_vote(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    vote = getattr(records[i], "vote", None)
    if vote is None or "vote" in records[i].inferred:
        return None
    return put(records, i, attrs.evolve(records[i], vote=attrs.evolve(vote, in_favour=9999)))


def bad_claim(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    claims = (*records[i].citations[0].claims, ks.Claim(field="no-such-field", value="x"))
    return put(records, i, with_citation(records[i], 0, claims=claims))


def unexplained(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    return put(records, i, attrs.evolve(records[i], inferred=(*records[i].inferred, "no-such-field")))


def confident_quote(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    at = bundled(snap, records[i])
    if at is None:
        return None
    return put(records, i, with_citation(records[i], at, confidence=ks.Confidence.CONFIRMED))


def overlap(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    if name != "ministers" or i == 0:
        return None
    before, record = records[i - 1], records[i]
    term = ks.Period(before.term.start, record.term.end)
    mutant = attrs.evolve(record, term=term, inferred=(*record.inferred, "term"), note=record.note or "moved")
    return moved(records, i, mutant)


def bad_country(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    if "country" not in attrs.fields_dict(type(records[i])) or name != "recognitions":
        return None
    return put(records, i, attrs.evolve(records[i], country="X1"))


def recede_early(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record = records[i]
    if getattr(record, "receded", None) is None or record.date is None or record.date.lower is None:
        return None
    early = ks.EventDate(ks.PartialDate(record.date.lower.year - 1), exact=True)
    return put(records, i, attrs.evolve(record, receded=early, inferred=(*record.inferred, "receded"),
                                        note=record.note or "moved"))  # fmt: skip


def unanimous(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    vote = getattr(records[i], "vote", None)
    quotes = " ".join(c.quote for c in records[i].citations).casefold()
    if vote is None or vote.unanimous or "unanimous" in quotes or "vote" in records[i].inferred:
        return None
    return put(records, i, attrs.evolve(records[i], vote=attrs.evolve(vote, unanimous=True)))


def unsure_external(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    sources = snap.sources
    at = next((j for j, c in enumerate(records[i].citations) if sources[c.source].kind is ks.SourceKind.EXTERNAL), None)
    return None if at is None else put(records, i, with_citation(records[i], at, confidence=None))


def reserved_claim(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    claims = (*records[i].citations[0].claims, ks.Claim(field="note", value="x"))
    return put(records, i, with_citation(records[i], 0, claims=claims))


def unparseable_claim(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    field = date_field(records[i])
    if field is None:
        return None
    claims = (*records[i].citations[0].claims, ks.Claim(field=field, value="some day"))
    return put(records, i, attrs.evolve(with_citation(records[i], 0, claims=claims), note=records[i].note or "n"))


def unknown_act_claim(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    if name != "recognitions":
        return None
    claims = (*records[i].citations[0].claims, ks.Claim(field="act", value="annex"))
    return put(records, i, attrs.evolve(with_citation(records[i], 0, claims=claims), note=records[i].note or "n"))


def unexplained_dispute(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    record = records[i]
    if not record.disputed or record.inferred:
        return None
    return put(records, i, attrs.evolve(record, note=None))


def unstated_claim(snap: Snapshot, name: str, records: list[Any], i: int) -> Mutated:
    """Change a claimed date to another day the record's date covers but the citation's quote does not state."""
    record, field = records[i], date_field(records[i])
    if field is None or field in record.inferred:
        return None
    for at, citation in enumerate(record.citations):
        for claim in citation.claims:
            value = getattr(record, field)
            if claim.field == field and value.earliest < value.latest:
                day = value.earliest + dt.timedelta(days=(value.latest - value.earliest).days // 2)
                part = ks.PartialDate(day.year, day.month, day.day)
                if str(part) not in claim.value and str(day.day) not in citation.quote.split():
                    claims = tuple(ks.Claim(field=c.field, value=str(part)) if c is claim else c
                                   for c in citation.claims)  # fmt: skip
                    return put(records, i, with_citation(record, at, claims=claims))
    return None


OPERATORS: dict[str, tuple[str, Mutate]] = {
    "date a recession before its act": ("interval-ordered", recede_early),
    "call a vote unanimous that no quote calls so": ("vote-attested", unanimous),
    "take the confidence off an external citation": ("citation-confidence", unsure_external),
    "claim a field no source can claim": ("claims-consistent", reserved_claim),
    "claim a date that does not parse": ("claims-consistent", unparseable_claim),
    "claim an act that does not exist": ("claims-consistent", unknown_act_claim),
    "drop the note of a disputed record": ("claims-consistent", unexplained_dispute),
    "claim a day the citation's quote does not state": ("date-attested", unstated_claim),
    "swap the ends of a period or range": ("interval-ordered", swap_ends),
    "move a dated record after the undated ones": ("chronological-order", out_of_order),
    "drop the citations": ("cites-known-source", drop_citations),
    "point a citation at an unknown source": ("cites-known-source", unknown_source),
    "change one character of a quote": ("quote-in-source", change_quote),
    "point a citation at an unknown section": ("quote-in-source", unknown_section),
    "give a record its predecessor's id": ("unique-ids", duplicate_id),
    "write the id in capitals": ("id-format", bad_id),
    "dangle an entity reference": ("reference-resolves", dangle),
    "date a record after the release": ("not-after-release", after_release),
    "date a record in a year no quote states": ("date-attested", unattested_date),
    "name an actor no quote names": ("actor-attested", unattested_actor),
    "change a vote figure": ("vote-attested", wrong_vote),
    "claim a field that does not exist": ("claims-consistent", bad_claim),
    "infer a field that does not exist": ("inferred-explained", unexplained),
    "give a bundled citation a confidence": ("citation-confidence", confident_quote),
    "start a term before the previous one ends": ("terms-do-not-overlap", overlap),
    "write a country code that is not ISO": ("country-code", bad_country),
}


def mutants(snap: Snapshot, mutate: Mutate) -> Iterator[tuple[str, str, list[Any]]]:
    """(dataset, the mutant's id, the dataset's records) for every shipped record the operator fits."""
    for name in CITED:
        records, done = list(snap.tables[name]), 0
        for i in range(len(records)):
            mutated = mutate(snap, name, records, i)
            if mutated is not None and (SAMPLE is None or done < SAMPLE):
                done += 1
                yield name, mutated[1], mutated[0]


def expected(violations: tuple[Violation, ...], rule: str, file: str, record: str) -> bool:
    """Only ``rule``, only on that record, each violation naming the field (or the path) at fault."""
    return bool(violations) and all(v.rule == rule and v.file == file and v.record == record and v.field
                                    and v.message for v in violations)  # fmt: skip


@pytest.mark.parametrize("operator", list(OPERATORS))
def test_every_mutant_is_caught_by_its_rule_alone(base: Snapshot, operator: str) -> None:
    rule, mutate = OPERATORS[operator]
    applied, missed = 0, []
    for name, record_id, records in mutants(base, mutate):
        applied += 1
        found = check(only(base, name, records))
        if not expected(found, rule, f"{name}.json", record_id):
            missed.append(f"{name}/{record_id}: {[str(v) for v in found][:3]}")
    assert applied > 0, f"{operator}: fits no shipped record"
    assert missed == [], f"{operator}: {len(missed)} of {applied} mutants not reported as {rule} alone"


# -- the reading stage: strict structuring of each record's JSON ----------------------------------


def read_mutants(change: Callable[[dict[str, Any], Any], str | None]) -> Iterator[tuple[str, dict[str, Any], str]]:
    for name in CITED:
        for item in ks.load(VERSION).as_dicts(name)[:SAMPLE]:
            mutated = copy.deepcopy(item)
            field = change(mutated, record_type(name))
            if field is not None:
                yield name, mutated, field


def unknown_key(item: dict[str, Any], cls: Any) -> str:
    item["no_such_field"] = 1
    return "no_such_field"


def unknown_enum(item: dict[str, Any], cls: Any) -> str | None:
    import enum
    import typing

    hints = typing.get_type_hints(cls)
    field = next((f.name for f in attrs.fields(cls) if isinstance(hints[f.name], type)
                  and issubclass(hints[f.name], enum.Enum)), None)  # fmt: skip
    if field is not None:
        item[field] = "no-such-value"
    return field


def bad_date(item: dict[str, Any], cls: Any) -> str | None:
    field = cls.order_by
    if field is None or item.get(field) is None:
        return None
    item[field] = "15 October 2020"
    return str(field)


READ_OPERATORS = {
    "add an unknown field": ("schema", unknown_key),
    "write an unknown enum value": ("enum-valid", unknown_enum),
    "write a date in words": ("date-well-formed", bad_date),
}


@pytest.mark.parametrize("operator", list(READ_OPERATORS))
def test_every_malformed_record_is_caught_by_its_rule_alone(operator: str) -> None:
    rule, change = READ_OPERATORS[operator]
    applied, missed = 0, []
    for name, item, field in read_mutants(change):
        applied += 1
        problems = _converter.structure(record_type(name), item)
        if not (isinstance(problems, list) and [(p.rule, p.field) for p in problems] == [(rule, field)]):
            missed.append(f"{name}/{item['id']}: {problems if isinstance(problems, list) else 'accepted'}")
    assert applied > 0
    assert missed == [], f"{operator}: {len(missed)} of {applied} not reported as {rule} alone"


# -- files: bytes, manifest, sources, lock --------------------------------------------------------


def test_every_file_and_source_mutation_is_caught(base: Snapshot) -> None:
    manifest = base.manifest
    assert manifest is not None
    cases: list[tuple[str, Snapshot, str]] = []
    for name in manifest["files"]:
        raw = bytearray(base.files[name])
        raw[len(raw) // 2] ^= 1  # one byte
        cases.append(("manifest-hash", attrs.evolve(base, files={**base.files, name: bytes(raw)}), name))
        counted = copy.deepcopy(dict(manifest))
        counted["files"][name]["records"] += 1
        cases.append(("manifest-count", attrs.evolve(base, manifest=counted), name))
        if name.removesuffix(".json") in CITED:  # sources and entities are needed by every other file
            unlisted = copy.deepcopy(dict(manifest))
            del unlisted["files"][name]
            tables = {k: v for k, v in base.tables.items() if k != name.removesuffix(".json")}
            cases.append(("manifest-complete", attrs.evolve(base, manifest=unlisted, tables=tables), name))
    for source in base.tables["sources"]:
        if source.kind is ks.SourceKind.BUNDLED:
            sources = tuple(attrs.evolve(s, sha256="0" * 64) if s is source else s for s in base.tables["sources"])
            cases.append(
                ("source-hash", attrs.evolve(base, tables={**base.tables, "sources": sources}), "sources.json")
            )
    missing = copy.deepcopy(dict(manifest))  # listed, but no such file in the folder
    missing["files"]["treaties.json"] = {"sha256": "0" * 64, "records": 0}
    cases.append(("manifest-complete", attrs.evolve(base, manifest=missing), "treaties.json"))
    stranger = attrs.evolve(base, manifest=missing, present=base.present | {"treaties.json"})
    cases.append(("manifest-complete", stranger, "treaties.json"))  # listed, present, but no dataset of that name
    for needed in ("sources.json", "entities.json"):
        unlisted = copy.deepcopy(dict(manifest))
        del unlisted["files"][needed]
        without = attrs.evolve(
            base,
            manifest=unlisted,
            present=base.present - {needed},
            tables={k: v for k, v in base.tables.items() if k != needed.removesuffix(".json")},
        )
        found = [v for v in check(without) if v.rule == "manifest-complete"]
        assert [(v.file, v.message) for v in found] == [(needed, "every version needs this file")]
    lock = {VERSION: {"manifest_sha256": "0" * 64, "released": manifest["released"]}}
    cases.append(("released-unchanged", attrs.evolve(base, lock=lock), "manifest.json"))
    missed = []
    for rule, snap, file in cases:
        found = check(snap)
        if not (found and all(v.rule == rule and v.file == file for v in found)):
            missed.append(f"{rule} {file}: {[str(v) for v in found][:3]}")
    assert missed == []
    assert len(cases) > 30


def test_file_violations_name_the_field_and_both_values(base: Snapshot) -> None:
    import hashlib

    manifest = base.manifest
    assert manifest is not None
    raw = bytearray(base.files["events.json"])
    raw[10] ^= 1
    (hashed,) = check(attrs.evolve(base, files={**base.files, "events.json": bytes(raw)}))
    actual, declared = hashlib.sha256(bytes(raw)).hexdigest(), manifest["files"]["events.json"]["sha256"]
    assert (hashed.field, hashed.record) == ("sha256", None)
    assert hashed.message == f"the file's SHA-256 is {actual}, the manifest says {declared}"
    counted = copy.deepcopy(dict(manifest))
    counted["files"]["events.json"]["records"] = 99
    (count,) = check(attrs.evolve(base, manifest=counted))
    assert (count.field, count.message) == ("records", f"the file holds {len(base.tables['events'])} records, "
                                                       "the manifest says 99")  # fmt: skip
    assert check(attrs.evolve(base, manifest=counted, incomplete=frozenset({"events"}))) == ()  # malformed records
    sources = tuple(attrs.evolve(s, sha256="0" * 64) if i == 0 else s for i, s in enumerate(base.tables["sources"]))
    (source,) = check(attrs.evolve(base, tables={**base.tables, "sources": sources}))
    assert (source.field, source.record) == ("sha256", sources[0].id)
    assert base.sources[sources[0].id].sha256 in source.message
    lock = {VERSION: {"manifest_sha256": "f" * 64, "released": "2026-01-01"}}
    changed, dated = check(attrs.evolve(base, lock=lock))
    assert changed.message.startswith(f"version {VERSION} is released: its manifest's SHA-256 must stay {'f' * 64}")
    assert (dated.field, dated.message) == ("released", f"version {VERSION} was released on 2026-01-01")
    missing = copy.deepcopy(dict(manifest))
    missing["files"]["treaties.json"] = {"sha256": "0" * 64, "records": 0}  # listed, absent, and no dataset
    messages = sorted(v.message for v in check(attrs.evolve(base, manifest=missing)))
    assert messages[0] == "listed in the manifest but missing"
    assert messages[1].startswith("not a dataset file; expected one of ") and "visas.json" in messages[1]
    unlisted = copy.deepcopy(dict(manifest))
    del unlisted["files"]["visas.json"]
    tables = {k: v for k, v in base.tables.items() if k != "visas"}
    (extra,) = check(attrs.evolve(base, manifest=unlisted, tables=tables))
    assert (extra.file, extra.message) == ("visas.json", "a JSON file the manifest does not list")


# -- the gazetteer: entities of the newest version (with its codes) --------------------------------

GAZETTEER_VERSION = ks.versions()[-1]
EntityMutate = Callable[[ks.Entity], "tuple[ks.Entity, str] | None"]


def lift_latitude(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.place is None:
        return None
    return attrs.evolve(
        entity, place=attrs.evolve(entity.place, latitude=entity.place.latitude + 180)
    ), "place.latitude"


def wrap_longitude(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.place is None:
        return None
    return attrs.evolve(
        entity, place=attrs.evolve(entity.place, longitude=entity.place.longitude - 360)
    ), "place.longitude"


def other_point(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.place is None or entity.place.point is not ks.Point.OWN:
        return None
    return attrs.evolve(
        entity, place=attrs.evolve(entity.place, geonames_id=entity.place.geonames_id + 1)
    ), "place.geonames_id"


def negative_id(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.geonames_id is None or entity.place is not None:
        return None
    return attrs.evolve(entity, geonames_id=-entity.geonames_id), "geonames_id"


def huge_id(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.geonames_id is None or entity.place is not None:
        return None
    return attrs.evolve(entity, geonames_id=2**63 + entity.geonames_id), "geonames_id"


def unknown_place_source(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if entity.place is None:
        return None
    return attrs.evolve(entity, place=attrs.evolve(entity.place, source="ext-nowhere")), "place.source"


def short_fips(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    return None if entity.fips is None else (attrs.evolve(entity, fips=entity.fips[:-1]), "fips")


def foreign_fips(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    return None if entity.country in (None, "US") else (attrs.evolve(entity, fips="06"), "fips")


def doubled_name(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if not entity.other_names:
        return None
    doubled = attrs.evolve(entity.other_names[0], name=entity.name.upper())
    return attrs.evolve(entity, other_names=(doubled, *entity.other_names[1:])), "other_names[0]"


def unknown_name_source(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if not entity.other_names:
        return None
    renamed = attrs.evolve(entity.other_names[-1], source="ext-nowhere")
    at = len(entity.other_names) - 1
    return attrs.evolve(entity, other_names=(*entity.other_names[:-1], renamed)), f"other_names[{at}]"


def lower_alpha_3(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    return None if entity.alpha_3 is None else (attrs.evolve(entity, alpha_3=entity.alpha_3.lower()), "alpha_3")


def unknown_translation_source(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    if not entity.translated_names:
        return None
    renamed = attrs.evolve(entity.translated_names[0], source="ext-nowhere")
    return attrs.evolve(entity, translated_names=(renamed, *entity.translated_names[1:])), "translated_names[0]"


def doubled_alternate(entity: ks.Entity) -> tuple[ks.Entity, str] | None:
    names = entity.alternate_names
    return (
        None
        if not names
        else (attrs.evolve(entity, alternate_names=(*names, names[0])), f"alternate_names[{len(names)}]")
    )


ENTITY_OPERATORS: dict[str, tuple[str, EntityMutate]] = {
    "write an alpha-3 code in lower case": ("country-codes", lower_alpha_3),
    "cite an unknown source for a translated name": ("translated-names", unknown_translation_source),
    "repeat an alternate name": ("alternate-names", doubled_alternate),
    "move a place past a pole": ("place-well-formed", lift_latitude),
    "move a place past the antimeridian": ("place-well-formed", wrap_longitude),
    "give a place's own point another record": ("place-well-formed", other_point),
    "write a negative GeoNames id": ("place-well-formed", negative_id),
    "write a GeoNames id past 64 bits": ("number-in-range", huge_id),
    "cite an unknown source for a place": ("place-well-formed", unknown_place_source),
    "drop a digit of a FIPS code": ("fips-code", short_fips),
    "give a FIPS code to a place outside the U.S.": ("fips-code", foreign_fips),
    "give an other name that is the entity's name": ("other-names", doubled_name),
    "cite an unknown source for an other name": ("other-names", unknown_name_source),
}


@pytest.fixture(scope="module")
def gazetteer() -> Snapshot:
    snap = _folders.snapshot(Path(_versions.DATA) / GAZETTEER_VERSION)
    assert check(snap) == ()
    return snap


@pytest.mark.parametrize("operator", list(ENTITY_OPERATORS))
def test_every_gazetteer_mutant_is_caught_by_its_rule_alone(gazetteer: Snapshot, operator: str) -> None:
    rule, mutate = ENTITY_OPERATORS[operator]
    entities = gazetteer.tables["entities"]
    applied, missed = 0, []
    for index, entity in enumerate(entities[:SAMPLE] if SAMPLE else entities):
        mutated = mutate(entity)
        if mutated is None:
            continue
        applied += 1
        changed = (*entities[:index], mutated[0], *entities[index + 1 :])
        found = check(attrs.evolve(gazetteer, tables={**gazetteer.tables, "entities": changed}))
        if [(v.rule, v.record, v.field) for v in found] != [(rule, entity.id, mutated[1])]:
            missed.append(f"{entity.id}: {[str(v) for v in found][:3]}")
    assert applied > 0, f"{operator}: fits no entity of {GAZETTEER_VERSION}"
    assert missed == [], f"{operator}: {len(missed)} of {applied} mutants not reported as {rule} alone"


def test_detection_rates_cover_every_rule() -> None:
    """The operators above, with the reading-stage and file cases, exercise every rule of the registry."""
    covered = {rule for rule, _ in OPERATORS.values()} | {rule for rule, _ in READ_OPERATORS.values()}
    covered |= {rule for rule, _ in ENTITY_OPERATORS.values()}
    covered |= {"manifest-hash", "manifest-count", "manifest-complete", "source-hash", "released-unchanged"}
    covered |= {"manifest-readable", "json-well-formed"}  # test_load: bad manifests and files, each case
    covered |= {  # test_rules and test_versions: what a version keeps of the last release, and what it claims
        "tombstone-format", "tombstone-not-present", "tombstone-replacements-exist", "tombstone-version",
        "ids-kept-or-withdrawn", "version-canonical", "release-not-future",
    }  # fmt: skip
    covered |= {"url-scheme"}  # test_rules and test_hostile_values: every scheme but http(s)
    assert covered == {rule.name for rule in ks.RULES}
    json.dumps(sorted(covered))


@pytest.mark.parametrize(
    ("date", "quote", "stated"),
    [
        ("2020-10-15", "On 15 October 2020, Milan", True),
        ("2020-10-15", "On 15 November 2020, Milan", False),  # the month differs
        ("2020-10-15", "On 16 October 2020, Milan", False),  # the day differs
        ("2020-10-15", "On 15 October 2021, Milan", False),  # the year differs
        ("2020-10-05", "05 October 2020", True),  # a day with a leading zero
        ("2020-10-05", "15 October 2020", False),  # 5 is not 15
        ("2020-10", "October 2020", True),
        ("2020-10", "in 2020", False),
        ("2020", "in 2020,", True),
        ("2020", "in 12020", False),
        ("2013-04-30", "(10 April 2013) Receded (30 April 2013)", True),
    ],
)
def test_what_states_a_date(date: str, quote: str, stated: bool) -> None:
    from karabakh_status._rules.quotes import part_in

    assert part_in(ks.PartialDate.parse(date), quote) is stated


def _sources_changed(base: Snapshot, index: int, **changes: Any) -> Snapshot:
    sources = tuple(attrs.evolve(s, **changes) if i == index else s for i, s in enumerate(base.tables["sources"]))
    return attrs.evolve(base, tables={**base.tables, "sources": sources})


def _manifest_changed(base: Snapshot, change: Callable[[dict[str, Any]], Any]) -> Snapshot:
    manifest = copy.deepcopy(dict(base.manifest or {}))
    change(manifest)
    return attrs.evolve(base, manifest=manifest)


def test_every_branch_of_source_hash(base: Snapshot) -> None:
    sources = base.tables["sources"]
    bundled_id = sources[0].id
    external = next(i for i, s in enumerate(sources) if s.kind is ks.SourceKind.EXTERNAL)
    cases = [
        (_sources_changed(base, external, sha256="0" * 64),
         ("sources.json", sources[external].id, None, "an external source has no bundled file nor SHA-256")),
        (_sources_changed(base, 0, file="other.txt"),
         ("sources.json", bundled_id, "file",
          f"no bundled text {bundled_id}.txt ships with the package or the folder")),
        (_sources_changed(base, 0, id="no-such-text", file="no-such-text.txt"),
         ("sources.json", "no-such-text", "file",
          "no bundled text no-such-text.txt ships with the package or the folder")),
        (_manifest_changed(base, lambda m: m["sources"].update({bundled_id: "0" * 64})),
         ("manifest.json", bundled_id, "sources",
          f"the manifest must give the bundled text's SHA-256 {sources[0].sha256}")),
        (_manifest_changed(base, lambda m: m["sources"].update({"ghost": "0" * 64})),
         ("manifest.json", "ghost", "sources", "the manifest names a source that sources.json does not hold")),
    ]  # fmt: skip
    for snap, want in cases:
        found = [v for v in check(snap) if v.rule == "source-hash"]
        assert [(v.file, v.record, v.field, v.message) for v in found][:1] == [want]
        assert all(v.rule in ("source-hash", "cites-known-source") for v in check(snap))


def test_every_branch_of_released_unchanged(base: Snapshot) -> None:
    import hashlib

    assert base.manifest_bytes is not None
    digest = hashlib.sha256(base.manifest_bytes).hexdigest()
    released = json.loads(base.manifest_bytes)["released"]
    same = {VERSION: {"manifest_sha256": digest, "released": released}}
    assert check(attrs.evolve(base, lock=same)) == ()  # released with these very bytes: fine
    dated = {VERSION: {"manifest_sha256": digest, "released": "1999-01-01"}}  # not the manifest's date
    (violation,) = check(attrs.evolve(base, lock=dated))
    assert (violation.rule, violation.file, violation.field) == ("released-unchanged", "manifest.json", "released")
    other = {"0.0.1": {"manifest_sha256": "0" * 64, "released": "2026-01-01"}}
    assert check(attrs.evolve(base, lock=other)) == ()  # another version's lock says nothing of this one
    assert [v.rule for v in check(attrs.evolve(base, lock=dated, manifest_bytes=None))] == []


def test_every_branch_of_country_code(base: Snapshot) -> None:
    entities = base.tables["entities"]
    azimov = next(i for i, e in enumerate(entities) if e.id == "araz-azimov")
    lombardy = next(i for i, e in enumerate(entities) if e.subdivision == "IT-25")

    def with_entity(index: int, **changes: Any) -> Snapshot:
        changed = tuple(attrs.evolve(e, **changes) if i == index else e for i, e in enumerate(entities))
        return attrs.evolve(base, tables={**base.tables, "entities": changed})

    cases = [
        (with_entity(azimov, country="az"),  # a person no recognition names: this violation alone
         ("entities.json", "araz-azimov", "country", "'az' is not an ISO 3166-1 alpha-2 code")),
        (with_entity(lombardy, subdivision="FR-25"),
         ("entities.json", entities[lombardy].id, "subdivision", "'FR-25' is not an ISO 3166-2 code of IT")),
        (with_entity(lombardy, subdivision="IT25"),
         ("entities.json", entities[lombardy].id, "subdivision", "'IT25' is not an ISO 3166-2 code of IT")),
    ]  # fmt: skip
    for snap, want in cases:
        found = check(snap)
        assert [(v.rule, v.file, v.record, v.field, v.message) for v in found] == [("country-code", *want)]
    records = list(base.tables["recognitions"])
    at = next(i for i, r in enumerate(records) if r.id == "rec-it-milan-2020")
    records[at] = attrs.evolve(records[at], country="FR")
    (violation,) = check(only(base, "recognitions", records))
    assert (violation.rule, violation.record, violation.field) == ("country-code", "rec-it-milan-2020", "country")
    assert violation.message == "the actor 'it-milan' is in IT, the record says FR"
    records[at] = attrs.evolve(records[at], country=None)
    (violation,) = check(only(base, "recognitions", records))
    assert violation.message == "the actor 'it-milan' is in IT, the record says None"
