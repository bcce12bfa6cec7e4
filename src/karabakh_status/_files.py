"""The one safe way to read and write a file of a dataset folder, and to read its JSON strictly.

Reading: a regular file only (never a link, FIFO, device or folder), at most `MAX_BYTES`. The file is
opened without following a link and without blocking, and the open descriptor is checked (``fstat``),
so nothing can swap the file between the check and the read.

JSON: UTF-8 without a byte order mark, no duplicate key, no lone surrogate, no ``NaN``/``Infinity``, at most
`MAX_VALUES` values: what a JSON parser costs is the values it makes (a dict, a list, a number), up to ~1 µs each
where a line of `str.splitlines` costs a few nanoseconds, so the bytes alone do not bound the time.

Writing: never through a link, only a plain file name inside the target folder, never into the
package's own shipped folders, and atomically (a temporary file in the same folder, then a rename).
"""

from __future__ import annotations

import errno
import json
import os
import stat
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import pathlib

__all__ = [
    "MAX_BYTES",
    "MAX_VALUES",
    "JSONProblem",
    "UnsafeFileError",
    "loads",
    "missing_folders",
    "read_in",
    "read_regular",
    "refuse_replacing",
    "refuse_shipped",
    "temporary_in",
    "write_in",
]

MAX_BYTES: Final = 64 * 1024 * 1024
"""The largest file read (64 MiB): the shipped files are a few hundred KiB."""
MAX_VALUES: Final = 1 << 20
"""The most values a JSON file read may hold (1,048,576), counted as its ``[``, ``{`` and ``,`` (strings included).

What parsing JSON costs is the values it makes, up to a few microseconds each: `MAX_BYTES` of
``[[[...]]]`` or ``[{"a":{}},...]`` cost 100 to 450 times `str.splitlines` of the same bytes, half a
minute or more; under this cap, a second at most (one object of a million keys). Real data has one
``[``, ``{`` or ``,`` in every 23 to 46 bytes: this cap is met at 23 MiB at the earliest (the shipped
files hold a few thousand).
"""

_READ_FLAGS: Final = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
)
_NAME_START: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_NAME_REST: Final = _NAME_START | frozenset(".-")
# Plain string tests, not regular expressions: compiling one costs a cold lookup ~0.1 ms.
_KINDS: Final = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a link"),
)


