"""Commands that check data: ``validate`` (every rule), ``diff`` (two versions), ``manifest`` (rewrite one)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from karabakh_status._cli.command import Command, unreadable
from karabakh_status.errors import plural

__all__ = ["DIFF", "MANIFEST", "VALIDATE"]


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="a dataset folder with a manifest.json (default: a shipped version)")


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
        print(f"{what}: {plural(len(violations), 'violation')}", file=out)
        if unreadable(violations):  # no folder or no manifest to read is bad input
            from karabakh_status._cli.terminal import error_line

            print(f"karabakh-status: error: {error_line(str(violations[0]))}", file=sys.stderr)
            return 2
        return 1
    print(f"{what}: valid ({len(ks.RULES)} rules, {checked} of them over the records)", file=out)
    return 0


def _diff_arguments(parser: argparse.ArgumentParser) -> None:
    where = "a shipped version (X, X.Y, X.Y.Z) or the path of a dataset folder (./1.0.0 for one named like a version)"
    parser.add_argument("old", help=where)
    parser.add_argument("new", help=where)
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    import karabakh_status as ks

    try:
        found = ks.diff(args.old, args.new)
    except ks.DataError as error:  # a broken folder is bad input: every violation, then exit 2
        from karabakh_status._cli.terminal import error_line

        count = plural(len(error.violations), "violation")
        print(f"karabakh-status: error: {error_line(error.summary)} ({count}):", file=sys.stderr)
        print("".join(f"  {error_line(str(v))}\n" for v in error.violations), end="", file=sys.stderr)
        return 2
    if args.format == "json":
        from karabakh_status._cli.terminal import verbatim

        verbatim(out)
        print(json.dumps(found.as_dict(), indent=2, ensure_ascii=False), file=out)
    else:
        from karabakh_status._cli.changes import write_diff

        write_diff(found, out)
    return 1 if found else 0


def _manifest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the dataset folder")
    parser.add_argument("--set-version", metavar="X.Y.Z", help="the version to write (default: the manifest's)")


def _manifest(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from karabakh_status._folders import write_manifest

    manifest = write_manifest(Path(args.path), version=args.set_version)
    for entry in manifest.files:
        print(f"{entry.name}: {plural(entry.records, 'record')}, sha256 {entry.sha256}", file=out)
    return 0


VALIDATE = Command(
    "validate",
    description="Check every validation rule; print each violation. Exit 1 if any.",
    arguments=_validate_arguments,
    run=_validate,
)
DIFF = Command(
    "diff",
    description="Compare two dataset versions (X.Y.Z, X) or folders, by record id and field, as a changelog: the "
    "ids withdrawn (with the reason and replacements), removed and added first, then each changed record, by "
    "dataset, with each changed field's old and new text, the changed words marked (coloured in a terminal; "
    "[-old-]{+new+} when piped); last a summary that counts the records added, withdrawn, removed and changed "
    "and the fields changed. Exit status as diff(1): 0 if they are the same, 1 if they differ, 2 on trouble "
    "(bad input; a broken folder: every violation is printed).",
    arguments=_diff_arguments,
    run=_diff,
    versioned=False,
)
MANIFEST = Command(
    "manifest",
    description="Write manifest.json of a folder from its files: each file's "
    "SHA-256 and record count. Refuses released versions.",
    arguments=_manifest_arguments,
    run=_manifest,
    versioned=False,
)
