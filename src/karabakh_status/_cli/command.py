"""`Command`: one subcommand of the command line, its arguments and its handler; the registry reads these."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NamedTuple, TextIO

__all__ = ["Command"]


class Command(NamedTuple):
    """A subcommand: its name and help, how it adds its arguments, and the handler that runs it.

    ``versioned``: whether it takes ``--dataset-version`` after its name too. The handler gets the
    parsed arguments and the output stream, and returns the exit code.
    """

    name: str
    help: str
    description: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, TextIO], int]
    versioned: bool = True
