"""Hardening (issue 16): the manifest command, the command line under faults, what is installed, strict
arguments, version specs that never read the file system, and read-once under threads."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status import _files, _loading, _provenance, _sources, _versions
from karabakh_status._cli import dispatch
from karabakh_status._cli.dispatch import EXIT_CODES, main
from tests.conftest import read, write


def _run(*argv: str, stdout: Any = subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "karabakh_status", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
    )


def _error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("karabakh-status: ")
    return lines[0]


# -- 1. the manifest command ------------------------------------------------------------------------


def test_manifest_through_a_link_to_outside_is_refused(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    shutil.move(folder / "manifest.json", outside)
    before = outside.read_bytes()
    os.symlink(outside, folder / "manifest.json")
    result = _run("manifest", str(folder), "--set-version", "0.0.1")
    assert result.returncode == 1 and "a link" in _error_line(result)
    assert outside.read_bytes() == before and (folder / "manifest.json").is_symlink()


def test_manifest_through_a_dangling_link_creates_nothing(folder: Path, tmp_path: Path) -> None:
    (folder / "manifest.json").unlink()
    os.symlink(tmp_path / "created.json", folder / "manifest.json")
    result = _run("manifest", str(folder), "--set-version", "0.0.1")
    assert result.returncode == 1 and "a link" in _error_line(result)
    assert not (tmp_path / "created.json").exists()


def test_manifest_reads_no_linked_data_file(folder: Path) -> None:
    (folder / "events.json").unlink()
    os.symlink("/etc/passwd", folder / "events.json")
    result = _run("manifest", str(folder))
    line = _error_line(result)
    assert result.returncode == 1 and "events.json: not read: a link" in line and "/bin/" not in line


def test_manifest_of_a_fifo_does_not_hang(folder: Path) -> None:
    (folder / "events.json").unlink()
    os.mkfifo(folder / "events.json")
    result = _run("manifest", str(folder))
    assert result.returncode == 1 and "a FIFO" in _error_line(result)


def _without_id(folder: Path) -> list[Any]:
    sources: list[Any] = read(folder, "sources.json")
    del sources[0]["id"]
    return sources


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("manifest.json", lambda folder: [], "the manifest is not a JSON object"),
        ("sources.json", lambda folder: ["x"], "sources.json: #0: expected an object, got a string"),
        ("sources.json", _without_id, "sources.json: #0: a bundled source needs a string id"),
        ("sources.json", lambda folder: "x", "expected an array of records, got a string"),
    ],
    ids=["manifest []", "sources [x]", "a bundled source without id", "sources a string"],
)
def test_manifest_of_wrong_shapes_is_one_line(folder: Path, name: str, value: Any, message: str) -> None:
    write(folder, name, value(folder), manifest=False)
    result = _run("manifest", str(folder))
    assert result.returncode == 1 and message in _error_line(result)


def test_manifest_refuses_the_shipped_folders() -> None:
    released = Path(_versions.DATA) / "1.0.0"
    before = {p.name: p.read_bytes() for p in released.iterdir()}
    for argv in (["--set-version", "1.0.1"], ["--set-version", "0.0.0"]):
        result = _run("manifest", str(released), *argv)
        assert result.returncode == 2 and "a folder of the installed package" in _error_line(result)
    result = _run("manifest", str(released))
    assert result.returncode == 2 and "version 1.0.0 is released" in _error_line(result)
    assert {p.name: p.read_bytes() for p in released.iterdir()} == before
    assert ks.load("1.0.0").records("events")


def test_set_version_starts_a_draft(folder: Path) -> None:
    listing = read(folder, "manifest.json")
    listing["released"] = "2026-01-01"
    write(folder, "manifest.json", listing, manifest=False)
    assert main(["manifest", str(folder)]) == 0
    assert read(folder, "manifest.json")["released"] == "2026-01-01"  # the same version keeps its date
    assert main(["manifest", str(folder), "--set-version", "0.1.0"]) == 0
    assert read(folder, "manifest.json")["version"] == "0.1.0"
    assert read(folder, "manifest.json")["released"] is None
    assert ks.validate(path=folder) == ()


# -- 4. the command line under faults ---------------------------------------------------------------


def test_exit_codes_are_documented_once() -> None:
    help_text = dispatch.parser().format_help()
    assert EXIT_CODES in help_text
    for code in ("0", "1", "2", "130"):
        assert f"\n  {code} " in f"\n{EXIT_CODES.split(chr(10), 1)[1]}"
    docs = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "<!-- cli -->" in docs and "0, 1, 2, 130" in docs


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        (lambda tmp: tmp / "a-file", "File exists"),
        (lambda tmp: tmp / "a-file" / "below", "Not a directory"),
        (lambda tmp: Path("/proc/no-such-process/out"), "No such file or directory"),
    ],
    ids=["an existing file", "below a file", "a missing place"],
)
def test_export_errors_are_one_line_exit_2(tmp_path: Path, where: Any, reason: str) -> None:
    (tmp_path / "a-file").write_text("keep")
    target = where(tmp_path)
    result = _run("export", str(target))
    line = _error_line(result)
    assert result.returncode == 2 and line.endswith(f": {reason}")
    named = line.removeprefix("karabakh-status: error: ").removesuffix(f": {reason}")
    assert named and str(target).startswith(named)  # the path, or the part of it that failed
    assert (tmp_path / "a-file").read_text() == "keep"


def test_an_unwritable_place_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(tmp_path / "out"))

    monkeypatch.setattr(_files, "write_in", denied)
    assert main(["schema", "--output", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"karabakh-status: error: {tmp_path / 'out'}: Permission denied\n"


def test_export_never_writes_into_the_package() -> None:
    result = _run("export", str(Path(_versions.DATA) / "1.0.0"), "--format", "csv")
    assert result.returncode == 2 and "a folder of the installed package" in _error_line(result)
    assert not list((Path(_versions.DATA) / "1.0.0").glob("*.csv"))


def test_export_replaces_a_link_never(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "victim").write_text("keep")
    os.symlink(tmp_path / "victim", tmp_path / "out" / "events.csv")
    result = _run("export", str(tmp_path / "out"), "--format", "csv")
    assert result.returncode == 2 and "events.csv: a link" in _error_line(result)
    assert (tmp_path / "victim").read_text() == "keep"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line_exit_2() -> None:
    with open("/dev/full", "w") as full:
        result = _run("list", "recognitions", "--format", "json", stdout=full)
    assert result.returncode == 2
    assert _error_line(result) == "karabakh-status: error: cannot write the output: No space left on device"


def test_a_broken_pipe_is_silent() -> None:
    command = [sys.executable, "-m", "karabakh_status", "list", "recognitions", "--format", "jsonl"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()  # the reader stops early, as `| head` does
        error = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert error == b""


def test_ctrl_c_exits_130_with_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                        folder: Path) -> None:  # fmt: skip
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(ks, "validate", interrupted)
    assert main(["validate", str(folder)]) == 130
    assert capsys.readouterr().err == "karabakh-status: interrupted\n"


def test_ctrl_c_in_a_process(folder: Path) -> None:
    """A real SIGINT in the middle of `validate PATH`: the process exits 130 with one line."""
    code = (
        "import os, signal, sys, karabakh_status._rules as rules\n"
        "check = rules.check\n"
        "def slow(snap):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    return check(snap)\n"
        "rules.check = slow\n"
        "from karabakh_status._cli import main\n"
        f"sys.exit(main(['validate', {str(folder)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 130 and result.stderr == "karabakh-status: interrupted\n"


# -- 5. what is installed is verified ---------------------------------------------------------------


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cold caches, restored after the test: the lock, the shipped versions, the texts."""
    monkeypatch.setattr(_versions, "_cached", {})
    monkeypatch.setattr(_loading, "_cache", {})
    monkeypatch.setattr(_sources, "_texts", {})
    monkeypatch.setattr(_sources, "_verified", {})
    monkeypatch.setattr(_sources, "_expected", {})
    monkeypatch.setattr(_provenance, "_cached", [])


