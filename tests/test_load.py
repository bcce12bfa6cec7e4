"""Versions, loading, laziness, thread safety, and errors on bad input."""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status import _dataset, _integrity, _loading, _manifest, _versions
from tests.conftest import Edit, read, write
from tests.strategies import edtf_strings, examples, json_values


def test_versions_and_default() -> None:
    assert ks.versions() == tuple(sorted(ks.versions(), key=lambda v: tuple(map(int, v.split(".")))))
    assert ks.load().version == (ks.released_versions() or ks.versions())[-1]
    assert ks.load().version == ks.DATASET_VERSION


@pytest.mark.parametrize(
    ("spec", "version"),
    [("1", "1.2.0"), ("1.0", "1.0.0"), ("1.0.0", "1.0.0"), ("1.1", "1.1.0"), ("1.2", "1.2.0")],
)
def test_prefix_and_exact(spec: str, version: str) -> None:
    assert ks.load(spec).version == version


def test_shipped_versions_are_cached() -> None:
    assert ks.load("1.2.0") is ks.load("1") is ks.load()
    assert ks.load("1.1.0") is ks.load("1.1") is not ks.load()
    assert ks.load("1.0.0") is ks.load("1.0") is not ks.load()


def test_environment_variable_pins_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ks.ENV_VAR, "1.0.0")
    assert ks.load().version == "1.0.0"
    monkeypatch.setenv(ks.ENV_VAR, "7.1")
    with pytest.raises(ks.VersionError, match=r"no shipped dataset version matches '7\.1'"):
        ks.load()


@pytest.mark.parametrize("spec", ["9", "0.9.9", "1.0.1", "2"])
def test_unknown_version_lists_available(spec: str) -> None:
    with pytest.raises(ks.VersionError) as caught:
        ks.load(spec)
    assert caught.value.available == ks.versions()
    assert "available: " + ", ".join(ks.versions()) in str(caught.value)


@pytest.mark.parametrize("spec", ["", "v1", "1.0.0.0", "01", "1.x", "../1.0.0", "1/0", "1.0.0/..", " 1", "１"])
def test_malformed_version(spec: str) -> None:
    with pytest.raises(ks.VersionError, match="malformed dataset version"):
        ks.load(spec)


def test_version_and_path_are_exclusive(folder: Path) -> None:
    with pytest.raises(TypeError):
        ks.load("1.0.0", path=folder)


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_import_reads_no_data_and_no_cattrs() -> None:
    code = (
        "import sys, karabakh_status\n"
        "print(sorted(m for m in ('attrs', 'cattrs', 'json', 'karabakh_status._loading', 'karabakh_status._dataset', "
        "'karabakh_status._model') if m in sys.modules))"
    )
    assert run(code) == "[]"


def test_fast_lookup_does_not_import_cattrs() -> None:
    code = "import sys, karabakh_status as k; k.get('artsakh'); print('cattrs' in sys.modules)"
    assert run(code) == "False"


def test_each_file_is_read_once_by_sixteen_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _loading._open_shipped(ks.load().version)  # a fresh, cold Dataset
    reads: list[str] = []
    real = _dataset.Dataset._verified

    def counting(self: _dataset.Dataset, dataset: str) -> list[Any]:
        if dataset not in self._items:
            reads.append(dataset)
        return real(self, dataset)

    monkeypatch.setattr(_dataset.Dataset, "_verified", counting)
    barrier, results = threading.Barrier(16), []

    def work() -> None:
        barrier.wait()
        results.append((data.ministers(), data.get("artsakh"), data.entities()))
        assert data.get("mfa-1993-arkadi-ghukasyan") is data.ministers()[0]

    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 16
    assert all(r[0] is results[0][0] and r[1] is results[0][1] and r[2] is results[0][2] for r in results)
    assert sorted(reads) == sorted(set(reads))


