"""`_files`: the one safe way to read and write a file of a dataset folder, and strict JSON."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from karabakh_status import _files
from karabakh_status._files import MAX_BYTES, JSONProblem, UnsafeFileError, loads, read_in, read_regular, write_in
from karabakh_status._versions import DATA


def test_reads_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(b"[1]")
    assert read_in(tmp_path, "a.json") == b"[1]"
    assert read_regular(str(tmp_path / "a.json")) == b"[1]"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: os.symlink("/etc/passwd", p), "a link"),
        (lambda p: os.symlink(p.parent / "b.json", p), "a link"),  # into the folder: still a link
        (lambda p: os.symlink(p.parent / "gone", p), "a link"),  # dangling
        (lambda p: os.symlink(p, p), "a link"),  # a loop
        (lambda p: os.symlink("/dev/zero", p), "a link"),
        (os.mkfifo, "a FIFO"),
        (lambda p: p.mkdir(), "a folder"),
    ],
    ids=["link out", "link in", "dangling link", "link loop", "link to /dev/zero", "FIFO", "folder"],
)
def test_refuses_what_is_not_a_regular_file(tmp_path: Path, make: object, reason: str) -> None:
    (tmp_path / "b.json").write_bytes(b"[]")
    path = tmp_path / "a.json"
    make(path)  # type: ignore[operator]
    with pytest.raises(UnsafeFileError, match=reason) as caught:
        read_in(tmp_path, "a.json")
    assert caught.value.filename == str(path) and str(caught.value).startswith(f"{path}: ")


def test_a_fifo_never_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "events.json")
    done = threading.Event()

    def read() -> None:
        with pytest.raises(UnsafeFileError):
            read_in(tmp_path, "events.json")
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(10), "reading a FIFO blocked"


def test_refuses_a_character_device(tmp_path: Path) -> None:
    try:
        os.mknod(tmp_path / "zero.json", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError):
        pytest.skip("cannot create a character device here")
    with pytest.raises(UnsafeFileError, match="a character device"):
        read_in(tmp_path, "zero.json")


def test_the_size_cap_is_named(tmp_path: Path) -> None:
    with open(tmp_path / "big.json", "wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse
    with pytest.raises(UnsafeFileError, match="over the size cap of 64 MiB"):
        read_in(tmp_path, "big.json")
    (tmp_path / "small.json").write_bytes(b"x" * 11)
    with pytest.raises(UnsafeFileError, match="over the size cap of 10 bytes"):
        read_in(tmp_path, "small.json", limit=10)
    assert read_in(tmp_path, "small.json", limit=11) == b"x" * 11


@pytest.mark.parametrize("name", ["../a.json", "/etc/passwd", "a/b.json", "..", ".", ""])
def test_only_plain_names_inside_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafeFileError, match="not a plain file name"):
        read_in(tmp_path, name)
    with pytest.raises(UnsafeFileError, match="not a plain file name"):
        write_in(tmp_path, name, "x")


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_in(tmp_path, "nothing.json")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xef\xbb\xbf[]", "byte order mark"),
        ("[]".encode("utf-16"), "not UTF-8: byte 0xff at offset 0 (UTF-16 or UTF-32?"),
        ("[]".encode("utf-16-le"), "NUL bytes (UTF-16 or UTF-32?"),
        ("[]".encode("utf-32"), "UTF-16 or UTF-32?"),
        (b'["\xff"]', "not UTF-8: byte 0xff at offset 2"),
        (b'["\xed\xa0\x80"]', "not UTF-8"),  # a surrogate encoded in UTF-8 bytes
        (b'["\\ud800"]', "a lone surrogate"),
        (b'["a\\udfffb"]', "a lone surrogate"),
        (b'{"\\udc00": 1}', "a lone surrogate"),
        (b'{"version": "1.0.0", "version": "0.0.0"}', "duplicate key 'version'"),
        (b'[{"a": {"id": 1, "id": 2}}]', "duplicate key 'id'"),
        (b"[NaN]", "NaN is not a JSON number"),
        (b"[Infinity]", "Infinity is not a JSON number"),
        (b"[-Infinity]", "-Infinity is not a JSON number"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[" + b"9" * 5000 + b"]", "not JSON"),
        (b"", "not JSON"),
        (b"[1,]", "not JSON"),
    ],
    ids=lambda value: value[:24].decode("latin-1") if isinstance(value, bytes) else value,
)
def test_strict_json(raw: bytes, message: str) -> None:
    with pytest.raises(JSONProblem, match=message.replace("(", r"\(").replace("?", r"\?")):
        loads(raw)


def test_strict_json_reads_what_json_means() -> None:
    assert loads('["\\ud83d\\ude00", "é", {"a": null}]'.encode()) == ["\U0001f600", "é", {"a": None}]
    assert loads(b'"\\\\ud800"') == "\\ud800"  # an escaped backslash, not a surrogate
    assert loads(b"[1.5e3, -0, true]") == [1500.0, 0, True]


def test_write_is_atomic_and_replaces_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("old")
    assert write_in(tmp_path, "a.csv", "new") == str(tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]  # no temporary file left
    mode = stat.S_IMODE((tmp_path / "a.csv").stat().st_mode)
    assert mode & 0o444 == 0o444 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_write_never_changes_the_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The umask is shared by every thread: a writer that sets it, even briefly, races them all."""
    mask = _umask()

    def refuse(value: int) -> int:
        raise AssertionError(f"os.umask({value:#o}) called")

    monkeypatch.setattr(os, "umask", refuse)
    write_in(tmp_path, "a.csv", "x")
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o644 & ~mask


