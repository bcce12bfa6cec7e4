"""What a new user tripped on (issue 18) and wrong-typed arguments (issue 16, item 8): one test per item."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status._datasets import CITED, DATASETS
from karabakh_status._sources import bundled_text, fold
from karabakh_status._versions import versions

# -- 1. the statement -----------------------------------------------------------------------------


def _shape(citation: ks.Citation) -> str:
    text = bundled_text(citation.source)
    context = None if text is None else text.context(citation.section, citation.quote)
    if context is None:
        return "external"
    return "table" if context.startswith("|") else "list" if context.startswith("-") else "prose"


@pytest.mark.parametrize("version", versions())
def test_every_statement_follows_the_rule(version: str) -> None:
    data = ks.load(version)
    for name in CITED:
        for record in data.records(name):
            said = record.statement
            assert said.citation in record.citations and said.source == said.citation.source
            assert said.section == said.citation.section and said.quote == said.citation.quote
            shapes = [_shape(c) for c in record.citations]
            chosen = _shape(said.citation)
            if "prose" in shapes:  # never a bare table cell (or a list) where a prose sentence cites the record
                assert chosen == "prose", (record.id, said.quote)
            elif shapes != ["external"] * len(shapes):
                assert chosen != "external", record.id
            if chosen == "prose":
                assert fold(said.quote) in said.sentence, record.id  # the sentence holds the quote
                assert len(said.sentence) <= len(said.citation.context() or ""), record.id
            # among the citations of the same shape and kind of source, it is the first that states the
            # record's year, else the first
            rivals = [c for c in record.citations if _shape(c) == chosen]
            assert said.citation in rivals[:1] or re.search(r"\b(1[89]|20)[0-9]{2}\b", said.quote), record.id


def test_the_statement_of_a_us_table_cell_is_the_prose_sentence() -> None:
    record = ks.load("1.0.0").get("rec-us-rhode-island-2012")
    assert record.citations[0].quote == "(May 2012)"
    assert record.statement.sentence.startswith("In May 2012, the Rhode Island House of Representatives")
    assert record.statement.sentence.endswith("to recognize the Republic of Artsakh.")


def test_show_prints_the_statement(capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main

    assert main(["show", "rec-us-rhode-island-2012"]) == 0
    out = capsys.readouterr().out
    assert "statement (citation 3): Foreign relations of Artsakh § Bilateral relations / United States" in out
    assert out.index("statement") < out.index("citation 1:")


# -- 2. exports a spreadsheet can use ------------------------------------------------------------


def test_the_csv_has_names_codes_and_the_statement(tmp_path: Path) -> None:
    import csv
    import json

    data = ks.load("1.0.0")
    data.export(tmp_path, format="csv")
    with (tmp_path / "recognitions.csv").open(encoding="utf-8", newline="") as file:
        rows = {row["id"]: row for row in csv.DictReader(file)}
    milan = rows["rec-it-milan-2020"]
    assert (milan["actor"], milan["actor_name"], milan["actor_country"]) == ("it-milan", "Milan", "IT")
    for record in data.recognitions():
        row, said = rows[record.id], record.statement
        assert row["actor_name"] == ("" if record.actor is None else data.entity(record.actor).name)
        assert (row["statement"], row["statement_quote"]) == (said.sentence, said.quote)
        assert (row["statement_section"], row["statement_source"]) == (" / ".join(said.section), said.source)
    with (tmp_path / "offices.csv").open(encoding="utf-8", newline="") as file:
        offices = list(csv.DictReader(file))
    assert [(o["host"], o["host_name"], o["host_country"]) for o in offices][-1] == ("us", "United States", "US")
    data.export(tmp_path / "lines", format="jsonl")
    lines = (tmp_path / "lines" / "recognitions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [len(json.loads(line)["citations"]) for line in lines] == [len(r.citations) for r in data.recognitions()]


# -- 3. everything about an entity ----------------------------------------------------------------


def test_relations_with_is_everything_about_an_entity_and_its_parts() -> None:
    data = ks.load("1.0.0")
    everything = data.relations_with("France")
    acts = data.by_actor("France")
    assert len(acts) > 2 and set(acts) <= set(everything)
    assert len(data.relations_with("France", parts=False)) < len(everything)
    assert all(type(r).__name__ == "Recognition" for r in acts)
    french = {e.id for e in data.entities(country="FR")}
    assert {r.id for r in everything} >= {r.id for r in data.recognitions() if r.actor in french}


# -- 4. a field named country is an ISO code -----------------------------------------------------


@pytest.mark.parametrize("version", versions())
def test_every_country_field_and_column_is_an_iso_code(version: str) -> None:
    import attrs

    from karabakh_status._datasets import record_type
    from karabakh_status._export import columns, flat

    data = ks.load(version)
    for name in DATASETS:
        cls = record_type(name)
        for field in attrs.fields(cls):
            if field.name == "country":
                assert not field.metadata.get("entity"), f"{name}.country holds entity ids"
        names = [c.name for c in columns(cls) if c.name == "country" or c.name.endswith("_country")]
        for record in data.records(name):
            row = flat(record, data)
            for column in names:
                assert row[column] is None or re.fullmatch(r"[A-Z]{2}", row[column]), (record.id, column)
    offices = data.offices()
    assert not hasattr(offices[0], "country")
    codes = {e.country for e in data.entities() if e.country}
    assert {data.get(o.host).country for o in offices} <= codes  # offices join entities on the code


def test_the_files_keep_their_key_and_violations_name_it(folder: Path, edit: Any) -> None:
    def move(offices: list[dict[str, Any]]) -> None:
        offices[0]["country"] = "nowhere"
        offices[1]["inferred"] = ["country"]

    edit("offices.json", move)
    found = {(v.rule, v.record, v.field) for v in ks.validate(path=folder)}
    assert ("reference-resolves", "office-yerevan", "country") in found  # the file's key, not "host"
    messages = [v.message for v in ks.validate(path=folder) if v.record == "office-sydney"]
    assert "the record has no field 'country'" not in messages  # "inferred" names fields by the files' keys
    assert any("need a note" in m for m in messages)  # the rule still ran on that record
    data = ks.load("1.0.0")
    assert [item["country"] for item in data.as_dicts("offices")] == [o.host for o in data.offices()]
    assert "country" in ks.json_schema("offices")["$defs"]["Office"]["properties"]
    assert "host" not in ks.json_schema("offices")["$defs"]["Office"]["properties"]


def test_offices_filter_by_code_or_host() -> None:
    data = ks.load("1.0.0")
    assert [o.id for o in data.offices(country="US")] == ["office-washington"]
    assert data.offices(country="United States") == data.offices(host="us") == data.offices(country="us")


# -- 5. unknown codes and ids ---------------------------------------------------------------------


def test_an_unknown_country_code_is_an_error_that_suggests() -> None:
    with pytest.raises(ks.NotFoundError, match=r"'UK' is not an ISO 3166-1 country code; did you mean GB \(United"):
        ks.recognitions(country="UK")
    with pytest.raises(ks.NotFoundError, match="'ZZ' is the ISO 3166-1 code of no country in the gazetteer"):
        ks.entities(country="zz")
    assert ks.recognitions(country="gb") == ks.recognitions(country="GB") != ()


def test_the_cli_exits_2_on_an_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main

    assert main(["list", "recognitions", "--country", "UK"]) == 2
    assert "did you mean GB (United Kingdom)?" in capsys.readouterr().err
    assert main(["show", "rec-it-milan-202"]) == 2
    assert "did you mean 'rec-it-milan-2020'" in capsys.readouterr().err


def test_unknown_ids_and_names_suggest_the_nearest() -> None:
    with pytest.raises(ks.NotFoundError, match=r"did you mean 'rec-it-milan-2020'"):
        ks.get("rec-it-milan-2021")
    with pytest.raises(ks.NotFoundError, match=r"did you mean 'Milan'|did you mean .*'it-milan'"):
        ks.entity("Millan")
    with pytest.raises(ks.NotFoundError) as caught:
        ks.get("qqqqqqqqqqqqqqqqqqqqqq")
    assert "did you mean" not in str(caught.value)


# -- 7. several values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "field", "values"),
    [
        ("recognitions", "outcome", ("rejected", "receded")),
        ("recognitions", "level", ("municipality", ks.Level.SUBNATIONAL_REGION)),
        ("recognitions", "act", ["recognize-independence", "call-for-recognition"]),
        ("positions", "stance", {"territorial-integrity", "self-determination"}),
        ("positions", "kind", ("resolution", "statement")),
        ("events", "kind", ("war", "offensive")),
        ("memberships", "role", ("member", "signatory")),
    ],
)
def test_vocabulary_filters_take_several_values(query: str, field: str, values: Any) -> None:
    method = getattr(ks.load("1.0.0"), query)
    together = method(**{field: values})
    one_by_one = {r.id for value in values for r in method(**{field: value})}
    assert {r.id for r in together} == one_by_one and len(together) == len(one_by_one) > 0
    order = [r.id for r in method()]
    assert [r.id for r in together] == [i for i in order if i in one_by_one]  # file order kept


def test_the_cli_takes_several_values(capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main

    assert main(["list", "recognitions", "--outcome", "rejected,receded", "--format", "jsonl"]) == 0
    ids = [line.split('"id": "')[1].split('"')[0] for line in capsys.readouterr().out.splitlines()]
    assert ids == [r.id for r in ks.recognitions(outcome=("rejected", "receded"))]


def test_a_count_of_one_in_a_violation_is_singular(folder: Path) -> None:
    import hashlib
    import json

    raw = (folder / "ministers.json").read_bytes()
    one = (json.dumps(json.loads(raw)[:1], indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    (folder / "ministers.json").write_bytes(one)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest["files"]["ministers.json"]["sha256"] = hashlib.sha256(one).hexdigest()  # the count stays 10
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    messages = [v.message for v in ks.validate(path=folder)]
    assert "the file holds 1 record, the manifest says 10" in messages


# -- 9. what happened in a year -------------------------------------------------------------------


def test_starts_in_is_what_happened_in_a_year() -> None:
    data = ks.load("1.0.0")
    happened = [r.id for r in data.timeline(starts_in="2023")]
    assert "evt-karabakh-armenian-exodus-2023" in happened  # [2023-09-19..]: `within` drops it
    assert "evt-karabakh-armenian-exodus-2023" not in [r.id for r in data.timeline(within="2023")]
    assert "rec-tv-tuvalu-2012" not in happened  # on or after 2012: `between` keeps it
    assert "rec-tv-tuvalu-2012" in [r.id for r in data.timeline(between="2023")]
    for record in data.timeline(starts_in="2023"):
        assert record.date.earliest.year == 2023
    assert {r.id for r in data.events(starts_in="2023")} == {i for i in happened if i.startswith("evt-")}


# -- 10. dir() ------------------------------------------------------------------------------------


def test_dir_shows_only_public_names() -> None:
    names = dir(ks)
    assert names == sorted(ks.__all__)
    for private in ("Any", "TYPE_CHECKING", "importlib", "annotations"):
        assert private not in names


# -- issue 16, item 8: wrong-typed arguments ------------------------------------------------------

WRONG: list[tuple[str, dict[str, Any], str]] = [
    ("entity", {"key": 123}, "entity() argument 'key' must be str, not int"),
    ("recognitions", {"actor": 5}, "recognitions() argument 'actor' must be str or None, not int"),
    ("recognitions", {"country": ["FR"]}, "recognitions() argument 'country' must be str or None, not list"),
    ("recognitions", {"outcome": 3}, "recognitions() argument 'outcome' must be Outcome or str or tuple"),
    ("recognitions", {"disputed": "yes"}, "recognitions() argument 'disputed' must be bool or None, not str"),
    ("recognitions", {"between": 2020}, "recognitions() argument 'between' must be str or date"),
    ("positions", {"author": 1.5}, "positions() argument 'author' must be str or None, not float"),
    ("positions", {"binding": 1}, "positions() argument 'binding' must be bool or None, not int"),
    ("events", {"participant": 7}, "events() argument 'participant' must be str or None, not int"),
    ("events", {"starts_in": 2023}, "events() argument 'starts_in' must be str or date"),
    ("timeline", {"within": object()}, "timeline() argument 'within' must be str or date"),
    ("by_actor", {"key": None}, "by_actor() argument 'key' must be str, not NoneType"),
    ("as_of", {"day": 2013}, "as_of() argument 'day' must be str or date"),
    ("ministers", {"person": 1}, "ministers() argument 'person' must be str or None, not int"),
    ("ministers", {"on": 1995}, "ministers() argument 'on' must be str or date"),
    ("minister_on", {"day": 2015}, "minister_on() argument 'day' must be str or date"),
    ("offices", {"country": 1}, "offices() argument 'country' must be str or None, not int"),
    ("offices", {"host": b"us"}, "offices() argument 'host' must be str or None, not bytes"),
    ("visas", {"counterpart": 1}, "visas() argument 'counterpart' must be str or None, not int"),
    ("friendship_groups", {"between": 2019}, "friendship_groups() argument 'between' must be str or date"),
    ("memberships", {"counterpart": 1}, "memberships() argument 'counterpart' must be str or None, not int"),
    ("memberships", {"role": 1}, "memberships() argument 'role' must be Role or str or tuple"),
    ("twin_towns", {"town": 1}, "twin_towns() argument 'town' must be str or None, not int"),
    ("relations_with", {"key": 1}, "relations_with() argument 'key' must be str, not int"),
    ("relations_with", {"key": "France", "parts": "no"}, "relations_with() argument 'parts' must be bool, not str"),
    ("entities", {"country": 33}, "entities() argument 'country' must be str or None, not int"),
    ("entities", {"kind": 33}, "entities() argument 'kind' must be EntityKind or str or None, not int"),
    ("get", {"id": 123}, "get() argument 'id' must be str, not int"),
    ("json_schema", {"dataset": 1}, "json_schema() argument 'dataset' must be str, not int"),
]


@pytest.mark.parametrize(("name", "arguments", "message"), WRONG, ids=[f"{n}-{next(iter(a))}" for n, a, _ in WRONG])
def test_a_wrong_typed_argument_is_a_type_error_naming_it(name: str, arguments: dict[str, Any], message: str) -> None:
    calls = [getattr(ks, name)] + ([getattr(ks.load("1.0.0"), name)] if hasattr(ks.Dataset, name) else [])
    for call in calls:  # the shortcut and the method
        with pytest.raises(TypeError, match=re.escape(message)):
            call(**arguments)


@pytest.mark.parametrize(
    ("name", "argument"),
    [("records", 1), ("source", 1), ("as_dicts", 1), ("to_pandas", 1), ("export", 1)],
)
def test_dataset_methods_check_their_first_argument(name: str, argument: Any) -> None:
    with pytest.raises(TypeError, match=rf"{name}\(\) argument '\w+' must be"):
        getattr(ks.load("1.0.0"), name)(argument)


def test_minister_on_none_is_the_packages_error_not_the_latest_term() -> None:
    for call in (ks.minister_on, ks.load("1.0.0").minister_on):
        with pytest.raises(ks.DateError, match=r"minister_on\(\) needs a date for day, got None"):
            call(None)
    with pytest.raises(ks.DateError):
        ks.as_of(None)
    assert ks.minister_on(datetime.date(2015, 1, 1)).person == "karen-mirzoyan"
