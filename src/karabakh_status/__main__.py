"""``python -m karabakh_status`` and the ``karabakh-status`` script: the command line as a program."""

import os
import sys

__all__ = ["run"]


def run() -> int:
    """Run the command line as a program; return its exit code.

    Ctrl-C at any moment, while the command line is still being imported too, ends it with exit code 130 and
    one line on standard error (the process exits there and then); one that comes once the command is done
    changes nothing.
    """
    import _signal  # type: ignore[import-not-found]  # built in, loaded at start-up: free, unlike `signal`

    try:
        from karabakh_status._cli import main

        code = main()
    except KeyboardInterrupt:
        if sys.stderr is not None:
            try:  # noqa: SIM105 - contextlib is not worth its import here
                print("karabakh-status: interrupted", file=sys.stderr)
            except (OSError, ValueError):  # pragma: no cover - standard error closed
                pass
        code = 130
    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)  # the work is done: exiting is not to be interrupted
    if code == 130:  # interrupted: leave at once (through `python -m`'s runpy, it sometimes ended by the signal)
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):  # pragma: no cover - a closed or full stream
                pass
        os._exit(130)
    return code


if __name__ == "__main__":
    sys.exit(run())
