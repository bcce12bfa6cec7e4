"""Every validation rule: a change that breaks it, and the error that names it."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status import _folders, _versions
from karabakh_status._rules import RULE_NAMES
from karabakh_status._versions import DATA, resolve_version
from tests.conftest import NEXT, read, relabel, write

MILAN: dict[str, Any] = next(
    r
    for r in json.loads((Path(DATA) / resolve_version() / "recognitions.json").read_bytes())
    if r["id"] == "rec-it-milan-2020"
)  # a shipped record, changed by the cases below


def with_milan(folder: Path, change: Callable[[dict[str, Any]], Any] = lambda r: None) -> None:
    """Replace Milan's recognition in the copy by a changed one (in place: the file's order is kept)."""
    recognitions = read(folder, "recognitions.json")
    record = copy.deepcopy(MILAN)
    change(record)
    recognitions[[r["id"] for r in recognitions].index(record["id"])] = record
    write(folder, "recognitions.json", recognitions)


def ministers(change: Callable[[list[dict[str, Any]]], Any]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        data = read(folder, "ministers.json")
        change(data)
        write(folder, "ministers.json", data)

    return apply


def first(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    return ministers(lambda records: change(records[0]))


def milan(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    return lambda folder: with_milan(folder, change)


def entity(entity_id: str, change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    """Change one entity of the gazetteer in place."""

    def apply(folder: Path) -> None:
        entities = read(folder, "entities.json")
        change(next(e for e in entities if e["id"] == entity_id))
        write(folder, "entities.json", entities)

    return apply


YEREVAN_PLACE = {"geonames_id": 616052, "latitude": 40.18, "longitude": 44.51, "point": "own", "source": "ext-geonames"}


def source(source_id: str, **change: Any) -> Callable[[Path], None]:
    """Change one source of sources.json in place."""

    def apply(folder: Path) -> None:
        sources = read(folder, "sources.json")
        next(s for s in sources if s["id"] == source_id).update(change)
        write(folder, "sources.json", sources)

    return apply


def yerevan(**place: Any) -> Callable[[Path], None]:
    return entity("am-yerevan", lambda e: e.update(geonames_id=616052, place={**YEREVAN_PLACE, **place}))


def sources_with_geonames(folder: Path) -> None:
    """The copy's sources, with the GeoNames source (1.0.0 has none)."""
    sources = read(folder, "sources.json")
    if all(s["id"] != "ext-geonames" for s in sources):
        geonames = {
            "id": "ext-geonames",
            "title": "GeoNames",
            "publisher": "GeoNames",
            "url": "https://www.geonames.org/",
        }
        sources.append(
            {**geonames, "license": "CC BY 4.0", "kind": "external", "file": None, "sha256": None, "note": None}
        )
        write(folder, "sources.json", sources)


