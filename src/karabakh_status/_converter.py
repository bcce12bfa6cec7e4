"""The one converter: JSON becomes records strictly, and records become JSON.

`structure` goes through a cattrs converter built once: an unknown key, a missing field, a value
of the wrong JSON type (a number where a string belongs, say), an unknown enum value or a bad date
is an error, never coerced; every problem of a record is reported, with its field path. Used for
every folder a user gives, and for `unstructure` and `plain`. Shipped files whose bytes match their
hash-locked manifest are built by `_build`'s fast path instead, to the same objects.
"""

from __future__ import annotations

import enum
import functools
import typing
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from karabakh_status import _dates
from karabakh_status._dates import EventDate, Period, parse_edtf
from karabakh_status.errors import DateError

if TYPE_CHECKING:  # pragma: no cover
    import cattrs

    from karabakh_status._violation import FieldProblem

__all__ = ["plain", "structure", "unstructure"]

T = TypeVar("T")


class _EnumValueError(ValueError):
    pass


def _strict_primitive(kind: type[Any], name: str) -> Callable[[Any, Any], Any]:
    def check(value: Any, _: Any) -> Any:
        if type(value) is not kind:  # bool is not int, int is not str
            raise TypeError(f"expected {name}, got {_json_type(value)} {value!r:.60}")
        return value

    return check


def _strict_float(value: Any, _: Any) -> float:
    if type(value) not in (int, float):  # bool is not a number
        raise TypeError(f"expected a number, got {_json_type(value)} {value!r:.60}")
    return float(value)


def _json_type(value: Any) -> str:
    names = {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    if type(value) is not str:
        raise TypeError(f"expected a string, got {_json_type(value)} {value!r:.60}")
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise _EnumValueError(f"{value!r} is not a {cls.__name__}; expected one of {allowed}") from None


def _structure_date(parse: Callable[[str], Any]) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is not str:
            raise TypeError(f"expected an EDTF string, got {_json_type(value)} {value!r:.60}")
        return parse(value)

    return hook


def _structure_tuple(converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    import cattrs.errors

    def hook(value: Any, hint: Any) -> Any:
        if type(value) is not list:
            raise TypeError(f"expected an array, got {_json_type(value)} {value!r:.60}")
        item = typing.get_args(hint)[0]
        problems: list[Exception] = []
        out = []
        for index, element in enumerate(value):
            try:
                out.append(converter.structure(element, item))
            except Exception as error:
                note = cattrs.errors.IterableValidationNote(f"@ index {index}", index, item)
                error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined, unused-ignore]  # 3.11+ knows __notes__
                problems.append(error)
        if problems:
            raise cattrs.errors.IterableValidationError("invalid items", problems, hint)
        return tuple(out)

    return hook


def _structure_record(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """Records must be JSON objects; cattrs then checks keys, fields and types."""
    import cattrs.gen

    def factory(cls: Any) -> Callable[[Any, Any], Any]:
        renamed: dict[str, Any] = {
            field.name: cattrs.gen.override(rename=field.metadata["key"])
            for field in attrs.fields(cls)
            if "key" in field.metadata
        }  # the reading rule of a field whose JSON key differs from its name (`Office.host`)
        inner = cattrs.gen.make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True, **renamed)

        def hook(value: Any, hint: Any) -> Any:
            if type(value) is not dict:
                raise TypeError(f"expected an object, got {_json_type(value)} {value!r:.60}")
            return inner(value, hint)

        return hook

    return factory


def _is_tuple(hint: Any) -> bool:
    return typing.get_origin(hint) is tuple


@functools.lru_cache(maxsize=1)
def _converter() -> cattrs.Converter:
    import cattrs

    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict_primitive(str, "a string"))
    converter.register_structure_hook(int, _strict_primitive(int, "an integer"))
    converter.register_structure_hook(bool, _strict_primitive(bool, "a boolean"))
    converter.register_structure_hook(float, _strict_float)
    converter.register_structure_hook(EventDate, _structure_date(EventDate.parse))
    converter.register_structure_hook(Period, _structure_date(Period.parse))
    converter.register_structure_hook(_dates.When, _structure_date(parse_edtf))
    when = _structure_date(parse_edtf)
    converter.register_structure_hook(
        _dates.When | None, lambda value, hint: None if value is None else when(value, hint)
    )
    converter.register_structure_hook_func(lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum)
    # cattrs 23.2 (the oldest allowed) looks up its own hook for Enum subclasses before the predicate hooks above:
    # registered for the class itself too, every vocabulary is read by `_structure_enum` in each cattrs version
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook_func(_is_tuple, _structure_tuple(converter))
    converter.register_structure_hook_factory(attrs.has, _structure_record(converter))
    for date_type in (EventDate, Period, _dates.When):
        converter.register_unstructure_hook(date_type, str)
    converter.register_unstructure_hook(_dates.When | None, lambda value: None if value is None else str(value))
    converter.register_unstructure_hook_func(_is_tuple, lambda value: [converter.unstructure(v) for v in value])
    converter.register_unstructure_hook_factory(_has_added_fields, _unstructure_without_defaults(converter))
    return converter


def _has_added_fields(hint: Any) -> bool:
    return attrs.has(hint) and any(field.metadata.get("omit_default") for field in attrs.fields(hint))


