"""Commands that write files: ``export`` (every dataset in a format of `_export.FORMATS`), ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from karabakh_status._cli.command import Command
from karabakh_status._cli.output import SPREADSHEET_SAFE

__all__ = ["EXPORT", "SCHEMA"]


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", help="the folder to write (created if needed)")
    from karabakh_status._export import FORMATS

    described = "; ".join(f"{name}: {text}" for name, (_, text) in FORMATS.items())
    parser.add_argument("--format", choices=tuple(FORMATS), default="datapackage", help=f"what to write ({described})")
    parser.add_argument(
        "--spreadsheet-safe",
        action="store_true",
        help=f"CSV only: {SPREADSHEET_SAFE}",
    )


def _export(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    data = ks.load(args.dataset_version)
    for path in data.export(args.output, format=args.format, spreadsheet_safe=args.spreadsheet_safe):
        print(path, file=out)
    return 0


def _schema_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dataset", nargs="?", help="a dataset name (default: all, with --output)")
    parser.add_argument("--output", metavar="DIR", help="write <dataset>.schema.json files into this folder")


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks
    from karabakh_status._datasets import DATASETS
    from karabakh_status._export.files import prepare, target, transaction, write

    if args.dataset is not None and args.dataset not in DATASETS:
        raise ks.NotFoundError("dataset", args.dataset, f"; datasets: {', '.join(DATASETS)}")
    if args.output is None:
        if args.dataset is None:
            print("karabakh-status: error: name a dataset, or give --output DIR for all", file=sys.stderr)
            return 2
        print(json.dumps(ks.json_schema(args.dataset), indent=2, ensure_ascii=False), file=out)
        return 0
    folder = target(args.output, "schema")
    written = []
    with transaction(folder):
        prepare(folder)
        for name in [args.dataset] if args.dataset else list(DATASETS):
            text = json.dumps(ks.json_schema(name), indent=2, ensure_ascii=False) + "\n"
            write(folder / f"{name}.schema.json", text.encode("utf-8"))
            written.append(folder / f"{name}.schema.json")
    for path in written:
        print(path, file=out)
    return 0


EXPORT = Command(
    "export",
    description="Write every dataset of a version into a folder: a Frictionless Data Package (CSV files and "
    "datapackage.json), CSV files, JSON Lines files, Parquet files (the extra arrow), or one SQLite "
    "database with a citations table and full-text search.",
    arguments=_export_arguments,
    run=_export,
)
SCHEMA = Command(
    "schema",
    description="Print the JSON Schema (draft 2020-12) of a dataset's JSON file, or write every dataset's "
    "into a folder.",
    arguments=_schema_arguments,
    run=_schema,
    versioned=False,
)
