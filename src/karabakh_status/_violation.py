"""`Violation`: one broken rule, where and what; a leaf that the rules, the errors and the loader share.

Beside it `FieldProblem`, what the strict converter finds wrong in one record, before a rule turns it into
violations (defined here, not in `_converter`, so that a lookup through the fast path, `_build`, never defines it).
"""

from __future__ import annotations

import attrs

__all__ = ["FieldProblem", "Violation"]


@attrs.frozen(kw_only=True)
class Violation:
    """One broken rule: which rule, where (file, record, field), and what is wrong.

    Examples:
        >>> v = Violation(rule="unique-ids", file="recognitions.json", record="rec-x", field="id",
        ...               message="id also used in events.json")
        >>> str(v)
        '[unique-ids] recognitions.json: rec-x: id: id also used in events.json'
    """

    rule: str
    file: str | None = None
    record: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.record, self.field) if part)
        return f"[{self.rule}] {where + ': ' if where else ''}{self.message}"


@attrs.frozen
class FieldProblem:
    """One problem of one record found by the strict path.

    Attributes:
        rule: ``"schema"``, ``"enum-valid"`` or ``"date-well-formed"``.
        field: the path to the bad value inside the record (``"citations[0].quote"``).
        message: what is wrong, and what was expected.
    """

    rule: str
    field: str | None
    message: str