@pytest.mark.usefixtures("fresh")
def test_a_changed_bundled_text_is_not_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(_sources.seeds_folder(), seeds)
    name = "foreign-relations-of-artsakh.txt"
    (seeds / name).write_text((seeds / name).read_text(encoding="utf-8").replace("Karen", "Karren"), "utf-8")
    monkeypatch.setattr(_sources, "seeds_folder", lambda: seeds)
    term = ks.load("1.0.0").get("mfa-2012-karen-mirzoyan")
    with pytest.raises(ks.ManifestError, match=r"the bundled text foreign-relations-of-artsakh\.txt has changed") as e:
        term.citations[0].context()
    assert e.value.violations[0].rule == "source-hash"
    with pytest.raises(ks.ManifestError):
        ks.load("1.0.0").source("foreign-relations-of-artsakh").sections()
    assert "source-hash" in {v.rule for v in ks.validate("1.0.0")}  # validate reports, never raises


@pytest.mark.usefixtures("fresh")
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        (b"{not json", "not JSON"),
        (b"[]", "expected an object"),
        (b'{"1.0.0": "x"}', "'1.0.0': expected"),
        (b'{"1.0.0": {"manifest_sha256": "a", "released": "b"}, "1.0.0": {}}', "duplicate key '1.0.0'"),
        (b'{"01.0.0": {"manifest_sha256": "a", "released": "b"}}', "'01.0.0': expected"),
    ],
    ids=["missing", "not JSON", "a list", "a wrong entry", "a duplicate key", "a non-canonical version"],
)
def test_a_missing_or_malformed_lock_is_a_manifest_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None, message: str
) -> None:
    lock = tmp_path / "releases.json"
    if content is not None:
        lock.write_bytes(content)
    monkeypatch.setattr(_versions, "LOCK", str(lock))
    with pytest.raises(ks.ManifestError, match="the lock of released versions") as caught:
        ks.released_versions()
    assert message in str(caught.value) and caught.value.violations[0].file == "releases.json"
    assert main(["info"]) == 1


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> Path:
    """A copy of the package's data folder, used in its place."""
    data = tmp_path / "data"
    shutil.copytree(_versions.DATA, data)
    monkeypatch.setattr(_versions, "DATA", str(data))
    monkeypatch.setattr(_versions, "LOCK", str(data / "releases.json"))
    monkeypatch.setattr(_loading, "DATA", str(data))
    return data


