"""Commands that browse a version: ``info``, ``list`` (filtered records) and ``show`` (one record, its quotes)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from karabakh_status import __version__
from karabakh_status._cli.command import Command
from karabakh_status._cli.output import FORMATS, SPREADSHEET_SAFE, cell, write
from karabakh_status.errors import plural

__all__ = ["COLUMNS", "FILTERS", "INFO", "LIST", "OPTIONS", "SHOW"]

OPTIONS: dict[str, tuple[str, str]] = {
    "kind": (
        "KIND",
        "entities, positions, events: the kind (e.g. person, resolution, war; positions and events: "
        "several, comma-separated)",
    ),
    "country": (
        "CC",
        "entities, recognitions, offices: ISO 3166-1 alpha-2 code (or alpha-3 from 1.2.0) or name of the country",
    ),
    "host": ("WHO", "offices: id, name or alias of the host country"),
    "person": ("WHO", "ministers: id, name or alias of the minister"),
    "on": ("DATE", "ministers: a date (EDTF) the term may include"),
    "actor": ("WHO", "recognitions: id, name or alias of the body"),
    "level": ("LEVEL", "recognitions: e.g. municipality, county, subnational-region (several: comma-separated)"),
    "act": ("ACT", "recognitions: e.g. recognize-independence, call-for-recognition (several: comma-separated)"),
    "outcome": ("OUTCOME", "recognitions: e.g. adopted, rejected (several: comma-separated, adopted,receded)"),
    "as-of": ("DATE", "recognitions: only recognitions of independence in force on that date"),
    "author": ("WHO", "positions: id, name or alias of the author"),
    "stance": ("STANCE", "positions: territorial-integrity, self-determination, both or neither (several: a,b)"),
    "participant": ("WHO", "events: id, name or alias of a participant"),
    "between": (
        "DATE",
        "recognitions, positions, events, friendship_groups: an EDTF date the record's date may fall in",
    ),
    "within": (
        "DATE",
        "recognitions, positions, events, friendship_groups: an EDTF date the record's date certainly falls in",
    ),
    "starts-in": (
        "DATE",
        "recognitions, positions, events, friendship_groups: an EDTF date the record's earliest possible day "
        "falls in "
        "('what happened in 2023': --starts-in 2023)",
    ),
    "counterpart": ("WHO", "visas, memberships: id, name or alias of the counterpart"),
    "role": ("ROLE", "memberships: member, contact, visit, meeting, signatory, participant or host (several: a,b)"),
    "town": ("WHO", "twin_towns: id, name or alias of a town on either side"),
}
"""Every filter option of `list`, with what it filters."""

FILTERS: dict[str, tuple[str, ...]] = {
    "sources": (),
    "entities": ("kind", "country"),
    "ministers": ("person", "on"),
    "recognitions": ("actor", "country", "level", "act", "outcome", "between", "within", "starts-in", "as-of"),
    "positions": ("author", "kind", "stance", "between", "within", "starts-in"),
    "events": ("kind", "participant", "between", "within", "starts-in"),
    "offices": ("country", "host"),
    "relations": (),
    "visas": ("counterpart",),
    "friendship_groups": ("between", "within", "starts-in"),
    "memberships": ("counterpart", "role"),
    "twin_towns": ("town",),
}
"""The datasets `list` shows, and the options that filter each."""

SEVERAL: tuple[str, ...] = ("level", "act", "outcome", "stance", "role")
"""The options that take several values, comma-separated (any matches); ``kind`` too, but for entities."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("id", "kind", "title"),
    "entities": ("id", "name", "kind", "country"),
    "ministers": ("id", "person", "term", "acting"),
    "recognitions": ("id", "date", "act", "outcome", "level"),
    "positions": ("id", "date", "kind", "stance", "title"),
    "events": ("id", "date", "kind", "summary"),
    "offices": ("id", "city", "host", "accredited_to"),
    "relations": ("id", "counterpart", "mutual_recognition", "visa_free"),
    "visas": ("id", "counterpart", "visa_free", "signed", "in_force"),
    "friendship_groups": ("id", "date", "counterpart", "established"),
    "memberships": ("id", "date", "counterpart", "role", "title"),
    "twin_towns": ("id", "town", "partner"),
}
"""The columns of the table format (the other formats have every field)."""


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="a dataset folder of your own (default: a shipped version)")


