"""The one place where JSON becomes records, and records become JSON.

Two paths, one set of types:

* `structure` -- strict, through a cattrs converter built once: an unknown
  key, a missing field, a value of the wrong JSON type (a number where a
  string belongs, say), an unknown enum value or a bad date is an error,
  never coerced; every problem of a record is reported, with its field path.
  Used for every folder a user gives, and for `unstructure`.
* `build` -- for shipped files whose bytes match their hash-locked manifest
  (validated before release): builds the same objects from the same type
  annotations without importing cattrs, which alone costs more than a cold
  lookup may. A test checks that both paths give equal records. Its builders
  are generated here and ship compiled in `_builders` (`builders_module`).
"""

from __future__ import annotations

import enum
import functools
import operator
import sys
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

__all__ = ["build", "builder", "builders_module", "plain", "structure", "unstructure"]

T = TypeVar("T")
_Convert = Callable[[Any], Any]


# -- the fast path ------------------------------------------------------------------------------


def builder(cls: type[T]) -> Callable[[Any], T]:
    """The function that builds records of ``cls`` from trusted JSON data (made once per class)."""
    make: Callable[[Any], T] = _builder(cls)  # type: ignore[arg-type]  # classes are hashable
    return make


def build(cls: type[T], data: Any) -> T:
    """Build a record of ``cls`` from trusted JSON data (hash-verified shipped files)."""
    return builder(cls)(data)


@functools.cache
def _builder(cls: Any) -> _Convert:
    """A function that builds ``cls`` from its JSON object, generated once from the class's fields.

    The code comes from the class definition (as attrs writes ``__init__``), never from data: one
    expression per field, so that building a record costs one Python call, plus one per nested record.
    Its compiled form ships in `_builders` (bytecode cached like any module); a class whose code is not
    there (changed since `_builders` was written: a test keeps it current) has it compiled now.
    """
    source, namespace = _factory(cls)
    from karabakh_status._builders import FACTORIES

    factory: Any = FACTORIES.get(source)  # the generated module is not type-checked
    if factory is None:
        code: dict[str, Any] = {}
        exec(compile(source, f"<karabakh_status builder for {cls.__name__}>", "exec"), code)
        factory = code[_factory_name(cls)]
    make: _Convert = factory(**namespace)
    return make


def _factory_name(cls: Any) -> str:
    return f"{cls.__module__.rpartition('.')[2]}_{cls.__qualname__}"


def _factory(cls: Any) -> tuple[str, dict[str, Any]]:
    """The source of a function that makes the builder of ``cls``, and the values it takes (by name)."""
    namespace: dict[str, Any] = {"cls": cls}
    arguments = []
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover
            raise TypeError(f"{cls.__name__}.{field.name}: the fast path needs constant defaults")
        key = field.metadata.get("key", field.name)  # the JSON key (`Office.host` reads "country")
        value = f"data[{key!r}]"
        if field.default is not attrs.NOTHING:
            namespace[f"default_{field.name}"] = field.default
            value = f"data.get({key!r}, default_{field.name})"
        arguments.append(f"{field.name}={_expression(hints[field.name], value, namespace, field.name)}")
    source = (
        f"def {_factory_name(cls)}({', '.join(namespace)}):\n"
        f"    def make(data):\n"
        f"        return cls({', '.join(arguments)})\n\n"
        f"    return make\n"
    )
    return source, namespace


def builders_module() -> str:
    """The text of `_builders`: the compiled builder of every record type, nested ones included.

    Write it with ``python -m karabakh_status._converter`` after changing a record type
    (`tests/test_converter.py` fails until then; meanwhile the builders are compiled at run time).
    """
    from karabakh_status._datasets import DATASETS, record_type

    classes: list[Any] = []
    pending = [record_type(name) for name in DATASETS]
    while pending:
        cls = pending.pop(0)
        if cls in classes:
            continue
        classes.append(cls)
        for hint in _hints(cls).values():
            while isinstance(hint, tuple):
                hint = hint[1]
            if isinstance(hint, type) and attrs.has(hint):
                pending.append(hint)
    sources = [_factory(cls)[0] for cls in classes]
    header = (
        '"""The fast path\'s builders, compiled once: written by `_converter.builders_module`, never by hand.\n\n'
        "`_converter._builder` uses the function whose source is the one it generates for a class, else\n"
        "compiles that source itself. Regenerate with ``python -m karabakh_status._converter``.\n"
        '"""\n\n'
        "# mypy: ignore-errors\n# fmt: off\n\n"
    )
    table = "".join(f"    {source!r}: {_factory_name(cls)},\n" for cls, source in zip(classes, sources, strict=True))
    return header + "\n\n".join(sources) + "\n\nFACTORIES = {\n" + table + "}\n"


