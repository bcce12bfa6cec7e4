"""Versions over time: tombstones and their rules, get() on a withdrawn id, history(), diff() of withdrawals,
and what a folder of one's own may claim. Each fixture version is a copy of the default version relabelled
as the draft of a next version (`successor`), never an edit of a released one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest

import karabakh_status as ks
from karabakh_status import _folders, _rules, _tombstones, _versions
from karabakh_status._cli import main
from karabakh_status._tombstones import parse, shipped
from karabakh_status._versions import resolve_version
from tests.conftest import NEXT, read, relabel, write

DEFAULT = resolve_version()
OLD, NEW = "rec-it-milan-2020", "rec-it-milan-city-2020"
REASON = "renamed: the id names the body (the city), as the other municipal ids do"


def rename(folder: Path, *, tombstone: bool = True) -> None:
    """Rename Milan's recognition in the copy, with a tombstone for the old id (or without)."""
    records = read(folder, "recognitions.json")
    for record in records:
        if record["id"] == OLD:
            record["id"] = NEW
    write(folder, "recognitions.json", records)
    if tombstone:
        stone = {"id": OLD, "dataset": "recognitions", "withdrawn_in": NEXT, "reason": REASON, "replaced_by": [NEW]}
        write(folder, "withdrawn.json", [stone])


def change_fields(folder: Path) -> None:
    records = read(folder, "recognitions.json")
    for record in records:
        if record["id"] == OLD:
            record.update(note="a note added in the next version", mutual=False)
    write(folder, "recognitions.json", records)


# Renamed with a tombstone


def test_a_renamed_id_with_a_tombstone_is_valid(successor: Path) -> None:
    rename(successor)
    assert ks.validate(path=successor) == ()
    data = ks.load(path=successor)
    assert data.version == NEXT and data.released is None
    assert data.withdrawn() == (
        ks.Tombstone(id=OLD, dataset="recognitions", withdrawn_in=NEXT, reason=REASON, replaced_by=(NEW,)),
    )
    assert data.get(NEW).actor == "it-milan"
    assert "withdrawn" not in data.datasets  # the tombstones are not a dataset of records
    assert read(successor, "manifest.json")["files"]["withdrawn.json"]["records"] == 1


def test_get_of_a_withdrawn_id_names_the_version_reason_and_replacement(successor: Path) -> None:
    rename(successor)
    data = ks.load(path=successor)
    with pytest.raises(ks.NotFoundError) as caught:
        data.get(OLD)
    message = str(caught.value)
    assert f"withdrawn in dataset version {NEXT}" in message and REASON in message and f"replaced by {NEW}" in message
    assert caught.value.id == OLD
    with pytest.raises(ks.NotFoundError) as plain:  # an id never used says nothing of tombstones
        data.get("rec-never-used")
    assert "withdrawn" not in str(plain.value)


def test_a_withdrawal_without_replacement(successor: Path) -> None:
    rename(successor)
    write(successor, "recognitions.json", [r for r in read(successor, "recognitions.json") if r["id"] != NEW])
    stone = {"id": OLD, "dataset": "recognitions", "withdrawn_in": NEXT, "reason": "not stated", "replaced_by": []}
    write(successor, "withdrawn.json", [stone])
    assert ks.validate(path=successor) == ()
    with pytest.raises(ks.NotFoundError, match="nothing replaces it"):
        ks.load(path=successor).get(OLD)


def test_diff_reports_a_withdrawal_not_a_removal(successor: Path) -> None:
    rename(successor)
    found = ks.diff(DEFAULT, successor)
    assert found.removed == ()
    assert [(t.id, t.replaced_by) for t in found.withdrawn] == [(OLD, (NEW,))]
    assert found.added == (("recognitions", NEW),)
    assert found.as_dict()["withdrawn"] == [
        {"id": OLD, "dataset": "recognitions", "withdrawn_in": NEXT, "reason": REASON, "replaced_by": [NEW]}
    ]
    assert ks.diff(successor, DEFAULT).removed == (("recognitions", NEW),)  # back again: nothing is withdrawn


def test_cli_diff_prints_withdrawals(capsys: pytest.CaptureFixture[str], successor: Path) -> None:
    rename(successor)
    assert main(["diff", DEFAULT, str(successor)]) == 1
    out = capsys.readouterr().out
    withdrawn = [line for line in out.splitlines() if line.startswith("withdrawn")]
    assert withdrawn == [
        f"withdrawn: {OLD} (recognitions) was withdrawn in dataset version {NEXT}: {REASON}; replaced by {NEW}"
    ]
    assert out.splitlines()[-1].endswith(": 1 record added, 1 withdrawn, 0 removed, 0 records changed (0 fields)")


