"""The flat columns of a record type, derived from its fields, and a record as one row of them.

* a scalar field is a column of its JSON type; an entity id is followed by the entity's name
  (``actor_name``) and ISO 3166-1 code (``actor_country``);
* a date (EDTF) is three columns: ``date`` (the EDTF string), ``date_earliest``
  and ``date_latest`` (ISO days, empty where the date is open), so that
  spreadsheets sort and filter on them;
* a vote is four columns (``vote_in_favour``, ``vote_against``,
  ``vote_abstentions``, ``vote_unanimous``), an entity's place five
  (``place_geonames_id``, ``place_latitude``, ...);
* a cited record's statement (`Record.statement`) is four: ``statement`` (its sentence),
  ``statement_quote``, ``statement_section`` and ``statement_source``;
* a list (aliases, participants, inferred fields) and the citations are arrays
  (Table Schema type ``array``; JSON text in a CSV cell, which loads back exactly).
"""

from __future__ import annotations

import enum
import functools
import inspect  # imported by attrs already
import types
import typing
from typing import Any

import attrs

from karabakh_status import _dates
from karabakh_status._dates import EventDate, Period

__all__ = ["Column", "columns", "flat"]


@attrs.frozen(kw_only=True)
class Column:
    """One column of a dataset's flat table.

    Attributes:
        name: the column's name.
        type: its Table Schema type (``string``, ``integer``, ``boolean``, ``date``, ``array``).
        description: what it holds.
        field: the record's field it comes from.
        entity: whether it holds one entity id (a foreign key to the gazetteer).
        values: the values allowed, for an enum.
        derived: what a column adds to the record's own values: ``"name"`` or ``"country"`` (of the
            entity its field holds), ``"statement"`` (a part of `Record.statement`); else None.
    """

    name: str
    type: str
    description: str
    field: str
    entity: bool = False
    values: tuple[str, ...] = ()
    derived: str | None = None


def _describe(cls: type[Any], name: str) -> str:
    """A field's meaning, from the Attributes section of the class's (or a base's) docstring."""
    for klass in cls.__mro__:
        # cleaned as `inspect.cleandoc` does: Python 3.13 strips a docstring's indentation when it compiles it
        doc = inspect.cleandoc(klass.__doc__ or "")
        marker = f"\n    {name}: "
        if "Attributes:" in doc and marker in doc:
            text = doc.split(marker, 1)[1]
            lines = [text.split("\n", 1)[0]]
            for line in text.split("\n")[1:]:
                if not line.startswith(" " * 8):
                    break
                lines.append(line.strip())
            return " ".join(" ".join(lines).split())
    return name.replace("_", " ")


