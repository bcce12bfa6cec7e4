"""Writes that fail end in the package's errors and leave nothing behind; writes stay in their target.

A full file system is real: a tiny tmpfs mounted for the test (skipped, with the reason, where
mounting is not allowed). Concurrent imports into one folder run in real threads and processes.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status._export import FORMATS
from tests.importer import FR, import_into


@pytest.fixture
def small_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A tmpfs of ``request.param`` KiB, mounted for the test."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}k", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or 'mount failed'}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def _formats() -> list[str]:
    found = []
    for name in FORMATS:
        if name == "parquet":
            found.append(pytest.param(name, marks=pytest.mark.heavy))
        else:
            found.append(name)
    return found


def _needs(format: str) -> None:
    if format == "parquet":
        pytest.importorskip("pyarrow", reason="parquet needs pyarrow (the extra arrow)")


DISKS = [pytest.param(16, id="full disk (16 KiB)"), pytest.param(200, id="nearly full disk (200 KiB)")]


@pytest.mark.parametrize("small_disk", DISKS, indirect=True)
@pytest.mark.parametrize("format", _formats())
def test_an_export_to_a_full_disk_raises_and_leaves_nothing(
    small_disk: Path, format: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _needs(format)
    scratch = tmp_path / "system-temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    (small_disk / "kept.txt").write_text("a file of the user's")
    with pytest.raises(ks.ExportError) as caught:
        ks.load("1.1.0").export(small_disk / "out" / "deeper", format=format)
    assert isinstance(caught.value, ks.KarabakhStatusError) and isinstance(caught.value, OSError)
    assert caught.value.errno == errno.ENOSPC and "No space left on device" in str(caught.value)
    assert sorted(os.listdir(small_disk)) == ["kept.txt"]  # the folders it made are gone too
    assert os.listdir(scratch) == []  # nothing written outside the target


@pytest.mark.parametrize("small_disk", DISKS, indirect=True)
@pytest.mark.parametrize("format", _formats())
def test_the_command_line_exits_2_on_a_full_disk(small_disk: Path, format: str, tmp_path: Path) -> None:
    _needs(format)
    scratch = tmp_path / "system-temporary"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "SQLITE_TMPDIR": str(scratch), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_status", "export", "--format", format, str(small_disk / "out")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("karabakh-status: error: ") and len(result.stderr.splitlines()) == 1
    assert "No space left on device" in result.stderr
    assert os.listdir(small_disk) == [] and os.listdir(scratch) == []


def test_an_export_writes_only_inside_its_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite builds its database in the target folder, its journal and temporary tables in memory."""
    scratch = tmp_path / "system-temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    for format in ("sqlite", "datapackage", "csv", "jsonl"):
        paths = ks.load("1.1.0").export(tmp_path / format, format=format)
        assert sorted(os.listdir(tmp_path / format)) == sorted(p.name for p in paths)
    assert os.listdir(scratch) == []