def _info(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    data = ks.load(args.dataset_version) if args.path is None else ks.load(path=args.path)
    data._verify()  # what is reported is what is installed: a changed file is an error (exit 1)
    print(f"karabakh_status {__version__}", file=out)
    print(
        "dataset versions: "
        + ", ".join(f"{v} ({'released' if v in ks.released_versions() else 'draft'})" for v in ks.versions()),
        file=out,
    )
    where = "" if args.path is None else f" (folder {args.path})"
    state = f"released {data.released}" if data.released else "draft (unreleased"
    if data.released is None and data.manifest.released_on is not None:
        state += f"; its manifest claims {data.manifest.released_on}, but the package's lock does not hold it"
    print(f"\ndataset version {data.version}{where}: {state}{'' if data.released else ')'}", file=out)
    width = max(len(entry.name) for entry in data.manifest.files) - len(".json")
    for entry in data.manifest.files:
        count, noun = plural(entry.records, "record").split(" ", 1)
        print(f"  {entry.name.removesuffix('.json'):<{width}} {count:>5} {noun}", file=out)
    print("\nsources:", file=out)
    for source in data.sources():
        print(
            f"  {source.id} ({source.kind.value}): {source.title}, {source.publisher}, {source.url}"
            f"{', ' + source.license if source.license else ''}",
            file=out,
        )
    withdrawn = data.withdrawn()
    if withdrawn:
        print(f"\nwithdrawn ids ({len(withdrawn)}):", file=out)
        for tombstone in withdrawn:
            print(f"  {tombstone}", file=out)
    print("\nprovenance of the bundled texts:", file=out)
    for known in ks.provenance():
        print(f"  {known.id}: sha256 {known.sha256}, captured {known.captured or 'unknown'}", file=out)
        print(f"    {known.note}", file=out)
    from karabakh_status._cite import credited, data_license

    adapted = ", ".join(f"{source.id} ({source.license or 'license not given'})" for source in credited(data))
    print(
        f"\nlicense: data {data_license(data)}, adapted from {adapted} (attribution: the Wikipedia articles'"
        " contributors, and each source as its license asks); code MIT.",
        file=out,
    )
    return 0


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dataset", help=", ".join(FILTERS))
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--spreadsheet-safe", action="store_true", help=f"with --format csv: {SPREADSHEET_SAFE}")
    for option, (metavar, text) in OPTIONS.items():
        parser.add_argument(f"--{option}", metavar=metavar, help=text)


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks
    from karabakh_status._converter import plain

    data = ks.load(args.dataset_version)
    if args.dataset not in FILTERS:
        raise ks.NotFoundError("dataset", args.dataset, f"; the command lists: {', '.join(FILTERS)}")
    if args.spreadsheet_safe and args.format != "csv":
        print("karabakh-status: error: --spreadsheet-safe applies to --format csv only", file=sys.stderr)
        return 2
    given = {name: getattr(args, name.replace("-", "_")) for name in OPTIONS}
    given = {name: value for name, value in given.items() if value is not None}
    for name in given:
        if name not in FILTERS[args.dataset]:
            print(f"karabakh-status: error: --{name} does not filter {args.dataset}", file=sys.stderr)
            return 2
    for name, value in given.items():
        if name in SEVERAL or (name == "kind" and args.dataset != "entities"):
            given[name] = [part.strip() for part in value.split(",")]
    given = {name.replace("-", "_"): value for name, value in given.items()}
    as_of = given.pop("as_of", None)
    if args.dataset == "sources":
        records: tuple[Any, ...] = data.sources()
    else:
        records = getattr(data, args.dataset)(**given)
    if as_of is not None:
        in_force = {r.id for r in data.as_of(as_of)}
        records = tuple(r for r in records if r.id in in_force)
    rows = [plain(record) for record in records]  # the API's names, every field: one CSV header
    if args.format == "table":
        rows = [{column: row[column] for column in COLUMNS[args.dataset]} for row in rows]
    write(rows, args.format, out, spreadsheet_safe=args.spreadsheet_safe)
    return 0


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="the id of a record, entity or source")


def _show(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks
    from karabakh_status._converter import plain

    data = ks.load(args.dataset_version)
    record = data.get(args.id)
    fields = plain(record)
    for key, value in fields.items():
        if key != "citations" and value not in (None, [], ""):
            print(f"{key}: {cell(value) if not isinstance(value, str) else value}", file=out)
        if key in ("term", "date", "receded") and isinstance(value, str):
            print(f"  ({getattr(record, key).phrase()})", file=out)
    if isinstance(record, ks.Record) and record.citations:
        said = record.statement
        number = record.citations.index(said.citation) + 1
        where = " / ".join(said.section) or "(lead)"
        print(f"\nstatement (citation {number}): {data.source(said.source).title} § {where}", file=out)
        print(f"  {said.sentence}", file=out)
    for index, citation in enumerate(getattr(record, "citations", ()), start=1):
        source = data.source(citation.source)
        where = " / ".join(citation.section) or "(lead)"
        print(f"\ncitation {index}: {source.title} § {where}", file=out)
        print(f"  quote: “{citation.quote}”", file=out)
        if citation.locator:
            print(f"  locator: {citation.locator}", file=out)
        for claim in citation.claims:
            print(f"  claims: {claim.field} = {claim.value}", file=out)
        if citation.confidence is not None:
            print(f"  confidence: {citation.confidence.value}", file=out)
        context = citation.context()
        if context and context != citation.quote:
            print(f"  context: {context}", file=out)
        print(f"  url: {source.url}", file=out)
    return 0


INFO = Command(
    "info",
    description="Show the dataset versions shipped, the datasets of one with their record "
    "counts, its sources and the licenses.",
    arguments=_info_arguments,
    run=_info,
)
LIST = Command(
    "list",
    description="List the records of a dataset, filtered, as a table, JSON, JSON "
    "Lines or CSV. CSV cells hold nested values as JSON text, and citations as "
    "their count: `show ID` gives the quotes, `export` every column.",
    arguments=_list_arguments,
    run=_list,
)
SHOW = Command(
    "show",
    description="Show one record, entity or source by id: its statement (the sentence that best states it), "
    "then each citation's quote and the paragraph around it. An unknown id names the nearest ones.",
    arguments=_show_arguments,
    run=_show,
)
