"""The package's exceptions: one family, rooted at `KarabakhStatusError`.

Every error the package raises on bad input is one of these, never a bare
`KeyError`, `ValueError` or `TypeError` (`NotFoundError` is also a `KeyError`;
`DateError` and `DataError` are also `ValueError`s). Errors about a data folder carry every
`Violation` found, so one run shows everything that is wrong.

| exception | raised when |
| --- | --- |
| `VersionError` | a dataset version is malformed, or not shipped |
| `DateError` | a string is not a date of the supported EDTF subset |
| `NotFoundError` | no record, entity, source, dataset or vocabulary value has the id asked for |
| `ManifestError` | a data folder has no readable manifest, or a file does not match it |
| `DataFileError` | a data file cannot be read or is not JSON |
| `RecordError` | a record has a missing or unknown field, a wrong type, an unknown enum value or a bad date |
| `ValidationError` | records break a validation rule (see `karabakh_status.RULES`) |
| `MissingExtraError` | an optional feature needs a package that is not installed |
| `RevisionError` | a new revision of a source cannot be read, or its draft folder cannot be written where asked |
| `ExportError` | an export cannot be written where asked (a full disk, an empty path); nothing of it is left |

Examples:
    >>> import karabakh_status
    >>> try:
    ...     karabakh_status.load("0.0.1")
    ... except karabakh_status.VersionError as error:
    ...     print(error.requested)
    0.0.1
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._violation import Violation

__all__ = [
    "DataError",
    "DataFileError",
    "DateError",
    "ExportError",
    "KarabakhStatusError",
    "ManifestError",
    "MissingExtraError",
    "NotFoundError",
    "RecordError",
    "RevisionError",
    "ValidationError",
    "VersionError",
]


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``"1 record"``, ``"2 records"``: the noun in the plural only when the count is not one
    (the one place messages and the command line count things).

    Examples:
        >>> plural(1, "violation"), plural(0, "record"), plural(3, "field changed", "fields changed")
        ('1 violation', '0 records', '3 fields changed')
    """
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


class KarabakhStatusError(Exception):
    """The base of every exception this package raises on bad input.

    Examples:
        >>> import karabakh_status
        >>> issubclass(karabakh_status.DateError, karabakh_status.KarabakhStatusError)
        True
    """


class VersionError(KarabakhStatusError, LookupError):
    """A dataset version string is malformed, or names no shipped version.

    Attributes:
        requested: the version string asked for.
        available: the versions this package ships, oldest first.

    Examples:
        >>> import karabakh_status
        >>> try:
        ...     karabakh_status.load("9")
        ... except karabakh_status.VersionError as error:
        ...     print(str(error).split(";")[0])
        no shipped dataset version matches '9'
    """

    def __init__(self, message: str, *, requested: str, available: Iterable[str]) -> None:
        self.requested = requested
        self.available = tuple(available)
        super().__init__(f"{message}; available: {', '.join(self.available) or 'none'}")


