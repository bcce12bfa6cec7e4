"""Where a user's own code meets the package (issue 24): typed lookups a type checker follows, the dates
users hold, vocabularies that print as their value, one record as plain data, an actor that may be None.

Item 1 (installing with the pip a fresh venv ships) is `test_install.py`.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._converter import structure
from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._versions import DATA, versions

# -- 2. typed lookups, one date alias --------------------------------------------------------------------

USER_SCRIPT = """
import datetime

import karabakh_status as ks
from karabakh_status import Entity, Position, Recognition

data = ks.load("1.0.0")
reveal_type(data.get("rec-it-milan-2020"))
reveal_type(data.get("rec-it-milan-2020", Recognition))
reveal_type(data.get("pos-un-security-council-822", Position))
reveal_type(data.get("artsakh", Entity))
reveal_type(ks.get("rec-it-milan-2020"))
reveal_type(ks.get("rec-it-milan-2020", Recognition))
reveal_type(data.as_of(datetime.date(2015, 1, 1)))
reveal_type(data.as_of(datetime.datetime(2015, 1, 1)))
reveal_type(ks.as_of("2015"))
reveal_type(data.recognitions(country="FR", starts_in=datetime.datetime(2020, 11, 1)))
reveal_type(ks.recognitions(country="FR", within="2020"))
reveal_type(ks.positions(between="2020"))
reveal_type(ks.events(starts_in="2023"))
reveal_type(data.timeline(between="2020"))
reveal_type(data.minister_on(datetime.date(2015, 6, 1)))
milan = data.get("rec-it-milan-2020", Recognition)
reveal_type(milan.date)
when: ks.DateLike = datetime.datetime(2020, 10, 15)
reveal_type(ks.recognitions(starts_in=when))
"""

EXPECTED_REVEALS = [
    "karabakh_status._model.Record | karabakh_status._gazetteer.Entity | karabakh_status._gazetteer.Source",
    "karabakh_status._recognition.Recognition",
    "karabakh_status._position.Position",
    "karabakh_status._gazetteer.Entity",
    "karabakh_status._model.Record | karabakh_status._gazetteer.Entity | karabakh_status._gazetteer.Source",
    "karabakh_status._recognition.Recognition",
    "tuple[karabakh_status._recognition.Recognition, ...]",
    "tuple[karabakh_status._recognition.Recognition, ...]",
    "tuple[karabakh_status._recognition.Recognition, ...]",
    "tuple[karabakh_status._recognition.Recognition, ...]",
    "tuple[karabakh_status._recognition.Recognition, ...]",
    "tuple[karabakh_status._position.Position, ...]",
    "tuple[karabakh_status._event.Event, ...]",
    "tuple[karabakh_status._event.Event | karabakh_status._position.Position"
    " | karabakh_status._recognition.Recognition, ...]",
    "karabakh_status._foreign.MinisterTerm",
    "karabakh_status._dates.EventDate | None",
    "tuple[karabakh_status._recognition.Recognition, ...]",
]


def test_mypy_strict_follows_a_users_script_with_no_any(tmp_path: Path) -> None:
    """A script of the user's own, outside the package, checked by `mypy --strict`: every lookup and query
    has a precise type, never Any."""
    script = tmp_path / "analysis.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            script.name,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    revealed = re.findall(r'Revealed type is "(.*)"', run.stdout)
    assert revealed == EXPECTED_REVEALS, run.stdout
    assert run.returncode == 0 and "Success: no issues found" in run.stdout, run.stdout + run.stderr
    assert not [line for line in revealed if "Any" in line]


def test_mypy_rejects_the_attribute_of_another_record_type(tmp_path: Path) -> None:
    """Without a type, `get` gives the base types, so a type checker asks the user to say which."""
    script = tmp_path / "wrong.py"
    script.write_text('import karabakh_status as ks\nprint(ks.get("rec-it-milan-2020").act)\n', encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            script.name,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1 and 'has no attribute "act"' in run.stdout, run.stdout


@pytest.mark.parametrize("dataset", DATASETS)
def test_get_with_the_records_type_returns_it(dataset: str) -> None:
    data = ks.load()
    cls = record_type(dataset)
    record = data.records(dataset)[0]
    assert data.get(record.id, cls) is record is ks.get(record.id, cls)
    if dataset not in ("sources", "entities"):
        assert data.get(record.id, ks.Record) is record


@pytest.mark.parametrize(
    ("id", "cls", "message"),
    [
        ("rec-it-milan-2020", ks.Position, "rec-it-milan-2020 is a Recognition, not a Position"),
        ("artsakh", ks.Recognition, "artsakh is an Entity, not a Recognition"),
        ("artsakh", ks.Record, "artsakh is an Entity, not a Record"),
        ("mfa-2012-karen-mirzoyan", ks.Entity, "mfa-2012-karen-mirzoyan is a MinisterTerm, not an Entity"),
    ],
)
def test_get_of_another_type_says_what_the_id_is(id: str, cls: type[Any], message: str) -> None:
    for get in (ks.load().get, ks.get):
        with pytest.raises(ks.NotFoundError) as caught:
            get(id, cls)
        assert str(caught.value) == message and caught.value.id == id


@pytest.mark.parametrize("cls", [int, "Recognition", object, ks.Act])
def test_get_with_a_type_that_is_no_record_type_is_a_type_error(cls: Any) -> None:
    with pytest.raises(TypeError, match=r"^get\(\) argument 'cls' must be a record type"):
        ks.load().get("rec-it-milan-2020", cls)


def test_an_unknown_id_with_a_type_is_still_not_found() -> None:
    with pytest.raises(ks.NotFoundError, match="no record has id 'rec-it-milan-2021'"):
        ks.get("rec-it-milan-2021", ks.Recognition)


DATE_PARAMETERS = ("between", "within", "starts_in", "on", "day")


def _date_parameters() -> list[tuple[str, str, str]]:
    found = []
    for owner, names in (
        (ks.Dataset, [n for n in dir(ks.Dataset) if not n.startswith("_")]),
        (ks, [n for n in ks.__all__ if callable(getattr(ks, n)) and not isinstance(getattr(ks, n), type)]),
    ):
        for name in names:
            function = getattr(owner, name)
            if not callable(function):
                continue
            for parameter in inspect.signature(function).parameters.values():
                if parameter.name in DATE_PARAMETERS:
                    found.append((f"{getattr(owner, '__name__', owner)}.{name}", parameter.name, parameter.annotation))
    return found


def test_every_date_argument_is_typed_date_like() -> None:
    found = _date_parameters()
    names = {where for where, _, _ in found}
    assert {"Dataset.as_of", "Dataset.recognitions", "karabakh_status.recognitions", "karabakh_status.as_of"} <= names
    assert {"karabakh_status.positions", "karabakh_status.events", "karabakh_status.minister_on"} <= names
    for where, parameter, annotation in found:
        assert annotation in ("DateLike", "DateLike | None"), (where, parameter, annotation)
    assert "DateLike" in ks.__all__ and ks.DateLike


# -- 3. the dates users hold --------------------------------------------------------------------------------

AWARE = datetime.timezone(datetime.timedelta(hours=-11))


@pytest.mark.parametrize(
    "moment",
    [
        datetime.datetime(2015, 1, 1),
        datetime.datetime(2015, 1, 1, 23, 59, 59),
        datetime.datetime(2015, 1, 1, 23, 30, tzinfo=AWARE),  # already 2 January in UTC: the day as written
        datetime.datetime(2015, 1, 1, 0, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=14))),
    ],
)
def test_a_datetime_means_its_calendar_day_in_every_query(moment: datetime.datetime) -> None:
    data = ks.load("1.0.0")
    day = datetime.date(2015, 1, 1)
    assert data.as_of(moment) == data.as_of(day) == ks.load("1.0.0").as_of("2015-01-01")
    for option in ("between", "within", "starts_in"):
        assert data.recognitions(**{option: moment}) == data.recognitions(**{option: day})
        assert data.positions(**{option: moment}) == data.positions(**{option: day})
        assert data.events(**{option: moment}) == data.events(**{option: day})
        assert data.timeline(**{option: moment}) == data.timeline(**{option: day})
        assert data.friendship_groups(**{option: moment}) == data.friendship_groups(**{option: day})
    assert data.ministers(on=moment) == data.ministers(on=day)
    assert data.minister_on(moment) == data.minister_on(day)
    karen = data.get("mfa-2012-karen-mirzoyan", ks.MinisterTerm)
    assert karen.term.contains(moment) and karen.term.overlaps(moment)


def test_a_pandas_timestamp_is_a_day() -> None:
    pandas = pytest.importorskip("pandas")
    data = ks.load("1.0.0")
    milan = data.get("rec-it-milan-2020", ks.Recognition)
    for stamp in (pandas.Timestamp("2020-10-15"), pandas.Timestamp("2020-10-15 23:00", tz="Asia/Yerevan")):
        assert milan in data.recognitions(starts_in=stamp)
        assert data.as_of(stamp) == data.as_of("2020-10-15")
    frame = pandas.DataFrame({"day": pandas.date_range("2020-10-01", "2020-10-31", freq="D")})
    found = {r.id for day in frame["day"] for r in data.recognitions(starts_in=day)}
    assert "rec-it-milan-2020" in found
    with pytest.raises(ks.DateError, match="not a calendar date"):
        data.as_of(pandas.NaT)


@given(st.datetimes(timezones=st.none() | st.timezones()))
def test_any_datetime_is_its_date_as_written(moment: datetime.datetime) -> None:
    data = ks.load("1.0.0")
    day = datetime.date(moment.year, moment.month, moment.day)
    assert data.as_of(moment) == data.as_of(day)
    assert data.recognitions(within=moment) == data.recognitions(within=day)


@pytest.mark.parametrize("text", ["01/01/2015", "2015-1-1", "1 January 2015", "20150101", "", "2015-13"])
def test_a_date_string_of_another_form_names_the_accepted_forms(text: str) -> None:
    for call in (
        lambda: ks.load("1.0.0").as_of(text),
        lambda: ks.recognitions(starts_in=text),
        lambda: ks.minister_on(text),
    ):
        with pytest.raises(ks.DateError) as caught:
            call()
        message = str(caught.value)
        assert repr(text) in message
        for form in ("YYYY-MM-DD (2015-01-01)", "YYYY-MM (2015-01)", "YYYY (2015)", "interval (2015-01-01/2015-06-30)"):
            assert form in message, message


# -- 4. vocabularies print as their value -------------------------------------------------------------------

ENUMS = [getattr(ks, name) for name in ks.__all__ if isinstance(getattr(ks, name), enum.EnumMeta)]


def test_the_package_exports_its_vocabularies() -> None:
    assert {cls.__name__ for cls in ENUMS} >= {"Act", "Level", "Outcome", "Stance", "Precision", "RevisionKind", "Role"}


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_member_prints_as_its_value(cls: type[enum.Enum]) -> None:
    for member in cls:
        assert str(member) == member.value
        assert format(member) == f"{member}" == member.value
        assert f"{member:>30}" == f"{member.value:>30}"
        assert "{:}".format(member) == member.value  # noqa: UP032 - str.format, not only f-strings
        assert repr(member) == f"<{cls.__name__}.{member.name}: {member.value!r}>"
        assert cls(member.value) is member


def test_a_member_in_an_f_string_needs_no_value() -> None:
    milan = ks.load("1.0.0").get("rec-it-milan-2020", ks.Recognition)
    assert f"{milan.act} ({milan.outcome}, {milan.level})" == "recognize-independence (adopted, municipality)"
    assert str(ks.Level.MUNICIPALITY) == "municipality"


# -- 5. one record as plain data ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", versions())
def test_to_dict_is_exactly_the_files_object_and_reads_back(version: str) -> None:
    data = ks.load(version)
    for dataset in data.datasets:
        raw = json.loads((Path(DATA) / version / f"{dataset}.json").read_text(encoding="utf-8"))
        records = data.records(dataset)
        assert len(raw) == len(records)
        for item, record in zip(raw, records, strict=True):
            plain = record.to_dict()
            assert plain == item and list(plain) == list(item), (version, record.id)
            assert json.loads(json.dumps(plain)) == plain
            assert structure(type(record), plain) == record


def test_to_dict_keeps_a_reading_rules_key() -> None:
    office = ks.load("1.0.0").get("office-washington", ks.Office)
    assert office.host == "us"
    assert office.to_dict()["country"] == "us" and "host" not in office.to_dict()


# -- 8. an actor that may be None ---------------------------------------------------------------------------


def test_entity_of_none_says_the_record_has_no_actor() -> None:
    for entity in (ks.load().entity, ks.entity):
        with pytest.raises(ks.NotFoundError, match=r"^entity\(None\): .*the record has no actor"):
            entity(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", versions())
def test_the_docs_idiom_survives_every_recognition(version: str) -> None:
    data = ks.load(version)
    names = [data.entity(r.actor).name if r.actor else None for r in data.recognitions()]
    assert len(names) == len(data.recognitions()) and None in names
    assert all(isinstance(name, str) for name in names if name is not None)


def test_the_docs_show_the_idiom_that_handles_none() -> None:
    docs = Path(__file__).parent.parent / "docs"
    text = "\n".join(p.read_text(encoding="utf-8") for p in docs.glob("*.md"))
    assert "data.entity(r.actor).name if r.actor else None" in text
    assert not re.search(r"entity\((\w+)\.actor\)\.name(?! if \1\.actor)", text)
