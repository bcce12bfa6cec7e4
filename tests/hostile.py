"""The hostile-folder corpus: each case breaks a private draft copy of a shipped version in one way.

Shared by `test_hostile` (through `load(path=)`, `validate(path=)` and the command line) and by
anyone counting what the corpus finds. A case returns nothing; it changes the folder in place.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Case = Callable[[Path], None]

OUTSIDE = "outside.json"
"""A file beside the folder (not in it) that links point to: it must never be read into the data nor written."""


def _link(folder: Path, name: str, target: str | Path) -> None:
    path = folder / name
    if path.exists() or path.is_symlink():
        path.unlink()
    os.symlink(target, path)


def _replace(name: str, raw: bytes) -> Case:
    def case(folder: Path) -> None:
        (folder / name).write_bytes(raw)

    return case


def _json(name: str, value: Any) -> Case:
    return _replace(name, json.dumps(value).encode())


def _manifest(change: Callable[[dict[str, Any]], Any]) -> Case:
    def case(folder: Path) -> None:
        data = json.loads((folder / "manifest.json").read_bytes())
        change(data)
        (folder / "manifest.json").write_text(json.dumps(data))

    return case


def _records(name: str, change: Callable[[list[Any]], Any]) -> Case:
    def case(folder: Path) -> None:
        data = json.loads((folder / name).read_bytes())
        change(data)
        (folder / name).write_text(json.dumps(data, ensure_ascii=False))

    return case


def _fifo(name: str) -> Case:
    def case(folder: Path) -> None:
        (folder / name).unlink()
        os.mkfifo(folder / name)

    return case


def _device(name: str) -> Case:
    def case(folder: Path) -> None:
        (folder / name).unlink()
        try:
            os.mknod(folder / name, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # what /dev/zero is
        except (PermissionError, AttributeError, OSError):
            pytest.skip("cannot create a character device here")

    return case


def _huge(name: str) -> Case:
    def case(folder: Path) -> None:
        with open(folder / name, "wb") as file:  # sparse: no disk, no memory
            file.truncate(64 * 1024 * 1024 + 1)

    return case


def _text_in(name: str, raw_text: str) -> Case:
    """Put ``raw_text`` (raw JSON source) as the first citation's quote of the first record of ``name``."""

    def case(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        marker = '"quote": "'
        at = text.index(marker) + len(marker)
        (folder / name).write_text(text[:at] + raw_text + text[at:], encoding="utf-8")

    return case


def _set_first(name: str, key: str, raw_value: str) -> Case:
    """Set the first ``key`` of ``name`` to a raw JSON value."""

    def case(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        marker = f'"{key}": '
        at = text.index(marker) + len(marker)
        end = at + len(json.dumps(json.loads(text[at:].split("\n", 1)[0].rstrip(",")), ensure_ascii=False))
        (folder / name).write_text(text[:at] + raw_value + text[end:], encoding="utf-8")

    return case


def _own_text(text: str | None) -> Case:
    """The folder carries its own copy of a bundled text (as a draft of `import_source` does), hostile."""

    def case(folder: Path) -> None:
        path = folder / "foreign-relations-of-artsakh.txt"
        if text is None:  # sparse: no disk, no memory
            from karabakh_status._sources import MAX_TEXT_BYTES

            with open(path, "wb") as file:
                file.truncate(MAX_TEXT_BYTES + 1)
        else:
            path.write_text(text, encoding="utf-8")

    return case


def _dir(name: str) -> Case:
    def case(folder: Path) -> None:
        (folder / name).unlink()
        (folder / name).mkdir()

    return case


def _remove(name: str) -> Case:
    def case(folder: Path) -> None:
        (folder / name).unlink()

    return case


def _duplicate_manifest_key(folder: Path) -> None:
    text = (folder / "manifest.json").read_text()
    (folder / "manifest.json").write_text(
        text.replace('{\n  "version": "0.0.0",', '{"version": "0.0.0",\n"version": "1.0.0",', 1)
    )


def _duplicate_record_key(folder: Path) -> None:
    text = (folder / "events.json").read_text(encoding="utf-8")
    at = text.index('"id": ')
    (folder / "events.json").write_text(text[:at] + '"id": "evt-doubled", ' + text[at:], encoding="utf-8")


def _loop_of_two(folder: Path) -> None:
    _link(folder, "events.json", "x.json")
    _link(folder, "x.json", "events.json")


def _link_cases() -> dict[str, Case]:
    return {
        "link in: events.json -> positions.json": lambda f: _link(f, "events.json", "positions.json"),
        "link out: events.json -> a file beside the folder": lambda f: _link(f, "events.json", f.parent / OUTSIDE),
        "link out: events.json -> /etc/passwd": lambda f: _link(f, "events.json", "/etc/passwd"),
        "link out: manifest.json -> a file beside the folder": lambda f: _link(f, "manifest.json", f.parent / OUTSIDE),
        "dangling link: events.json": lambda f: _link(f, "events.json", f.parent / "no-such-file.json"),
        "dangling link: manifest.json": lambda f: _link(f, "manifest.json", f.parent / "no-such-file.json"),
        "link loop: events.json -> events.json": lambda f: _link(f, "events.json", "events.json"),
        "link loop: manifest.json -> manifest.json": lambda f: _link(f, "manifest.json", "manifest.json"),
        "link loop of two: events.json -> x.json -> events.json": _loop_of_two,
        "link to /dev/zero: events.json": lambda f: _link(f, "events.json", "/dev/zero"),
        "link to /dev/zero: manifest.json": lambda f: _link(f, "manifest.json", "/dev/zero"),
        "link to a folder: events.json -> /": lambda f: _link(f, "events.json", "/"),
    }


CASES: dict[str, Case] = {
    **_link_cases(),
    "FIFO: events.json": _fifo("events.json"),
    "FIFO: manifest.json": _fifo("manifest.json"),
    "FIFO: sources.json": _fifo("sources.json"),
    "character device: events.json": _device("events.json"),
    "folder: events.json": _dir("events.json"),
    "folder: manifest.json": _dir("manifest.json"),
    "huge file (64 MiB + 1): events.json": _huge("events.json"),
    "huge file (64 MiB + 1): manifest.json": _huge("manifest.json"),
    "missing: events.json": _remove("events.json"),
    "missing: manifest.json": _remove("manifest.json"),
    "missing: sources.json": _remove("sources.json"),
    "empty: events.json": _replace("events.json", b""),
    "empty: manifest.json": _replace("manifest.json", b""),
    "BOM: events.json": lambda f: (f / "events.json").write_bytes(b"\xef\xbb\xbf" + (f / "events.json").read_bytes()),
    "BOM: manifest.json": lambda f: (f / "manifest.json").write_bytes(
        b"\xef\xbb\xbf" + (f / "manifest.json").read_bytes()
    ),
    "UTF-16: events.json": lambda f: (f / "events.json").write_bytes(
        (f / "events.json").read_text(encoding="utf-8").encode("utf-16")
    ),
    "UTF-16LE without BOM: manifest.json": lambda f: (f / "manifest.json").write_bytes(
        (f / "manifest.json").read_text(encoding="utf-8").encode("utf-16-le")
    ),
    "UTF-32: sources.json": lambda f: (f / "sources.json").write_bytes(
        (f / "sources.json").read_text(encoding="utf-8").encode("utf-32")
    ),
    "invalid UTF-8: events.json": lambda f: (f / "events.json").write_bytes(
        (f / "events.json").read_bytes().replace(b'"id"', b'"\xff\xfeid"', 1)
    ),
    "invalid UTF-8: manifest.json": _replace("manifest.json", b'{"version": "\xc3\x28"}'),
    "NUL bytes: events.json": _replace("events.json", b"[\x00]"),
    "lone surrogate in a quote": _text_in("events.json", "\\ud800"),
    "lone low surrogate in a quote": _text_in("ministers.json", "\\udfff"),
    "lone surrogate in a key": _replace("events.json", b'[{"\\udc00": 1}]'),
    "duplicate key: manifest version": _duplicate_manifest_key,
    "duplicate key: a record's id": _duplicate_record_key,
    "manifest: []": _json("manifest.json", []),
    "manifest: a string": _json("manifest.json", "x"),
    "manifest: null": _json("manifest.json", None),
    "manifest: a number": _json("manifest.json", 1),
    "manifest: files is a list": _manifest(lambda m: m.update(files=[])),
    "manifest: files entry is a string": _manifest(lambda m: m["files"].update({"events.json": "x"})),
    "manifest: records is a string": _manifest(lambda m: m["files"]["events.json"].update(records="3")),
    "manifest: records is a 5,000-digit integer": lambda f: (f / "manifest.json").write_text(
        (f / "manifest.json").read_text().replace('"records": ', '"records": ' + "9" * 5000, 1)
    ),
    "manifest: sources is a list": _manifest(lambda m: m.update(sources=["x"])),
    "manifest: a path in files: ../outside.json": _manifest(
        lambda m: m["files"].update({"../outside.json": {"sha256": "0" * 64, "records": 0}})
    ),
    "manifest: an absolute path in files": _manifest(
        lambda m: m["files"].update({"/etc/passwd": {"sha256": "0" * 64, "records": 0}})
    ),
    "manifest: version of 5,000 digits": _manifest(lambda m: m.update(version="1" * 5000 + ".0.0")),
    "manifest: version 01.0.0": _manifest(lambda m: m.update(version="01.0.0")),
    "manifest: released 9999-12-31": _manifest(lambda m: m.update(released="9999-12-31")),
    "manifest: released is a number": _manifest(lambda m: m.update(released=2020)),
    "manifest: deep nesting": _replace("manifest.json", b"[" * 100_000 + b"]" * 100_000),
    "manifest: NaN": _replace("manifest.json", b'{"version": NaN}'),
    'sources.json: ["x"]': _json("sources.json", ["x"]),
    "sources.json: an object": _json("sources.json", {"id": "x"}),
    "sources.json: a bundled source without id": _records("sources.json", lambda s: s[0].pop("id")),
    "sources.json: a bundled source with a numeric sha256": _records("sources.json", lambda s: s[0].update(sha256=1)),
    "events.json: an object": _json("events.json", {}),
    "events.json: a string": _json("events.json", "x"),
    "events.json: [1]": _json("events.json", [1]),
    "events.json: [[]]": _json("events.json", [[]]),
    "events.json: [null]": _json("events.json", [None]),
    "events.json: a record with a numeric id": _records("events.json", lambda r: r[0].update(id=5)),
    "events.json: a record with citations as a string": _records("events.json", lambda r: r[0].update(citations="x")),
    "events.json: deep nesting": _replace("events.json", b"[" * 100_000 + b"]" * 100_000),
    "events.json: deep nesting in a record": _records(
        "events.json", lambda r: r[0].update(summary=json.loads("[" * 500 + "]" * 500))
    ),
    "events.json: truncated": lambda f: (f / "events.json").write_bytes((f / "events.json").read_bytes()[:1000]),
    "recognitions.json: a 5,000-digit vote": _set_first("recognitions.json", "in_favour", "9" * 5000),
    "recognitions.json: NaN as a vote": _set_first("recognitions.json", "in_favour", "NaN"),
    "recognitions.json: Infinity as a vote": _set_first("recognitions.json", "in_favour", "Infinity"),
    "recognitions.json: -Infinity as a vote": _set_first("recognitions.json", "in_favour", "-Infinity"),
    "recognitions.json: 1e999 as a vote": _set_first("recognitions.json", "in_favour", "1e999"),
    "recognitions.json: a float vote": _set_first("recognitions.json", "in_favour", "61.5"),
    "recognitions.json: a bool vote": _set_first("recognitions.json", "in_favour", "true"),
    "recognitions.json: a date of 5,000 digits": _set_first("recognitions.json", "date", '"' + "2" * 5000 + '"'),
    "recognitions.json: an unknown enum value": _set_first("recognitions.json", "act", '"annex"'),
    "own text: a heading that backtracked (= runs, then spaces)": _own_text(
        "= T =\n" + "=" * 3000 + " " * 3000 + "x\n"
    ),
    "own text: headings nested 2 to 2,499 deep": _own_text(
        "= T =\n" + "".join("=" * k + " h " + "=" * k + "\nword\n" for k in range(2, 2500))
    ),
    "own text: over the size cap (16 MiB + 1)": _own_text(None),
    "an unlisted JSON file that is a FIFO": lambda f: os.mkfifo(f / "extra.json"),
    "an unlisted JSON link to /etc/passwd": lambda f: _link(f, "extra.json", "/etc/passwd"),
}
"""Every hostile case, by a name that says what it does."""

FOLDER_CASES: dict[str, Callable[[Path], Path]] = {
    "the folder is a file": lambda f: f / "events.json",
    "the folder does not exist": lambda f: f / "nowhere",
    "the folder's name is 5,000 characters": lambda f: f / ("x" * 5000),
}
"""Paths given in place of a folder: each returns the path to read."""