def test_a_folder_read_again_reuses_the_records_of_its_unchanged_files(folder: Path) -> None:
    """Each dataset file is read into records once per content (`_folders._dataset_file`): a second reading of
    the folder (validate, then load) reuses its unchanged files' records, and reads a changed file anew."""
    first = ks.load(path=folder)
    events = read(folder, "events.json")
    events[0]["note"] = "changed in the copy"
    write(folder, "events.json", events)
    second = ks.load(path=folder)
    assert second.records("recognitions") is first.records("recognitions")
    assert second.records("events") is not first.records("events")
    assert second.records("events")[0].note == "changed in the copy" != first.records("events")[0].note
    assert second.records("events")[1:] == first.records("events")[1:]
    assert ks.validate(path=folder) == ()


def test_the_same_bytes_under_another_name_are_read_as_that_file(folder: Path) -> None:
    """What is kept is keyed by the file's name too: an events file's bytes in visas.json are visas, wrongly."""
    ks.validate(path=folder)  # events.json read and kept
    write(folder, "visas.json", read(folder, "events.json"))
    violations = ks.validate(path=folder)
    assert violations and {v.file for v in violations if v.rule == "schema"} == {"visas.json"}


def test_what_is_kept_of_the_readings_is_bounded_in_bytes(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At most `KEPT_BYTES` of files' bytes are kept, the last read first: a file over it is read each time,
    and a file read earlier than the budget holds is read anew."""
    from karabakh_status import _folders

    visas, offices, events = ((folder / name).read_bytes() for name in ("visas.json", "offices.json", "events.json"))
    monkeypatch.setattr(_folders, "KEPT_BYTES", len(visas) + len(offices) - 1)  # one of the two, not both
    _folders._forget()
    assert _folders._dataset_file("events.json", events) is not _folders._dataset_file("events.json", events)
    first = _folders._dataset_file("visas.json", visas)
    assert _folders._dataset_file("visas.json", visas) is first  # kept
    _folders._dataset_file("offices.json", offices)  # read later: visas is dropped to make room
    assert _folders._dataset_file("visas.json", visas) is not first
    assert _folders._dataset_file("visas.json", visas)[0] == first[0]
    assert sum(len(raw) for _, raw in _folders._kept) <= _folders.KEPT_BYTES


def test_records_are_frozen() -> None:
    term = ks.ministers()[0]
    with pytest.raises(AttributeError):
        term.person = "x"  # type: ignore[misc]
    assert isinstance(ks.load().records("ministers"), tuple)
    assert isinstance(term.citations, tuple)


def test_lookups() -> None:
    data = ks.load()
    assert data.get("mfa-1993-arkadi-ghukasyan").person == "arkadi-ghukasyan"
    assert data.entity("artsakh") is data.entity("NKR") is data.entity("nagorno-karabakh republic")
    assert data.source("foreign-relations-of-artsakh").kind is ks.SourceKind.BUNDLED
    with pytest.raises(ks.NotFoundError, match="no record has id 'nope'"):
        data.get("nope")
    with pytest.raises(ks.NotFoundError):
        data.entity("Atlantis")
    with pytest.raises(ks.NotFoundError):
        data.source("artsakh")
    with pytest.raises(ks.NotFoundError):
        data.records("treaties")
    with pytest.raises(KeyError):  # NotFoundError is also a KeyError
        data.get("nope")


def test_ministers() -> None:
    data = ks.load()
    terms = data.ministers()
    assert len(terms) == 10 and [t.acting for t in terms].count(True) == 1
    assert data.minister_on("1995").person == "arkadi-ghukasyan"
    assert [t.person for t in data.ministers(on=ks.EventDate.parse("2005"))] == ["arman-melikyan", "georgy-petrosyan"]
    assert data.minister_on("2005").person == "georgy-petrosyan"  # the latest term that may include it
    assert data.ministers(person="Karen Mirzoyan")[0].term == ks.Period.parse("2012/2017")
    with pytest.raises(ks.NotFoundError):
        data.minister_on("1990")
    with pytest.raises(ks.DateError):
        data.ministers(on="the nineties")
    with pytest.raises(TypeError, match=r"ministers\(\) argument 'on' must be str or date .*not int"):
        data.ministers(on=1995)
    with pytest.raises(ks.NotFoundError, match="no minister's term includes 1990"):
        data.minister_on("1990")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: d.recognitions(act="recognise"), "'recognise' is not a value of Act; expected one of"),
        (lambda d: d.entities(kind="city"), "'city' is not a value of EntityKind"),
        (lambda d: d.memberships(role="fan"), "'fan' is not a value of Role"),
        (lambda d: d.recognitions(country="Europe"), "'Europe' has no ISO 3166-1 country code"),
        (lambda d: d.records("recognition"), "no dataset has id 'recognition'"),
        (lambda d: d.to_pandas("recognition"), "no dataset has id 'recognition'"),
        (lambda d: ks.json_schema("recognition"), "no dataset has id 'recognition'"),
        (lambda d: d.export("unused", format="xlsx"), "unknown export format 'xlsx'"),
    ],
)
def test_bad_arguments_raise_the_package_errors(call: Any, message: str) -> None:
    with pytest.raises(ks.KarabakhStatusError, match=message):
        call(ks.load("1.0.0"))


def test_countries_by_code_in_any_case_or_by_name() -> None:
    data = ks.load("1.0.0")
    french = data.recognitions(country="FR")
    assert french and data.recognitions(country="fr") == french == data.recognitions(country="France")
    assert data.offices(country="FR") == data.offices(country="fr") == data.offices(country="France")
    assert data.entity("FR") is data.entity("fr") and data.entities(country="France") == data.entities(country="FR")


def test_load_a_folder(folder: Path) -> None:
    data = ks.load(path=folder)
    assert data.version == "0.0.0" and data.released is None  # the fixture's draft of the default version
    assert data.ministers() == ks.load().ministers()
    assert data.validate() == ()


# -- bad input: each a specific error of the family, nothing half-loaded --------------------------


def assert_fails(folder: Path, error: type[ks.DataError], rule: str, *, file: str | None = None) -> None:
    with pytest.raises(error) as caught:
        ks.load(path=folder)
    rules = {(v.rule, v.file) for v in caught.value.violations}
    assert any(r == rule and (file is None or f == file) for r, f in rules), caught.value
    assert str(folder) in str(caught.value)
    assert ks.load().validate() == ()  # the shipped data is untouched and still loads


def test_no_folder(tmp_path: Path) -> None:
    assert_fails(tmp_path / "missing", ks.ManifestError, "manifest-readable")


def test_no_manifest(folder: Path) -> None:
    (folder / "manifest.json").unlink()
    assert_fails(folder, ks.ManifestError, "manifest-readable")


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"\xff\xfe", b'{"version": "1.0.0"}', b"null"])
def test_bad_manifest(folder: Path, content: bytes) -> None:
    (folder / "manifest.json").write_bytes(content)
    assert_fails(folder, ks.ManifestError, "manifest-readable")


def test_manifest_pointing_outside(folder: Path) -> None:
    manifest = read(folder, "manifest.json")
    manifest["files"]["../ministers.json"] = manifest["files"].pop("ministers.json")
    write(folder, "manifest.json", manifest, manifest=False)
    assert_fails(folder, ks.ManifestError, "manifest-readable")


@pytest.mark.parametrize("content", [b"", b"[{", b"\xff\xfe\x00", b"not json", b'[{"id": "x"'])
def test_file_not_json(folder: Path, content: bytes) -> None:
    (folder / "ministers.json").write_bytes(content)
    manifest = read(folder, "manifest.json")
    manifest["files"]["ministers.json"]["sha256"] = hashlib.sha256(content).hexdigest()
    write(folder, "manifest.json", manifest, manifest=False)
    assert_fails(folder, ks.DataFileError, "json-well-formed", file="ministers.json")


def test_file_not_an_array(folder: Path) -> None:
    write(folder, "ministers.json", {"records": []})
    assert_fails(folder, ks.DataFileError, "json-well-formed", file="ministers.json")


def test_hash_mismatch(folder: Path) -> None:
    path = folder / "ministers.json"
    path.write_bytes(path.read_bytes().replace(b"Karen", b"Karan"))
    assert_fails(folder, ks.ManifestError, "manifest-hash", file="ministers.json")


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (lambda r: r.pop("person"), "schema"),
        (lambda r: r.update(extra=1), "schema"),
        (lambda r: r.update(acting="no"), "schema"),
        (lambda r: r["citations"][0].update(confidence="certain"), "enum-valid"),
        (lambda r: r.update(term="1993-1997"), "date-well-formed"),
    ],
)
def test_bad_record(edit: Edit, folder: Path, change: Any, rule: str) -> None:
    edit("ministers.json", lambda records: change(records[0]))
    assert_fails(folder, ks.RecordError, rule, file="ministers.json")
    with pytest.raises(ks.RecordError) as caught:
        ks.load(path=folder)
    violation = next(v for v in caught.value.violations if v.rule == rule)
    assert violation.record == "mfa-1993-arkadi-ghukasyan"


def test_rule_violation(edit: Edit, folder: Path) -> None:
    edit("ministers.json", lambda records: records[0].update(term="1997/1993"))
    assert_fails(folder, ks.ValidationError, "interval-ordered", file="ministers.json")


def test_shipped_file_changed_after_release_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    """The fast path still checks each file's hash: a changed shipped file fails to load."""
    path = folder / "ministers.json"
    path.write_bytes(path.read_bytes().replace(b"Karen", b"Karan"))
    data = _dataset.Dataset(folder, _manifest.Manifest.from_json(read(folder, "manifest.json")))  # type: ignore[arg-type]
    with pytest.raises(ks.ManifestError, match="does not match its manifest"):
        data.ministers()
    assert data.entities()  # the other files still load


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200), name=st.sampled_from(["manifest.json", "ministers.json", "entities.json"]))
def test_arbitrary_bytes_raise_only_package_errors(folder: Path, content: bytes, name: str) -> None:
    original = (folder / name).read_bytes()
    try:
        (folder / name).write_bytes(content)
        with pytest.raises(ks.DataError):
            ks.load(path=folder)
    finally:
        (folder / name).write_bytes(original)


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values, name=st.sampled_from(["manifest.json", "ministers.json", "sources.json"]))
def test_arbitrary_json_raises_only_package_errors(folder: Path, value: Any, name: str) -> None:
    original = (folder / name).read_bytes()
    try:
        (folder / name).write_text(json.dumps(value), encoding="utf-8")
        if name != "manifest.json":
            write(folder, name, value)
        with contextlib.suppress(ks.DataError):
            ks.load(path=folder)  # loads, or raises an error of the family (never anything else)
    finally:
        (folder / name).write_bytes(original)
        write(folder, name, json.loads(original))


