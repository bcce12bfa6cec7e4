"""Commands for a new revision of a bundled source: ``sources check`` (what it means for the data) and
``sources import`` (a draft version that carries it)."""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TYPE_CHECKING, TextIO

from karabakh_status._cli.command import Command

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._curation.check import SourceCheck

__all__ = ["SOURCES", "report"]

WIDTH = 80


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="what a new revision of a bundled source means for the data",
        description="Compare a new revision of a bundled source with the bundled text: quotes kept, moved, "
        "reworded (with a word diff and the attested fields it touches) or gone, sections renamed, moved or removed "
        "(with the records that cite them), and new or reworded sentences no record cites. A text that does not "
        "look like a revision of the source is refused unless --force. Exit 0: nothing to do; 1: something needs "
        "attention; 2: bad input.",
    )
    check.add_argument("source", metavar="SOURCE_ID", help="the id of a bundled source")
    check.add_argument("text", metavar="NEW_TEXT_FILE", help="the new revision, as UTF-8 text")
    check.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    check.add_argument(
        "--force", action="store_true", help="check a text even if it does not look like a revision of the source"
    )
    check.add_argument(
        "--data", metavar="DIR", help="check the records of this dataset folder (a mended draft) instead of a version"
    )
    start = actions.add_parser(
        "import",
        help="start a draft version that carries a new revision of a bundled source",
        description="Copy the newest released version into DRAFT_DIR (new or empty), with the new text as "
        "<SOURCE_ID>.txt and its SHA-256 in sources.json and the manifest, unreleased. Nothing else is edited: "
        "then `validate DRAFT_DIR` lists what must be mended.",
    )
    start.add_argument("source", metavar="SOURCE_ID", help="the id of a bundled source")
    start.add_argument("text", metavar="NEW_TEXT_FILE", help="the new revision, as UTF-8 text")
    start.add_argument("draft", metavar="DRAFT_DIR", help="the draft folder to write (new or empty)")
    start.add_argument(
        "--force", action="store_true", help="import a text even if it does not look like a revision of the source"
    )
    start.add_argument("--set-version", metavar="X.Y.Z", help="the draft's version (default: the next minor)")


def _run(args: argparse.Namespace, out: TextIO) -> int:
    import sys

    import karabakh_status as ks

    if args.dataset_version is not None and (args.sources_command == "import" or args.data is not None):
        what = (
            "sources import starts from the newest released version"
            if args.sources_command == "import"
            else ("sources check reads either a version or --data")
        )
        print(f"karabakh-status: error: --dataset-version does not apply: {what}", file=sys.stderr)
        return 2
    if args.sources_command == "import":
        folder = ks.import_source(args.source, args.text, args.draft, version=args.set_version, force=args.force)
        print(f"{folder}: a draft of {args.source}; now run: karabakh-status validate {folder}", file=out)
        return 0
    found = ks.check_source(args.source, args.text, version=args.dataset_version, path=args.data, force=args.force)
    if args.format == "json":
        print(json.dumps(found.to_json(), indent=2, ensure_ascii=False), file=out)
    else:
        print(report(found), file=out)
    return 1 if found.needs_attention else 0


def _wrap(text: str, indent: str) -> list[str]:
    """Lines of at most `WIDTH` characters; an id or other long word is never broken."""
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _path(section: tuple[str, ...] | None) -> str:
    return "(lead)" if not section else " / ".join(section)


def report(found: SourceCheck) -> str:
    """The report as text that fits 80 columns (ids and hashes are never cut)."""
    lines = [f"{found.source}: a new revision against dataset {found.version}"]
    lines += [f"  bundled text {found.bundled_sha256}", f"  new text     {found.new_sha256}"]
    if found.quotes:
        lines += ["", f"Quotes not kept ({len(found.quotes)} of {found.citations} citations)"]
    for change in found.quotes:
        lines.append(f"  {change.status:<10}{change.record} citations[{change.citation}]")
        lines += _wrap(f"in: {_path(change.section)}", "      ")
        if change.fields:
            lines += _wrap(f"attests: {', '.join(change.fields)}", "      ")
        lines += _wrap(f"was: {change.quote}", "      ")
        if change.status == "moved":
            lines += _wrap(f"now in: {_path(change.now)} (line {change.line})", "      ")
        if change.status == "reworded":
            where = f"line {change.line}, {_path(change.now)}, similarity {change.similarity}"
            lines += _wrap(f"nearest ({where}):", "      ")
            lines += _wrap(change.nearest or "", "        ")
            lines += _wrap(f"diff: {change.diff}", "      ")
            if change.touches:
                lines += _wrap(f"touches: {', '.join(change.touches)} (re-check against the new wording)", "      ")
    if found.sections:
        lines += ["", f"Sections changed ({len(found.sections)})"]
    for section in found.sections:
        arrow = f" -> {_path(section.now)}" if section.now is not None else ""
        lines += _wrap(f"{section.change:<10}{_path(section.section)}{arrow}", "  ")
        lines += _wrap(f"cited by: {', '.join(section.records) or 'no record'}", "      ")
    if found.uncited:
        lines += ["", f"New or reworded text no record cites ({len(found.uncited)})"]
    for sentence in found.uncited:
        kind = "cell" if sentence.cell else "sentence"
        lines.append(f"  line {sentence.line:<5}{kind} in {_path(sentence.section)}")
        lines += _wrap(sentence.text, "      ")
    from karabakh_status.errors import plural

    counts = found.summary
    lines += [
        "",
        f"Summary: quotes {counts['kept']} kept, {counts['moved']} moved, {counts['reworded']} reworded, "
        f"{counts['gone']} gone; {plural(counts['sections'], 'section changed', 'sections changed')}; "
        f"{counts['uncited']} of {counts['sentences']} sentences uncited",
    ]
    lines.append("Needs attention." if found.needs_attention else "Nothing to do: the data fits the new text.")
    return "\n".join(line for part in lines for line in (_wrap(part, "") if len(part) > WIDTH else [part]))


SOURCES = Command(
    "sources",
    "Curate from a new revision of a bundled source: `sources check` says what it means for the data, "
    "`sources import` starts a draft version that carries it.",
    _arguments,
    _run,
)
