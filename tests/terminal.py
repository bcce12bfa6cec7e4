"""Run the command line in a real pseudo-terminal of a given size, or piped, and read what it printed.

`in_terminal` opens a pty (`os.openpty`), sets its window size with ``TIOCSWINSZ``, and runs
``python -m karabakh_status`` with the pty as its standard output (so `shutil.get_terminal_size` and
``isatty`` see a terminal as a user's would); standard error is captured apart. The text read back has
the terminal's ``\\r\\n`` turned into ``\\n``. `visible` strips colour (SGR) sequences to measure widths.
"""

from __future__ import annotations

import fcntl
import os
import re
import struct
import subprocess
import sys
import termios
from typing import NamedTuple

SGR = re.compile(r"\x1b\[[0-9;]*m")
"""A colour sequence (Select Graphic Rendition), the only escape sequence the command line writes itself."""


class Run(NamedTuple):
    """What one run of the command line printed, and its exit code."""

    out: str
    err: str
    code: int


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KARABAKH_STATUS_VERSION", "COLUMNS", "LINES")}
    env.update({"PYTHONIOENCODING": "utf-8", "TERM": "xterm-256color"})
    env.update(extra or {})
    return env


def in_terminal(*argv: str, columns: int = 80, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run ``karabakh-status ARGV`` with its standard output on a pty of ``columns`` x 40."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "karabakh_status", *argv],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=_env(env),
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    err = process.stderr.read() if process.stderr else b""
    code = process.wait(timeout=timeout)
    text = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return Run(text, err.decode("utf-8", "replace"), code)


def piped(*argv: str, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run ``karabakh-status ARGV`` with its standard output a pipe."""
    done = subprocess.run(
        [sys.executable, "-m", "karabakh_status", *argv],
        capture_output=True,
        text=True,
        env=_env(env),
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return Run(done.stdout, done.stderr, done.returncode)


def visible(text: str) -> str:
    """The text without its colour sequences: what takes room on the screen."""
    return SGR.sub("", text)


def widest(text: str) -> int:
    """The width of the widest line, colour sequences left out."""
    return max((len(line) for line in visible(text).split("\n")), default=0)
