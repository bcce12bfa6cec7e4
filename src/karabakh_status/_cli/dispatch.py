"""The command line's parser and dispatch: one registry, `COMMANDS`, that builds the parser and runs a command.

To add a command: write its `Command` (description, arguments and handler) in the module of its family, or
a new module, and add its `Entry` to `COMMANDS`. A run imports the module of the chosen command only, and
builds the arguments of that command only: the help lists every command from the registry alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from karabakh_status import __version__

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._cli.command import Command

__all__ = ["COMMANDS", "EXIT_CODES", "Entry", "command", "main", "parser"]

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


class Entry(NamedTuple):
    """A command in the registry: its name, its one-line help, and where its `Command` is (module, name)."""

    name: str
    help: str
    module: str
    attribute: str


COMMANDS: tuple[Entry, ...] = (
    Entry("info", "show the versions, datasets, sources and licenses shipped", "browse", "INFO"),
    Entry("validate", "check every rule on a version or a folder", "check", "VALIDATE"),
    Entry("list", "list the records of a dataset", "browse", "LIST"),
    Entry("show", "show one record with its quotes and their context", "browse", "SHOW"),
    Entry("export", "write every dataset as a data package, CSV, JSON Lines, Parquet or SQLite", "export", "EXPORT"),
    Entry("diff", "list the records added, removed and changed between two versions", "check", "DIFF"),
    Entry("history", "show the life of a record across every shipped version", "versions", "HISTORY"),
    Entry("cite", "cite a dataset version, or one record in it", "versions", "CITE"),
    Entry("schema", "print the JSON Schema of a dataset's JSON file", "export", "SCHEMA"),
    Entry("manifest", "(re)write the manifest of an unreleased dataset folder", "check", "MANIFEST"),
    Entry(
        "sources",
        "compare a new revision of a bundled source with the data, or start a draft from it",
        "sources",
        "SOURCES",
    ),
)
"""Every subcommand, in the order of the help."""

_VERSION_HELP = (
    "the dataset version: X.Y.Z exactly, or X / X.Y for the newest match "
    "(default: $KARABAKH_STATUS_VERSION, else the newest released)"
)
_WIDE_HELP = "in a terminal, do not wrap or cut lines to its width"


def command(name: str) -> Command:
    """The `Command` of a registered name (its module imported now)."""
    import importlib

    entry = next(entry for entry in COMMANDS if entry.name == name)
    found: Command = getattr(importlib.import_module(f"karabakh_status._cli.{entry.module}"), entry.attribute)
    return found


class _SubParsersAction(argparse._SubParsersAction):  # type: ignore[type-arg]  # generic in typeshed only
    """The subcommands: a command's arguments are added when it is chosen (or at once, for the whole help).

    Named as argparse's own class, which the docs' hook and tests look for by name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pending: set[str] = set()

    def complete(self, name: str) -> None:
        """Give the subparser of a command its description and arguments, once."""
        if name not in self.pending:
            return
        self.pending.discard(name)
        chosen, sub = command(name), self.choices[name]
        sub.description = chosen.description
        if chosen.versioned:
            sub.add_argument("--dataset-version", metavar="V", default=argparse.SUPPRESS, help=_VERSION_HELP)
        sub.add_argument("--wide", action="store_true", default=argparse.SUPPRESS, help=_WIDE_HELP)
        chosen.arguments(sub)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, *more: Any) -> None:
        self.complete(values[0])
        super().__call__(parser, namespace, values, *more)


def parser(*, lazy: bool = False) -> argparse.ArgumentParser:
    """The parser of the command line, with a subcommand per entry of `COMMANDS`.

    ``lazy``: each command's module is imported, and its arguments added, only when the command is chosen
    (what a run does); otherwise every command is complete at once (for the help of each, the docs).
    """
    top = argparse.ArgumentParser(
        prog="karabakh-status",
        description="Versioned, citation-backed datasets on the political status of Nagorno-Karabakh.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"karabakh-status {__version__}")
    top.add_argument("--dataset-version", metavar="V", help=_VERSION_HELP)
    top.add_argument("--wide", action="store_true", help=_WIDE_HELP)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND", action=_SubParsersAction)
    assert isinstance(commands, _SubParsersAction)
    for entry in COMMANDS:
        commands.add_parser(entry.name, help=entry.help)
        commands.pending.add(entry.name)
    if not lazy:
        for entry in COMMANDS:
            commands.complete(entry.name)
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
    from karabakh_status._cli.command import unreadable
    from karabakh_status.errors import DataError, KarabakhStatusError

    _tolerant(sys.stdout, sys.stderr)
    try:
        args = parser(lazy=True).parse_args(argv)
        if sys.stdout is None:  # started with its standard output closed (>&-)
            error("cannot write the output: standard output is closed")
            return 2
        handler = command(args.command).run
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
