"""The command line's parser and dispatch: one registry, `COMMANDS`, that builds the parser and runs a command.

To add a command: write its `Command` (arguments and handler) in the module of its family, or a new
module, and add it to `COMMANDS`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from karabakh_status._cli import browse, check, export, sources, versions
from karabakh_status._cli.command import Command
from karabakh_status._version import __version__

__all__ = ["COMMANDS", "main", "parser"]

COMMANDS: tuple[Command, ...] = (
    browse.INFO,
    check.VALIDATE,
    browse.LIST,
    browse.SHOW,
    export.EXPORT,
    check.DIFF,
    versions.HISTORY,
    versions.CITE,
    export.SCHEMA,
    check.MANIFEST,
    sources.SOURCES,
)
"""Every subcommand, in the order of the help."""


def parser() -> argparse.ArgumentParser:
    """The parser of the command line, with a subcommand per `Command` of `COMMANDS`."""
    top = argparse.ArgumentParser(
        prog="karabakh-status",
        description="Versioned, citation-backed datasets on the political status of Nagorno-Karabakh.",
        epilog="Exit codes: 0 success, 1 violations found (diff: the versions differ; sources check: something "
        "needs attention), 2 usage error or bad input.",
    )
    top.add_argument("--version", action="version", version=f"karabakh-status {__version__}")
    version_help = (
        "the dataset version: X.Y.Z exactly, or X / X.Y for the newest match "
        "(default: $KARABAKH_STATUS_VERSION, else the newest released)"
    )
    top.add_argument("--dataset-version", metavar="V", help=version_help)
    version = argparse.ArgumentParser(add_help=False)
    version.add_argument("--dataset-version", metavar="V", default=argparse.SUPPRESS, help=version_help)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            parents=[version] if command.versioned else [],
            help=command.help,
            description=command.description,
        )
        command.arguments(sub)
    return top


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

    args = parser().parse_args(argv)
    handler = next(command.run for command in COMMANDS if command.name == args.command)
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
