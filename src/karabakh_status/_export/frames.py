"""Datasets as data frames and Arrow tables, with one set of column types for pandas, polars and Arrow.

The columns are the flat ones (`columns`); their types:

| column | pandas | Arrow / polars |
| --- | --- | --- |
| a string, an EDTF date | ``object`` (str) | ``string`` / ``String`` |
| an enum | ``category`` (the enum's values, in order) | ``dictionary<int32, string>`` / ``Categorical`` |
| an integer (votes) | ``Int64`` (nullable) | ``int64`` / ``Int64`` |
| a number (a latitude) | ``float64`` | ``double`` / ``Float64`` |
| a boolean | ``boolean`` (nullable) | ``bool`` / ``Boolean`` |
| a date's earliest or latest day | ``datetime64`` | ``date32`` / ``Date`` |
| a list of ids, of names, of other records | lists | ``list<string>``, ``list<struct<...>>`` |
| the citations | lists of dicts | ``list<struct<source, section, quote, locator, claims, confidence>>`` |
"""

from __future__ import annotations

import datetime
from typing import Any

from karabakh_status._datasets import record_type
from karabakh_status._export.columns import Column, columns, flat

__all__ = ["arrow_schema", "to_arrow", "to_pandas", "to_polars"]


def _need(module: str, feature: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        from karabakh_status.errors import MissingExtraError

        raise MissingExtraError(feature, extra) from None


def _rows(data: Any, dataset: str) -> tuple[tuple[Column, ...], list[dict[str, Any]]]:
    return columns(record_type(dataset)), [flat(record, data) for record in data.records(dataset)]


def to_pandas(data: Any, dataset: str) -> Any:
    """A dataset as a pandas DataFrame (the extra ``pandas``)."""
    pandas = _need("pandas", "to_pandas", "pandas")
    numpy = _need("numpy", "to_pandas", "pandas")  # a dependency of pandas
    cols, rows = _rows(data, dataset)
    frame = pandas.DataFrame(rows, columns=[c.name for c in cols])
    for column in cols:
        if column.type == "date":
            # ISO days read exactly (no format guessed, no warning), in microseconds: year 1 fits, as in Arrow
            days = [row[column.name] or "NaT" for row in rows]
            frame[column.name] = pandas.Series(numpy.array(days, dtype="datetime64[us]"), index=frame.index)
        elif column.values:
            frame[column.name] = pandas.Categorical(frame[column.name], categories=list(column.values))
        elif column.type == "integer":  # from the Python ints: through float64, 2**63 - 1 would not fit
            frame[column.name] = pandas.array([row[column.name] for row in rows], dtype="Int64")
        elif column.type == "boolean":
            frame[column.name] = frame[column.name].astype("boolean")
    return frame


def _arrow_of(pa: Any, hint: Any) -> Any:
    """The Arrow type of a field's type: structs for records (a citation), lists for tuples."""
    import enum
    import typing

    import attrs

    from karabakh_status._export.columns import _optional

    hint = _optional(hint)
    if typing.get_origin(hint) is tuple:
        return pa.list_(_arrow_of(pa, typing.get_args(hint)[0]))
    if attrs.has(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([(f.name, _arrow_of(pa, hints[f.name])) for f in attrs.fields(hint)])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[hint]


def _arrow_type(pa: Any, cls: type[Any], column: Column) -> Any:
    if column.values:
        return pa.dictionary(pa.int32(), pa.string())
    if column.type == "array":
        import typing

        return _arrow_of(pa, typing.get_type_hints(cls)[column.field])
    kinds = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return {**kinds, "date": pa.date32()}[column.type]


def arrow_schema(dataset: str) -> Any:
    """The Arrow schema of a dataset: each field's description in its metadata (``b"description"``)."""
    pa = _need("pyarrow", "to_arrow", "arrow")
    cls = record_type(dataset)
    return pa.schema([
        pa.field(c.name, _arrow_type(pa, cls, c), metadata={"description": c.description}) for c in columns(cls)
    ])  # fmt: skip


def to_arrow(data: Any, dataset: str) -> Any:
    """A dataset as a `pyarrow.Table` (the extra ``arrow``), typed by `arrow_schema`."""
    pa = _need("pyarrow", "to_arrow", "arrow")
    cols, rows = _rows(data, dataset)
    schema = arrow_schema(dataset)
    arrays = []
    for column, field in zip(cols, schema, strict=True):
        values = [row[column.name] for row in rows]
        if column.values:
            position = {value: at for at, value in enumerate(column.values)}
            indices = pa.array([None if v is None else position[v] for v in values], type=pa.int32())
            arrays.append(pa.DictionaryArray.from_arrays(indices, pa.array(column.values, type=pa.string())))
        elif column.type == "date":
            days = [None if v is None else datetime.date.fromisoformat(v) for v in values]
            arrays.append(pa.array(days, type=field.type))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def to_polars(data: Any, dataset: str) -> Any:
    """A dataset as a polars DataFrame (the extra ``polars``): the Arrow table's columns and types."""
    polars = _need("polars", "to_polars", "polars")
    _need("pyarrow", "to_polars", "polars")
    return polars.from_arrow(to_arrow(data, dataset))
