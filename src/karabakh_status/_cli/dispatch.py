"""The command line's parser and dispatch: one registry, `COMMANDS`, that builds the parser and runs a command.

To add a command: write its `Command` (arguments and handler) in the module of its family, or a new
module, and add it to `COMMANDS`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from karabakh_status import __version__
from karabakh_status._cli import browse, check, export, sources, versions
from karabakh_status._cli.command import Command, unreadable

__all__ = ["COMMANDS", "EXIT_CODES", "main", "parser"]

EXIT_CODES = """exit codes:
  0    success (diff: the versions are the same)
  1    violations found, or data that breaks a rule (diff: the versions
       differ, as diff(1) says; sources check: something needs attention)
  2    trouble: a usage error, bad input (an unknown version, dataset or
       id), or a file that cannot be read or written (the message names it)
  130  interrupted (Ctrl-C)

output: in a terminal, lines fit its width (--wide: no wrapping) and control
characters from the data show escaped (\\e, \\u202e); piped, for grep and
scripts: values whole and unpadded, a table one record per line (tabs)."""
"""The exit codes of the command line: the help's epilog, and the docs' CLI page (a test compares them)."""

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
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"karabakh-status {__version__}")
    version_help = (
        "the dataset version: X.Y.Z exactly, or X / X.Y for the newest match "
        "(default: $KARABAKH_STATUS_VERSION, else the newest released)"
    )
    top.add_argument("--dataset-version", metavar="V", help=version_help)
    wide_help = "in a terminal, do not wrap or cut lines to its width"
    top.add_argument("--wide", action="store_true", help=wide_help)
    wide = argparse.ArgumentParser(add_help=False)
    wide.add_argument("--wide", action="store_true", default=argparse.SUPPRESS, help=wide_help)
    version = argparse.ArgumentParser(add_help=False)
    version.add_argument("--dataset-version", metavar="V", default=argparse.SUPPRESS, help=version_help)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            parents=[version, wide] if command.versioned else [wide],
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
    from karabakh_status.errors import DataError, KarabakhStatusError

    _tolerant(sys.stdout, sys.stderr)
    try:
        args = parser().parse_args(argv)
        if sys.stdout is None:  # started with its standard output closed (>&-)
            error("cannot write the output: standard output is closed")
            return 2
        handler = next(command.run for command in COMMANDS if command.name == args.command)
        out = sys.stdout
        if out.isatty():  # piped, nothing is fitted nor escaped: not even the module that would do it is read
            from karabakh_status._cli.terminal import screen

            out = screen(out, wide=args.wide)
        code = handler(args, out)
        out.flush()  # a full disk shows now, not at exit
        return code
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        error("interrupted", prefix="karabakh-status: ")
        return 130
    except KarabakhStatusError as failure:
        first = str(failure).splitlines()[0] if str(failure) else type(failure).__name__
        if isinstance(failure, DataError) and failure.violations:
            more = len(failure.violations) - 1
            first = f"{failure.summary}: {failure.violations[0]}" + (f" (and {more} more)" if more else "")
        error(first)
        return 1 if isinstance(failure, DataError) and not unreadable(failure.violations) else 2
    except OSError as failure:  # a file that cannot be read or written, a full disk
        error(_os_error(failure))
        if failure.filename is None:  # the output stream itself
            _silence_stdout()
        return 2
    except (ValueError, TypeError) as failure:  # a filter value that does not parse, say
        error(str(failure))
        return 2


def error(message: str, prefix: str = "karabakh-status: error: ") -> None:
    """Print a message as one line on standard error (`error_line`: escaped, long values elided)."""
    from karabakh_status._cli.terminal import error_line

    if sys.stderr is not None:
        try:  # noqa: SIM105 - contextlib is not worth its import here
            print(f"{prefix}{error_line(message)}", file=sys.stderr)
        except (OSError, ValueError):  # standard error closed or full: nowhere left to say it
            pass


def _tolerant(*streams: object) -> None:
    """Let the output streams write any text: a character their encoding lacks (a file name that is not
    UTF-8, under ``LANG=C`` or ``PYTHONIOENCODING=ascii:strict``) as a backslash escape, never an error."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "") == "strict":
            try:  # noqa: SIM105 - contextlib is not worth its import here
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot change now
                pass


def _os_error(error: OSError) -> str:
    """An `OSError` in one line that names the path (or the output, when there is none)."""
    reason = error.strerror or str(error)
    if error.filename is None:
        return f"cannot write the output: {reason}"
    where = os.fsdecode(error.filename) if isinstance(error.filename, (str, bytes)) else str(error.filename)
    if getattr(error, "filename2", None):
        where += f" -> {os.fsdecode(error.filename2)}"
    return f"{where}: {reason}"


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the flush at exit neither fails nor prints."""
    try:
        real = sys.__stdout__
        if real is not None and sys.stdout is real:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, real.fileno())
            os.close(null)
        else:  # a stream of the caller's (a test's): leave its file descriptor alone
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the stream for the rest of the run
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to point anywhere
        pass
