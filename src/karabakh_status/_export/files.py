"""The functions every export writes with: atomic, never through a link, never into the package's folders,
only inside its target folder, and all or nothing (`transaction`)."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from karabakh_status import _files

__all__ = ["prepare", "publish", "scratch", "target", "transaction", "write"]

_WRITTEN: ContextVar[list[Path] | None] = ContextVar("karabakh_status_written", default=None)
"""The new files of the export under way (in this thread or task): removed if it fails."""


def target(folder: str | os.PathLike[str], function: str = "export") -> Path:
    """The folder an export writes into; `ExportError` for a path that names none (empty, a NUL byte).

    Examples:
        >>> target("out")
        PosixPath('out')
        >>> target("")
        Traceback (most recent call last):
        ...
        karabakh_status.errors.ExportError: an empty path names no folder to export to
    """
    from karabakh_status.errors import ExportError

    raw = os.fspath(folder)
    if isinstance(raw, bytes):
        raise TypeError(f"{function}() argument 'folder' must be str or os.PathLike[str], not bytes")
    if raw == "":
        raise ExportError(errno.ENOENT, "an empty path names no folder to export to", raw)
    if "\x00" in raw:
        raise ExportError(errno.EINVAL, "a path with a NUL byte names no folder", raw.replace("\x00", "\\x00"))
    return Path(raw)


def _record(path: Path, existed: bool) -> None:
    written = _WRITTEN.get()
    if written is not None and not existed:
        written.append(path)


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (its folder exists) atomically, never through a link (`_files.write_in`).

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     write(Path(folder) / "a.txt", b"text")
        ...     (Path(folder) / "a.txt").read_bytes()
        b'text'
    """
    existed = os.path.lexists(path)
    _files.write_in(path.parent, path.name, data)
    _record(path, existed)


@contextlib.contextmanager
def scratch(path: Path) -> Iterator[Path]:
    """A new empty file beside ``path`` (a random hidden name, never through a link), removed on leaving."""
    fd, temporary = _files.temporary_in(os.fspath(path.parent), path.name)
    os.close(fd)
    try:
        yield Path(temporary)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def publish(built: Path, path: Path) -> None:
    """Move the finished file ``built`` (a `scratch` file) to ``path``: a rename, so all or nothing."""
    _files.refuse_replacing(os.fspath(path))
    existed = os.path.lexists(path)
    os.replace(built, path)
    _record(path, existed)


def prepare(folder: Path) -> None:
    """Make the folder to write into (parents too), refusing the package's own folders and a link at the end."""
    _files.refuse_shipped(folder)
    if folder.is_symlink():
        raise _files.UnsafeFileError(str(folder), "a link: not followed, nothing written")
    folder.mkdir(parents=True, exist_ok=True)
    _files.refuse_shipped(folder)  # now that it exists, where it really is


@contextlib.contextmanager
def transaction(folder: Path) -> Iterator[None]:
    """Run an export into ``folder``: if anything fails, remove the files and folders it made, and
    raise `ExportError` with the reason (an `OSError` of the package's family)."""
    from karabakh_status.errors import ExportError

    made = _files.missing_folders(folder)
    written: list[Path] = []
    token = _WRITTEN.set(written)
    try:
        yield
    except OSError as error:
        for path in written:
            with contextlib.suppress(OSError):
                os.unlink(path)
        for made_folder in made:
            with contextlib.suppress(OSError):
                os.rmdir(made_folder)  # only if empty: never what another writer put there
        if isinstance(error, ExportError):
            raise
        reason = error.strerror or str(error)
        raise ExportError(error.errno, reason, os.fspath(error.filename or folder)) from None
    finally:
        _WRITTEN.reset(token)
