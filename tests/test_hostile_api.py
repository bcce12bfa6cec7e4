"""API faults: a path that names no folder, a wrong-typed folder, a negative count; each ends in the package's
errors (or a `TypeError` naming the parameter), with a message that says what the path is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks

FR = "foreign-relations-of-artsakh"
NUL = "a\x00b"
BUNDLED = str(Path(__file__).resolve().parent.parent / "seeds" / f"{FR}.txt")

NUL_CALLS: dict[str, tuple[Callable[[], Any], type[Exception]]] = {
    "load(path=)": (lambda: ks.load(path=NUL), ks.ManifestError),
    "load(path=) of a folder below": (lambda: ks.load(path=f"/tmp/{NUL}/x"), ks.ManifestError),
    "diff(a, path)": (lambda: ks.diff("1.0.0", NUL), ks.ManifestError),
    "export(folder)": (lambda: ks.load("1.1.0").export(NUL), ks.ExportError),
    "check_source(new text)": (lambda: ks.check_source(FR, NUL), ks.RevisionError),
    "check_source(path=)": (lambda: ks.check_source(FR, BUNDLED, path=NUL), ks.ManifestError),
    "import_source(new text)": (lambda: ks.import_source(FR, NUL, "/tmp/never-written"), ks.RevisionError),
    "import_source(draft)": (lambda: ks.import_source(FR, BUNDLED, f"/tmp/{NUL}"), ks.RevisionError),
    "history(folders=)": (lambda: ks.history("rec-it-milan-2020", folders=[NUL]), ks.ManifestError),
}


@pytest.mark.parametrize("call", NUL_CALLS)
def test_a_path_with_a_nul_byte_is_the_packages_error(call: str) -> None:
    function, error = NUL_CALLS[call]
    with pytest.raises(error) as caught:
        function()
    assert "\x00" not in str(caught.value)  # shown escaped, never raw


def test_validate_reports_a_nul_path_as_a_violation() -> None:
    (violation,) = ks.validate(path=NUL)
    assert violation.rule == "manifest-readable" and "NUL byte" in violation.message


def _file(path: Path) -> Path:
    path.write_text("[]")
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: _file(tmp / "file.json"), "is a file"),
        (lambda tmp: Path("/dev/null"), "not a folder"),
        (lambda tmp: tmp / "nowhere", "no such folder"),
    ],
    ids=["a regular file", "a device", "nothing"],
)
def test_what_is_not_a_folder_is_named(tmp_path: Path, make: Callable[[Path], Path], says: str) -> None:
    """A regular file given as a folder is a file, not "no such folder"."""
    where = make(tmp_path)
    (violation,) = ks.validate(path=where)
    assert says in violation.message and str(where) in violation.message
    with pytest.raises(ks.ManifestError, match=says):
        ks.load(path=where)


@pytest.mark.parametrize("bad", [None, 1, b"bytes-path", ["a"]])
def test_history_folders_are_paths(bad: Any) -> None:
    """``folders=[None]`` read the default version as if it were a folder of one's own."""
    with pytest.raises(TypeError, match=r"^history\(\) argument 'folders' must hold str or os.PathLike paths"):
        ks.history("rec-it-milan-2020", folders=[bad])
