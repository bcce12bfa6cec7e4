"""The fast path: records built from trusted JSON (shipped files whose bytes match their hash-locked manifest).

`build` makes the same objects as the strict path (`_converter.structure`) from the same type
annotations, without importing cattrs, which alone costs more than a cold lookup may; a test
checks that both paths give equal records, and the shipped versions were validated before release.
Its builders are generated here and ship compiled in `_builders` (`builders_module`); rewrite them
with ``python -m karabakh_status._build`` after changing a record type.
"""

from __future__ import annotations

import enum
import functools
import operator
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from karabakh_status import _dates
from karabakh_status._dates import EventDate, Period, parse_edtf

__all__ = ["build", "builder", "builders_module"]

T = TypeVar("T")
_Convert = Callable[[Any], Any]


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
    Its compiled form ships in `_builders` (bytecode cached like any module) with the recipe of the values
    it takes, used as they are while the class's fields are the ones it was written for (`_fingerprint`):
    no annotation is read then. A class changed since (a test keeps `_builders` current) has its code
    generated and compiled now.
    """
    from karabakh_status._builders import RECIPES

    shipped: Any = RECIPES.get(f"{cls.__module__}.{cls.__qualname__}")  # the generated module is not type-checked
    if shipped is not None and shipped[1] == _fingerprint(cls):
        factory, _, recipe = shipped
    else:
        source, recipe = _factory(cls)
        code: dict[str, Any] = {}
        exec(compile(source, f"<karabakh_status builder for {cls.__name__}>", "exec"), code)
        factory = code[_factory_name(cls)]
    make: _Convert = factory(**_resolve(cls, recipe))
    return make


_Recipe = dict[str, tuple[str, str]]
"""What a factory takes, by parameter: ``("cls", "")``, ``("new", "")`` (``object.__new__``), ``("settable", "")``
(the class's `_settable` twin), ``("default", field)``, ``("parse", parser)``,
``("enum", "module.Enum")`` (its value -> member map) or ``("build", "module.Class")`` (its builder)."""


def _fingerprint(cls: Any) -> tuple[Any, ...]:
    """What a builder's code depends on: whether its records are made directly (`_direct`), then each field's name,
    annotation text, JSON key, whether it has a default."""
    annotations: dict[str, Any] = {}
    for base in reversed(cls.__mro__):  # text: the records' modules postpone them
        # What `inspect.get_annotations` reads from a class, without its checks (a third of a builder's making).
        annotations.update(vars(base).get("__annotations__", {}))
    fields = (
        (f.name, annotations.get(f.name), f.metadata.get("key", f.name), f.default is not attrs.NOTHING)
        for f in attrs.fields(cls)
    )
    return (_direct(cls), *fields)


def _direct(cls: Any) -> bool:
    """Whether a record of ``cls`` is made by setting its slots directly, as its ``__init__`` would.

    Exactly what attrs's ``__init__`` of a frozen slotted class does (``object.__setattr__`` of each
    field, in order), without its call through ``type.__call__`` and keywords (several times the cost
    of the record's values): for a class whose ``__init__`` attrs wrote, whose fields are its only
    slots and take their values as given (no validator, no converter, no hook before or after), of
    the plain metaclass ``type`` (its `_settable` twin is made by ``type``).
    """
    init = getattr(cls.__init__, "__code__", None)
    if cls.__new__ is not object.__new__ or init is None or not init.co_filename.startswith("<attrs generated"):
        return False
    if type(cls) is not type:
        return False
    slots: set[str] = set()
    for base in cls.__mro__[:-1]:  # each class's own namespace (a failed attribute lookup raises: slowly); not object
        namespace = vars(base)
        if any(hook in namespace for hook in _HOOKS):
            return False
        slots.update(namespace.get("__slots__", ()))
    fields = attrs.fields(cls)
    return slots - {"__weakref__"} == {f.name for f in fields} and all(
        f.init
        and f.validator is None
        and f.converter is None
        and isinstance(getattr(cls, f.name, None), types.MemberDescriptorType)
        for f in fields
    )


_HOOKS: Final = frozenset(("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init__", "__init_subclass__"))


def _settable(cls: type[T]) -> type[T]:
    """A subclass of ``cls`` of the same layout whose slots are set by plain assignment (``self.id = ...``).

    A `_direct` record is made as one, its slots set in field order, then given its own class
    (``self.__class__ = cls``: the same slots, so Python allows it): the same object as ``__init__``
    makes, without a call through ``object.__setattr__`` per field (several times the cost of a
    plain assignment, which the interpreter specialises for a slot). It never leaves the builder.
    """
    namespace = {"__slots__": (), "__setattr__": object.__setattr__, "__delattr__": object.__delattr__}
    return type(f"_Settable{cls.__name__}", (cls,), {"__module__": __name__, **namespace})


def _resolve(cls: Any, recipe: _Recipe) -> dict[str, Any]:
    """The values a factory takes, from its recipe."""
    fields = attrs.fields(cls)
    parsers = {"_parse_event_date": _parse_event_date, "_parse_period": _parse_period, "_parse_when": _parse_when}
    values: dict[str, Any] = {}
    for name, (kind, what) in recipe.items():
        if kind == "cls":
            values[name] = cls
        elif kind == "new":
            values[name] = object.__new__
        elif kind == "settable":  # `_direct`
            values[name] = _settable(cls)
        elif kind == "default":
            values[name] = getattr(fields, what).default
            if isinstance(values[name], attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover
                raise TypeError(f"{cls.__name__}.{what}: the fast path needs constant defaults")
        elif kind == "parse":
            values[name] = parsers[what]
        else:
            module, _, qualname = what.rpartition(".")
            target = getattr(sys.modules[module], qualname)  # the module of a field's type: imported by the class's
            values[name] = dict(target._value2member_map_) if kind == "enum" else _builder(target)
    return values


def _qualified(cls: Any) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _factory_name(cls: Any) -> str:
    return f"{cls.__module__.rpartition('.')[2]}_{cls.__qualname__}"


def _factory(cls: Any) -> tuple[str, _Recipe]:
    """The source of a function that makes the builder of ``cls``, and the recipe of the values it takes.

    A record of a `_direct` class is made as its ``__init__`` would make it: its slots set in field order
    (on its `_settable` twin, which then becomes the class itself).
    """
    direct = _direct(cls)
    namespace: _Recipe = {"cls": ("cls", "")}
    if direct:
        namespace["new"] = ("new", "")
        namespace["settable"] = ("settable", "")
    arguments = []
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover
            raise TypeError(f"{cls.__name__}.{field.name}: the fast path needs constant defaults")
        key = field.metadata.get("key", field.name)  # the JSON key (`Office.host` reads "country")
        value = f"data[{key!r}]"
        if field.default is not attrs.NOTHING:
            namespace[f"default_{field.name}"] = ("default", field.name)
            value = f"data.get({key!r}, default_{field.name})"
        expression = _expression(hints[field.name], value, namespace, field.name)
        if direct:
            arguments.append(f"        self.{field.name} = {expression}\n")
        else:
            arguments.append(f"{field.name}={expression}")
    body = (
        "        self = new(settable)\n" + "".join(arguments) + "        self.__class__ = cls\n        return self\n"
        if direct
        else f"        return cls({', '.join(arguments)})\n"
    )
    source = f"def {_factory_name(cls)}({', '.join(namespace)}):\n    def make(data):\n{body}\n    return make\n"
    return source, namespace


def builders_module() -> str:
    """The text of `_builders`: the compiled builder of every record type, nested ones included.

    Write it with ``python -m karabakh_status._build`` after changing a record type
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
    made = [_factory(cls) for cls in classes]
    header = (
        '"""The fast path\'s builders, compiled once: written by `_build.builders_module`, never by hand.\n\n'
        "`_build._builder` uses a class's factory and recipe while the class's fields are the ones they\n"
        "were written for (its fingerprint), else generates them itself. Regenerate with\n"
        "``python -m karabakh_status._build``.\n"
        '"""\n\n'
        "# mypy: ignore-errors\n# fmt: off\n\n"
    )
    table = "".join(
        f"    {_qualified(cls)!r}: ({_factory_name(cls)}, {_fingerprint(cls)!r}, {recipe!r}),\n"
        for cls, (_, recipe) in zip(classes, made, strict=True)
    )
    return header + "\n\n".join(source for source, _ in made) + "\n\nRECIPES = {\n" + table + "}\n"


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


def _expression(hint: _Hint, value: str, namespace: _Recipe, label: str) -> str:
    """Python source that turns the JSON ``value`` of a field of type ``hint`` into its Python value.

    Dates are immutable, so one parsed object serves every record with the same string.
    """
    if hint in (str, int, bool, Any):
        return value
    if hint is float:  # JSON writes 40.0 as 40.0, but a user's file may write 40: both are floats here
        return f"float({value})"
    if isinstance(hint, tuple):
        kind, inner_hint = hint
        if kind == "tuple":  # items converted by a function: `map` calls it from C (a comprehension is a call more)
            item = f"item_{label}"
            inner = _expression(inner_hint, item, namespace, f"{label}_item")
            if inner == item:
                return f"tuple({value})"
            if inner.endswith(f"({item})") and inner[: -len(item) - 2].isidentifier():
                return f"tuple(map({inner[: -len(item) - 2]}, {value}))"
            return f"tuple([{inner} for {item} in {value}])"  # pragma: no cover - no record has such a field
        variable = f"value_{label}"
        inner = _expression(inner_hint, variable, namespace, label)
        return value if inner == variable else f"(None if ({variable} := {value}) is None else {inner})"
    parsers = {EventDate: "_parse_event_date", Period: "_parse_period"}
    if hint in parsers or hint == _dates.When:
        name = f"parse_{label}"
        namespace[name] = ("parse", parsers.get(hint, "_parse_when"))
        return f"{name}({value})"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        namespace[f"enum_{label}"] = ("enum", _qualified(hint))
        return f"enum_{label}[{value}]"
    if attrs.has(hint):
        namespace[f"build_{label}"] = ("build", _qualified(hint))
        return f"build_{label}({value})"
    raise TypeError(f"no conversion for {hint!r}")  # pragma: no cover - a programming error


if __name__ == "__main__":  # pragma: no cover - python -m karabakh_status._build: rewrite `_builders`
    import os

    text = builders_module()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_builders.py"), "w") as file:
        file.write(text)
