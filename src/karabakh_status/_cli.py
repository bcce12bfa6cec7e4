"""The command line: ``karabakh-status`` (or ``python -m karabakh_status``).

Exit codes: 0 success; 1 violations found (or, for diff, the versions differ); 2 a usage error or bad input
(an unknown version, dataset or id), with a one-line message on stderr.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from karabakh_status._version import __version__

__all__ = ["main"]

FORMATS = ("table", "json", "jsonl", "csv")

OPTIONS: dict[str, tuple[str, str]] = {
    "kind": ("KIND", "entities, positions, events: the kind (e.g. person, resolution, war)"),
    "country": ("CC", "entities, recognitions, offices: ISO 3166-1 alpha-2 code or name of the country"),
    "person": ("WHO", "ministers: id, name or alias of the minister"),
    "on": ("DATE", "ministers: a date (EDTF) the term may include"),
    "actor": ("WHO", "recognitions: id, name or alias of the body"),
    "level": ("LEVEL", "recognitions: e.g. municipality, subnational-region"),
    "act": ("ACT", "recognitions: e.g. recognize-independence, call-for-recognition"),
    "outcome": ("OUTCOME", "recognitions: e.g. adopted, rejected"),
    "as-of": ("DATE", "recognitions: only recognitions of independence in force on that date"),
    "author": ("WHO", "positions: id, name or alias of the author"),
    "stance": ("STANCE", "positions: territorial-integrity, self-determination, both or neither"),
    "participant": ("WHO", "events: id, name or alias of a participant"),
    "between": (
        "DATE",
        "recognitions, positions, events, friendship_groups: an EDTF date the record's date may fall in",
    ),
    "within": (
        "DATE",
        "recognitions, positions, events, friendship_groups: an EDTF date the record's date certainly falls in",
    ),
    "counterpart": ("WHO", "visas, memberships: id, name or alias of the counterpart"),
    "role": ("ROLE", "memberships: member, contact, visit, meeting, signatory, participant or host"),
    "town": ("WHO", "twin_towns: id, name or alias of a town on either side"),
}
"""Every filter option of `list`, with what it filters."""

FILTERS: dict[str, tuple[str, ...]] = {
    "sources": (),
    "entities": ("kind", "country"),
    "ministers": ("person", "on"),
    "recognitions": ("actor", "country", "level", "act", "outcome", "between", "within", "as-of"),
    "positions": ("author", "kind", "stance", "between", "within"),
    "events": ("kind", "participant", "between", "within"),
    "offices": ("country",),
    "relations": (),
    "visas": ("counterpart",),
    "friendship_groups": ("between", "within"),
    "memberships": ("counterpart", "role"),
    "twin_towns": ("town",),
}
"""The datasets `list` shows, and the options that filter each."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("id", "kind", "title"),
    "entities": ("id", "name", "kind", "country"),
    "ministers": ("id", "person", "term", "acting"),
    "recognitions": ("id", "date", "act", "outcome", "level"),
    "positions": ("id", "date", "kind", "stance", "title"),
    "events": ("id", "date", "kind", "summary"),
    "offices": ("id", "city", "country", "accredited_to"),
    "relations": ("id", "counterpart", "mutual_recognition", "visa_free"),
    "visas": ("id", "counterpart", "visa_free", "signed", "in_force"),
    "friendship_groups": ("id", "date", "counterpart", "established"),
    "memberships": ("id", "date", "counterpart", "role", "title"),
    "twin_towns": ("id", "town", "partner"),
}
"""The columns of the table format (the other formats have every field)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="karabakh-status",
        description="Versioned, citation-backed datasets on the political status of Nagorno-Karabakh.",
        epilog="Exit codes: 0 success, 1 violations found (diff: the versions differ), 2 usage error or bad input.",
    )
    parser.add_argument("--version", action="version", version=f"karabakh-status {__version__}")
    version_help = (
        "the dataset version: X.Y.Z exactly, or X / X.Y for the newest match "
        "(default: $KARABAKH_STATUS_VERSION, else the newest released)"
    )
    parser.add_argument("--dataset-version", metavar="V", help=version_help)
    version = argparse.ArgumentParser(add_help=False)
    version.add_argument("--dataset-version", metavar="V", default=argparse.SUPPRESS, help=version_help)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser(
        "info",
        parents=[version],
        help="show the versions, datasets, sources and licenses shipped",
        description="Show the dataset versions shipped, the datasets of one with their record "
        "counts, its sources and the licenses.",
    )

    check = commands.add_parser(
        "validate",
        parents=[version],
        help="check every rule on a version or a folder",
        description="Check every validation rule; print each violation. Exit 1 if any.",
    )
    check.add_argument("path", nargs="?", help="a dataset folder with a manifest.json (default: a shipped version)")

    listing = commands.add_parser(
        "list",
        parents=[version],
        help="list the records of a dataset",
        description="List the records of a dataset, filtered, as a table, JSON, JSON "
        "Lines or CSV. CSV cells hold nested values as JSON text, and citations as "
        "their count: `show ID` gives the quotes, `export` every column.",
    )
    listing.add_argument("dataset", help=", ".join(FILTERS))
    listing.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    for option, (metavar, text) in OPTIONS.items():
        listing.add_argument(f"--{option}", metavar=metavar, help=text)

    show = commands.add_parser(
        "show",
        parents=[version],
        help="show one record with its quotes and their context",
        description="Show one record, entity or source by id, with each citation's quote and the paragraph around it.",
    )
    show.add_argument("id", help="the id of a record, entity or source")

    export = commands.add_parser(
        "export",
        parents=[version],
        help="write every dataset as CSV, JSON Lines or a data package",
        description="Write every dataset of a version into a folder: a Frictionless Data Package (CSV files and "
        "datapackage.json), CSV files, or JSON Lines files.",
    )
    export.add_argument("output", help="the folder to write (created if needed)")
    export.add_argument(
        "--format", choices=("datapackage", "csv", "jsonl"), default="datapackage", help="what to write"
    )

    difference = commands.add_parser(
        "diff",
        help="list the records added, removed and changed between two versions",
        description="Compare two dataset versions (X.Y.Z, X) or folders, by record id and field. Exit 1 if they "
        "differ.",
    )
    difference.add_argument("old", help="a shipped version or a dataset folder")
    difference.add_argument("new", help="a shipped version or a dataset folder")
    difference.add_argument("--format", choices=("table", "json"), default="table", help="output format")

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a dataset's JSON file",
        description="Print the JSON Schema (draft 2020-12) of a dataset's JSON file, or write every dataset's "
        "into a folder.",
    )
    schema.add_argument("dataset", nargs="?", help="a dataset name (default: all, with --output)")
    schema.add_argument("--output", metavar="DIR", help="write <dataset>.schema.json files into this folder")

    manifest = commands.add_parser(
        "manifest",
        help="(re)write the manifest of an unreleased dataset folder",
        description="Write manifest.json of a folder from its files: each file's "
        "SHA-256 and record count. Refuses released versions.",
    )
    manifest.add_argument("path", help="the dataset folder")
    manifest.add_argument("--set-version", metavar="X.Y.Z", help="the version to write (default: the manifest's)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples:
        >>> main(["list", "ministers", "--on", "2012", "--format", "csv"])
        id,office,person,term,acting,citations,note,inferred
        mfa-2011-vasily-atajanyan,artsakh-ministry-of-foreign-affairs,vasily-atajanyan,2011/2012,true,1,,
        mfa-2012-karen-mirzoyan,artsakh-ministry-of-foreign-affairs,karen-mirzoyan,2012/2017,false,1,,
        0
    """
    from karabakh_status.errors import KarabakhStatusError

    args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] = _COMMANDS[args.command]
    try:
        return handler(args, sys.stdout)
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except KarabakhStatusError as error:
        first = str(error).splitlines()[0]
        print(f"karabakh-status: error: {first}", file=sys.stderr)
        return 1 if hasattr(error, "violations") else 2
    except (ValueError, TypeError) as error:  # a filter value that does not parse, say
        print(f"karabakh-status: error: {error}", file=sys.stderr)
        return 2


