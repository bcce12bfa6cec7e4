"""The provenance of the bundled source texts: what is known of where each copy came from, and when.

Kept beside the texts (``seeds/provenance.json``, shipped with them), not in a dataset version:
it describes the texts, which every version shares, and adding what is learnt later changes no
released byte. A date or revision that was not recorded is null, with a note, never guessed.
"""

from __future__ import annotations

import _thread
from typing import Final

import attrs

__all__ = ["Provenance", "provenance"]

_FILE: Final = "provenance.json"
_KEYS: Final = frozenset({"id", "title", "url", "license", "sha256", "captured", "note"})


@attrs.frozen(kw_only=True)
class Provenance:
    """What is known of where a bundled source text came from.

    Attributes:
        id: the source id (``"foreign-relations-of-artsakh"``).
        title: the article's title.
        url: where the article is.
        license: its license.
        sha256: the SHA-256 of the text shipped.
        captured: the day the text was copied (``"YYYY-MM-DD"``), or None when it was not recorded.
        note: what else is known, and what is not (a revision id never recorded is never invented).

    Examples:
        >>> import karabakh_status
        >>> first = karabakh_status.provenance()[0]
        >>> first.id, first.license, first.captured
        ('political-status-of-nagorno-karabakh', 'CC BY-SA 4.0', None)
    """

    id: str
    title: str
    url: str
    license: str
    sha256: str
    captured: str | None
    note: str


_cached: list[tuple[Provenance, ...]] = []
_read_lock = _thread.allocate_lock()  # read once, even under threads


def provenance() -> tuple[Provenance, ...]:
    """The provenance of each bundled source text, in the order of the sources.

    Examples:
        >>> import karabakh_status
        >>> [p.id for p in karabakh_status.provenance()]
        ['political-status-of-nagorno-karabakh', 'foreign-relations-of-artsakh']
    """
    if not _cached:
        with _read_lock:
            if not _cached:
                _cached.append(_read())
    return _cached[0]


def _read() -> tuple[Provenance, ...]:
    from karabakh_status import _files
    from karabakh_status._integrity import broken
    from karabakh_status._sources import seeds_folder
    from karabakh_status.errors import DataFileError

    path = seeds_folder() / _FILE
    try:
        items = _files.loads(_files.read_regular(str(path)))
        if not (isinstance(items, list) and all(isinstance(i, dict) and i.keys() == _KEYS for i in items)):
            raise ValueError(f"expected an array of objects with exactly {', '.join(sorted(_KEYS))}")
        return tuple(Provenance(**item) for item in items)
    except (OSError, ValueError, TypeError) as error:
        raise broken(DataFileError, f"cannot read {path}", "json-well-formed", _FILE, str(error)) from None
