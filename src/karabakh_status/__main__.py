"""``python -m karabakh_status`` and the ``karabakh-status`` script: the command line as a program."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # `typing` is not imported at start-up: `attrs` imports it, later, after a Ctrl-C is caught
if TYPE_CHECKING:
    from typing import Any, NoReturn

__all__ = ["run"]


def run() -> int:
    """Run the command line as a program; return its exit code.

    Ctrl-C at any moment, while the command line is still being imported too, ends it with exit code 130 and
    one line on standard error (the process exits there and then); one that comes once the command is done
    changes nothing.
    """
    import _signal  # type: ignore[import-not-found]  # built in, loaded at start-up: free, unlike `signal`

    # A Ctrl-C whose KeyboardInterrupt is raised inside a finaliser (a __del__, a generator closed as it is
    # collected) is "ignored" by Python: printed as such, and the command would go on to exit 0 or 1. The hook
    # is the program's while the command works, and given back once it is done.
    hook = sys.unraisablehook
    sys.unraisablehook = _interrupted_unraisably(hook)
    try:
        from karabakh_status._cli import main

        code = main()
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)  # the work is done: exiting is not to be interrupted
    except KeyboardInterrupt:
        _leave(say=True)
    sys.unraisablehook = hook
    if code == 130:  # interrupted, and said so by the command line
        _leave(say=False)
    return code


def _interrupted_unraisably(hook: Any) -> Any:
    def unraisable(what: Any) -> None:
        if isinstance(what.exc_value, KeyboardInterrupt) or (
            isinstance(what.exc_type, type) and issubclass(what.exc_type, KeyboardInterrupt)
        ):
            _leave(say=True)
        hook(what)

    return unraisable


def _leave(say: bool) -> NoReturn:
    """Leave at once with exit code 130, having said "interrupted" if asked (leaving through `python -m`'s
    runpy, the process sometimes ended by the signal)."""
    import _signal

    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    if say and sys.stderr is not None:
        try:  # noqa: SIM105 - contextlib is not worth its import here
            print("karabakh-status: interrupted", file=sys.stderr)
        except Exception:  # standard error closed, full, or in the middle of a write: leave all the same
            pass
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # a closed or full stream, or one in the middle of a write
            pass
    os._exit(130)


if __name__ == "__main__":
    sys.exit(run())