def _info(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    data = ks.load(args.dataset_version)
    print(f"karabakh_status {__version__}", file=out)
    print(
        "dataset versions: "
        + ", ".join(f"{v} ({'released' if v in ks.released_versions() else 'unreleased'})" for v in ks.versions()),
        file=out,
    )
    print(
        f"\ndataset version {data.version}: {'released ' + str(data.released) if data.released else 'unreleased'}",
        file=out,
    )
    width = max(len(entry.name) for entry in data.manifest.files) - len(".json")
    for entry in data.manifest.files:
        print(f"  {entry.name.removesuffix('.json'):<{width}} {entry.records:>5} records", file=out)
    print("\nsources:", file=out)
    for source in data.sources():
        print(
            f"  {source.id} ({source.kind.value}): {source.title}, {source.publisher}, {source.url}"
            f"{', ' + source.license if source.license else ''}",
            file=out,
        )
    print(
        "\nlicense: data and bundled texts CC BY-SA 4.0, adapted from the Wikipedia articles above "
        "(attribution: their Wikipedia contributors); code MIT.",
        file=out,
    )
    return 0


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    if args.path is not None:
        violations, what = ks.validate(path=args.path), args.path
    else:
        version = ks.load(args.dataset_version).version
        violations, what = ks.validate(version), f"dataset version {version}"
    for violation in violations:
        print(violation, file=out)
    checked = sum(rule.check is not None for rule in ks.RULES)
    if violations:
        print(f"{what}: {len(violations)} violation(s)", file=out)
        return 1
    print(f"{what}: valid ({len(ks.RULES)} rules, {checked} of them over the records)", file=out)
    return 0


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks
    from karabakh_status._converter import unstructure

    data = ks.load(args.dataset_version)
    if args.dataset not in FILTERS:
        raise ks.NotFoundError("dataset", args.dataset, f"; the command lists: {', '.join(FILTERS)}")
    given = {name: getattr(args, name.replace("-", "_")) for name in OPTIONS}
    given = {name: value for name, value in given.items() if value is not None}
    for name in given:
        if name not in FILTERS[args.dataset]:
            print(f"karabakh-status: error: --{name} does not filter {args.dataset}", file=sys.stderr)
            return 2
    as_of = given.pop("as-of", None)
    if args.dataset == "sources":
        records: tuple[Any, ...] = data.sources()
    else:
        records = getattr(data, args.dataset)(**given)
    if as_of is not None:
        in_force = {r.id for r in data.as_of(as_of)}
        records = tuple(r for r in records if r.id in in_force)
    rows = [unstructure(record, every_field=args.format == "csv") for record in records]  # CSV: one header
    if args.format == "table":
        rows = [{column: row[column] for column in COLUMNS[args.dataset]} for row in rows]
    _write(rows, args.format, out)
    return 0


def _write(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
    elif fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), file=out)
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if rows:
            writer.writerow(rows[0])
            writer.writerows([_cell(value) for value in row.values()] for row in rows)
        out.write(buffer.getvalue())
    else:
        _table(rows, out)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and value and isinstance(value[0], dict) and "quote" in value[0]:
        return str(len(value))  # citations: their count; `show` prints them
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        print("(no records)", file=out)
        return
    width = max(60, shutil.get_terminal_size((80, 24)).columns)
    columns = list(rows[0])
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    sizes = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]

    def shrink(which: list[int], floor: int) -> None:
        while sum(sizes) + 2 * (len(sizes) - 1) > width and which and max(sizes[i] for i in which) > floor:
            widest = max(which, key=lambda i: sizes[i])
            sizes[widest] -= 1

    kept = ("id", "date", "term")  # cut last, and never below 12 characters
    shrink([i for i, c in enumerate(columns) if c not in kept], 8)
    shrink(list(range(len(columns))), 12)

    def fit(text: str, size: int) -> str:
        return text if len(text) <= size else text[: size - 1] + "…"

    print("  ".join(fit(c, s).ljust(s) for c, s in zip(columns, sizes, strict=True)).rstrip(), file=out)
    print("  ".join("-" * s for s in sizes), file=out)
    for line in cells:
        print("  ".join(fit(v, s).ljust(s) for v, s in zip(line, sizes, strict=True)).rstrip(), file=out)
    print(f"({len(rows)} records)", file=out)