def test_the_kernel_applies_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_in(tmp_path, "a.csv", "x")
        (tmp_path / "b.csv").write_text("old")
        write_in(tmp_path, "b.csv", "new")  # a replaced file gets the new mode too
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "b.csv").stat().st_mode) == 0o640
    assert (tmp_path / "b.csv").read_text() == "new"


def test_a_refused_temporary_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(path: str, *args: object) -> int:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(PermissionError) as caught:
        write_in(tmp_path, "a.csv", "x")
    assert caught.value.filename == str(tmp_path / "a.csv")  # not the temporary's random name


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.csv").write_text("old")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError, match="No space left") as caught:
        write_in(tmp_path, "a.csv", "new")
    assert caught.value.filename == str(tmp_path / "a.csv")  # named, for the one-line message
    assert (tmp_path / "a.csv").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


@pytest.mark.parametrize("target", ["outside.txt", "missing.txt"])
def test_write_never_follows_a_link(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("keep")
    os.symlink(tmp_path / target, folder / "a.csv")
    with pytest.raises(UnsafeFileError, match="a link, not a regular file: not replaced"):
        write_in(folder, "a.csv", "x")
    assert (tmp_path / "outside.txt").read_text() == "keep"
    assert not (tmp_path / "missing.txt").exists()


def test_write_refuses_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.csv")
    with pytest.raises(UnsafeFileError, match="a FIFO"):
        write_in(tmp_path, "a.csv", "x")


@pytest.mark.parametrize("where", [DATA, os.path.join(DATA, "1.0.0"), os.path.dirname(_files.__file__)])
def test_the_package_folders_are_refused(where: str) -> None:
    with pytest.raises(UnsafeFileError, match="a folder of the installed package"):
        _files.refuse_shipped(where)


def test_an_allowed_package_folder(tmp_path: Path) -> None:
    draft = os.path.join(DATA, "1.1.0")
    _files.refuse_shipped(draft, allow=draft)  # no error
    _files.refuse_shipped(tmp_path)
    with pytest.raises(UnsafeFileError):
        _files.refuse_shipped(os.path.join(DATA, "1.0.0"), allow=draft)


def test_the_string_tests_are_their_regular_expressions() -> None:
    """The plain-name test and the surrogate-escape test (string tests, for a cold lookup) match what
    their regular expressions match, on every string of up to five characters of the relevant ones."""
    import itertools
    import re

    plain, surrogate = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*"), re.compile(r"\\u[dD][89a-fA-F]")
    for size in range(6):
        for chars in itertools.product("aZ0_.-/ é\\udD8fFg", repeat=size):
            text = "".join(chars)
            assert _files._has_surrogate_escape(text) is bool(surrogate.search(text)), text
            if size <= 4:
                named = bool(plain.fullmatch(text)) and text not in (".", "..")
                try:
                    _files._plain("folder", text)
                except UnsafeFileError:
                    assert not named, text
                else:
                    assert named, text


def test_a_lone_surrogate_is_found_at_any_depth() -> None:
    """The search for a lone surrogate is a loop: a value nested deeper than Python's recursion limit
    (Python 3.12 and later parse such JSON) is searched, never a `RecursionError`."""
    deep: object = ["\ud800"]
    for _ in range(5000):
        deep = [{"a": deep}]
    assert _files._surrogate(deep) == "\ud800"
    assert _files._surrogate([{"a": ["\U0001f600"]}] * 3) is None
    with pytest.raises(JSONProblem, match=r"nested too deeply|lone surrogate"):
        loads(b'{"a":' * 3000 + b'"\\ud800"' + b"}" * 3000)
