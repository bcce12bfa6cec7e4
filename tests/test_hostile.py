"""Hostile folders end only in the package's own errors: through `load(path=)`, `validate(path=)` and the CLI.

Each case of `tests.hostile.CASES` breaks a private draft copy; the command line runs in this process
under a timer (a hang fails the test; the paths that are no folder run it as a real process, with a
timeout), and must exit 1 or 2 with at most one line on stderr, never a traceback. Links that point
outside the folder point at a file beside it, which must stay unread (its content never shows) and
unchanged. Then arbitrary bytes in any file of a folder (hypothesis).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status._cli import main
from tests.hostile import CASES, FOLDER_CASES, OUTSIDE
from tests.strategies import examples, json_values

SECRET = b'[{"id": "secret-outside-the-folder"}]'


@pytest.fixture
def hostile(folder: Path, request: pytest.FixtureRequest) -> Path:
    (folder.parent / OUTSIDE).write_bytes(SECRET)
    CASES[request.param](folder)
    return folder


def _outside_untouched(folder: Path) -> None:
    assert (folder.parent / OUTSIDE).read_bytes() == SECRET


@pytest.mark.parametrize("hostile", CASES, indirect=True)
def test_load_raises_only_the_package_errors(hostile: Path) -> None:
    error = _load_error(hostile)
    assert error is not None and error.violations and "secret-outside" not in str(error)
    _outside_untouched(hostile)


def _load_error(folder: Path) -> ks.DataError | None:
    """The error that loading the folder raises (only a `DataError` may escape), or None if it loads."""
    try:
        ks.load(path=folder)
    except ks.DataError as error:
        return error
    return None


@pytest.mark.parametrize("hostile", CASES, indirect=True)
def test_validate_reports_violations(hostile: Path) -> None:
    violations = ks.validate(path=hostile)
    assert isinstance(violations, tuple) and all(isinstance(v, ks.Violation) for v in violations)
    assert violations
    assert not any("secret-outside" in str(v) for v in violations)
    _outside_untouched(hostile)


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "karabakh_status", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


class Hang(BaseException):
    """The command ran past its time (a BaseException: the command line catches none of these)."""


@contextlib.contextmanager
def _timer(seconds: int) -> Iterator[None]:
    """Fail a command still running after ``seconds``, as the subprocess's timeout does (POSIX, main thread)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield  # pragma: no cover - elsewhere, a hang stops the run instead
        return

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _main(capsys: pytest.CaptureFixture[str], *argv: str) -> subprocess.CompletedProcess[str]:
    """The command line run in this process (`_cli`'s result, without a process start per case): an
    exception it lets out fails the test as a traceback would."""
    capsys.readouterr()
    with _timer(60):
        code = main(list(argv))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["karabakh-status", *argv], code, out, err)


def _one_line(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) <= 1, result.stderr
    assert "secret-outside" not in result.stdout + result.stderr


@pytest.mark.parametrize("hostile", CASES, indirect=True)
def test_cli_validate_exits_1_or_2(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = _main(capsys, "validate", str(hostile))
    _one_line(result)
    assert result.returncode in (1, 2)
    _outside_untouched(hostile)


@pytest.mark.parametrize("hostile", CASES, indirect=True)
def test_cli_manifest_never_writes_outside(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``manifest`` may succeed (it is how a broken manifest is fixed) but never follows a link or leaks."""
    result = _main(capsys, "manifest", str(hostile))
    _one_line(result)
    assert result.returncode in (0, 1, 2)
    _outside_untouched(hostile)
    manifest = hostile / "manifest.json"
    if result.returncode == 0:
        assert manifest.is_file() and not manifest.is_symlink()
    else:
        assert result.stderr.startswith("karabakh-status: error: ")


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_paths_that_are_not_folders(folder: Path, case: str) -> None:
    where = FOLDER_CASES[case](folder)
    with pytest.raises(ks.ManifestError):
        ks.load(path=where)
    assert [v.rule for v in ks.validate(path=where)] == ["manifest-readable"]
    result = _cli("validate", str(where))
    _one_line(result)
    assert result.returncode == 2  # no folder to read is bad input, not data that breaks a rule


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from karabakh_status._versions import DATA, resolve_version

    target = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(Path(DATA) / resolve_version(), target)
    manifest = json.loads((target / "manifest.json").read_bytes())
    manifest.update(version="0.0.0", released=None)  # a draft: a released version's bytes never change
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    assert ks.validate(path=target) == ()
    return target


JSON_BYTES = json_values.map(lambda value: json.dumps(value).encode())
TOKENS = [
    b"{", b"}", b"[", b"]", b'"', b",", b":", b"0", b"-1", b"1e999", b"9" * 5000, b"null", b"true", b"NaN",
    b"\\u", b"\\ud800", b"\\\\", b"\xef\xbb\xbf", b"\xff", b"\xc3", b'"id": ', b'"sha256": ', b'"records": ',
]  # fmt: skip
PATCHES = (
    st.binary(max_size=32)
    | st.text(max_size=16).map(str.encode)
    | st.lists(st.sampled_from(TOKENS), max_size=8).map(b"".join)
    | JSON_BYTES
)
"""What replaces a slice of a file: raw bytes, text, JSON tokens, or a whole JSON value."""

FILES = sorted(p.name for p in (Path(ks.load().folder)).iterdir() if p.suffix == ".json")


def _replace_somewhere(value: Any, data: st.DataObject, depth: int = 0) -> Any:
    """``value`` with one value somewhere inside it (or itself) replaced by an arbitrary JSON value."""
    inside = isinstance(value, (list, dict)) and value and depth < 6
    if not inside or data.draw(st.integers(0, 3), label="stop here") == 0:
        return data.draw(json_values, label="new value")
    if isinstance(value, list):
        at = data.draw(st.integers(0, len(value) - 1), label="index")
        return [*value[:at], _replace_somewhere(value[at], data, depth + 1), *value[at + 1 :]]
    key = data.draw(st.sampled_from(sorted(value)), label="key")
    return {**value, key: _replace_somewhere(value[key], data, depth + 1)}


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_arbitrary_bytes_end_in_the_package_errors(fuzzed: Path, data: st.DataObject) -> None:
    """Bytes patched into a file, a whole file of bytes or JSON, or one value deep inside replaced."""
    name = data.draw(st.sampled_from(FILES), label="file")
    original = (fuzzed / name).read_bytes()
    how = data.draw(st.sampled_from(["patch", "whole", "value"]), label="how")
    if how == "patch":
        at = data.draw(st.integers(0, len(original)), label="at")
        cut = data.draw(st.integers(0, 64), label="cut")
        changed = original[:at] + data.draw(PATCHES, label="patch") + original[at + cut :]
    elif how == "whole":
        changed = data.draw(st.binary(max_size=256) | JSON_BYTES, label="whole")
    else:
        changed = json.dumps(_replace_somewhere(json.loads(original), data), ensure_ascii=False).encode()
    (fuzzed / name).write_bytes(changed)
    try:
        error = _load_error(fuzzed)
        assert error is None or error.violations
        violations = ks.validate(path=fuzzed)
        assert all(isinstance(v, ks.Violation) for v in violations)
    finally:
        (fuzzed / name).write_bytes(original)