def test_the_ids_of_a_damaged_release_end_in_the_package_errors(installed: Path) -> None:
    """`shipped_ids` reads a release through `load` (hash-checked), never indexing raw JSON unchecked."""
    from karabakh_status._tombstones import shipped_ids

    version = ks.released_versions()[-1]
    assert shipped_ids(version)["am"] == "entities" and len(shipped_ids(version)) > 500
    events = installed / version / "events.json"
    items = json.loads(events.read_bytes())
    del items[0]["id"]
    events.write_text(json.dumps(items), encoding="utf-8")
    _loading._cache.clear()
    with pytest.raises(ks.ManifestError) as caught:
        shipped_ids(version)
    assert (caught.value.violations[0].rule, caught.value.violations[0].file) == ("manifest-hash", "events.json")
    listing = json.loads((installed / version / "manifest.json").read_bytes())
    listing["files"]["events.json"]["sha256"] = hashlib.sha256(events.read_bytes()).hexdigest()
    (installed / version / "manifest.json").write_text(json.dumps(listing), encoding="utf-8")
    with pytest.raises(ks.DataFileError) as failed:  # a file that matches its manifest, an item without an id
        shipped_ids(version)
    assert "#0: expected a record with a string id" in failed.value.violations[0].message


def test_info_reports_a_changed_released_file(installed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--dataset-version", "1.0.0"]) == 0
    capsys.readouterr()
    monkey = installed / "1.0.0" / "events.json"
    monkey.write_bytes(monkey.read_bytes().replace(b"2020", b"2021", 1))
    _loading._cache.clear()
    assert main(["info", "--dataset-version", "1.0.0"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "[manifest-hash] events.json" in err and len(err.splitlines()) == 1


# -- 6. strict JSON names the key -------------------------------------------------------------------


def test_a_duplicate_key_is_a_violation_naming_it(folder: Path) -> None:
    text = (folder / "manifest.json").read_text()
    (folder / "manifest.json").write_text(text.replace('"version": "0.0.0"', '"version": "0.0.0", "version": "1"'))
    [violation] = ks.validate(path=folder)
    assert (violation.rule, violation.file) == ("manifest-readable", "manifest.json")
    assert "duplicate key 'version'" in violation.message


def test_a_lone_surrogate_is_a_violation(folder: Path) -> None:
    text = (folder / "events.json").read_text(encoding="utf-8")
    (folder / "events.json").write_text(text.replace('"quote": "', '"quote": "\\ud800', 1), encoding="utf-8")
    with pytest.raises(ks.DataError) as caught:
        ks.load(path=folder)
    assert [v.rule for v in caught.value.violations if "a lone surrogate" in v.message] == ["json-well-formed"]
    result = _run("diff", str(folder), "1.0.0", "--format", "json")  # it once crashed diff and export
    assert result.returncode == 2 and "a lone surrogate" in result.stderr and "Traceback" not in result.stderr


# -- 7. an immutable Dataset ------------------------------------------------------------------------


def test_the_cached_dataset_cannot_be_poisoned() -> None:
    data = ks.load()
    with pytest.raises(AttributeError, match="a Dataset is immutable: cannot set 'get'"):
        data.get = lambda id: "x"  # type: ignore[method-assign]
    with pytest.raises(AttributeError, match="immutable"):
        data._manifest = None  # type: ignore[assignment]
    with pytest.raises(AttributeError, match="immutable"):
        del data._tables
    assert not hasattr(data, "__dict__")
    assert ks.load() is data and ks.get("mfa-2012-karen-mirzoyan").person == "karen-mirzoyan"


# -- 8. arguments of the wrong type, absurd values -------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: ks.load(1), r"version must be a str \(X, X.Y or X.Y.Z\) or None, not int"),
        (lambda: ks.load(b"1"), "version must be a str .* not bytes"),
        (lambda: ks.load(path=5), "path must be a str or an os.PathLike of str, or None, not int"),
        (lambda: ks.load(path=b"/tmp"), "path must be .* not bytes"),
        (lambda: ks.validate(1.0), "version must be a str .* not float"),
        (lambda: ks.validate(path=["x"]), "path must be .* not list"),
        (lambda: _versions.resolve_version(("1",)), "version must be a str .* not tuple"),
        (lambda: ks.load("1", path="x"), "a version or a path, not both"),
    ],
)
def test_wrong_types_are_type_errors_naming_the_parameter(call: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


@pytest.mark.parametrize("spec", ["9" * 5000, "1." + "0" * 5000, "1" * 10, "1.0.0" + ".0" * 2000])
def test_absurd_versions_are_version_errors(spec: str) -> None:
    with pytest.raises(ks.VersionError, match="malformed dataset version") as caught:
        ks.load(spec)
    assert len(str(caught.value)) < 300


def test_the_environment_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARABAKH_STATUS_VERSION", "9.9")
    with pytest.raises(ks.VersionError, match=r"'9\.9' \(from the environment variable KARABAKH_STATUS_VERSION\)"):
        ks.load()
    monkeypatch.setenv("KARABAKH_STATUS_VERSION", "9" * 5000)
    with pytest.raises(ks.VersionError, match="from the environment variable KARABAKH_STATUS_VERSION"):
        _versions.resolve_version()


# -- 9. version specs never read the file system ----------------------------------------------------


def test_a_version_spec_is_never_a_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = read(folder, "events.json")
    write(folder, "events.json", events[1:])
    named = folder.parent / "1.0.0"
    folder.rename(named)
    monkeypatch.chdir(named.parent)
    assert not ks.diff("1.0.0", "1.0")  # the shipped versions, not the folder
    found = ks.diff("1.0.0", "./1.0.0")
    assert found.removed == (("events", events[0]["id"]),) and found.new == "./1.0.0"
    result = _run("diff", "1.0.0", "1.0", cwd=named.parent)
    assert result.returncode == 0 and result.stdout.startswith("1.0.0 -> 1.0.0")
    assert _run("diff", "1.0.0", "./1.0.0", cwd=named.parent).returncode == 1


# -- 10. read once under threads --------------------------------------------------------------------


@pytest.mark.usefixtures("fresh")
def test_every_cached_file_is_read_once_under_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: collections.Counter[str] = collections.Counter()
    real = _files.read_regular

    def counted(path: str, **kwargs: Any) -> bytes:
        reads[os.path.basename(path)] += 1
        return real(path, **kwargs)

    monkeypatch.setattr(_files, "read_regular", counted)
    start, errors = threading.Barrier(32), []

    def work() -> None:
        try:
            start.wait()
            ks.released_versions()
            term = ks.load("1.0.0").get("mfa-2012-karen-mirzoyan")
            assert term.citations[0].context() == "- 2012–2017: Karen Mirzoyan"
            assert ks.load("1.0.0").source("political-status-of-nagorno-karabakh").sections()
            assert ks.provenance() and ks.load("1.1.0").withdrawn() == ks.load("1.1.0").withdrawn()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert reads["releases.json"] == 1
    assert reads["foreign-relations-of-artsakh.txt"] == 1
    assert reads["political-status-of-nagorno-karabakh.txt"] == 1
    assert reads["provenance.json"] == 1
    assert all(count == 1 for name, count in reads.items() if name != "manifest.json"), reads
    # each version's manifest: once to open the version, once to learn the texts' SHA-256
    assert reads["manifest.json"] == 2 + len(ks.versions())
    assert reads["sources.json"] == 1  # the version that looked ids up


def test_the_strict_reader_reads_the_shipped_files_as_json_does() -> None:
    """The strict reader reads the shipped files as json does (no value changed on the way)."""
    for name in ks.load().datasets:
        raw = (ks.load().folder / f"{name}.json").read_bytes()
        assert _files.loads(raw) == json.loads(raw)


def test_a_copy_of_a_released_folder_becomes_a_new_draft(tmp_path: Path) -> None:
    """The Getting started workflow: copy a released folder, give it a new version, validate."""
    copy = tmp_path / "mine"
    shutil.copytree(ks.load("1.0.0").folder, copy)
    assert main(["manifest", str(copy), "--set-version", "1.0.1"]) == 0
    assert read(copy, "manifest.json")["released"] is None and ks.validate(path=copy) == ()