def _optional(hint: Any) -> Any:
    """The type inside ``X | None`` (``When`` for ``EventDate | Period | None``); other hints as they are."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
        if set(rest) == {EventDate, Period}:
            return _dates.When
    return hint


def columns(cls: type[Any]) -> tuple[Column, ...]:
    """The flat columns of a record type, in field order.

    Examples:
        >>> from karabakh_status._datasets import record_type
        >>> [c.name for c in columns(record_type("ministers"))][:7]
        ['id', 'office', 'office_name', 'office_country', 'person', 'person_name', 'person_country']
        >>> [c.name for c in columns(record_type("ministers"))][7:12]
        ['term', 'term_earliest', 'term_latest', 'acting', 'statement']
        >>> [c.name for c in columns(record_type("ministers"))][12:]
        ['statement_quote', 'statement_section', 'statement_source', 'citations', 'note', 'inferred']
    """
    columns_of: tuple[Column, ...] = _columns(cls)  # type: ignore[arg-type]  # classes are hashable
    return columns_of


@functools.cache
def _columns(cls: Any) -> tuple[Column, ...]:
    """The columns of a record type, derived once per class (`columns` is its public face)."""
    from karabakh_status._model import Citation

    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    tail = ("citations", "note", "inferred")  # as in the JSON files: id, own fields, then these
    fields = sorted(attrs.fields(cls), key=lambda f: (f.name != "id", f.name in tail))
    for field in fields:
        if field.name == "citations":
            out += [
                Column(name="statement", type="string", field="citations", derived="statement",
                       description="the sentence of the source that best states the record (see Record.statement)"),
                Column(name="statement_quote", type="string", field="citations", derived="statement",
                       description="the quote of the statement's citation"),
                Column(name="statement_section", type="string", field="citations", derived="statement",
                       description="the statement's section, its headings joined by ' / ' (null: the lead)"),
                Column(name="statement_source", type="string", field="citations", derived="statement",
                       description="the id of the statement's source"),
            ]  # fmt: skip
        hint = _optional(hints[field.name])
        text = _describe(cls, field.name)
        entity = bool(field.metadata.get("entity"))
        if hint in (EventDate, Period) or hint == _dates.When:
            out += [
                Column(name=field.name, type="string", description=f"{text} (EDTF)", field=field.name),
                Column(name=f"{field.name}_earliest", type="date", field=field.name,
                       description=f"the earliest day {field.name} may be (ISO; empty where open)"),
                Column(name=f"{field.name}_latest", type="date", field=field.name,
                       description=f"the latest day {field.name} may be (ISO; empty where open)"),
            ]  # fmt: skip
        elif attrs.has(hint):  # a vote, a place: one column per part, named for the field and the part
            parts = typing.get_type_hints(hint)
            for part in attrs.fields(hint):
                inner = _optional(parts[part.name])
                what = f"{field.name}: {_describe(hint, part.name)}"
                out.append(Column(name=f"{field.name}_{part.name}", type=_column_type(inner), field=field.name,
                                  description=what, values=_values(inner)))  # fmt: skip
        elif typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            what = "the citations (source, section, quote, locator, claims, confidence)" if item is Citation else text
            out.append(Column(name=field.name, type="array", description=f"{what} (a JSON array)", field=field.name))
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            out.append(Column(name=field.name, type="string", description=text, field=field.name, values=_values(hint)))
        else:
            out.append(Column(name=field.name, type=_column_type(hint), description=text, field=field.name,
                              entity=entity))  # fmt: skip
            if entity:
                out += [
                    Column(name=f"{field.name}_name", type="string", field=field.name, derived="name",
                           description=f"the name of the entity {field.name} (the gazetteer's)"),
                    Column(name=f"{field.name}_country", type="string", field=field.name, derived="country",
                           description=f"the ISO 3166-1 alpha-2 code of the entity {field.name}, where one applies"),
                ]  # fmt: skip
    return tuple(out)


def _values(hint: Any) -> tuple[str, ...]:
    """The values an enum allows; ``()`` for any other type."""
    return tuple(str(m.value) for m in hint) if isinstance(hint, type) and issubclass(hint, enum.Enum) else ()


def _column_type(hint: Any) -> str:
    """The Table Schema type of a scalar field (an enum is a string)."""
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "string"
    return {str: "string", int: "integer", float: "number", bool: "boolean"}[hint]


def _bound(value: Any, which: int) -> Any:
    """The start (0) or end (1) of an `EventDate` (its lower or upper bound) or a `Period`; None when open."""
    names = ("lower", "upper") if hasattr(value, "lower") else ("start", "end")
    return getattr(value, names[which])


def flat(record: Any, data: Any) -> dict[str, Any]:
    """A record as one flat row: the values of its `columns`, JSON-ready (lists as lists); ``data``,
    the `Dataset` it comes from, names its entities.

    Examples:
        >>> import karabakh_status
        >>> data = karabakh_status.load("1.0.0")
        >>> row = flat(data.get("rec-us-maine-2013"), data)
        >>> row["date"], row["date_earliest"], row["receded_latest"], row["outcome"], row["actor_name"]
        ('2013-04-10', '2013-04-10', '2013-04-30', 'receded', 'Maine')
    """
    from karabakh_status._converter import plain as api_form

    plain = api_form(record)
    said = record.statement if hasattr(record, "citations") else None
    row: dict[str, Any] = {}
    for column in columns(type(record)):
        value = getattr(record, column.field)
        if column.derived == "statement":
            assert said is not None
            part = column.name.removeprefix("statement").removeprefix("_") or "sentence"
            row[column.name] = (" / ".join(said.section) or None) if part == "section" else getattr(said, part)
        elif column.derived is not None:  # the entity's name or country code
            entity = None if value is None else data.get(value)
            row[column.name] = None if entity is None else getattr(entity, column.derived)
        elif column.name.startswith(f"{column.field}_") and attrs.has(type(value)):  # a part of a vote, a place
            row[column.name] = plain[column.field][column.name.removeprefix(f"{column.field}_")]
        elif column.name.startswith(f"{column.field}_") and value is None and column.type != "date":
            row[column.name] = None
        elif column.name == f"{column.field}_earliest" and column.type == "date":  # open: no start (not year 1)
            row[column.name] = None if value is None or _bound(value, 0) is None else value.earliest.isoformat()
        elif column.name == f"{column.field}_latest" and column.type == "date":  # open: no end (not year 9999)
            row[column.name] = None if value is None or _bound(value, 1) is None else value.latest.isoformat()
        else:
            row[column.name] = plain[column.field]
    return row