class DateError(KarabakhStatusError, ValueError):
    """A string is not a date of the supported EDTF subset.

    Attributes:
        text: the string that failed to parse.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.EventDate.parse("2020-02-30")
        Traceback (most recent call last):
        ...
        karabakh_status.errors.DateError: '2020-02-30': day 30 does not exist in February 2020
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r}: {reason}")


class NotFoundError(KarabakhStatusError, KeyError):
    """No record, entity, source, dataset or vocabulary value has the id asked for.

    Attributes:
        id: the id asked for.
        what: what was looked up ("record", "entity", "source", "dataset", "Act", ...).

    Examples:
        >>> import karabakh_status
        >>> try:
        ...     karabakh_status.get("no-such-record")
        ... except karabakh_status.NotFoundError as error:
        ...     print(error.id, error.what)
        no-such-record record
    """

    def __init__(self, what: str, id: str, hint: str = "", *, message: str | None = None) -> None:
        self.what = what
        self.id = id
        super().__init__(message or f"no {what} has id {id!r}{hint}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class DataError(KarabakhStatusError, ValueError):
    """A data folder, or the records in it, is broken: the base of the four below.

    Attributes:
        violations: every `Violation` found, each naming its rule, file,
            record id and field.

    Examples:
        >>> import karabakh_status
        >>> issubclass(karabakh_status.ValidationError, karabakh_status.DataError)
        True
    """

    def __init__(self, summary: str, violations: Iterable[Violation]) -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        self.summary = summary
        lines = [f"{summary} ({plural(len(self.violations), 'violation')}):"]
        lines += [f"  {violation}" for violation in self.violations]
        super().__init__("\n".join(lines))


class ManifestError(DataError):
    """A folder has no readable manifest, or a file does not match the manifest
    (hash, record count, a file missing or unlisted) or the lock of released versions.

    Examples:
        >>> import karabakh_status
        >>> try:
        ...     karabakh_status.load(path="/no/such/folder")
        ... except karabakh_status.ManifestError as error:
        ...     print(error.violations[0].rule)
        manifest-readable
    """


class DataFileError(DataError):
    """A data file cannot be read: it is missing, not UTF-8, or not JSON (truncated, say).

    Raised by `karabakh_status.load` for a folder (or a shipped file that cannot be read); its
    violations cite the rule ``json-well-formed`` and name the file.

    Examples:
        >>> import karabakh_status
        >>> problem = karabakh_status.Violation(rule="json-well-formed", file="events.json",
        ...     message="not JSON: Expecting value: line 1 column 1 (char 0)")
        >>> print(karabakh_status.DataFileError("the data in my-folder is broken", [problem]))
        the data in my-folder is broken (1 violation):
          [json-well-formed] events.json: not JSON: Expecting value: line 1 column 1 (char 0)
    """


class RecordError(DataError):
    """A record is malformed: a missing or unknown field, a value of the wrong
    JSON type, an unknown enum value, or a date that does not parse.

    Raised by `karabakh_status.load` for a folder; its violations cite the rules ``schema``,
    ``enum-valid`` and ``date-well-formed``, with the record id and the path of the bad value.

    Examples:
        >>> import karabakh_status
        >>> problem = karabakh_status.Violation(rule="schema", file="ministers.json", record="mfa-x",
        ...     field="citations[0].quote", message="expected a string, got a number 3")
        >>> print(karabakh_status.RecordError("the data in my-folder is broken", [problem]))
        the data in my-folder is broken (1 violation):
          [schema] ministers.json: mfa-x: citations[0].quote: expected a string, got a number 3
    """


class ValidationError(DataError):
    """Well-formed records break one or more validation rules (`karabakh_status.RULES`).

    Examples:
        >>> import karabakh_status
        >>> violation = karabakh_status.Violation(rule="unique-ids", file="events.json", record="evt-x",
        ...                                       field="id", message="the id is already used in positions.json")
        >>> print(karabakh_status.ValidationError("the data in my-folder breaks validation rules", [violation]))
        the data in my-folder breaks validation rules (1 violation):
          [unique-ids] events.json: evt-x: id: the id is already used in positions.json
    """


class RevisionError(KarabakhStatusError, ValueError):
    """A new revision of a source cannot be read (missing, not UTF-8), or a draft cannot be written where asked.

    Examples:
        >>> import karabakh_status
        >>> try:
        ...     karabakh_status.check_source("foreign-relations-of-artsakh", "no-such-file.txt")
        ... except karabakh_status.RevisionError as error:
        ...     print(str(error).split(":")[0])
        cannot read the new text no-such-file.txt
    """


class MissingExtraError(KarabakhStatusError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra to install.

    Attributes:
        extra: the name of the package's extra that installs it (``"pandas"``).

    Examples:
        >>> print(MissingExtraError("to_pandas", "pandas"))
        to_pandas needs the optional extra 'pandas': pip install 'karabakh-status[pandas]'
    """

    def __init__(self, feature: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"{feature} needs the optional extra {extra!r}: pip install 'karabakh-status[{extra}]'")


class ExportError(KarabakhStatusError, OSError):
    """An export (or a JSON Schema) cannot be written where asked: a full disk, a folder that is not
    writable, an empty path or one with a NUL byte, a link, a folder of the package. The files that
    the export had written are removed: it leaves nothing partial behind.

    Also an `OSError`, with its ``errno``, ``strerror`` and ``filename``.

    Examples:
        >>> import karabakh_status
        >>> try:
        ...     karabakh_status.load("1.0.0").export("")
        ... except karabakh_status.ExportError as error:
        ...     print(error)
        an empty path names no folder to export to
    """

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}" if self.filename else str(self.strerror)
