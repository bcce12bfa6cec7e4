"""`Command`: one subcommand of the command line, its arguments and its handler; the registry reads these."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._violation import Violation

__all__ = ["Command", "unreadable"]


class Command(NamedTuple):
    """A subcommand: its name and description, how it adds its arguments, and the handler that runs it.

    Its one-line help is in the registry (`dispatch.COMMANDS`), which lists every command without
    importing its module. ``versioned``: whether it takes ``--dataset-version`` after its name too. The handler gets the
    parsed arguments and the output stream, and returns the exit code.
    """

    name: str
    description: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, TextIO], int]
    versioned: bool = True


def unreadable(violations: tuple[Violation, ...] | list[Violation]) -> bool:
    """Whether a folder could not be read at all (no folder, no manifest): bad input, exit code 2, not 1."""
    from karabakh_status._folders import UNREADABLE

    return any(v.rule == "manifest-readable" and v.message.startswith(UNREADABLE) for v in violations)
