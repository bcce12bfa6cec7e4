"""The history of a record: the version that added it, each that changed it (by field), the one that withdrew it."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import attrs

from karabakh_status._diff import Change
from karabakh_status._fields import Vocabulary

__all__ = ["History", "Revision", "RevisionKind", "history"]


class RevisionKind(str, Vocabulary):
    """What a version did to a record.

    Examples:
        >>> RevisionKind("changed")
        <RevisionKind.CHANGED: 'changed'>
    """

    ADDED = "added"
    """The version added the record (or it came back)."""
    CHANGED = "changed"
    """The version changed some of its fields."""
    WITHDRAWN = "withdrawn"
    """The version withdrew the id, with a tombstone that says why and what replaces it."""
    REMOVED = "removed"
    """The id vanished without a tombstone (only a draft can do that: rule ``ids-kept-or-withdrawn``)."""


@attrs.frozen(kw_only=True)
class Revision:
    """One step in the life of a record: a version that added, changed or withdrew it.

    Attributes:
        version: the dataset version (or a folder's version).
        kind: what the version did.
        dataset: the dataset the record is in (for a withdrawal, the one it was in).
        changes: for ``changed``, each field that differs from the version before, old and new values.
        reason: for ``withdrawn``, the tombstone's reason.
        replaced_by: for ``withdrawn``, the ids that replace it.

    Examples:
        >>> import karabakh_status
        >>> first = karabakh_status.history("mfa-2012-karen-mirzoyan")[0]
        >>> first.version, first.kind.value, first.dataset
        ('1.0.0', 'added', 'ministers')
    """

    version: str
    kind: RevisionKind
    dataset: str
    changes: tuple[Change, ...] = ()
    reason: str | None = None
    replaced_by: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.kind is RevisionKind.CHANGED:
            detail = "; ".join(f"{c.field}: {c.old!r} -> {c.new!r}" for c in self.changes)
            return f"{self.version}: changed {detail}"
        if self.kind is RevisionKind.WITHDRAWN:
            where = f"replaced by {', '.join(self.replaced_by)}" if self.replaced_by else "nothing replaces it"
            return f"{self.version}: withdrawn: {self.reason}; {where}"
        return f"{self.version}: {self.kind.value} ({self.dataset})"

    def _repr_html_(self) -> str:
        """The step as a one-row table in a notebook (`karabakh_status._html`)."""
        from karabakh_status._html import history

        return history((self,))


class History(tuple[Revision, ...]):
    """The life of a record, as `history` gives it: a tuple of `Revision`, oldest first, that a notebook
    shows as a table (version, what it did, the fields it changed).

    Examples:
        >>> import karabakh_status
        >>> steps = karabakh_status.history("rec-it-milan-2020", versions=["1.0.0"])
        >>> isinstance(steps, tuple), len(steps), "<td" in steps._repr_html_()
        (True, 1, True)
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The history as a table in a notebook (`karabakh_status._html`)."""
        from karabakh_status._html import history

        return history(self)


def history(
    id: str,
    *,
    versions: Iterable[str] | None = None,
    folders: Iterable[str | os.PathLike[str]] = (),
) -> History:
    """The life of a record across every shipped version, oldest first: added, changed, withdrawn (a `History`).

    ``versions``: the shipped versions to read (default: every one, drafts included);
    ``folders``: folders of your own read as further versions, ordered by their manifest's version.
    Works for an id that only an old version holds. Raises `NotFoundError` if no version ever had it.

    Examples:
        >>> import karabakh_status
        >>> [str(step) for step in karabakh_status.history("rec-it-milan-2020", versions=["1.0.0"])]
        ['1.0.0: added (recognitions)']
    """
    from karabakh_status._loading import load
    from karabakh_status._queries.filters import expect
    from karabakh_status._tombstones import version_key
    from karabakh_status._versions import versions as shipped
    from karabakh_status.errors import NotFoundError

    expect("history", "id", id, str, optional=False)
    for name, value in (("versions", versions), ("folders", folders)):
        if isinstance(value, (str, bytes, os.PathLike)):
            raise TypeError(
                f"history() argument {name!r} must be a list, not a single {type(value).__name__}: write [{value!r}]"
            )
    folders = tuple(folders)
    for folder in folders:  # load(path=None) would read the default version, not a folder
        if not isinstance(folder, (str, os.PathLike)):
            raise TypeError(
                f"history() argument 'folders' must hold str or os.PathLike paths, not {type(folder).__name__}"
            )
    opened = [load(v) for v in (shipped() if versions is None else versions)]
    opened += [load(path=folder) for folder in folders]
    opened.sort(key=lambda data: version_key(data.version))
    steps: list[Revision] = []
    before: tuple[str, dict[str, Any]] | None = None  # the dataset and JSON of the record in the last version
    for data in opened:
        record = _find(data, id)
        if record is None:
            tombstone = next((t for t in data.withdrawn() if t.id == id), None)
            if before is not None:
                if tombstone is not None:
                    steps.append(Revision(version=data.version, kind=RevisionKind.WITHDRAWN, dataset=before[0],
                                          reason=tombstone.reason, replaced_by=tombstone.replaced_by))  # fmt: skip
                else:
                    steps.append(Revision(version=data.version, kind=RevisionKind.REMOVED, dataset=before[0]))
            elif tombstone is not None and not steps:  # only the tombstone is left of it in the versions read
                steps.append(Revision(version=data.version, kind=RevisionKind.WITHDRAWN, dataset=tombstone.dataset,
                                      reason=tombstone.reason, replaced_by=tombstone.replaced_by))  # fmt: skip
            before = None
            continue
        dataset, fields = record
        if before is None:
            steps.append(Revision(version=data.version, kind=RevisionKind.ADDED, dataset=dataset))
        else:
            old = before[1]
            changes = tuple(
                Change(dataset=dataset, id=id, field=field, old=old.get(field), new=fields.get(field))
                for field in sorted(old.keys() | fields.keys())
                if old.get(field) != fields.get(field)
            )
            if changes or dataset != before[0]:
                steps.append(Revision(version=data.version, kind=RevisionKind.CHANGED, dataset=dataset,
                                      changes=changes))  # fmt: skip
        before = (dataset, fields)
    if not steps:
        names = ", ".join(data.version for data in opened)
        raise NotFoundError("record", id, f" in any dataset version read ({names or 'none'})")
    return History(steps)


def _find(data: Any, id: str) -> tuple[str, dict[str, Any]] | None:
    """The dataset and JSON of the record with this id in a version, or None."""
    from karabakh_status._converter import unstructure

    where = data._where(id)
    if where is None:
        return None
    record = data.get(id)
    return where[0], unstructure(record)
