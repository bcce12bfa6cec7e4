"""Fixtures: a private copy of a shipped version, to break on purpose."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from karabakh_status._versions import DATA, resolve_version, versions

try:
    import fcntl
except ImportError:  # not POSIX: each process builds its own copy (no lock to share one with)
    fcntl = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent

# No deadline: a property test checks behaviour, never speed (a loaded machine made
# examples miss the default 200 ms deadline). Speed is measured in benchmarks/.
# Two profiles: the README's run (`karabakh`) draws a quarter of the examples, so that it takes a minute;
# CI (`HYPOTHESIS_PROFILE=ci`, in .ci/run) draws every example each test asks for (`tests.strategies.examples`).
settings.register_profile("karabakh", deadline=None, max_examples=25)
settings.register_profile("ci", deadline=None, max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "karabakh"))

Edit = Callable[[str, Callable[[Any], Any]], None]


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without pytest-xdist (`-p no:xdist`, or not installed), pyproject's `--numprocesses` and `--dist` are
    accepted and ignored: the tests run in this one process."""
    if not pluginmanager.has_plugin("xdist"):
        group = parser.getgroup("xdist", "pytest-xdist is off: its options from pyproject's addopts are ignored")
        group.addoption("--numprocesses", default=None, help="ignored (pytest-xdist is off)")
        group.addoption("--dist", default="no", help="ignored (pytest-xdist is off)")


def shared(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder `build` fills once per test run, however many modules and xdist workers ask for it.

    The first to ask builds it under a file lock in the run's temporary folder (the folder every xdist
    worker's own one is in), the others wait for the lock and reuse what it built. Read it, never change it:
    other tests read the same copy. A failed build leaves no copy, and the next to ask builds again."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None:
        base = base.parent  # this run's folder, shared by its workers (without xdist, the parent is older runs')
    target = base / f"shared-{name}"
    done = base / f"shared-{name}.done"
    with open(base / f"shared-{name}.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            build(target)
            done.touch()
    return target


def build_site(target: Path) -> None:
    """`mkdocs build --strict` of the docs into `target` (tests/test_site.py, tests/test_browser.py)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documentation site, built once per run (`shared`): read it, never change it."""
    pytest.importorskip("mkdocs", reason="needs the docs extra")
    return shared(tmp_path_factory, "site", build_site)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the default shipped version's folder, relabelled as an unreleased draft (version 0.0.0):
    a released version's bytes may not change, and these copies are there to be changed."""
    target = tmp_path / "data"
    shutil.copytree(Path(DATA) / resolve_version(), target)
    manifest = read(target, "manifest.json")
    manifest.update(version="0.0.0", released=None)
    write(target, "manifest.json", manifest, manifest=False)
    return target


NEXT = f"{int(versions()[-1].split('.')[0]) + 1}.0.0"
"""A version after every shipped one: a copy labelled so has the default version as its previous release."""


@pytest.fixture
def successor(folder: Path) -> Path:
    """The copy relabelled as the draft of a next version (`NEXT`): the rules about what a version must keep
    of the previous release (the default version, that it copies) apply to it."""
    relabel(folder, NEXT)
    return folder


def relabel(folder: Path, version: str) -> None:
    """Give the copy's manifest another version (still an unreleased draft)."""
    manifest = read(folder, "manifest.json")
    manifest.update(version=version, released=None)
    write(folder, "manifest.json", manifest, manifest=False)


def read(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def write(folder: Path, name: str, data: Any, *, manifest: bool = True) -> None:
    """Write a data file; make the manifest's entry for it match, unless asked not to."""
    raw = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    (folder / name).write_bytes(raw)
    if manifest and name != "manifest.json":
        entry = {"sha256": hashlib.sha256(raw).hexdigest(), "records": len(data) if isinstance(data, list) else 0}
        listing = json.loads((folder / "manifest.json").read_bytes())
        listing["files"][name] = entry
        (folder / "manifest.json").write_text(json.dumps(listing, indent=2) + "\n", encoding="utf-8")


@pytest.fixture
def edit(folder: Path) -> Edit:
    """Change one file of the copy in place with a function of its JSON, and fix the manifest's hashes."""

    def change(name: str, how: Callable[[Any], Any]) -> None:
        data = read(folder, name)
        how(data)
        write(folder, name, data)

    return change


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """With KARABAKH_STATUS_NO_SKIP set (CI's run of the heavy tests), a skipped test fails:
    CI has every tool installed, so a skip there means a missing install step."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("KARABAKH_STATUS_NO_SKIP") and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every tool must be present: {report.longrepr}"


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
"""Debian's chromium: the browser every browser test drives (Playwright's own download is never used)."""
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_driver() -> Any:
    """Playwright's sync API, where it and Debian's chromium are installed; skips with a reason where either is absent.

    Session-scoped and cheap, so that a test that also needs a costly session fixture (`built_site`) asks for this
    one first and skips before that is made (pytest sets up a test's fixtures of one scope in the order asked)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the browser extra (playwright)")
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    return sync_api


@pytest.fixture(scope="module")
def browser(browser_driver: Any) -> Iterator[Any]:
    """Chromium through Playwright, launched once per module; skips with a reason where either is absent."""
    with browser_driver.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()
