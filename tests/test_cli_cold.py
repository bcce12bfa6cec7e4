"""The command line's read commands, run cold, import only what they use (issue 29: the CLI at the API's speed).

No timing here (see `benchmarks/bench.py`, section 8): what a fresh process has imported after a command.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

import karabakh_status as ks
from karabakh_status._cli.dispatch import COMMANDS, main, parser
from karabakh_status._converter import _converter, _ordered, plain

HEAVY = (
    "cattrs",  # the strict path's converter: a shipped version is built without it
    "hashlib",  # OpenSSL: the built-in SHA-256 hashes a shipped file or text
    "csv",  # `list --format csv` only
    "karabakh_status._export",  # `export` and `schema` only
    "karabakh_status._cli.check",
    "karabakh_status._cli.export",
    "karabakh_status._cli.sources",
)
"""Modules no read command imports (but ``history``, whose API reads records strictly: cattrs)."""


def _imported(argv: list[str]) -> set[str]:
    code = (
        f"import sys; sys.argv = {['karabakh-status', *argv]!r}; from karabakh_status.__main__ import run; "
        "code = run(); print(); print(' '.join(sorted(sys.modules))); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(done.stdout.splitlines()[-1].split())


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "rec-it-milan-2020"],
        ["list", "recognitions"],
        ["list", "ministers", "--on", "2012"],
        ["info"],
        ["cite", "rec-it-milan-2020"],
        ["cite"],
        ["history", "rec-it-milan-2020"],
    ],
    ids=" ".join,
)
def test_a_read_command_imports_none_of_the_heavy_modules(argv: list[str]) -> None:
    heavy = set(HEAVY) - ({"cattrs"} if argv[0] == "history" else set())
    assert sorted(_imported(argv) & heavy) == []


def test_plain_is_the_converters_unstructuring_of_every_shipped_record() -> None:
    for version in ks.versions():
        data = ks.load(version)
        records = [*data.sources(), *data.entities(), *data.ministers(), *data.recognitions(), *data.positions()]
        records += [*data.events(), *data.offices(), *data.relations(), *data.visas(), *data.friendship_groups()]
        records += [*data.memberships(), *data.twin_towns()]
        for record in records:
            by_cattrs = _ordered(record, _converter().unstructure(record), every_field=True)
            assert json.dumps(plain(record)) == json.dumps(by_cattrs), record.id


@pytest.mark.parametrize("name", [entry.name for entry in COMMANDS])
def test_a_command_built_when_chosen_has_the_help_of_the_whole_parser(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    whole = commands.choices[name].format_help()
    with pytest.raises(SystemExit):
        main([name, "--help"])
    assert capsys.readouterr().out == whole
