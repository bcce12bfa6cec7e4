"""The built wheel and sdist, each installed into a fresh virtual environment outside the repository, work alone."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import shared

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import json, karabakh_status as ks
from pathlib import Path
package = Path(ks.__file__).parent
assert "site-packages" in str(package), package
assert (package / "seeds").is_dir() and (package / "py.typed").is_file()
assert [p.sha256 for p in ks.provenance()] == [s.sha256 for s in ks.load().sources() if s.file]  # shipped beside
out = {}
for version in ks.versions():
    data = ks.load(version)
    out[version] = {name: len(data.records(name)) for name in data.datasets}
    assert ks.validate(version) == (), version
    for name in data.datasets:
        for record in data.records(name):
            for citation in getattr(record, "citations", ()):
                if data.source(citation.source).kind is ks.SourceKind.BUNDLED:
                    assert citation.context(), (record.id, citation.quote)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built from the checkout as a release builds them (`python -m build`: the sdist,
    then the wheel from the sdist), once per run (tests/conftest.py's `shared`). With this environment's
    hatchling (`--no-isolation`; the test extra has it), not one installed into a new environment for each:
    `.ci/run` builds the wheel with isolation, and the slow tests build with the pip a fresh venv ships."""
    if os.environ.get("KARABAKH_SKIP_WHEEL"):
        pytest.skip("KARABAKH_SKIP_WHEEL is set")

    def build(dist: Path) -> None:
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)]
        subprocess.run(command, check=True, capture_output=True)

    return shared(tmp_path_factory, "dist", build)


@pytest.fixture(scope="module", params=["wheel", "sdist"])
def installed(request: pytest.FixtureRequest, artifacts: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment, outside the checkout, with the wheel (or the sdist, built by pip) installed; once per
    run (tests/conftest.py's `shared`)."""
    pattern = "karabakh_status-*.whl" if request.param == "wheel" else "karabakh_status-*.tar.gz"
    artifact = next(artifacts.glob(pattern))

    def install(work: Path) -> None:
        # No pip of its own (ensurepip's seconds): this run's pip installs into it (`--python`). What the pip a
        # fresh venv ships does is tests/test_install.py's.
        venv.create(work / "env", with_pip=False)
        python = work / "env" / "bin" / "python"
        command = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(artifact)]
        subprocess.run(command, check=True, capture_output=True)

    return shared(tmp_path_factory, request.param, install)


def test_twine_check_strict_passes_on_both_artifacts(artifacts: Path) -> None:
    built = sorted(artifacts.glob("karabakh_status-*"))
    assert sorted(p.suffix for p in built) == [".gz", ".whl"], built
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2, result.stdout


def run(installed: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KARABAKH_STATUS_VERSION")}
    return subprocess.run(argv, cwd=installed, env=env, capture_output=True, text=True)


def test_loads_every_dataset_from_the_wheel(installed: Path) -> None:
    result = run(installed, str(installed / "env" / "bin" / "python"), "-c", CHECK)
    assert result.returncode == 0, result.stderr
    import json

    import karabakh_status as ks

    counts = json.loads(result.stdout)
    assert set(counts) == set(ks.versions())
    for version, files in counts.items():
        assert files == {e.name.removesuffix(".json"): e.records for e in ks.load(version).manifest.files}


def test_console_script_from_the_wheel(installed: Path) -> None:
    script = str(installed / "env" / "bin" / "karabakh-status")
    info = run(installed, script, "info")
    assert info.returncode == 0, info.stderr
    assert "dataset versions:" in info.stdout
    check = run(installed, script, "validate")
    assert check.returncode == 0 and "valid" in check.stdout, check.stdout + check.stderr


def test_a_study_pinned_to_1_0_0_prints_what_package_1_0_0_printed(installed: Path) -> None:
    """examples/pinned_study.py, run outside the repository with the installed package: byte for byte the output
    that the released package 1.0.0 gave for it (tests/snapshots/pinned-study-1.0.0.txt, written by that wheel);
    on the default version, the same study shows the corrections of later versions."""
    python = str(installed / "env" / "bin" / "python")
    script = str(ROOT / "examples" / "pinned_study.py")
    pinned = run(installed, python, script)
    assert pinned.returncode == 0, pinned.stderr
    assert pinned.stdout == (ROOT / "tests" / "snapshots" / "pinned-study-1.0.0.txt").read_text(encoding="utf-8")
    latest = run(installed, python, script, "latest")
    assert latest.returncode == 0, latest.stderr
    assert latest.stdout != pinned.stdout
    assert "rec-us-fresno-county-2013 us-fresno-county county " in latest.stdout