@pytest.mark.parametrize("path", ["", "a\x00b"])
def test_an_export_to_no_folder_is_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    """An empty path would write into the working folder; a NUL byte names no file."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ks.ExportError):
        ks.load("1.1.0").export(path)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("argv", [["export", ""], ["schema", "--output", ""]])
def test_the_command_line_refuses_an_empty_folder(tmp_path: Path, argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_status", *argv], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert (
        result.returncode == 2
        and result.stderr == "karabakh-status: error: an empty path names no folder to export to\n"
    )
    assert os.listdir(tmp_path) == []


def _a_file(tmp_path: Path) -> Path:
    (tmp_path / "a-file").write_text("x")
    return tmp_path / "a-file"


def _under_a_file(tmp_path: Path) -> Path:
    return _a_file(tmp_path) / "below"


def _a_link(tmp_path: Path) -> Path:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    return tmp_path / "link"


def _the_package(tmp_path: Path) -> Path:
    return Path(ks.load("1.1.0").folder)


def _a_long_name(tmp_path: Path) -> Path:
    return tmp_path / ("x" * 300)


TARGETS = {
    "a regular file": _a_file,
    "a folder below a regular file": _under_a_file,
    "a link to a folder": _a_link,
    "the package's own data folder": _the_package,
    "a name over the file system's limit": _a_long_name,
}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("format", ["datapackage", "sqlite"])
def test_every_export_failure_is_an_export_error(tmp_path: Path, target: str, format: str) -> None:
    """docs/api-errors.md: every error the package raises is a `KarabakhStatusError`."""
    where = TARGETS[target](tmp_path)
    before = sorted(os.walk(tmp_path))
    with pytest.raises(ks.ExportError):
        ks.load("1.1.0").export(where, format=format)
    assert sorted(os.walk(tmp_path)) == before


# -- concurrent imports into one new folder -----------------------------------------------------------


def _check_round(draft: Path, outcomes: list[str]) -> None:
    assert all(o in ("ok", "RevisionError") for o in outcomes), outcomes
    assert outcomes.count("ok") == 1, outcomes  # one wins, the others find the folder taken
    assert ks.validate(path=draft) == ()  # the winner's folder is whole
    assert sorted(p.name for p in draft.parent.iterdir()) == ["draft", "new.txt"]  # no staging left


@pytest.fixture
def revision(tmp_path: Path) -> Path:
    from karabakh_status._sources import bundled_text

    text = bundled_text(FR)
    assert text is not None
    (tmp_path / "new.txt").write_bytes(text.text.encode("utf-8"))
    return tmp_path / "new.txt"


@pytest.mark.parametrize("empty", [False, True], ids=["a new folder", "an empty folder"])
def test_eight_threads_importing_into_one_folder(revision: Path, empty: bool) -> None:
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(3):
        draft = revision.parent / "draft"
        if empty:
            draft.mkdir()
        with ThreadPoolExecutor(8) as pool:
            outcomes = list(pool.map(import_into, [str(revision)] * 8, [str(draft)] * 8))
        _check_round(draft, outcomes)
        import shutil

        shutil.rmtree(draft)


def test_eight_processes_importing_into_one_folder(revision: Path) -> None:
    import multiprocessing

    for _ in range(2):
        draft = revision.parent / "draft"
        with multiprocessing.get_context("spawn").Pool(8) as pool:
            outcomes = pool.starmap(import_into, [(str(revision), str(draft))] * 8)
        _check_round(draft, outcomes)
        import shutil

        shutil.rmtree(draft)


# -- a link in a copy of the package ------------------------------------------------------------------


def test_a_link_to_a_released_folder_is_refused(tmp_path: Path) -> None:
    """In a copy of the package, ``data/9.9.9 -> 1.1.0``: ``manifest --set-version 9.9.9`` must not write 1.1.0."""
    import shutil

    import karabakh_status

    package = Path(karabakh_status.__file__).parent
    copy = tmp_path / "site" / "karabakh_status"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if (package.parent.parent / "seeds").is_dir():  # a source checkout: the texts beside src/
        shutil.copytree(package.parent.parent / "seeds", copy / "seeds")
    (copy / "data" / "9.9.9").symlink_to("1.1.0")
    released = (copy / "data" / "1.1.0" / "manifest.json").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_status", "manifest", "--set-version", "9.9.9", str(copy / "data" / "9.9.9")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(copy.parent), "PYTHONSAFEPATH": "1"},
        check=False,
    )
    assert (copy / "data" / "1.1.0" / "manifest.json").read_bytes() == released
    assert result.returncode == 2 and result.stderr.startswith("karabakh-status: error: "), result.stderr
    assert (
        str(copy)
        in subprocess.run(
            [sys.executable, "-c", "import karabakh_status; print(karabakh_status.__file__)"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(copy.parent), "PYTHONSAFEPATH": "1"},
            cwd=tmp_path,
            check=True,
        ).stdout
    )  # the copy is what ran