def test_cli_diff_exit_codes(capsys: pytest.CaptureFixture[str], successor: Path) -> None:
    assert main(["diff", DEFAULT, DEFAULT]) == 0
    change_fields(successor)
    assert main(["diff", DEFAULT, str(successor)]) == 1
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 withdrawn, 0 removed, 1 record changed (2 fields)")
    assert main(["diff", DEFAULT, "9.9.9"]) == 2  # not a shipped version
    capsys.readouterr()


def test_cli_diff_of_a_broken_folder_prints_every_violation(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    ministers = read(folder, "ministers.json")
    for record in ministers[:3]:
        record["term"] = "1997/1993"  # three records each break interval-ordered (and more)
    write(folder, "ministers.json", ministers)
    violations = ks.validate(path=folder)
    assert len(violations) >= 3
    assert main(["diff", DEFAULT, str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for violation in violations:
        assert str(violation) in captured.err
    assert f"({len(violations)} violations)" in captured.err


def test_the_shipped_tombstones_are_read_and_checked(successor: Path) -> None:
    rename(successor)
    manifest = ks.load(path=successor).manifest
    assert shipped(str(successor), manifest)[0].id == OLD
    (successor / "withdrawn.json").write_text("[]\n")
    with pytest.raises(ks.ManifestError, match="does not match its manifest"):
        shipped(str(successor), manifest)
    assert shipped(str(successor), ks.load(DEFAULT).manifest) == ()  # a manifest without the file: none


# Dropped without a tombstone


def test_an_id_dropped_without_a_tombstone_is_reported_by_name(successor: Path) -> None:
    rename(successor, tombstone=False)
    found = ks.validate(path=successor)
    assert [(v.rule, v.file, v.record) for v in found] == [("ids-kept-or-withdrawn", "recognitions.json", OLD)]
    assert DEFAULT in found[0].message
    with pytest.raises(ks.ValidationError, match=OLD):
        ks.load(path=successor)


def test_an_entity_id_is_kept_too(successor: Path) -> None:
    """Users join by entity ids: an entity of the last release may not vanish silently either."""
    entities = read(successor, "entities.json")
    gone = entities[-1]  # records may still refer to it: reference-resolves says so, beside the rule here
    write(successor, "entities.json", entities[:-1])
    found = [(v.rule, v.file, v.record) for v in ks.validate(path=successor) if v.rule == "ids-kept-or-withdrawn"]
    assert found == [("ids-kept-or-withdrawn", "entities.json", gone["id"])]
    stone = {"id": gone["id"], "dataset": "entities", "withdrawn_in": NEXT, "reason": "test", "replaced_by": []}
    write(successor, "withdrawn.json", [stone])
    assert not [v for v in ks.validate(path=successor) if v.rule.startswith(("ids-", "tombstone-"))]
    snap = _folders.snapshot(successor)  # built without the load's validation: records may still refer to it
    data = ks.Dataset(successor, ks.Manifest.from_json(snap.manifest), dict(snap.tables), snap.tombstones)
    with pytest.raises(ks.NotFoundError, match=f"{gone['id']} \\(entities\\) was withdrawn in dataset version {NEXT}"):
        data.get(gone["id"])


def test_a_version_with_no_earlier_release_keeps_nothing(folder: Path) -> None:
    rename(folder, tombstone=False)  # version 0.0.0: no release comes before it
    assert ks.validate(path=folder) == ()


def test_tombstones_are_carried_forward(successor: Path) -> None:
    """A later version keeps the tombstones of the release before it: a withdrawn id stays withdrawn."""
    rename(successor)
    later = successor.parent / "later"
    shutil.copytree(successor, later)
    relabel(later, f"{int(NEXT.split('.')[0]) + 1}.0.0")
    write(later, "withdrawn.json", [])
    snap = _folders.snapshot(later)
    previous = {OLD: "recognitions"}  # as if `successor` were released: its tombstoned id is one of its ids
    found = _rules.check(attrs.evolve(snap, previous=NEXT, previous_ids=previous))
    assert [(v.rule, v.record) for v in found] == [("ids-kept-or-withdrawn", OLD)]


# The format, read strictly


GOOD: dict[str, Any] = {"id": OLD, "dataset": "recognitions", "withdrawn_in": "1.1.0", "reason": "r", "replaced_by": []}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"a": 1}, "expected a JSON array of tombstones"),
        (["x"], "expected an object"),
        ([{**GOOD, "replaced": []}], "unknown field 'replaced'"),
        ([{k: v for k, v in GOOD.items() if k != "reason"}], "missing field 'reason'"),
        ([{**GOOD, "reason": ""}], "reason: expected a non-empty string"),
        ([{**GOOD, "id": 3}], "id: expected a non-empty string"),
        ([{**GOOD, "replaced_by": "rec-y"}], "replaced_by: expected an array of ids"),
        ([{**GOOD, "replaced_by": [1]}], "replaced_by: expected an array of ids"),
        ([{**GOOD, "dataset": "treaties"}], "'treaties' is not a dataset"),
        ([{**GOOD, "withdrawn_in": "1.1"}], "withdrawn_in: expected a version X.Y.Z"),
        ([{**GOOD, "withdrawn_in": "01.1.0"}], "withdrawn_in: expected a version X.Y.Z"),
        ([GOOD, GOOD], "a second tombstone for this id"),
    ],
)
def test_the_tombstone_file_is_read_strictly(data: Any, problem: str) -> None:
    found = parse(data)
    assert isinstance(found, list)
    assert any(problem in message for _, message in found), found