def set_manifest(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        data = read(folder, "manifest.json")
        change(data)
        write(folder, "manifest.json", data, manifest=False)

    return apply


def raw_edit(name: str, old: bytes, new: bytes) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / name
        assert old in path.read_bytes()
        path.write_bytes(path.read_bytes().replace(old, new, 1))

    return apply


def not_json(folder: Path) -> None:
    (folder / "ministers.json").write_bytes(b"[{")
    set_manifest(lambda m: m["files"]["ministers.json"].update(sha256=hashlib.sha256(b"[{").hexdigest()))(folder)


def source_sha(folder: Path) -> None:
    data = read(folder, "sources.json")
    data[0]["sha256"] = "0" * 64
    write(folder, "sources.json", data)


def overlap(records: list[dict[str, Any]]) -> None:
    records[1].update(term="1995/2002", inferred=["term"], note="test: moved start")


def tombstones(*items: dict[str, Any]) -> Callable[[Path], None]:
    """Relabel the copy as the next version and give it a withdrawn.json of these tombstones."""

    def apply(folder: Path) -> None:
        relabel(folder, NEXT)
        write(folder, "withdrawn.json", list(items))

    return apply


def stone(**change: Any) -> dict[str, Any]:
    """A tombstone of Milan's recognition (the copy still holds the record)."""
    base = {"id": "rec-it-milan-2020", "dataset": "recognitions", "withdrawn_in": NEXT, "reason": "test"}
    return {**base, "replaced_by": [], **change}


def drop_milan(folder: Path) -> None:
    relabel(folder, NEXT)
    write(folder, "recognitions.json", [r for r in read(folder, "recognitions.json") if r["id"] != "rec-it-milan-2020"])


FIRST = "mfa-1993-arkadi-ghukasyan"
CASES: list[tuple[str, Callable[[Path], None], str | None, str | None]] = [
    # rule, how to break it, the file and the record the violation must name
    ("manifest-readable", lambda f: (f / "manifest.json").unlink(), "manifest.json", None),
    ("json-well-formed", not_json, "ministers.json", None),
    ("schema", first(lambda r: r.update(extra=1)), "ministers.json", FIRST),
    ("enum-valid", milan(lambda r: r.update(act="recognise")), "recognitions.json", "rec-it-milan-2020"),
    ("date-well-formed", milan(lambda r: r.update(date="15 October 2020")), "recognitions.json", "rec-it-milan-2020"),
    ("manifest-complete", lambda f: (f / "treaties.json").write_text("[]"), "treaties.json", None),
    ("manifest-hash", raw_edit("ministers.json", b"Karen", b"Karan"), "ministers.json", None),
    ("manifest-count", set_manifest(lambda m: m["files"]["ministers.json"].update(records=9)), "ministers.json", None),
    ("source-hash", source_sha, "sources.json", "political-status-of-nagorno-karabakh"),
    ("unique-ids", ministers(lambda rs: rs[1].update(id=rs[0]["id"])), "ministers.json", FIRST),
    ("id-format", first(lambda r: r.update(id="MFA_1993")), "ministers.json", "MFA_1993"),
    ("cites-known-source", first(lambda r: r["citations"][0].update(source="wiki")), "ministers.json", FIRST),
    ("citation-confidence", first(lambda r: r["citations"][0].update(confidence="confirmed")), "ministers.json", FIRST),
    (
        "quote-in-source",
        first(lambda r: r["citations"][0].update(quote=r["citations"][0]["quote"] + "!")),
        "ministers.json",
        FIRST,
    ),
    ("date-attested", first(lambda r: r.update(term="1994/1997")), "ministers.json", FIRST),
    ("actor-attested", first(lambda r: r.update(person="naira-melkumian")), "ministers.json", FIRST),
    (
        "vote-attested",
        milan(lambda r: r.update(vote={"in_favour": 62, "against": None, "abstentions": None, "unanimous": False})),
        "recognitions.json",
        "rec-it-milan-2020",
    ),
    (
        "claims-consistent",
        milan(lambda r: r.update(note="n") or r["citations"][0].update(claims=[{"field": "date", "value": "2019"}])),
        "recognitions.json",
        "rec-it-milan-2020",
    ),
    ("inferred-explained", milan(lambda r: r.update(inferred=["actor"])), "recognitions.json", "rec-it-milan-2020"),
    ("interval-ordered", first(lambda r: r.update(term="1997/1993")), "ministers.json", FIRST),
    ("chronological-order", ministers(lambda rs: rs.reverse()), "ministers.json", "mfa-2021-david-babayan"),
    ("terms-do-not-overlap", ministers(overlap), "ministers.json", "mfa-1997-naira-melkumian"),
    (
        "not-after-release",
        milan(lambda r: r.update(date="2099-10-15", inferred=["date"], note="test")),
        "recognitions.json",
        "rec-it-milan-2020",
    ),
    ("reference-resolves", first(lambda r: r.update(person="nobody")), "ministers.json", FIRST),
    ("country-code", milan(lambda r: r.update(country="FR")), "recognitions.json", "rec-it-milan-2020"),
    ("tombstone-format", tombstones({**stone(), "replaced": []}), "withdrawn.json", "rec-it-milan-2020"),
    ("tombstone-not-present", tombstones(stone()), "withdrawn.json", "rec-it-milan-2020"),
    ("tombstone-replacements-exist", tombstones(stone(replaced_by=["rec-x"])), "withdrawn.json", "rec-it-milan-2020"),
    ("tombstone-version", tombstones(stone(withdrawn_in="999.0.0")), "withdrawn.json", "rec-it-milan-2020"),
    ("ids-kept-or-withdrawn", drop_milan, "recognitions.json", "rec-it-milan-2020"),
    ("version-canonical", set_manifest(lambda m: m.update(version="01.0.0")), "manifest.json", None),
    ("release-not-future", set_manifest(lambda m: m.update(released="2999-01-01")), "manifest.json", None),
    ("place-well-formed", yerevan(latitude=140.18), "entities.json", "am-yerevan"),
    (
        "url-scheme",
        source("ext-wikipedia-foreign-relations-of-abkhazia", url="javascript:alert(1)"),
        "sources.json",
        "ext-wikipedia-foreign-relations-of-abkhazia",
    ),
    (
        "number-in-range",
        milan(
            lambda r: r.update(
                vote={"in_favour": -1, "against": None, "abstentions": None, "unanimous": False},
                inferred=["vote"],
                note="x",
            )
        ),
        "recognitions.json",
        "rec-it-milan-2020",
    ),
    ("fips-code", entity("us-clark-county", lambda e: e.update(fips="0603")), "entities.json", "us-clark-county"),
    (
        "other-names",
        entity("am-yerevan", lambda e: e.update(other_names=[{"name": "Erevan", "source": "ext-iso", "used_by": "x"}])),
        "entities.json",
        "am-yerevan",
    ),
    ("country-codes", entity("it", lambda e: e.update(alpha_3="IT")), "entities.json", "it"),
    (
        "translated-names",
        entity(
            "am",
            lambda e: e.update(
                translated_names=[{"language": "hy", "name": "Հայաստան", "translates": "Armenia", "source": "ext-iso"}]
            ),
        ),
        "entities.json",
        "am",
    ),
    (
        "alternate-names",
        entity("it-milan", lambda e: e.update(alternate_names=["Milano", "Milano"])),
        "entities.json",
        "it-milan",
    ),
]


def translated(**name: str) -> Callable[[Path], None]:
    """Armenia with one translated name, changed by ``name``."""
    armenia = {"language": "hy", "name": "Հայաստան", "translates": "Armenia", "source": "ext-geonames", **name}
    return entity("am", lambda e: e.update(translated_names=[armenia]))


GAZETTEER_CASES = [
    ("country-code", entity("am-yerevan", lambda e: e.update(subdivision="AZ-XA")), "subdivision"),
    ("country-code", entity("am-yerevan", lambda e: e.update(country=None, gazetteer_note=None)), "subdivision"),
    ("place-well-formed", yerevan(longitude=-180.5), "place.longitude"),
    ("place-well-formed", yerevan(geonames_id=0), "place.geonames_id"),
    ("place-well-formed", yerevan(geonames_id=616053), "place.geonames_id"),
    ("place-well-formed", yerevan(source="ext-nowhere"), "place.source"),
    ("place-well-formed", entity("am-yerevan", lambda e: e.update(geonames_id=-1)), "geonames_id"),
    ("number-in-range", entity("am-yerevan", lambda e: e.update(geonames_id=2**63)), "geonames_id"),
    ("number-in-range", yerevan(geonames_id=2**64), "place.geonames_id"),
    ("fips-code", entity("am-yerevan", lambda e: e.update(fips="11")), "fips"),
    ("fips-code", entity("us-nevada", lambda e: e.update(fips="3")), "fips"),
    ("fips-code", entity("us-nevada", lambda e: e.update(fips="32-1")), "fips"),
    (
        "other-names",
        entity(
            "am-yerevan",
            lambda e: e.update(other_names=[{"name": "YEREVAN", "source": "ext-geonames", "used_by": "x"}]),
        ),
        "other_names[0]",
    ),
    (
        "other-names",
        entity(
            "am-yerevan", lambda e: e.update(other_names=[{"name": "Erevan", "source": "ext-geonames", "used_by": " "}])
        ),
        "other_names[0]",
    ),
    (
        "other-names",
        entity(
            "am-yerevan",
            lambda e: e.update(other_names=[{"name": "Erevan", "source": "ext-geonames", "used_by": "x"}] * 2),
        ),
        "other_names[1]",
    ),
    ("country-codes", entity("it", lambda e: e.update(alpha_3="ita")), "alpha_3"),
    ("country-codes", entity("it", lambda e: e.update(numeric="38")), "numeric"),
    ("country-codes", entity("it-milan", lambda e: e.update(country=None, alpha_3="ITA")), "alpha_3"),
    ("translated-names", translated(source="ext-nowhere"), "translated_names[0]"),
    ("translated-names", translated(language="Armenian"), "translated_names[0]"),
    ("translated-names", translated(name=" "), "translated_names[0]"),
    ("translated-names", translated(translates=""), "translated_names[0]"),
    ("alternate-names", entity("it-milan", lambda e: e.update(alternate_names=["Milano", ""])), "alternate_names[1]"),
    (
        "alternate-names",
        entity("it-asolo", lambda e: e.update(geonames_id=None, place=None, alternate_names=["Asolo"])),
        "alternate_names",
    ),
]


def test_a_name_is_given_once_per_language(folder: Path) -> None:
    sources_with_geonames(folder)
    armenia = {"language": "hy", "name": "Հայաստան", "translates": "Armenia", "source": "ext-geonames"}
    entity("am", lambda e: e.update(translated_names=[armenia, {**armenia, "language": "ru"}]))(folder)
    assert ks.validate(path=folder) == ()
    entity("am", lambda e: e.update(translated_names=[armenia, {**armenia, "translates": "Republic of Armenia"}]))(
        folder
    )
    assert [(v.rule, v.field) for v in ks.validate(path=folder)] == [("translated-names", "translated_names[1]")]


@pytest.mark.parametrize(("rule", "breaks", "field"), GAZETTEER_CASES, ids=[f"{c[0]}-{c[2]}" for c in GAZETTEER_CASES])
def test_gazetteer_rule(folder: Path, rule: str, breaks: Callable[[Path], None], field: str) -> None:
    """Each way a gazetteer field can be malformed is found, on the entity and field it breaks."""
    sources_with_geonames(folder)
    assert ks.validate(path=folder) == ()
    breaks(folder)
    found = [(v.rule, v.record, v.field) for v in ks.validate(path=folder)]
    assert any(r == rule and f == field for r, _, f in found), found


def test_a_stateless_place_may_carry_isos_code_with_a_note(folder: Path) -> None:
    entity("artsakh-stepanakert", lambda e: e.update(subdivision="AZ-XA", gazetteer_note="ISO 3166-2 lists it in AZ."))(
        folder
    )
    assert ks.validate(path=folder) == ()
    entity("artsakh-stepanakert", lambda e: e.update(gazetteer_note=None))(folder)
    assert [v.rule for v in ks.validate(path=folder)] == ["country-code"]


def test_a_county_in_its_states_fips_is_valid(folder: Path) -> None:
    entity("us-nevada", lambda e: e.update(fips="32"))(folder)
    entity("us-clark-county", lambda e: e.update(fips="32003"))(folder)
    assert ks.validate(path=folder) == ()
    entity("us-clark-county", lambda e: e.update(fips="06003"))(folder)
    assert [v.message for v in ks.validate(path=folder)] == [
        "county 06003 is not in the state of its parent 'us-nevada' (32)"
    ]


def test_every_rule_has_a_case() -> None:
    assert {case[0] for case in CASES} | {"released-unchanged"} == RULE_NAMES
    assert len(RULE_NAMES) == len(ks.RULES)


def test_the_unchanged_copy_is_valid(folder: Path) -> None:
    with_milan(folder)
    assert ks.validate(path=folder) == ()


@pytest.mark.parametrize(("rule", "breaks", "file", "record"), CASES, ids=[case[0] for case in CASES])
def test_rule(folder: Path, rule: str, breaks: Callable[[Path], None], file: str | None, record: str | None) -> None:
    with_milan(folder)
    breaks(folder)
    found = ks.validate(path=folder)
    assert any(v.rule == rule and v.file == file and (record is None or v.record == record) for v in found), found
    with pytest.raises(ks.DataError) as caught:
        ks.load(path=folder)
    assert f"[{rule}]" in str(caught.value)


def test_released_unchanged(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version = read(folder, "manifest.json")["version"]
    locked = {"manifest_sha256": hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest(), "released": None}
    monkeypatch.setattr(_versions, "_lock", lambda: {version: locked})
    assert ks.validate(path=folder) == ()
    raw_edit("ministers.json", b'"note": null', b'"note": "changed after release"')(folder)  # breaks no other rule
    with pytest.raises(ks.VersionError, match="is released"):
        _folders.write_manifest(folder)
    manifest = read(folder, "manifest.json")
    manifest["files"]["ministers.json"]["sha256"] = hashlib.sha256((folder / "ministers.json").read_bytes()).hexdigest()
    write(folder, "manifest.json", manifest, manifest=False)
    with pytest.raises(ks.ManifestError) as caught:
        ks.load(path=folder)
    assert [v.rule for v in caught.value.violations] == ["released-unchanged"]
    assert "make a new version" in str(caught.value)


def test_all_violations_at_once(folder: Path) -> None:
    first(lambda r: r.update(term="1997/1993"))(folder)
    milan(lambda r: r.update(country="FR", act="recognise"))(folder)
    rules = {v.rule for v in ks.validate(path=folder)}
    assert {"interval-ordered", "enum-valid"} <= rules


def test_violation_names_rule_file_record_field() -> None:
    violation = ks.Violation(rule="r", file="f.json", record="x", field="date", message="m")
    assert str(violation) == "[r] f.json: x: date: m"
    assert str(ks.Violation(rule="r", message="m")) == "[r] m"


def test_rules_are_documented() -> None:
    for rule in ks.RULES:
        assert rule.title.endswith(".") and rule.description and rule.example.startswith(f"[{rule.name}]")
        assert rule.stage in ("read", "records") and (rule.stage == "read") == (rule.check is None)


def test_a_number_is_found_wherever_a_record_holds_one() -> None:
    """number-in-range walks every value of a record built by hand: a vote or a place inside a tuple, a number
    in a tuple of a tuple, a number where text belongs (in a long tuple of names too); each at its path, in the
    order of the records and their fields."""
    import attrs

    from karabakh_status._rules import RULES

    snap = _folders.snapshot(Path(DATA) / "1.2.0")
    rule = next(r for r in RULES if r.name == "number-in-range")
    assert rule.check is not None and list(rule.check(snap)) == []
    milan = next(r for r in snap.tables["recognitions"] if r.id == "rec-it-milan-2020")
    yerevan = next(e for e in snap.tables["entities"] if e.id == "am-yerevan")
    armenia = next(e for e in snap.tables["entities"] if e.id == "am")
    assert yerevan.place is not None and len(armenia.translated_names) > 4
    changed = attrs.evolve(milan, note=float("nan"), inferred=("vote", ks.Vote(against=-2), ("x", (2**64,))))
    moved = attrs.evolve(yerevan, aliases=("Erevan", attrs.evolve(yerevan.place, latitude=float("-inf"))))
    names = list(armenia.translated_names)
    names[4] = attrs.evolve(names[4], name=-(2**63) - 1)
    renamed = attrs.evolve(armenia, translated_names=tuple(names))
    changed_entities = {armenia.id: renamed, yerevan.id: moved}
    tables = {
        **snap.tables,
        "recognitions": tuple(changed if r is milan else r for r in snap.tables["recognitions"]),
        "entities": tuple(changed_entities.get(e.id, e) for e in snap.tables["entities"]),
    }
    found = [(v.file, v.record, v.field, v.message) for v in rule.check(attrs.evolve(snap, tables=tables))]
    assert found == [
        (
            "entities.json",
            "am",
            "translated_names[4].name",
            "-9223372036854775809 does not fit a signed 64-bit integer (at most 9223372036854775807)",
        ),
        ("entities.json", "am-yerevan", "aliases[1].latitude", "-inf is not a finite number"),
        ("recognitions.json", "rec-it-milan-2020", "note", "nan is not a finite number"),
        ("recognitions.json", "rec-it-milan-2020", "inferred[1].against", "-2 is a count: it is never negative"),
        (
            "recognitions.json",
            "rec-it-milan-2020",
            "inferred[2][1][0]",
            "18446744073709551616 does not fit a signed 64-bit integer (at most 9223372036854775807)",
        ),
    ]


def test_a_missing_section_lists_a_texts_sections_within_bounds() -> None:
    """`quote-in-source`'s message lists a real text's sections whole, and a text of thousands of nested headings
    in at most a thousand characters and the count of the rest (listed whole, one message was 6 MB)."""
    from karabakh_status._rules.records import _listed
    from karabakh_status._sources import SourceText, bundled_text

    real = bundled_text("political-status-of-nagorno-karabakh")
    assert _listed(real) == ", ".join(" / ".join(s.path) or "(lead)" for s in real.sections)
    nested = "Title\n\n" + "".join(f"{'=' * level} H{level} {'=' * level}\ntext\n" for level in range(2, 2500))
    hostile = SourceText("own", nested.encode())
    listed = _listed(hostile)
    assert len(listed) <= 1000 + 40 and listed.startswith("(lead), H2, H2 / H3")
    shown = listed.rsplit(", and ", 1)[0].count(", ") + 1
    assert listed.endswith(f", and {len(hostile.sections) - shown} more sections") and len(hostile.sections) > 2000
