"""Whole datasets as tables: plain JSON-ready data, a pandas DataFrame, files written by `export`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from karabakh_status._datasets import record_type
from karabakh_status.errors import NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

__all__ = ["TableQueries"]


class TableQueries:
    """Datasets as plain data, frames and files (a mixin of `Dataset`, which provides what it declares)."""

    if TYPE_CHECKING:  # pragma: no cover - provided by Dataset

        @property
        def datasets(self) -> tuple[str, ...]: ...
        def records(self, dataset: str) -> tuple[Any, ...]: ...

    def as_dicts(self, dataset: str) -> list[dict[str, Any]]:
        """Every record of a dataset as plain JSON-ready data (as in its JSON file).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").as_dicts("ministers")[0]["term"]
            '1993/1997'
        """
        from karabakh_status._converter import unstructure

        return [unstructure(record) for record in self.records(dataset)]

    def to_pandas(self, dataset: str) -> Any:
        """A dataset as a pandas DataFrame of its flat columns (the CSV export's), dates' bounds as datetimes.

        Needs the optional extra ``pandas`` (``pip install 'karabakh-status[pandas]'``);
        raises `MissingExtraError` without it.

        Examples:
            >>> import karabakh_status
            >>> frame = karabakh_status.load("1.0.0").to_pandas("recognitions")
            >>> int((frame["date_earliest"].dt.year == 2020).sum()) > 50
            True
        """
        try:
            import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
        except ImportError:
            from karabakh_status.errors import MissingExtraError

            raise MissingExtraError("to_pandas", "pandas") from None
        from karabakh_status._export import columns, flat

        names = [c.name for c in columns(record_type(dataset))]
        frame = pandas.DataFrame([flat(r) for r in self.records(dataset)], columns=names)
        for column in columns(record_type(dataset)):
            if column.type == "date":
                frame[column.name] = pandas.to_datetime(frame[column.name])
        return frame

    def export(self, folder: str | os.PathLike[str], *, format: str = "datapackage") -> tuple[Path, ...]:
        """Write every dataset into ``folder``: ``"datapackage"`` (CSV files and a Frictionless
        ``datapackage.json``), ``"csv"`` or ``"jsonl"``. Returns the paths written.

        Examples:
            >>> import karabakh_status, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     paths = karabakh_status.load("1.0.0").export(folder)
            ...     sorted(p.name for p in paths)[:3]
            ['datapackage.json', 'entities.csv', 'events.csv']
        """
        from pathlib import Path

        from karabakh_status._export import write_csv, write_datapackage, write_jsonl

        target = Path(folder)
        if format == "datapackage":
            package = write_datapackage(self, target)
            return (package, *(target / f"{name}.csv" for name in self.datasets))
        if format not in ("csv", "jsonl"):
            raise NotFoundError(
                "export format", format, message=f"unknown export format {format!r}; expected datapackage, csv or jsonl"
            )
        target.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in self.datasets:
            path = target / f"{name}.{format}"
            if format == "csv":
                write_csv(self.records(name), record_type(name), path)
            else:
                write_jsonl(self.records(name), path)
            paths.append(path)
        return tuple(paths)