def test_a_good_tombstone_file() -> None:
    assert parse([GOOD]) == (ks.Tombstone(id=OLD, dataset="recognitions", withdrawn_in="1.1.0", reason="r"),)
    assert parse([]) == ()


def test_a_malformed_tombstone_file_stops_the_load(successor: Path) -> None:
    write(successor, "withdrawn.json", [{**GOOD, "replaced": []}])
    with pytest.raises(ks.RecordError) as caught:
        ks.load(path=successor)
    assert [(v.rule, v.record) for v in caught.value.violations] == [("tombstone-format", OLD)]
    write(successor, "withdrawn.json", {"not": "a list"})
    assert [(v.rule, v.record) for v in ks.validate(path=successor)] == [("tombstone-format", None)]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'[{"id": "a", "id": "b"}]', "duplicate key 'id'"),
        (b"\xef\xbb\xbf[]", "byte order mark"),
        (b"[NaN]", "NaN is not a JSON number"),
        (b'{"not": "a list"}', "expected a JSON array"),
    ],
)
def test_shipped_tombstones_are_read_strictly_as_the_data_files(successor: Path, raw: bytes, message: str) -> None:
    """The verified read of the data files (hash, then count), with the strict JSON reader."""
    from karabakh_status._manifest import Manifest

    (successor / "withdrawn.json").write_bytes(raw)
    listing = read(successor, "manifest.json")
    listing["files"]["withdrawn.json"] = {"sha256": hashlib.sha256(raw).hexdigest(), "records": 1}
    manifest = Manifest.from_json(listing)
    assert isinstance(manifest, Manifest)
    with pytest.raises(ks.DataFileError, match="cannot read") as caught:
        shipped(str(successor), manifest)
    [violation] = caught.value.violations
    assert (violation.rule, violation.file) == ("json-well-formed", "withdrawn.json") and message in violation.message
    listing["files"]["withdrawn.json"]["sha256"] = "0" * 64
    manifest = Manifest.from_json(listing)
    assert isinstance(manifest, Manifest)
    with pytest.raises(ks.ManifestError) as caught:
        shipped(str(successor), manifest)
    assert caught.value.violations[0].rule == "manifest-hash"


def test_a_tombstone_may_not_be_for_an_id_never_released(successor: Path) -> None:
    write(successor, "withdrawn.json", [{**GOOD, "id": "rec-never-released", "withdrawn_in": NEXT}])
    found = ks.validate(path=successor)
    assert [(v.rule, v.record, v.field) for v in found] == [("tombstone-version", "rec-never-released", "id")]


# History


def test_history_of_a_renamed_id(successor: Path) -> None:
    rename(successor)
    steps = ks.history(OLD, versions=[DEFAULT], folders=[successor])
    assert [(s.version, s.kind) for s in steps] == [(DEFAULT, ks.RevisionKind.ADDED), (NEXT, ks.RevisionKind.WITHDRAWN)]
    assert steps[1].reason == REASON and steps[1].replaced_by == (NEW,) and steps[1].dataset == "recognitions"
    assert str(steps[1]) == f"{NEXT}: withdrawn: {REASON}; replaced by {NEW}"
    new = ks.history(NEW, versions=[DEFAULT], folders=[successor])
    assert [(s.version, s.kind) for s in new] == [(NEXT, ks.RevisionKind.ADDED)]