def test_a_lookup_reads_no_file_after_the_one_holding_the_id() -> None:
    data = _loading._open_shipped(ks.load().version)
    assert data.get("artsakh").kind is ks.EntityKind.NON_UN_STATE
    assert set(data._items) == {"sources", "entities"}  # recognitions, positions, events: not read
    with pytest.raises(ks.NotFoundError):
        data.get("no-such-id")
    assert set(data._items) == set(data.datasets)


def test_the_dataset_registry_agrees_with_the_record_types() -> None:
    from karabakh_status._datasets import CITED, DATASETS, record_type

    assert list(DATASETS)[:2] == ["sources", "entities"]
    for name in CITED:
        assert record_type(name).dataset == name
    assert set(ks.load("1.0.0").datasets) == set(DATASETS)


def test_a_lookup_creates_only_the_record_types_it_needs() -> None:
    code = (
        "import sys, karabakh_status as k; k.get('artsakh'); "
        "print(sorted(m for m in ('karabakh_status._recognition', 'karabakh_status._position', "
        "'karabakh_status._event', 'karabakh_status._foreign', 'karabakh_status._rules', "
        "'cattrs') if m in sys.modules))"
    )
    assert run(code) == "[]"


def test_a_lookup_by_id_imports_neither_the_queries_nor_the_errors() -> None:
    """The shortcut `get` reads the cached version as a `_store.Store`: no query mixin, no `Dataset`, and the
    errors module only once an error is raised (issue 29: the cold lookup's modules)."""
    code = (
        "import sys, karabakh_status as k; k.get('rec-it-milan-2020'); "
        "print(sorted(m for m in sys.modules if m.startswith(('karabakh_status._queries', 'karabakh_status.errors')) "
        "or m == 'karabakh_status._dataset'))"
    )
    assert run(code) == "[]"


