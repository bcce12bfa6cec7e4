"""The command line page: for each command an example or two, run when the site is built, and the command's help.

Every example runs ``python -m karabakh_status ARGS`` in one fresh temporary folder that holds a copy of the
repository's ``seeds/`` (the bundled articles), in page order (so that ``export`` writes ``out/`` there and a
later example may read it), with its standard output a pseudo-terminal of 80 columns (as a reader's terminal;
``NO_COLOR`` set, so that a diff's changed words are marked ``[-old-]{+new+}``); the page shows its standard
output and standard error as they came, and its exit code. ``tests/test_site.py`` reruns each example shown on the built
page and compares.
"""

from __future__ import annotations

import html
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Each command's examples: (arguments, what the example shows).
EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "info": (("info", "The package's version, the dataset versions it ships, and the default version's contents."),),
    "validate": (("validate", "Every rule on the default version: nothing to report."),),
    "list": (
        ("list recognitions --country GB", "A dataset's records, filtered, as a table."),
        ("list recognitions --country IT --within 2020-10 --format csv", "As CSV: acts surely of October 2020."),
        ("list ministers --on 2015", "The foreign minister in office on a day (here any day of 2015)."),
    ),
    "show": (
        ("show rec-it-milan-2020", "One record, with each quote and the passage around it."),
        ("show rec-it-rome-2020", "An unknown id: a one-line error on standard error."),
    ),
    "export": (
        ("export --format csv out", "Every dataset as a CSV file, in the folder `out`."),
        (
            "export --format csv --spreadsheet-safe for-excel",
            "For a spreadsheet: a text cell that would start a formula (`=`, `+`, `-`, `@`) gets a leading `'`.",
        ),
    ),
    "diff": (("diff 1.0.0 1.1.0", "What changed between two versions (the exit code is 1 when anything did)."),),
    "schema": (("schema twin_towns", "The JSON Schema of a dataset's file (draft 2020-12)."),),
    "sources": (
        (
            "sources check foreign-relations-of-artsakh seeds/foreign-relations-of-artsakh.txt",
            "What a new revision of a bundled article means for the data; here the bundled text itself.",
        ),
    ),
    "history": (
        (
            "history rec-fr-national-assembly-2020-bill",
            "A record's life across every shipped version, drafts included: where it was added and each change.",
        ),
    ),
    "cite": (
        ("cite --style bibtex", "A citation of the dataset version, as BibTeX."),
        ("cite rec-it-milan-2020 --style text", "A citation of one record, with the sources that state it."),
    ),
    "manifest": (
        ("manifest out", "A folder's manifest is rewritten only for a version named: `--set-version X.Y.Z`."),
    ),
}

#: Outputs longer than this many lines are shown collapsed.
FOLD = 30


def run(commands: Iterable[str]) -> list[tuple[str, str, int]]:
    """Run each command (the arguments after ``karabakh-status``) in order, in one new folder.

    Returns (command, its standard output then standard error, its exit code) for each.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("KARABAKH_STATUS_VERSION", "COLUMNS", "LINES")}
    env.update(NO_COLOR="1", PYTHONIOENCODING="utf-8")
    out = []
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(ROOT / "seeds", Path(folder) / "seeds")
        for command in commands:
            argv = [sys.executable, "-m", "karabakh_status", *shlex.split(command)]
            text, err, code = _in_terminal(argv, folder, env)
            out.append((command, text + err, code))
    return out


def _in_terminal(argv: list[str], folder: str, env: dict[str, str]) -> tuple[str, str, int]:
    """Run a command with its standard output a pseudo-terminal of 80 columns; its output, errors and exit code."""
    import fcntl
    import struct
    import termios

    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    process = subprocess.Popen(
        argv, cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the command closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    err = process.stderr.read() if process.stderr else b""
    code = process.wait()
    text = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return text, err.decode("utf-8", "replace"), code


def example(command: str, output: str, code: int, note: str) -> str:
    """One example as Markdown: what it shows, the command and its output in a block, the exit code."""
    body = f"$ karabakh-status {command}\n{output.rstrip()}"
    block = (
        f'<div class="ks-example" data-command="{html.escape(command)}" data-exit="{code}" markdown>\n\n'
        f"```console\n{body}\n```\n\n</div>"
    )
    if output.count("\n") > FOLD:
        summary = f"<summary>$ karabakh-status {html.escape(command)}</summary>"
        block = f"<details markdown>\n{summary}\n\n{block}\n\n</details>"
    return f"{note} Exit code {code}.\n\n{block}\n"


def examples() -> dict[str, str]:
    """Each command's examples as Markdown, run now."""
    order = [(name, command, note) for name, items in EXAMPLES.items() for command, note in items]
    results = run(command for _, command, _ in order)
    found: dict[str, list[str]] = {}
    for (name, _, note), (command, output, code) in zip(order, results, strict=True):
        found.setdefault(name, []).append(example(command, output, code, note))
    return {name: "\n".join(parts) for name, parts in found.items()}