def test_history_names_each_changed_field_with_old_and_new_values(successor: Path) -> None:
    change_fields(successor)
    steps = ks.history(OLD, versions=[DEFAULT], folders=[successor])
    assert [s.kind for s in steps] == [ks.RevisionKind.ADDED, ks.RevisionKind.CHANGED]
    assert [(c.field, c.old, c.new) for c in steps[1].changes] == [
        ("mutual", None, False),
        ("note", None, "a note added in the next version"),
    ]
    assert str(steps[1]) == f"{NEXT}: changed mutual: None -> False; note: None -> 'a note added in the next version'"


def test_history_of_an_id_dropped_without_a_tombstone(folder: Path) -> None:
    """Only drafts with no release before them may drop an id silently: history calls it removed."""
    earlier = folder.parent / "earlier"
    shutil.copytree(folder, earlier)
    relabel(earlier, "0.0.1")
    relabel(folder, "0.0.2")
    rename(folder, tombstone=False)
    steps = ks.history(OLD, versions=[], folders=[folder, earlier])  # ordered by version, not as given
    assert [(s.version, s.kind) for s in steps] == [
        ("0.0.1", ks.RevisionKind.ADDED),
        ("0.0.2", ks.RevisionKind.REMOVED),
    ]
    assert str(steps[1]) == "0.0.2: removed (recognitions)"


