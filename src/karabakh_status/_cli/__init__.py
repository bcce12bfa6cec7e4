"""The command line: ``karabakh-status`` (or ``python -m karabakh_status``).

Exit codes: 0 success; 1 violations found (or, for diff, the versions differ; for sources check, something
needs attention); 2 a usage error or bad input
(an unknown version, dataset or id), with a one-line message on stderr.

`dispatch` builds the parser from its registry `COMMANDS` and runs a command; each family of commands
has its module (`browse`: info, list, show; `check`: validate, diff, manifest; `export`: export, schema;
`sources`: sources check, sources import); `output` writes rows as tables, JSON or CSV.
"""

from karabakh_status._cli.dispatch import main

__all__ = ["main"]
