"""Versioned, citation-backed datasets on the political status of Nagorno-Karabakh.

Importing the package reads no data and imports nothing heavy: each name is
imported on first use, and each dataset file is read on first access.

Examples:
    >>> import karabakh_status
    >>> data = karabakh_status.load("1.0.0")
    >>> term = data.minister_on("2015")
    >>> data.entity(term.person).name, term.term.phrase()
    ('Karen Mirzoyan', 'from 2012 to 2017')
    >>> term.citations[0].quote
    '2012–2017: Karen Mirzoyan'
"""

from __future__ import annotations

import sys

# The one source of the package version, read by hatchling at build time (here, not in a module of its
# own: that would cost every import one more file).
__version__ = "1.2.0"
"""The version of the package (a dataset's is `Dataset.version`)."""

TYPE_CHECKING = False  # not `typing`'s: importing the package imports nothing it does not need
if TYPE_CHECKING:  # pragma: no cover - the same names, imported lazily below
    from typing import Any

    from karabakh_status._cite import cite
    from karabakh_status._curation.check import KINSHIP, REWORDED, QuoteChange, SectionChange, SourceCheck, check_source
    from karabakh_status._curation.draft import import_source
    from karabakh_status._curation.sentences import Sentence
    from karabakh_status._dataset import Dataset
    from karabakh_status._datelike import DateLike
    from karabakh_status._dates import EventDate, PartialDate, Period, Precision, When, parse_edtf
    from karabakh_status._diff import Change, Diff, diff
    from karabakh_status._event import Event, EventKind
    from karabakh_status._export import json_schema
    from karabakh_status._foreign import (
        FriendshipGroup,
        Membership,
        MinisterTerm,
        Office,
        Relation,
        Role,
        TwinTown,
        VisaArrangement,
    )
    from karabakh_status._gazetteer import (
        Entity,
        EntityKind,
        Name,
        Place,
        Point,
        Source,
        SourceKind,
        TranslatedName,
    )
    from karabakh_status._history import History, Revision, RevisionKind, history
    from karabakh_status._loading import load, validate
    from karabakh_status._manifest import FileEntry, Manifest
    from karabakh_status._model import Citation, Claim, Confidence, Record, Vote
    from karabakh_status._position import Position, PositionKind, Stance
    from karabakh_status._provenance import Provenance, provenance
    from karabakh_status._recognition import Act, Level, Outcome, Recognition
    from karabakh_status._rules import RULES, Rule
    from karabakh_status._shortcuts import (
        as_of,
        by_actor,
        entities,
        entity,
        events,
        friendship_groups,
        get,
        memberships,
        minister_on,
        ministers,
        offices,
        positions,
        recognitions,
        relations,
        relations_with,
        search,
        search_entities,
        sources,
        timeline,
        twin_towns,
        visas,
    )
    from karabakh_status._sources import Section
    from karabakh_status._statement import Statement
    from karabakh_status._tombstones import Tombstone
    from karabakh_status._versions import ENV_VAR, released_versions, versions
    from karabakh_status._violation import Violation
    from karabakh_status.errors import (
        DataError,
        DataFileError,
        DateError,
        ExportError,
        KarabakhStatusError,
        ManifestError,
        MissingExtraError,
        NotFoundError,
        RecordError,
        RevisionError,
        ValidationError,
        VersionError,
    )

    DATASET_VERSION: str

