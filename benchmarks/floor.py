"""The floor for a cold lookup: only what ``karabakh_status.get("rec-it-milan-2020")`` cannot avoid.

Start Python, import attrs, read the one file that holds the record, check its SHA-256 (the design
requires that every file be verified on load: "The package verifies it on load"), ``json.loads`` it,
define the attrs classes and enums that record needs (with the package's fields and vocabularies),
build it. No manifest, no registry, no generated code, no other record type: what is left is the
least a verified cold lookup can cost, and `bench.py` measures the package's cold lookup against it.

    python benchmarks/floor.py [path/to/recognitions.json]

The record's file is found without importing the package (its folder is a sibling of this
script's ``src/``), or given as the argument.
"""

from __future__ import annotations

import enum
import json
import os
import sys

import attrs

# The SHA-256 the package uses for a small file: CPython's built-in module, without starting OpenSSL
# (`karabakh_status._integrity.sha256`); hashlib where there is none.
try:
    if sys.version_info >= (3, 12):
        from _sha2 import sha256  # type: ignore[import-not-found, unused-ignore]
    else:
        from _sha256 import sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
except ImportError:
    from hashlib import sha256

RECORD = "rec-it-milan-2020"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, os.pardir, "src", "karabakh_status", "data", "1.0.0", "recognitions.json")


class Level(enum.Enum):
    UN_MEMBER_STATE = "un-member-state"
    NON_UN_STATE = "non-un-state"
    NATIONAL_LEGISLATURE = "national-legislature"
    SUBNATIONAL_REGION = "subnational-region"
    COUNTY = "county"
    MUNICIPALITY = "municipality"
    PARTY = "party"
    OFFICIAL = "official"


class Act(enum.Enum):
    RECOGNIZE_INDEPENDENCE = "recognize-independence"
    CALL_FOR_RECOGNITION = "call-for-recognition"
    SUPPORT_SELF_DETERMINATION = "support-self-determination"
    AFFIRM_TERRITORIAL_INTEGRITY = "affirm-territorial-integrity"
    NON_RECOGNITION = "non-recognition"
    CONSIDER_RECOGNITION = "consider-recognition"


class Outcome(enum.Enum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    RECEDED = "receded"
    PROPOSED = "proposed"
    DECLARED = "declared"
    REPORTED = "reported"


class Confidence(enum.Enum):
    CONFIRMED = "confirmed"
    INFERRED = "inferred"


class Day:
    """The record's date, ``YYYY-MM-DD`` (the one form the record needs)."""

    __slots__ = ("day", "month", "year")

    def __init__(self, text: str) -> None:
        year, month, day = text.split("-")
        object.__setattr__(self, "year", int(year))
        object.__setattr__(self, "month", int(month))
        object.__setattr__(self, "day", int(day))


@attrs.frozen(kw_only=True)
class Claim:
    field: str
    value: str


@attrs.frozen(kw_only=True)
class Citation:
    source: str
    section: tuple[str, ...]
    quote: str
    locator: str | None = None
    claims: tuple[Claim, ...] = ()
    confidence: Confidence | None = None


@attrs.frozen(kw_only=True)
class Vote:
    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False


@attrs.frozen(kw_only=True)
class Recognition:
    id: str
    citations: tuple[Citation, ...]
    note: str | None = None
    inferred: tuple[str, ...] = ()
    actor: str | None = None
    level: Level
    country: str | None
    act: Act
    outcome: Outcome
    date: Day | None = None
    receded: Day | None = None
    mutual: bool | None = None
    vote: Vote | None = None


def citation(data: dict[str, object]) -> Citation:
    confidence = data["confidence"]
    return Citation(
        source=data["source"],  # type: ignore[arg-type]
        section=tuple(data["section"]),  # type: ignore[call-overload]
        quote=data["quote"],  # type: ignore[arg-type]
        locator=data["locator"],  # type: ignore[arg-type]
        claims=tuple(Claim(**claim) for claim in data["claims"]),  # type: ignore[attr-defined]
        confidence=None if confidence is None else Confidence(confidence),
    )


def main(path: str) -> Recognition:
    with open(path, "rb") as file:
        raw = file.read()
    assert len(sha256(raw).hexdigest()) == 64  # the check the package makes against its manifest
    items = json.loads(raw)
    data = next(item for item in items if item["id"] == RECORD)
    assert data["date"] is not None and data["receded"] is None and data["vote"] is None  # the record's shape
    return Recognition(
        id=data["id"],
        citations=tuple(citation(c) for c in data["citations"]),
        note=data["note"],
        inferred=tuple(data["inferred"]),
        actor=data["actor"],
        level=Level(data["level"]),
        country=data["country"],
        act=Act(data["act"]),
        outcome=Outcome(data["outcome"]),
        date=Day(data["date"]),
        mutual=data["mutual"],
    )


if __name__ == "__main__":
    record = main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    assert record.id == RECORD
