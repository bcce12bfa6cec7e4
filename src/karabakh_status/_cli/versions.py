"""Commands about versions over time: ``history`` (one record's life) and ``cite`` (a version or a record)."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from karabakh_status._cli.command import Command

__all__ = ["CITE", "HISTORY"]


def _history_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="the id of a record, entity or source (also one only an old version has)")
    parser.add_argument(
        "--folder", action="append", default=[], metavar="PATH", help="a dataset folder of your own to read too"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def _history(args: argparse.Namespace, out: TextIO) -> int:
    import attrs

    import karabakh_status as ks
    from karabakh_status._cli.terminal import emit, verbatim, width, wrap

    steps = ks.history(args.id, folders=args.folder)
    if args.format == "json":
        rows = [attrs.asdict(step, value_serializer=lambda _, __, v: getattr(v, "value", v)) for step in steps]
        verbatim(out)
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
        return 0
    from karabakh_status._cli.changes import field_lines

    for step in steps:
        lines = [f"{step.version}  {step.kind.value:<9}  {step.dataset}"]
        for change in step.changes:
            lines += field_lines(out, change.field, change.old, change.new, "    ")
        if step.reason is not None:
            lines += wrap(f"reason: {step.reason}", width(out), "    ", "      ")
            lines += wrap(f"replaced by: {', '.join(step.replaced_by) or '(nothing)'}", width(out), "    ", "      ")
        emit(out, lines)
    return 0


def _cite_arguments(parser: argparse.ArgumentParser) -> None:
    from karabakh_status._cite import STYLES

    parser.add_argument("id", nargs="?", help="the id of one record to cite (default: the dataset version)")
    parser.add_argument("--style", choices=STYLES, default=STYLES[0], help="citation style")


def _cite(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    if args.style == "csl-json" and hasattr(out, "fit"):  # a terminal: printed as it is, not wrapped
        out.fit = False
    out.write(ks.cite(args.dataset_version, args.id, style=args.style))
    return 0


HISTORY = Command(
    "history",
    description="Show, oldest first, the version that added a record, each that changed it (field, old and new "
    "value) and the one that withdrew it (reason, replacements). Reads every shipped version, drafts included.",
    arguments=_history_arguments,
    run=_history,
    versioned=False,
)
CITE = Command(
    "cite",
    description="Print a citation of the dataset version (or of one record: its id, the version, the sources "
    "that state it and their license) as BibTeX, CSL-JSON or text.",
    arguments=_cite_arguments,
    run=_cite,
)