def test_a_lookup_and_load_share_one_version() -> None:
    """`get` before `load`: `load` gives the very object the lookup opened, now a `Dataset`, with the same
    record; after it, `get` reads that `Dataset`."""
    code = (
        "import karabakh_status as k, karabakh_status._loading as l; r = k.get('rec-it-milan-2020'); "
        "store = l._cache[k.DATASET_VERSION]; name = type(store).__name__; d = k.load(); "
        "print(name, type(d).__name__, d is store, d.get('rec-it-milan-2020') is r, "
        "k.get('rec-it-milan-2020') is r, d.recognitions(actor='it-milan')[0] is r)"
    )
    assert run(code) == "Store Dataset True True True True"


def test_a_lookup_of_a_recognition_defines_no_other_record_type() -> None:
    code = (
        "import sys, karabakh_status as k; k.load('1.0.0').get('rec-it-milan-2020'); "
        "print(sorted(m for m in ('karabakh_status._gazetteer', 'karabakh_status._position', "
        "'karabakh_status._event', 'karabakh_status._foreign', 'karabakh_status._rules', "
        "'karabakh_status._statement', 'karabakh_status._manifest', 'cattrs') if m in sys.modules))"
    )
    assert run(code) == "[]"


@pytest.mark.parametrize("version", _versions.released_versions())
def test_a_released_manifest_made_on_first_use_is_the_one_its_file_states(version: str) -> None:
    """A released version is opened from its manifest's JSON (the lock vouches for its bytes): the
    `Manifest` made when first asked for is what `Manifest.from_json` makes of the file, made once
    even when threads ask for it together, and the version's files and datasets are the same."""
    data = _loading._open_shipped(version)  # a new Dataset: not the cached one
    assert data._manifest is None  # not made yet
    expected = _manifest.Manifest.from_json(json.loads((Path(_versions.DATA) / version / "manifest.json").read_bytes()))
    assert isinstance(expected, _manifest.Manifest)
    found: list[Any] = []
    barrier = threading.Barrier(8)

    def ask() -> None:
        barrier.wait()
        found.append(data.manifest)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(m is found[0] for m in found) and found[0] == expected
    assert data.datasets == tuple(e.name.removesuffix(".json") for e in expected.files if e.name != "withdrawn.json")
    assert data.version == expected.version and data.released is not None


