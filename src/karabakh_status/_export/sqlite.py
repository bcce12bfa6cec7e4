"""SQLite: one database, a table per dataset, a ``citations`` table, full-text search (FTS5).

* each dataset is a table of its flat columns (`columns`) but ``citations``: text, integers,
  booleans as 0/1 (``CHECK``ed), enums ``CHECK``ed against their values, dates' bounds as ISO
  days, lists as JSON text; ``id`` is the primary key;
* an entity id is a foreign key to ``entities(id)``, a statement's source to ``sources(id)``;
* ``citations`` holds every citation of every record: ``dataset``, ``record``, ``position``
  (from 1), ``source`` (a foreign key to ``sources``), ``section`` (the headings joined by
  ``' / '``), ``quote``, ``locator``, ``claims`` (JSON), ``confidence``;
* ``search`` is an FTS5 table over every quote and every summary: ``text``, with ``dataset``,
  ``record`` and ``field`` (``quote`` or ``summary``) unindexed; ready for Datasette and DuckDB's
  ``sqlite`` extension.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._export.columns import Column, columns, flat
from karabakh_status._export.files import publish, scratch

__all__ = ["DATABASE", "write_sqlite"]

_SQLITE_FULL = 13
"""SQLite's result code for a full disk (``SQLITE_FULL``)."""
DATABASE = "karabakh-status.sqlite"
"""The file name of the database."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _definition(column: Column) -> str:
    kind = {"integer": "INTEGER", "boolean": "INTEGER", "number": "REAL"}.get(column.type, "TEXT")
    parts = [_quote(column.name), kind]
    if column.name == "id":
        parts.append("PRIMARY KEY")
    if column.type == "boolean":
        parts.append(f"CHECK ({_quote(column.name)} IN (0, 1))")
    if column.values:
        allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in column.values)
        parts.append(f"CHECK ({_quote(column.name)} IN ({allowed}))")
    if column.entity:
        parts.append("REFERENCES entities(id)")
    if column.name == "statement_source":
        parts.append("REFERENCES sources(id)")
    return " ".join(parts)


def _value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type == "boolean":
        return int(value)
    if column.type == "array":
        return json.dumps(value, ensure_ascii=False)
    return value


def _fill(connection: sqlite3.Connection, data: Any) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA defer_foreign_keys = ON")  # an entity may come before its parent
    for name in DATASETS:
        if name not in data.datasets:
            continue
        cols = [c for c in columns(record_type(name)) if c.name != "citations"]
        connection.execute(f"CREATE TABLE {_quote(name)} ({', '.join(_definition(c) for c in cols)})")
        marks = ", ".join("?" for _ in cols)
        rows = [[_value(c, row[c.name]) for c in cols] for row in (flat(r, data) for r in data.records(name))]
        connection.executemany(f"INSERT INTO {_quote(name)} VALUES ({marks})", rows)
    connection.execute(
        "CREATE TABLE citations (dataset TEXT NOT NULL, record TEXT NOT NULL, position INTEGER NOT NULL, "
        "source TEXT NOT NULL REFERENCES sources(id), section TEXT NOT NULL, quote TEXT NOT NULL, locator TEXT, "
        "claims TEXT NOT NULL, confidence TEXT, PRIMARY KEY (record, position))"
    )
    connection.execute(
        "CREATE VIRTUAL TABLE search USING fts5(text, dataset UNINDEXED, record UNINDEXED, field UNINDEXED)"
    )
    for name in data.datasets:
        for record in data.records(name):
            for position, c in enumerate(getattr(record, "citations", ()), start=1):
                claims = json.dumps([{"field": k.field, "value": k.value} for k in c.claims], ensure_ascii=False)
                confidence = None if c.confidence is None else c.confidence.value
                connection.execute(
                    "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        name,
                        record.id,
                        position,
                        c.source,
                        " / ".join(c.section),
                        c.quote,
                        c.locator,
                        claims,
                        confidence,
                    ),
                )
                connection.execute("INSERT INTO search VALUES (?, ?, ?, 'quote')", (c.quote, name, record.id))
            summary = getattr(record, "summary", None)
            if summary:
                connection.execute("INSERT INTO search VALUES (?, ?, ?, 'summary')", (summary, name, record.id))
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:  # pragma: no cover - the rules of the validator forbid a dangling reference
        raise AssertionError(f"dangling references: {broken[:5]}")


def write_sqlite(data: Any, folder: Path) -> tuple[Path, ...]:
    """Write every dataset of a version into one SQLite database, ``karabakh-status.sqlite``; its path.

    The database is built in a hidden file of ``folder`` (never in the system's temporary folder:
    SQLite keeps its journal and temporary tables in memory), then renamed into place; a failure
    (a full disk) is an `OSError` that names the file, and leaves nothing behind.
    """
    path = folder / DATABASE
    with scratch(path) as built:
        try:
            connection = sqlite3.connect(built)
            try:
                connection.execute("PRAGMA journal_mode = MEMORY")
                connection.execute("PRAGMA temp_store = MEMORY")
                with connection:
                    _fill(connection, data)
            finally:
                connection.close()
        except sqlite3.Error as error:
            full = getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL or "full" in str(error)
            code = errno.ENOSPC if full else errno.EIO
            raise OSError(code, f"{os.strerror(code)} (SQLite: {error})", os.fspath(path)) from None
        publish(built, path)
    return (path,)