class UnsafeFileError(OSError):
    """A file that is not read or written: a link, a special file, too large, or a shipped folder.

    ``filename`` is the path; ``strerror`` says why, in words.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.filename = path
        self.strerror = reason

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


class JSONProblem(ValueError):
    """Bytes that are not strict JSON; the message says what is wrong (and where) in one line."""


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: str, *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them; `UnsafeFileError` for anything else.

    Raises `OSError` (a missing file, say) and `UnsafeFileError` (a link, a loop of links, a FIFO,
    a device, a folder, a file over the size cap).
    """
    if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):  # pragma: no cover - Windows: check first
        raise UnsafeFileError(path, "a link: the files of a dataset folder are its own, links are not followed")
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK) or (error.errno != errno.ENOENT and os.path.islink(path)):
            reason = "a link: the files of a dataset folder are its own, links are not followed"
            raise UnsafeFileError(path, reason) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(path, f"{_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise UnsafeFileError(path, f"{info.st_size} bytes, over the size cap of {_size(limit)}")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, max(info.st_size - total, 0) + 65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while read
                raise UnsafeFileError(path, f"over the size cap of {_size(limit)}")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


def _plain(folder: str, name: str) -> str:
    if not (name and name[0] in _NAME_START and _NAME_REST.issuperset(name)) or name in (".", ".."):
        raise UnsafeFileError(os.path.join(folder, name), "not a plain file name inside the folder")
    return os.path.join(folder, name)


def read_in(folder: str | os.PathLike[str], name: str, *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the file ``name`` of ``folder``: a plain name (no path), a regular file (see `read_regular`)."""
    return read_regular(_plain(os.fspath(folder), name), limit=limit)


# -- strict JSON ----------------------------------------------------------------------------------


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JSONProblem(f"duplicate key {key!r} in an object")
            seen.add(key)
    return found


def _constant(name: str) -> Any:
    raise JSONProblem(f"{name} is not a JSON number")


def _has_surrogate_escape(text: str) -> bool:
    """Whether ``text`` holds ``\\u`` then ``d`` or ``D`` then one of ``89a-fA-F``: a surrogate's escape, maybe.

    The pattern is compiled only for a text with an escape (a cold lookup never pays for it); it is
    linear (nothing to backtrack), where a loop over each escape would cost seconds at the cap.
    """
    if "\\u" not in text:
        return False
    import re

    return re.search(r"\\u[dD][89a-fA-F]", text) is not None


def _surrogate(value: Any) -> str | None:
    """A string (or key) of a value that holds a lone surrogate, or None.

    A loop over a stack, not a recursion: Python 3.12 and later parse JSON nested deeper than
    Python's own recursion limit.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return item
        elif isinstance(item, dict):
            stack += item
            stack += item.values()
        elif isinstance(item, list):
            stack += item
    return None


def _count_values(raw: bytes) -> None:
    """`JSONProblem` if ``raw`` may hold more than `MAX_VALUES` values: three counts of one byte, no parse."""
    if len(raw) > MAX_VALUES:  # each value counted takes a byte at least
        count = raw.count(b"[") + raw.count(b"{") + raw.count(b",")
        if count > MAX_VALUES:
            raise JSONProblem(f"too many values: {count:,} of '[', '{{' and ',', over the cap of {MAX_VALUES:,}")


def loads(raw: bytes) -> Any:
    """The JSON value of ``raw``, read strictly; `JSONProblem` (a `ValueError`) names what is wrong.

    Examples:
        >>> loads(b'{"a": [1, "x"]}')
        {'a': [1, 'x']}
        >>> loads(b'{"version": "1.0.0", "version": "0.0.0"}')
        Traceback (most recent call last):
        ...
        karabakh_status._files.JSONProblem: duplicate key 'version' in an object
        >>> loads(b"[" + b"0," * MAX_VALUES + b"0]")
        Traceback (most recent call last):
        ...
        karabakh_status._files.JSONProblem: too many values: 1,048,577 of '[', '{' and ',', over the cap of 1,048,576
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raise JSONProblem("starts with a byte order mark (BOM): save it as UTF-8 without one")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        hint = (
            " (UTF-16 or UTF-32? save it as UTF-8)"
            if b"\x00" in raw[:4] or raw[:2] in (b"\xff\xfe", b"\xfe\xff")
            else ""
        )
        raise JSONProblem(f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}{hint}") from None
    if "\x00" in text:  # never valid JSON outside a string, never raw inside one
        raise JSONProblem("holds NUL bytes (UTF-16 or UTF-32? save it as UTF-8)")
    _count_values(raw)
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except JSONProblem:
        raise
    except RecursionError:
        raise JSONProblem("nested too deeply") from None
    except ValueError as error:  # JSONDecodeError; an integer of more digits than Python converts
        raise JSONProblem(f"not JSON: {error}") from None
    if _has_surrogate_escape(text):
        bad = _surrogate(value)
        if bad is not None:
            raise JSONProblem(
                f"a lone surrogate in the string {bad.encode('utf-8', 'backslashreplace').decode()!r:.80}"
            )
    return value


# -- writing --------------------------------------------------------------------------------------


def _package() -> str:
    return os.path.dirname(os.path.realpath(__file__))


def refuse_shipped(folder: str | os.PathLike[str], *, allow: str | os.PathLike[str] | None = None) -> None:
    """Refuse to write into the package's own folders (its data, schemas, seeds) with `UnsafeFileError`.

    ``allow``: one folder of the package that may be written all the same (the caller decides: the
    folder of an unreleased draft version, whose manifest curators rewrite); never a link of that name.
    """
    where = os.path.realpath(os.fspath(folder))
    if allow is not None and not os.path.islink(allow) and where == os.path.realpath(os.fspath(allow)):
        return  # the allowed folder itself: a link named like it (``data/9.9.9 -> 1.1.0``) is not it
    package = _package()
    roots = [package, os.path.join(os.path.dirname(os.path.dirname(package)), "seeds")]
    if any(where == root or where.startswith(root + os.sep) for root in roots):
        raise UnsafeFileError(
            os.fspath(folder), "a folder of the installed package: its shipped data never changes here; copy it first"
        )


def write_in(folder: str | os.PathLike[str], name: str, data: bytes | str) -> str:
    """Write the file ``name`` of ``folder`` atomically; its path. Never through a link, never outside.

    An existing file of that name must be a regular file (it is replaced whole, or left as it was).
    The file gets mode 0o644 less the umask, which the kernel applies: the process umask is never
    changed (it is shared by every thread).
    """
    base = os.fspath(folder)
    path = _plain(base, name)
    refuse_replacing(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = _temporary(base, name, path)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(raw)
        os.replace(temporary, path)
    except BaseException as error:
        _remove(temporary)
        if isinstance(error, OSError) and error.filename is None:  # a full disk, say: name the file
            error.filename = path
        raise
    return path


def missing_folders(folder: pathlib.Path) -> list[pathlib.Path]:
    """The folders of ``folder``'s path that do not exist yet, deepest first: what a write into it makes, and
    what a failed write removes again (only those, and only if empty)."""
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def refuse_replacing(path: str) -> None:
    """`UnsafeFileError` unless ``path`` is missing or a regular file (never replace a link, a folder...)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFileError(path, f"{_kind(info.st_mode)}, not a regular file: not replaced")


def temporary_in(folder: str, name: str) -> tuple[int, str]:
    """A new temporary file in ``folder`` for the file ``name`` (a plain name), open to write: its fd and path."""
    return _temporary(folder, name, _plain(folder, name))


_WRITE_FLAGS: Final = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
"""A new file only (``O_EXCL`` never opens what exists, a link included), never through a link."""
_ATTEMPTS: Final = 100


def _temporary(base: str, name: str, path: str) -> tuple[int, str]:
    """A new temporary file beside ``path`` (a random name), open for writing, mode 0o644 less the umask."""
    for _ in range(_ATTEMPTS):
        temporary = os.path.join(base, f".{name}.{os.urandom(8).hex()}.tmp")
        try:
            return os.open(temporary, _WRITE_FLAGS, 0o644), temporary
        except FileExistsError:  # pragma: no cover - 64 random bits: taken only by chance
            continue
        except OSError as error:  # a folder not writable, say: name the file, not its temporary
            error.filename = path
            raise
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", path)  # pragma: no cover


def _remove(path: str) -> None:
    try:  # noqa: SIM105 - contextlib costs an import on the fast path
        os.unlink(path)
    except OSError:  # pragma: no cover - already gone
        pass