def test_the_built_in_sha256_is_sha256(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    assert _integrity._builtin_sha256 is not None  # CPython 3.10 to 3.14 ship one
    for data in (b"", b"abc", (Path(_versions.DATA) / "1.0.0" / "recognitions.json").read_bytes()):
        assert _integrity._builtin_sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert _integrity.sha256(data) == hashlib.sha256(data).hexdigest()  # hashlib is imported: OpenSSL's
        monkeypatch.delitem(sys.modules, "hashlib")
        assert _integrity.sha256(data) == hashlib.sha256(data).hexdigest()  # not imported: the built-in one
        monkeypatch.undo()


def test_a_lookup_imports_neither_openssl_nor_datetime() -> None:
    code = (
        "import sys, karabakh_status as k; k.get('artsakh'); print(sorted({'_hashlib', 'datetime'} & set(sys.modules)))"
    )
    assert run(code) == "[]"


# -- the loader survives anything, reads nothing outside the folder, and keeps no partial state -------


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("ministers.json", b"[" * 100_000 + b"]" * 100_000, ks.DataFileError),  # nested too deep for json
        ("manifest.json", b"{" + b'"a":{' * 50_000 + b"}" * 50_001, ks.ManifestError),
        ("ministers.json", b"[" + b"9" * 10_000 + b"]", ks.DataFileError),  # an integer too long to read
        ("ministers.json", b'[{"id": 1e999}]', ks.RecordError),  # a number where a string belongs
        ("ministers.json", b"", ks.DataFileError),
    ],
)
def test_hostile_files(folder: Path, name: str, content: bytes, error: type[ks.DataError]) -> None:
    (folder / name).write_bytes(content)
    if name != "manifest.json":
        manifest = read(folder, "manifest.json")
        manifest["files"][name]["sha256"] = hashlib.sha256(content).hexdigest()
        write(folder, "manifest.json", manifest, manifest=False)
    with pytest.raises(error):
        ks.load(path=folder)
    assert ks.load().get("artsakh")  # nothing half-loaded: the next valid load works


