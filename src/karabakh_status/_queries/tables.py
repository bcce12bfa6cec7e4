"""Whole datasets as tables: plain JSON-ready data, pandas, polars and Arrow frames, files written by `export`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

__all__ = ["TableQueries"]


class TableQueries:
    """Datasets as plain data, frames and files (a mixin of `Dataset`, which provides what it declares)."""

    __slots__ = ()  # `Dataset` is immutable: no instance dictionary

    if TYPE_CHECKING:  # pragma: no cover - provided by Dataset

        @property
        def datasets(self) -> tuple[str, ...]: ...
        def records(self, dataset: str) -> tuple[Any, ...]: ...

    def as_dicts(self, dataset: str) -> list[dict[str, Any]]:
        """Every record of a dataset as plain JSON-ready data, as in its JSON file (its keys too:
        an office's `host` is ``country`` in the files of dataset 1.x; the exports use ``host``).
        One record so: ``record.to_dict()`` (`Record.to_dict`).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").as_dicts("ministers")[0]["term"]
            '1993/1997'
        """
        from karabakh_status._converter import unstructure

        _check("as_dicts", dataset)
        return [unstructure(record) for record in self.records(dataset)]

    def to_pandas(self, dataset: str) -> Any:
        """A dataset as a pandas DataFrame of its flat columns (the CSV export's): dates as their EDTF
        string and their bounds as datetimes, enums as categoricals, votes as nullable integers.

        Needs the optional extra ``pandas`` (``pip install 'karabakh-status[pandas]'``);
        raises `MissingExtraError` without it.

        Examples:
            >>> import karabakh_status
            >>> frame = karabakh_status.load("1.0.0").to_pandas("recognitions")
            >>> int((frame["date_earliest"].dt.year == 2020).sum()) > 50
            True
            >>> str(frame["outcome"].dtype), str(frame["vote_in_favour"].dtype)
            ('category', 'Int64')
        """
        from karabakh_status._export.frames import to_pandas

        _check("to_pandas", dataset)
        return to_pandas(self, dataset)

    def to_polars(self, dataset: str) -> Any:
        """A dataset as a polars DataFrame, with the columns of `to_pandas`: EDTF strings, their bounds
        as dates, enums as categoricals, votes as nullable integers.

        Needs the optional extra ``polars``; raises `MissingExtraError` without it.

        Examples:
            >>> import karabakh_status
            >>> frame = karabakh_status.load("1.0.0").to_polars("ministers")  # doctest: +SKIP
            >>> frame["person_name"][0]  # doctest: +SKIP
            'Arkadi Ghukasyan'
        """
        from karabakh_status._export.frames import to_polars

        _check("to_polars", dataset)
        return to_polars(self, dataset)

    def to_arrow(self, dataset: str) -> Any:
        """A dataset as a `pyarrow.Table`, with the columns of `to_pandas` and each field's description
        in its metadata.

        Needs the optional extra ``arrow``; raises `MissingExtraError` without it.

        Examples:
            >>> import karabakh_status
            >>> table = karabakh_status.load("1.0.0").to_arrow("ministers")  # doctest: +SKIP
            >>> table.num_rows  # doctest: +SKIP
            10
        """
        from karabakh_status._export.frames import to_arrow

        _check("to_arrow", dataset)
        return to_arrow(self, dataset)

    def export(
        self, folder: str | os.PathLike[str], *, format: str = "datapackage", spreadsheet_safe: bool = False
    ) -> tuple[Path, ...]:
        """Write every dataset into ``folder``: ``"datapackage"`` (CSV files and a Frictionless
        ``datapackage.json``), ``"csv"``, ``"jsonl"``, ``"parquet"`` (the extra ``arrow``) or
        ``"sqlite"`` (one database with full-text search). Returns the paths written.

        ``spreadsheet_safe=True`` (CSV formats only) prefixes with ``'`` every text cell that a
        spreadsheet would read as a formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a carriage
        return); number columns are left as they are. Use it to open the files in Excel, LibreOffice
        or Google Sheets, above all a folder of someone else's; by default the data is written as it is.

        Examples:
            >>> import karabakh_status, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     paths = karabakh_status.load("1.0.0").export(folder)
            ...     sorted(p.name for p in paths)[:3]
            ['datapackage.json', 'entities.csv', 'events.csv']
        """
        from karabakh_status._export import export
        from karabakh_status._export.files import target

        if not isinstance(folder, (str, os.PathLike)):
            raise TypeError(f"export() argument 'folder' must be str or os.PathLike, not {type(folder).__name__}")
        if not isinstance(format, str):
            raise TypeError(f"export() argument 'format' must be str, not {type(format).__name__}")
        if not isinstance(spreadsheet_safe, bool):
            raise TypeError(f"export() argument 'spreadsheet_safe' must be bool, not {type(spreadsheet_safe).__name__}")
        return export(self, target(folder), format, spreadsheet_safe=spreadsheet_safe)


def _check(function: str, dataset: Any) -> None:
    """A `TypeError` for a dataset name that is not a string."""
    from karabakh_status._queries.filters import expect

    expect(function, "dataset", dataset, str, optional=False)
