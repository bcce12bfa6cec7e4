"""Commands that write files: ``export`` (every dataset as CSV, JSON Lines or a data package), ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from karabakh_status._cli.command import Command

__all__ = ["EXPORT", "SCHEMA"]


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", help="the folder to write (created if needed)")
    parser.add_argument(
        "--format", choices=("datapackage", "csv", "jsonl"), default="datapackage", help="what to write"
    )


def _export(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    data = ks.load(args.dataset_version)
    for path in data.export(args.output, format=args.format):
        print(path, file=out)
    return 0


def _schema_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dataset", nargs="?", help="a dataset name (default: all, with --output)")
    parser.add_argument("--output", metavar="DIR", help="write <dataset>.schema.json files into this folder")


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


EXPORT = Command(
    "export",
    help="write every dataset as CSV, JSON Lines or a data package",
    description="Write every dataset of a version into a folder: a Frictionless Data Package (CSV files and "
    "datapackage.json), CSV files, or JSON Lines files.",
    arguments=_export_arguments,
    run=_export,
)
SCHEMA = Command(
    "schema",
    help="print the JSON Schema of a dataset's JSON file",
    description="Print the JSON Schema (draft 2020-12) of a dataset's JSON file, or write every dataset's "
    "into a folder.",
    arguments=_schema_arguments,
    run=_schema,
    versioned=False,
)