def _show(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks
    from karabakh_status._converter import unstructure

    data = ks.load(args.dataset_version)
    record = data.get(args.id)
    fields = unstructure(record)
    for key, value in fields.items():
        if key != "citations" and value not in (None, [], ""):
            print(f"{key}: {_cell(value) if not isinstance(value, str) else value}", file=out)
        if key in ("term", "date", "receded") and isinstance(value, str):
            print(f"  ({getattr(record, key).phrase()})", file=out)
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


def _manifest(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from karabakh_status._folders import write_manifest

    manifest = write_manifest(Path(args.path), version=args.set_version)
    for entry in manifest.files:
        print(f"{entry.name}: {entry.records} records, sha256 {entry.sha256}", file=out)
    return 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    data = ks.load(args.dataset_version)
    for path in data.export(args.output, format=args.format):
        print(path, file=out)
    return 0


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    found = ks.diff(args.old, args.new)
    if args.format == "json":
        print(json.dumps(found.as_dict(), indent=2, ensure_ascii=False), file=out)
    else:
        empty = {"field": "", "old": "", "new": ""}
        rows = [{"change": "added", "dataset": d, "id": i, **empty} for d, i in found.added]
        rows += [{"change": "removed", "dataset": d, "id": i, **empty} for d, i in found.removed]
        rows += [
            {"change": "changed", "dataset": c.dataset, "id": c.id, "field": c.field,
             "old": json.dumps(c.old, ensure_ascii=False), "new": json.dumps(c.new, ensure_ascii=False)}
            for c in found.changed
        ]  # fmt: skip
        if rows:
            _table(rows, out)
        counts = f"{len(found.added)} added, {len(found.removed)} removed, {len(found.changed)} fields changed"
        print(f"{found.old} -> {found.new}: {counts}", file=out)
    return 1 if found else 0


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    import karabakh_status as ks
    from karabakh_status._datasets import DATASETS

    if args.dataset is not None and args.dataset not in DATASETS:
        raise ks.NotFoundError("dataset", args.dataset, f"; datasets: {', '.join(DATASETS)}")
    if args.output is None:
        if args.dataset is None:
            print("karabakh-status: error: name a dataset, or give --output DIR for all", file=sys.stderr)
            return 2
        print(json.dumps(ks.json_schema(args.dataset), indent=2, ensure_ascii=False), file=out)
        return 0
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    for name in [args.dataset] if args.dataset else list(DATASETS):
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(ks.json_schema(name), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path, file=out)
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "export": _export,
    "diff": _diff,
    "schema": _schema,
    "info": _info,
    "validate": _validate,
    "list": _list,
    "show": _show,
    "manifest": _manifest,
}
