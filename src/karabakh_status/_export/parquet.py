"""Parquet: one file per dataset, typed as `to_arrow`, each field's description in its metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from karabakh_status._export.files import write

__all__ = ["write_parquet"]


def write_parquet(data: Any, folder: Path) -> tuple[Path, ...]:
    """Write every dataset as ``<name>.parquet`` (the extra ``arrow``); the paths written.

    The file's schema metadata names the dataset version (``karabakh_status.version``) and the
    data's license (``license``).
    """
    from karabakh_status._export.frames import _need, to_arrow

    pa = _need("pyarrow", "export(format='parquet')", "arrow")
    parquet = _need("pyarrow.parquet", "export(format='parquet')", "arrow")
    paths = []
    for name in data.datasets:
        table = to_arrow(data, name)
        table = table.replace_schema_metadata({
            "karabakh_status.version": data.version,
            "karabakh_status.dataset": name,
            "license": "CC-BY-SA-4.0",
        })  # fmt: skip
        sink = pa.BufferOutputStream()
        parquet.write_table(table, sink)
        path = folder / f"{name}.parquet"
        write(path, sink.getvalue().to_pybytes())
        paths.append(path)
    return tuple(paths)
