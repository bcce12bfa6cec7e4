"""The one import a worker of tests/test_hostile_writes.py's concurrency tests runs, in a module of its own.

A process the test spawns imports the module of the function it is given: this one imports the package only,
not pytest and the test module's imports (a fifth of a second of CPU in each of sixteen processes).
"""

from __future__ import annotations

import karabakh_status as ks

FR = "foreign-relations-of-artsakh"


def import_into(new: str, draft: str) -> str:
    """One import, as a worker runs it: ``"ok"`` or the class of its error."""
    try:
        ks.import_source(FR, new, draft, version="9.0.0")
    except ks.KarabakhStatusError as error:
        return type(error).__name__
    except BaseException as error:  # what escapes is what the test reports
        return f"raw {type(error).__name__}: {error}"
    return "ok"