_parse_event_date = functools.lru_cache(maxsize=4096)(EventDate.parse)
_parse_period = functools.lru_cache(maxsize=4096)(Period.parse)
_parse_when = functools.lru_cache(maxsize=4096)(parse_edtf)

_Hint = Any
"""A field's type as the fast path reads it: a class, ``_dates.When``, ``("tuple", item)`` or ``("optional", type)``."""


def _hints(cls: Any) -> dict[str, _Hint]:
    """The type of each field, read from its annotation without `typing` (whose evaluation costs more than a lookup).

    The records' modules use postponed annotations, written in the few forms `_read_hint` knows
    (types already resolved are read as they are); any other goes through `typing.get_type_hints`.
    """
    names: dict[str, Any] = {"None": None, "Any": Any}
    for base in reversed(cls.__mro__):  # the names of every module that defines a field (builtins: object's)
        names.update(vars(sys.modules[base.__module__]))
    # A type that is no string was resolved already (the strict path's cattrs resolves them in place).
    hints = {
        f.name: _read_hint(f.type, names) if isinstance(f.type, str) else _from_typing(f.type)
        for f in attrs.fields(cls)
    }
    if None in hints.values():  # pragma: no cover - only for annotations the records do not use
        return {name: _from_typing(hint) for name, hint in typing.get_type_hints(cls).items()}
    return hints


def _read_hint(text: str, names: dict[str, Any]) -> _Hint | None:
    """``X``, ``X | None``, ``tuple[X, ...]`` (X a name): its type, or None for any other form."""
    if text.endswith(" | None"):
        inner = _read_hint(text[: -len(" | None")], names)
        return None if inner is None else ("optional", inner)
    if text.startswith("tuple[") and text.endswith(", ...]"):
        inner = _read_hint(text[len("tuple[") : -len(", ...]")], names)
        return None if inner is None else ("tuple", inner)
    return names.get(text) if text.isidentifier() else None


def _from_typing(hint: Any) -> _Hint:
    """A resolved type (``str | None``, ``tuple[Citation, ...]``...) in the fast path's terms."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return ("tuple", _from_typing(args[0]))
    if args and type(None) in args and hint != _dates.When:
        rest = [arg for arg in args if arg is not type(None)]
        inner = rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)
        return ("optional", _from_typing(inner))
    return hint


def _expression(hint: _Hint, value: str, namespace: dict[str, Any], label: str) -> str:
    """Python source that turns the JSON ``value`` of a field of type ``hint`` into its Python value.

    Dates are immutable, so one parsed object serves every record with the same string.
    """
    if hint in (str, int, bool, Any):
        return value
    if hint is float:  # JSON writes 40.0 as 40.0, but a user's file may write 40: both are floats here
        return f"float({value})"
    if isinstance(hint, tuple):
        kind, inner_hint = hint
        if kind == "tuple":
            item = f"item_{label}"
            inner = _expression(inner_hint, item, namespace, f"{label}_item")
            return f"tuple({value})" if inner == item else f"tuple([{inner} for {item} in {value}])"
        variable = f"value_{label}"
        inner = _expression(inner_hint, variable, namespace, label)
        return value if inner == variable else f"(None if ({variable} := {value}) is None else {inner})"
    parsers = {EventDate: _parse_event_date, Period: _parse_period}
    if hint in parsers or hint == _dates.When:
        name = f"parse_{label}"
        namespace[name] = parsers.get(hint, _parse_when)
        return f"{name}({value})"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        namespace[f"enum_{label}"] = {member.value: member for member in hint}
        return f"enum_{label}[{value}]"
    if attrs.has(hint):
        namespace[f"build_{label}"] = _builder(hint)
        return f"build_{label}({value})"
    raise TypeError(f"no conversion for {hint!r}")  # pragma: no cover - a programming error


# -- the strict path ----------------------------------------------------------------------------


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
                error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]
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
    return _ordered(record, _converter().unstructure(record), every_field=True)


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


if __name__ == "__main__":  # pragma: no cover - python -m karabakh_status._converter: rewrite `_builders`
    import os

    text = builders_module()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_builders.py"), "w") as file:
        file.write(text)
