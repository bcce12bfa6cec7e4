"""The one function every export writes a file with (so that a safer write can replace it in one place)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["write"]


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (its folder exists).

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     write(Path(folder) / "a.txt", b"text")
        ...     (Path(folder) / "a.txt").read_bytes()
        b'text'
    """
    path.write_bytes(data)