_WHERE = {
    "karabakh_status._dates": ("EventDate", "PartialDate", "Period", "Precision", "When", "parse_edtf"),
    "karabakh_status._shortcuts": (
        "as_of", "by_actor", "entities", "entity", "events", "friendship_groups", "get", "memberships", "minister_on",
        "ministers", "offices", "positions", "recognitions", "relations", "relations_with", "search",
        "search_entities", "sources", "timeline",
        "twin_towns", "visas",
    ),
    "karabakh_status._versions": ("ENV_VAR", "released_versions", "versions"),
    "karabakh_status._manifest": ("FileEntry", "Manifest"),
    "karabakh_status._dataset": ("Dataset",),
    "karabakh_status._datelike": ("DateLike",),
    "karabakh_status._loading": ("load", "validate"),
    "karabakh_status._model": ("Citation", "Claim", "Confidence", "Record", "Vote"),
    "karabakh_status._gazetteer": (
        "Entity",
        "EntityKind",
        "Name",
        "Place",
        "Point",
        "Source",
        "SourceKind",
        "TranslatedName",
    ),
    "karabakh_status._recognition": ("Act", "Level", "Outcome", "Recognition"),
    "karabakh_status._position": ("Position", "PositionKind", "Stance"),
    "karabakh_status._event": ("Event", "EventKind"),
    "karabakh_status._foreign": (
        "FriendshipGroup", "Membership", "MinisterTerm", "Office", "Relation", "Role", "TwinTown", "VisaArrangement",
    ),
    "karabakh_status._rules": ("RULES", "Rule"),
    "karabakh_status._violation": ("Violation",),
    "karabakh_status._diff": ("Change", "Diff", "diff"),
    "karabakh_status._tombstones": ("Tombstone",),
    "karabakh_status._history": ("History", "Revision", "RevisionKind", "history"),
    "karabakh_status._cite": ("cite",),
    "karabakh_status._provenance": ("Provenance", "provenance"),
    "karabakh_status._export": ("json_schema",),
    "karabakh_status._sources": ("Section",),
    "karabakh_status._statement": ("Statement",),
    "karabakh_status._curation.check": (
        "KINSHIP", "REWORDED", "QuoteChange", "SectionChange", "SourceCheck", "check_source",
    ),
    "karabakh_status._curation.draft": ("import_source",),
    "karabakh_status._curation.sentences": ("Sentence",),
    "karabakh_status.errors": (
        "DataError", "DataFileError", "DateError", "KarabakhStatusError", "ManifestError", "NotFoundError",
        "RecordError", "ValidationError", "VersionError", "MissingExtraError", "RevisionError", "ExportError",
    ),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "DATASET_VERSION",
    "ENV_VAR",
    "KINSHIP",
    "REWORDED",
    "RULES",
    "Act",
    "Change",
    "Citation",
    "Claim",
    "Confidence",
    "DataError",
    "DataFileError",
    "Dataset",
    "DateError",
    "DateLike",
    "Diff",
    "Entity",
    "EntityKind",
    "Event",
    "EventDate",
    "EventKind",
    "ExportError",
    "FileEntry",
    "FriendshipGroup",
    "History",
    "KarabakhStatusError",
    "Level",
    "Manifest",
    "ManifestError",
    "Membership",
    "MinisterTerm",
    "MissingExtraError",
    "Name",
    "NotFoundError",
    "Office",
    "Outcome",
    "PartialDate",
    "Period",
    "Place",
    "Point",
    "Position",
    "PositionKind",
    "Precision",
    "Provenance",
    "QuoteChange",
    "Recognition",
    "Record",
    "RecordError",
    "Relation",
    "Revision",
    "RevisionError",
    "RevisionKind",
    "Role",
    "Rule",
    "Section",
    "SectionChange",
    "Sentence",
    "Source",
    "SourceCheck",
    "SourceKind",
    "Stance",
    "Statement",
    "Tombstone",
    "TranslatedName",
    "TwinTown",
    "ValidationError",
    "VersionError",
    "Violation",
    "VisaArrangement",
    "Vote",
    "When",
    "__version__",
    "as_of",
    "by_actor",
    "check_source",
    "cite",
    "diff",
    "entities",
    "entity",
    "events",
    "friendship_groups",
    "get",
    "history",
    "import_source",
    "json_schema",
    "load",
    "memberships",
    "minister_on",
    "ministers",
    "offices",
    "parse_edtf",
    "positions",
    "provenance",
    "recognitions",
    "relations",
    "relations_with",
    "released_versions",
    "search",
    "search_entities",
    "sources",
    "timeline",
    "twin_towns",
    "validate",
    "versions",
    "visas",
]


def __getattr__(name: str) -> Any:
    if name == "DATASET_VERSION":  # the default version, as load() resolves it now
        from karabakh_status._versions import resolve_version

        return resolve_version()
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'karabakh_status' has no attribute {name!r}")
    __import__(module)  # the submodule, as `importlib.import_module` would, without importing importlib
    value = getattr(sys.modules[module], name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names only (not the module's own imports such as ``importlib`` or ``TYPE_CHECKING``)."""
    return sorted(__all__)
