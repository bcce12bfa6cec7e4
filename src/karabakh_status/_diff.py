"""What changed between two dataset versions (or a version and a folder): records added, removed, changed."""

from __future__ import annotations

import os
from typing import Any

import attrs

from karabakh_status._tombstones import Tombstone

__all__ = ["Change", "Diff", "diff"]


@attrs.frozen(kw_only=True)
class Change:
    """One field of one record that differs between two versions.

    Attributes:
        dataset: the dataset the record is in.
        id: the record's id.
        field: the field that differs.
        old: its value in the first version (as in JSON).
        new: its value in the second version (as in JSON).

    Examples:
        >>> Change(dataset="recognitions", id="rec-x", field="date", old="2020", new="2020-10").field
        'date'
    """

    dataset: str
    id: str
    field: str
    old: Any
    new: Any


@attrs.frozen(kw_only=True)
class Diff:
    """The differences between two dataset versions, by record id and field.

    Attributes:
        old: the first version (or folder).
        new: the second version (or folder).
        added: ``(dataset, id)`` of the records only the second has.
        removed: ``(dataset, id)`` of the records only the first has, that the second does not withdraw.
        changed: every field that differs in a record both have.
        withdrawn: the tombstones of the second for records the first has: withdrawals, with their
            reasons and replacements, not plain removals.

    Examples:
        >>> import karabakh_status
        >>> bool(karabakh_status.diff("1.0.0", "1.0.0"))
        False
    """

    old: str
    new: str
    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    changed: tuple[Change, ...]
    withdrawn: tuple[Tombstone, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.withdrawn)

    def _repr_html_(self) -> str:
        """The differences as a table in a notebook (`karabakh_status._html`)."""
        from karabakh_status._html import diff

        return diff(self)

    def as_dict(self) -> dict[str, Any]:
        """The differences as JSON-ready data."""
        return {
            "old": self.old,
            "new": self.new,
            "added": [{"dataset": d, "id": i} for d, i in self.added],
            "removed": [{"dataset": d, "id": i} for d, i in self.removed],
            "changed": [attrs.asdict(change) for change in self.changed],
            "withdrawn": [tombstone.as_json() for tombstone in self.withdrawn],
        }


def _is_folder(what: Any) -> bool:
    """Whether ``what`` names a folder: a path object, or a string that is not a version spec.

    A version spec (``1``, ``1.0``, ``1.0.0``) always names a shipped version, never a folder of
    that name in the working directory: give such a folder as a path (``./1.0.0``).
    """
    import re

    return isinstance(what, os.PathLike) or (isinstance(what, str) and not re.fullmatch(r"[0-9.]+", what))


def _open(what: Any) -> Any:
    """A `Dataset` as given, a folder of one's own, or a shipped version."""
    from karabakh_status._dataset import Dataset
    from karabakh_status._loading import load

    if isinstance(what, Dataset):
        return what
    if not isinstance(what, (str, os.PathLike)):
        raise TypeError(f"old and new must each be a Dataset, a version str or a path, not {type(what).__name__}")
    return load(what) if isinstance(what, str) and not _is_folder(what) else load(path=what)


def diff(old: Any, new: Any) -> Diff:
    """The records added, removed, changed and withdrawn from ``old`` to ``new``.

    Each is a `Dataset`, a shipped version (``"1.0.0"``, ``"1"``) or a folder of your own, given
    as a path: a string that is not a version (``"./1.0.0"``, ``"my-data"``) or an `os.PathLike`.
    A record of ``old`` that ``new`` withdraws with a tombstone is a withdrawal (with its
    replacements), not a removal.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.diff("1.0.0", "1.0").changed       # "1.0" is 1.0.0 itself
        ()
        >>> changes = karabakh_status.diff("1.0.0", "1.1.0")
        >>> len(changes.added), changes.withdrawn
        (11, ())
        >>> [c.new for c in changes.changed if c.id == "rec-us-fresno-county-2013" and c.field == "level"]
        ['county']
    """
    from karabakh_status._converter import unstructure
    from karabakh_status._datasets import DATASETS

    a, b = _open(old), _open(new)
    added: list[tuple[str, str]] = []
    removed: list[tuple[str, str]] = []
    changed: list[Change] = []
    for name in DATASETS:
        before = {r.id: unstructure(r) for r in a.records(name)}
        after = {r.id: unstructure(r) for r in b.records(name)}
        removed += [(name, i) for i in before if i not in after]
        added += [(name, i) for i in after if i not in before]
        for record_id in before.keys() & after.keys():
            x, y = before[record_id], after[record_id]
            for field in sorted(x.keys() | y.keys()):
                if x.get(field) != y.get(field):
                    changed.append(Change(dataset=name, id=record_id, field=field, old=x.get(field), new=y.get(field)))
    changed.sort(key=lambda c: (list(DATASETS).index(c.dataset), c.id, c.field))
    tombstones = {tombstone.id: tombstone for tombstone in b.withdrawn()}
    withdrawn = tuple(tombstones[i] for _, i in removed if i in tombstones)
    removed = [(d, i) for d, i in removed if i not in tombstones]
    return Diff(old=_label(old, a), new=_label(new, b), added=tuple(added), removed=tuple(removed),
                changed=tuple(changed), withdrawn=withdrawn)  # fmt: skip


def _label(given: Any, data: Any) -> str:
    return str(given) if _is_folder(given) else str(data.version)
