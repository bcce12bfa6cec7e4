"""Build-time pages generated from the package itself, so that they cannot drift from the code.

`rules.md` lists `karabakh_status.RULES`; `cli.md` is the parser's own help;
`changelog.md` is CHANGELOG.md. Each page's source holds a marker that this
hook replaces.
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _rules() -> str:
    import karabakh_status as ks

    lines = []
    for stage, title in (("read", "Checked while a folder is read"), ("records", "Checked on the records")):
        lines += [f"## {title}", ""]
        for rule in ks.RULES:
            if rule.stage == stage:
                lines += [
                    f"### `{rule.name}`",
                    "",
                    f"**{rule.title}** {rule.description}",
                    "",
                    "Example of a violation:",
                    "",
                    "```text",
                    rule.example,
                    "```",
                    "",
                ]
    return "\n".join(lines)


def _cli() -> str:
    from karabakh_status import _cli

    parser = _cli._parser()
    out = ["## `karabakh-status`", "", "```text", parser.format_help().rstrip(), "```", ""]
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in commands.choices.items():  # type: ignore[attr-defined]
        out += [f"## `karabakh-status {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(out)


def _changelog() -> str:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("# ") else text


MARKERS = {"<!-- rules -->": _rules, "<!-- cli -->": _cli, "<!-- changelog -->": _changelog}


def on_page_markdown(markdown: str, **_: Any) -> str:
    for marker, make in MARKERS.items():
        if marker in markdown:
            with redirect_stdout(io.StringIO()):
                markdown = markdown.replace(marker, make())
    return markdown