def test_links_lead_nowhere(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_bytes((folder / "ministers.json").read_bytes())
    (folder / "ministers.json").unlink()
    (folder / "ministers.json").symlink_to(outside)
    with pytest.raises(ks.DataFileError, match="link"):
        ks.load(path=folder)
    real = tmp_path / "manifest-elsewhere.json"
    real.write_bytes((folder / "manifest.json").read_bytes())
    (folder / "manifest.json").unlink()
    (folder / "manifest.json").symlink_to(real)
    with pytest.raises(ks.ManifestError, match="link"):
        ks.load(path=folder)


@pytest.mark.parametrize("name", ["/etc/passwd", "../ministers.json", "sub/ministers.json", "MINISTERS.JSON", "a.txt"])
def test_manifest_names_only_plain_files(folder: Path, name: str) -> None:
    manifest = read(folder, "manifest.json")
    manifest["files"][name] = manifest["files"].pop("ministers.json")
    write(folder, "manifest.json", manifest, manifest=False)
    with pytest.raises(ks.ManifestError, match="plain file name"):
        ks.load(path=folder)


def test_no_accessor_hands_out_shared_mutable_state() -> None:
    data = ks.load()
    first = data.as_dicts("ministers")
    first[0]["person"] = "someone-else"
    assert data.as_dicts("ministers")[0]["person"] == "arkadi-ghukasyan"
    for name in data.datasets:
        table = data.records(name)
        assert isinstance(table, tuple)
        for record in table[:3]:
            with pytest.raises(AttributeError):
                record.id = "x"
            for field in attrs.fields(type(record)):
                assert not isinstance(getattr(record, field.name), (list, dict, set))
    assert isinstance(data.manifest.files, tuple)


DATED = ("recognitions", "positions", "events", "friendship_groups", "timeline")


@settings(max_examples=examples(60), deadline=None)
@given(dataset=st.sampled_from(DATED), when=edtf_strings)
def test_between_keeps_what_may_fall_in_and_within_what_certainly_does(dataset: str, when: str) -> None:
    data = ks.load("1.0.0")
    try:
        span = ks.parse_edtf(when)
    except ks.DateError:
        return  # a malformed range: the filters raise the same DateError (test below)
    everything = data.timeline() if dataset == "timeline" else data.records(dataset)
    between = getattr(data, dataset)(between=when)
    within = getattr(data, dataset)(within=when)
    both = getattr(data, dataset)(between=when, within=when)
    assert [r.id for r in between] == [r.id for r in everything if r.date is not None and span.overlaps(r.date)]
    assert [r.id for r in within] == [r.id for r in everything if r.date is not None and span.contains(r.date)]
    assert both == within  # what certainly falls in a range may fall in it


@pytest.mark.parametrize("option", ["between", "within"])
def test_date_filters_reject_what_is_no_date(option: str) -> None:
    with pytest.raises(ks.DateError):
        ks.load("1.0.0").recognitions(**{option: "2020-13"})


@pytest.mark.parametrize(
    ("content", "rule", "count"),
    [
        (None, "released-unchanged", 1),  # well formed, but not the released bytes
        (b'{"version": "1.0.0"}', "manifest-readable", 3),  # malformed: its problems, as a draft's would be
        (b"[]", "manifest-readable", 1),
    ],
)
def test_a_changed_released_manifest_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None, rule: str, count: int
) -> None:
    """A released version whose manifest's bytes are not the locked ones: a malformed one is reported as
    malformed (each problem), a well-formed one as changed since its release."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(Path(_versions.DATA) / "1.0.0", data / "1.0.0")
    manifest = data / "1.0.0" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes() + b"\n" if content is None else content)
    monkeypatch.setattr(_loading, "DATA", str(data))
    with pytest.raises(ks.ManifestError) as caught:
        _loading._open_shipped("1.0.0")
    assert [v.rule for v in caught.value.violations] == [rule] * count


def test_an_unknown_id_is_not_found_without_a_key_error_behind_it() -> None:
    for id in ("rec-it-milan-2021", ["a list"]):
        with pytest.raises((ks.NotFoundError, TypeError)) as caught:
            ks.load("1.0.0").get(id)  # type: ignore[arg-type]
        assert caught.value.__context__ is None and caught.value.__cause__ is None
