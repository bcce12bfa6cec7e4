"""The command line: ``karabakh-status`` (or ``python -m karabakh_status``).

Every error is one line on stderr, never a traceback; the exit codes are `dispatch.EXIT_CODES` (the help's
epilog).

`dispatch` builds the parser from its registry `COMMANDS` and runs a command; each family of commands
has its module (`browse`: info, list, show; `check`: validate, diff, manifest; `export`: export, schema;
`sources`: sources check, sources import); `output` writes rows as tables, JSON or CSV; `terminal` is the
output as a terminal shows it (its width, lines wrapped, control characters escaped; piped, nothing of it);
`changes` writes a diff or a record's history as a changelog, the changed words marked.
"""

from karabakh_status._cli.dispatch import main

__all__ = ["main"]
