"""The functions every export writes with: atomic, never through a link, never into the package's folders."""

from __future__ import annotations

from pathlib import Path

from karabakh_status import _files

__all__ = ["prepare", "write"]


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (its folder exists) atomically, never through a link (`_files.write_in`).

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     write(Path(folder) / "a.txt", b"text")
        ...     (Path(folder) / "a.txt").read_bytes()
        b'text'
    """
    _files.write_in(path.parent, path.name, data)


def prepare(folder: Path) -> None:
    """Make the folder to write into (parents too), refusing the package's own folders and a link at the end."""
    _files.refuse_shipped(folder)
    if folder.is_symlink():
        raise _files.UnsafeFileError(str(folder), "a link: not followed, nothing written")
    folder.mkdir(parents=True, exist_ok=True)
    _files.refuse_shipped(folder)  # now that it exists, where it really is