def _raw(version: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every id of a shipped version with its dataset and JSON, read from the files (not through the loader)."""
    folder = Path(ks.load(version).folder)
    return {
        item["id"]: (name, item)
        for name in ks.load(version).datasets
        for item in json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    }


def test_history_across_every_shipped_version() -> None:
    """For every id of every shipped version, history() says what the files say, version after version."""
    shipped = ks.versions()
    raw = {version: _raw(version) for version in shipped}
    every = {record_id for version in shipped for record_id in raw[version]}
    for record_id in sorted(every):
        expected: list[tuple[str, str, tuple[str, ...]]] = []
        before: dict[str, Any] | None = None
        for version in shipped:
            now = raw[version].get(record_id)
            if now is None:
                if before is not None:
                    gone = {t.id for t in ks.load(version).withdrawn()}
                    expected.append((version, "withdrawn" if record_id in gone else "removed", ()))
            elif before is None:
                expected.append((version, "added", ()))
            elif now[1] != before:
                fields = tuple(sorted(k for k in now[1].keys() | before.keys() if now[1].get(k) != before.get(k)))
                expected.append((version, "changed", fields))
            before = None if now is None else now[1]
        steps = ks.history(record_id)
        assert [(s.version, s.kind.value, tuple(c.field for c in s.changes)) for s in steps] == expected, record_id


def test_history_of_an_unknown_id() -> None:
    with pytest.raises(ks.NotFoundError, match="in any dataset version read"):
        ks.history("rec-never-used")


def test_cli_history(capsys: pytest.CaptureFixture[str], successor: Path) -> None:
    change_fields(successor)
    rename(successor)
    assert main(["history", OLD, "--folder", str(successor)]) == 0
    out = capsys.readouterr().out
    assert f"{ks.versions()[0]}  added      recognitions" in out
    assert f"{NEXT}  withdrawn  recognitions" in out and f"reason: {REASON}" in out and f"replaced by: {NEW}" in out
    assert main(["history", NEW, "--folder", str(successor), "--format", "json"]) == 0
    (step,) = json.loads(capsys.readouterr().out)
    assert step == {"version": NEXT, "kind": "added", "dataset": "recognitions", "changes": [], "reason": None,
                    "replaced_by": []}  # fmt: skip
    assert main(["history", "rec-never-used"]) == 2
    assert "rec-never-used" in capsys.readouterr().err


# What a folder may claim


def test_a_folder_claiming_a_release_the_lock_lacks_is_a_draft(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    manifest = read(folder, "manifest.json")
    manifest["released"] = "2026-01-01"
    write(folder, "manifest.json", manifest, manifest=False)
    data = ks.load(path=folder)
    assert data.released is None and data.manifest.released_on == "2026-01-01"
    assert "draft" in repr(data)
    assert main(["info", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"dataset version 0.0.0 (folder {folder}): draft" in out and "claims 2026-01-01" in out


def test_a_release_date_after_today_is_a_violation(folder: Path) -> None:
    manifest = read(folder, "manifest.json")
    manifest["released"] = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    write(folder, "manifest.json", manifest, manifest=False)
    assert [v.rule for v in ks.validate(path=folder)] == ["release-not-future"]
    manifest["released"] = dt.date.today().isoformat()
    write(folder, "manifest.json", manifest, manifest=False)
    assert ks.validate(path=folder) == ()


@pytest.mark.parametrize("version", ["01.0.0", "1.00.0", "1.0.01"])
def test_a_non_canonical_version_is_a_violation(folder: Path, version: str) -> None:
    relabel(folder, version)
    assert [(v.rule, v.field) for v in ks.validate(path=folder)] == [("version-canonical", "version")]


def test_only_a_folder_named_by_a_canonical_version_is_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["1.0.0", "01.0.0", "1.00.0", "1.10.0", "1.9.0", "1.0", "1.0.0.0", "v1.2.0", "2.0.0"]:
        (tmp_path / name).mkdir()
        if name != "2.0.0":  # no manifest: not a version
            (tmp_path / name / "manifest.json").write_text("{}")
    monkeypatch.setattr(_versions, "DATA", str(tmp_path))
    assert ks.versions() == ("1.0.0", "1.9.0", "1.10.0")  # SemVer order, not text order


@pytest.mark.parametrize(
    ("version", "canonical"),
    [("1.3.0", True), ("10.20.300", True), ("0.0.0", True), ("01.0.0", False), ("1.0.01", False),
     ("1.0", False), ("1.0.0.0", False), ("1.0.0 ", False), ("1.0.1234567890", False), ("١.0.0", False)],
)  # fmt: skip
def test_one_version_syntax_everywhere(folder: Path, version: str, canonical: bool) -> None:
    """Tombstones, the previous release, the manifest writer and `canonical` agree on what a version is."""
    assert _versions.canonical(version) is canonical
    tombstone = {"id": "x", "dataset": "events", "withdrawn_in": version, "reason": "r", "replaced_by": []}
    assert isinstance(parse([tombstone]), tuple) is canonical
    if canonical:
        assert _folders.write_manifest(folder, version=version).version == version
    else:
        assert _tombstones.previous_release(version) is None
        with pytest.raises(ks.VersionError, match=r"a manifest needs a version X\.Y\.Z"):
            _folders.write_manifest(folder, version=version)
    assert _tombstones.previous_release("10.20.300") == ks.released_versions()[-1]


def test_one_semver_order() -> None:
    assert _tombstones.version_key is _versions.version_key
    assert sorted(["1.10.0", "1.9.0", "10.0.0", "2.0.0"], key=_versions.version_key) == [
        "1.9.0", "1.10.0", "2.0.0", "10.0.0"
    ]  # fmt: skip


def test_shipped_versions_say_whether_they_are_released() -> None:
    for version in ks.versions():
        data = ks.load(version)
        assert (data.released is None) == (version not in ks.released_versions())
        if data.released is None:
            assert "draft" in repr(data)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [({"folders": "/some/folder"}, "folders"), ({"folders": Path("/some/folder")}, "folders"),
     ({"versions": "1.0.0"}, "versions")],
)  # fmt: skip
def test_history_refuses_one_path_or_version_where_a_list_belongs(kwargs: dict[str, Any], name: str) -> None:
    with pytest.raises(TypeError, match=rf"^history\(\) argument '{name}' must be a list, not a single "):
        ks.history("rec-it-milan-2020", **kwargs)


def test_history_of_a_wrong_typed_id_names_history_and_id() -> None:
    with pytest.raises(TypeError, match=r"^history\(\) argument 'id' must be str, not int$"):
        ks.history(5)  # type: ignore[arg-type]


def test_the_default_version_lists_the_shipped_folder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`resolve_version()` finds the newest released version from the lock without listing the shipped folder
    (a cold lookup pays for each listing and each manifest's stat); the answer is `released_versions()`'s newest."""
    import os

    listed: list[object] = []
    real = os.listdir

    def listdir(path: Any = ".") -> list[str]:
        listed.append(path)
        return real(path)

    expected = _versions.released_versions()[-1]
    monkeypatch.setattr(os, "listdir", listdir)
    assert _versions.resolve_version(None) == expected
    assert listed == []


def test_the_default_version_is_the_newest_shipped_when_the_lock_names_none_shipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_versions, "_lock", lambda: {"9.9.9": {"manifest_sha256": "0" * 64, "released": "2026-12-01"}})
    assert _versions.resolve_version(None) == _versions.versions()[-1]
    monkeypatch.setattr(_versions, "versions", lambda: ())
    with pytest.raises(ks.VersionError, match="ships no dataset version"):
        _versions.resolve_version(None)
