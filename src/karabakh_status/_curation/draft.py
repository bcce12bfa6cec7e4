"""Start a draft dataset version from a new revision of a bundled source.

The draft is a copy of the newest released version's data files, with the new text beside
them as ``<source id>.txt`` (a folder's own copy of a bundled text, which validation reads
before the package's), the source's SHA-256 changed in ``sources.json``, and a fresh manifest
marked unreleased. Nothing else is edited: ``validate`` on the draft lists what must be mended.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from karabakh_status import _files
from karabakh_status._curation.check import kinship, read_revision

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._dataset import Dataset

__all__ = ["import_source", "next_version"]


def next_version() -> str:
    """The next minor version after every version the package ships (``1.1.0`` -> ``1.2.0``)."""
    from karabakh_status._versions import versions

    major, minor = max(tuple(int(part) for part in v.split(".")) for v in versions())[:2]
    return f"{major}.{minor + 1}.0"


def import_source(
    source_id: str,
    new_text: str | os.PathLike[str],
    draft: str | os.PathLike[str],
    *,
    version: str | None = None,
    force: bool = False,
) -> Path:
    """Start a draft version in the folder ``draft`` with a new revision of a bundled source.

    The draft copies the newest released version's data files, carries the new text as
    ``<source_id>.txt``, gives its SHA-256 in ``sources.json`` and the manifest, and is
    unreleased (``"released": null``) with ``version`` (default: `next_version`). The folder
    must be new or empty, not a link, and outside the package. A text that is no revision of the
    source (see `check_source`) is refused unless ``force``. Returns the folder.

    Raises:
        NotFoundError: ``source_id`` is no bundled source of the newest released version.
        RevisionError: the new text cannot be read, is not UTF-8, or is no revision of the source;
            or the folder exists and is not empty, is a link, or lies inside the package.
        VersionError: ``version`` is malformed or released.

    Examples:
        >>> import karabakh_status, pathlib, tempfile
        >>> source = "foreign-relations-of-artsakh"
        >>> where = pathlib.Path(tempfile.mkdtemp())
        >>> text = karabakh_status.load("1.0.0").source(source).text()
        >>> _ = (where / "new.txt").write_text(text.replace("Karen Mirzoyan", "Karen Mirzoian"), encoding="utf-8")
        >>> draft = karabakh_status.import_source(source, where / "new.txt", where / "draft", version="9.0.0")
        >>> sorted(p.name for p in draft.glob("*.txt"))
        ['foreign-relations-of-artsakh.txt']
        >>> [(v.rule, v.record) for v in karabakh_status.validate(path=draft)]
        [('quote-in-source', 'mfa-2012-karen-mirzoyan')]
    """
    from karabakh_status._folders import write_manifest
    from karabakh_status._gazetteer import SourceKind
    from karabakh_status._loading import load
    from karabakh_status._queries.filters import expect
    from karabakh_status._versions import canonical, released_versions
    from karabakh_status.errors import NotFoundError, RevisionError

    expect("import_source", "version", version, str)
    expect("import_source", "force", force, bool)
    base = load(released_versions()[-1])
    source = next((s for s in base.sources() if s.id == source_id and s.kind is SourceKind.BUNDLED), None)
    if source is None or source.sha256 is None:
        bundled = ", ".join(s.id for s in base.sources() if s.kind is SourceKind.BUNDLED)
        raise NotFoundError("source", source_id, f"; bundled sources of {base.version}: {bundled}")
    text = read_revision(source_id, new_text)
    if not force:
        kinship(source_id, text, new_text)
    version = next_version() if version is None else version
    if not canonical(version) or version in released_versions():
        from karabakh_status._versions import versions
        from karabakh_status.errors import VersionError

        why = "is released: make a new version" if version in released_versions() else "must be X.Y.Z"
        raise VersionError(f"a draft's version {why}", requested=version, available=versions())
    folder = _empty_folder(Path(draft))
    raw = text.text.encode("utf-8")  # the file's very bytes: UTF-8 decodes and encodes back exactly
    made = _files.missing_folders(folder.parent)
    staging = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = _staging(folder)
        _copy(base, source_id, source.sha256, text.sha256, raw, staging)
        write_manifest(staging, version=version)
        _claim(staging, folder)
    except BaseException as error:  # a failed import leaves nothing behind: only what it wrote is removed
        if staging is not None and staging.is_dir():
            shutil.rmtree(staging, ignore_errors=True)
        for made_folder in made:
            with contextlib.suppress(OSError):
                made_folder.rmdir()  # only if empty: never what another call put there
        if isinstance(error, OSError):
            raise RevisionError(f"cannot write the draft in {folder}: {error.strerror or error}") from None
        raise
    return folder


def _staging(folder: Path) -> Path:
    """A new hidden folder beside ``folder``, of this call alone, where the draft is built."""
    for _ in range(100):
        staging = folder.parent / f".{folder.name}.{os.urandom(8).hex()}.tmp"
        try:
            staging.mkdir()
        except FileExistsError:  # pragma: no cover - 64 random bits: taken only by chance
            continue
        return staging
    raise FileExistsError(errno.EEXIST, "no free name for a temporary folder", str(folder))  # pragma: no cover


def _claim(staging: Path, folder: Path) -> None:
    """Put the finished draft in place with one rename: onto nothing or an empty folder, never over files.

    Of several imports into one folder, one wins; the others find it taken and fail cleanly.
    """
    from karabakh_status.errors import RevisionError

    try:
        os.rename(staging, folder)  # atomic; replaces an empty folder, refuses one with files
    except OSError as error:
        if error.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
            raise RevisionError(
                f"the draft folder {folder} is not empty: give a new or empty folder (another import wrote it)"
            ) from None
        raise


def _copy(base: Dataset, source_id: str, old_sha256: str, new_sha256: str, raw: bytes, folder: Path) -> None:
    """Copy the base version's data files into the draft, with the new text and its SHA-256."""
    from karabakh_status.errors import RevisionError

    for entry in base.manifest.files:
        data = (base.folder / entry.name).read_bytes()
        if entry.name == "sources.json":
            old = f'"sha256": "{old_sha256}"'.encode()
            if data.count(old) != 1:  # pragma: no cover - a shipped sources.json names each text's hash once
                raise RevisionError(f"cannot find the SHA-256 of {source_id} in {base.folder / entry.name}")
            data = data.replace(old, f'"sha256": "{new_sha256}"'.encode())
        _write_new(folder / entry.name, data)
    _write_new(folder / f"{source_id}.txt", raw)


def _empty_folder(folder: Path) -> Path:
    """``folder``, made if need be: refused when it is a link, not empty, or inside the package."""
    from karabakh_status._sources import seeds_folder
    from karabakh_status.errors import RevisionError

    if "\x00" in str(folder):
        raise RevisionError(f"the draft folder {str(folder)!r} holds a NUL byte: no folder has that name")
    if folder.is_symlink():
        raise RevisionError(f"the draft folder {folder} is a link: give a folder of its own")
    resolved = folder.resolve()
    for own in (Path(__file__).resolve().parent.parent, seeds_folder().resolve()):
        if resolved == own or own in resolved.parents:
            raise RevisionError(f"the draft folder {folder} is inside the package's own files: give a folder of yours")
    if folder.exists() and not folder.is_dir():
        raise RevisionError(f"the draft folder {folder} is a file")
    if folder.is_dir() and any(folder.iterdir()):
        raise RevisionError(f"the draft folder {folder} is not empty: give a new or empty folder")
    return folder


def _write_new(path: Path, data: bytes) -> None:
    """Write a new file; never through a link, never over a file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o644)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