def _unstructure_without_defaults(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any], Any]]:
    """Fields added after a version shipped are left out where they have their default, so that a
    record of an older version unstructures to exactly its file."""
    import cattrs.gen

    def factory(cls: Any) -> Callable[[Any], Any]:
        fields = attrs.fields(cls)
        omit = {f.name: cattrs.gen.override(omit_if_default=True) for f in fields if f.metadata.get("omit_default")}
        inner = cattrs.gen.make_dict_unstructure_fn(cls, converter, **omit)  # type: ignore[arg-type]  # field overrides
        order = [f.name for f in fields]

        def unstructure(value: Any) -> Any:
            data = inner(value)
            return {name: data[name] for name in order if name in data}  # in field order, as in the files

        return unstructure

    return factory


def structure(cls: type[T], data: Any) -> T | list[FieldProblem]:
    """Structure one record strictly: the record, or every problem found in it."""
    try:
        return _converter().structure(data, cls)
    except Exception as error:
        return list(_problems(error, ""))


def _problems(error: BaseException, path: str) -> Iterator[FieldProblem]:
    import cattrs.errors

    from karabakh_status._violation import FieldProblem  # the strict path's: not defined on a lookup

    if isinstance(error, cattrs.errors.ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield FieldProblem("schema", _join(path, key), f"unknown field {key!r}")
        return
    if isinstance(error, cattrs.errors.ClassValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            yield from _problems(inner, _join(path, note.name))
        for inner in without:
            yield from _problems(inner, path)
        return
    if isinstance(error, cattrs.errors.IterableValidationError):
        with_index, without_index = error.group_exceptions()
        for inner, index_note in with_index:
            yield from _problems(inner, f"{path}[{index_note.index}]")
        for inner in without_index:
            yield from _problems(inner, path)
        return
    if isinstance(error, cattrs.errors.BaseValidationError):  # pragma: no cover - other groups
        for inner in error.exceptions:
            yield from _problems(inner, path)
        return
    if isinstance(error, KeyError):
        yield FieldProblem("schema", path or None, "required field is missing")
    elif isinstance(error, DateError):
        yield FieldProblem("date-well-formed", path or None, str(error))
    elif isinstance(error, _EnumValueError):
        yield FieldProblem("enum-valid", path or None, str(error))
    elif isinstance(error, (TypeError, ValueError)):
        yield FieldProblem("schema", path or None, str(error))
    else:  # pragma: no cover - an unforeseen error still becomes a report, not a crash
        yield FieldProblem("schema", path or None, f"{type(error).__name__}: {error}")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _ordered(record: Any, data: Any, *, every_field: bool) -> Any:
    """Unstructured data in reading order (``id``, own fields, then ``citations``, ``note``,
    ``inferred``); with ``every_field``, a field left out at its default is put back."""
    if every_field and isinstance(data, dict) and attrs.has(type(record)):
        data = {f.name: data[f.name] if f.name in data else _converter().unstructure(getattr(record, f.name))
                for f in attrs.fields(type(record))}  # fmt: skip
    if isinstance(data, dict) and "citations" in data:
        tail = ("citations", "note", "inferred")
        return {**{k: v for k, v in data.items() if k not in tail}, **{k: data[k] for k in tail}}
    return data


def plain(record: Any) -> Any:
    """A record (or tuple of records) as JSON-ready data with the API's field names and every field:
    dates as EDTF strings, enums as values (what the exports and the command line show).

    Keys come in reading order: ``id``, the record's own fields, then
    ``citations``, ``note`` and ``inferred``.
    """
    return _ordered(record, _plain(record), every_field=True)


def _plain(value: Any) -> Any:
    """`plain` without cattrs (a command that shows a record need not import it): the same data as
    the converter's unstructuring of every field (a test compares them on every shipped record)."""
    kind = type(value)
    if kind is str or value is None or kind is bool or kind is int or kind is float:
        return value
    if kind is tuple or kind is list:
        return [_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (EventDate, Period)):  # `_dates.When` too
        return str(value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    if attrs.has(kind):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(kind)}
    return _converter().unstructure(value)  # pragma: no cover - no other type in a record


def unstructure(record: Any, *, every_field: bool = False) -> Any:
    """A record (or tuple of records) as its dataset's JSON file holds it: dates as EDTF strings,
    enums as values, each field under its JSON key where a reading rule renames it (an office's
    ``host`` is ``country`` in the files of dataset 1.x).

    Keys come in reading order: ``id``, the record's own fields, then
    ``citations``, ``note`` and ``inferred``. A field added after 1.0.0 is left
    out where it has its default (as in the files), unless ``every_field`` (for
    tables, whose rows need the same columns).

    Examples:
        >>> import karabakh_status
        >>> office = karabakh_status.load("1.0.0").get("office-washington")
        >>> plain(office)["host"], unstructure(office)["country"]
        ('us', 'us')
    """
    data = _ordered(record, _converter().unstructure(record), every_field=every_field)
    if isinstance(data, dict) and attrs.has(type(record)):
        keys = {f.name: f.metadata["key"] for f in attrs.fields(type(record)) if "key" in f.metadata}
        if keys:
            return {keys.get(name, name): value for name, value in data.items()}
    return data
