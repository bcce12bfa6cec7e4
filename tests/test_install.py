"""Every install route of the README and docs/install.md, word for word, with the pip a fresh venv ships (issue 24).

Each route runs in a new virtual environment outside the repository (made by `venv`, its pip never upgraded),
from a git clone made in a temporary folder of the project's files as they are now; the placeholders of the
docs (``/path/to/clone``, ``COMMIT``) are replaced by that clone and its commit. Then the package is imported
from outside the repository. Slow (virtual environments, builds): marked ``slow``, deselected by the README's
test command and run by CI (`.ci/run`: ``pytest -m slow``).
"""

from __future__ import annotations

import ensurepip
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

import karabakh_status as ks

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"
INSTALL = ROOT / "docs" / "install.md"
VERSION = ks.__version__

BUILD_FILES = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-DATA", "CHANGELOG.md", "CITATION.cff", "src", "seeds")
"""What a clone needs to build the wheel (hatchling's wheel target and its metadata)."""

README_FIRST = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/karabakh-status info"
README_GIT = 'pip install "karabakh-status @ git+file://localhost/path/to/clone@COMMIT"'
README_WHEEL = "python3 -m pip wheel --no-deps --wheel-dir dist ."
COMMIT_OF = "git -C /path/to/clone rev-parse HEAD"
BUILD_WHEEL = "python3 -m pip wheel --no-deps --wheel-dir dist ."
INSTALL_WHEEL = f"python -m pip install /path/to/clone/dist/karabakh_status-{VERSION}-py3-none-any.whl"
BUILD_WHEELHOUSE = "python3 -m pip wheel --wheel-dir wheelhouse ."
INSTALL_WHEELHOUSE = (
    f"python -m pip install --no-index --find-links /path/to/clone/wheelhouse karabakh-status=={VERSION}"
)
INSTALL_GIT = 'python -m pip install "karabakh-status @ git+file://localhost/path/to/clone@COMMIT"'

ROUTES = {
    README: (README_FIRST, README_GIT, README_WHEEL, COMMIT_OF),
    INSTALL: (BUILD_WHEEL, INSTALL_WHEEL, BUILD_WHEELHOUSE, INSTALL_WHEELHOUSE, COMMIT_OF, INSTALL_GIT),
}

CHECK = (
    "import karabakh_status as ks; print(ks.__file__); "
    "print(ks.get('rec-it-milan-2020', ks.Recognition).date.phrase(), ks.__version__)"
)


@pytest.mark.parametrize("doc", list(ROUTES), ids=lambda path: path.name)
def test_the_docs_give_these_routes_word_for_word(doc: Path) -> None:
    """The commands the slow tests run are the docs' own; no route that stock pip refuses is left."""
    text = doc.read_text(encoding="utf-8")
    for command in ROUTES[doc]:
        assert command in text, (doc.name, command)
    refused = [line for line in text.splitlines() if "git+file:///" in line and "refuses" not in line]
    assert not refused, refused  # pip 23.2: "Invalid requirement ... It looks like a path"
    assert "-m build" not in text and "install build" not in text  # `build` is not in a fresh Python
    assert "@v1.1.0" not in text  # a tag no clone has


def test_the_readme_keeps_the_line_for_another_project() -> None:
    line = 'pip install "karabakh-status @ git+file://localhost/path/to/clone@COMMIT"'
    assert README.read_text(encoding="utf-8").count(line) == 1


# -- the routes, run ----------------------------------------------------------------------------------------


def _fresh_venv(path: Path) -> Path:
    """A virtual environment as `python3 -m venv` makes it: the pip that `ensurepip` bundles, never upgraded."""
    venv.create(path, with_pip=True, clear=True)
    version = subprocess.run(
        [path / "bin" / "python", "-m", "pip", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert version.startswith(f"pip {ensurepip.version()} "), version
    return path


def _run(command: str, *, cwd: Path, env_dir: Path, index: bool = True) -> str:
    """Run a docs' command in a shell whose ``python``, ``python3`` and ``pip`` are the environment's; without
    ``index``, pip reads no configuration (no machine-wide index or wheel folder: only what the command names)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=f"{env_dir / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}", VIRTUAL_ENV=str(env_dir))
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"  # the version check would not upgrade: it only prints
    if index:
        env.update({k: v for k, v in os.environ.items() if k.startswith("PIP_")})
    else:
        env["PIP_CONFIG_FILE"] = os.devnull
    run = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"{command}\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return run.stdout


def _imports(env_dir: Path, outside: Path) -> None:
    """The package imports in the environment, from its own site-packages, outside the repository."""
    found = subprocess.run(
        [env_dir / "bin" / "python", "-c", CHECK], cwd=outside, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert Path(found[0]).resolve().is_relative_to(env_dir.resolve()), found
    assert not Path(found[0]).resolve().is_relative_to(ROOT.resolve())
    assert found[1] == f"15 October 2020 {VERSION}"


def _substitute(command: str, clone: Path, commit: str = "COMMIT") -> str:
    return command.replace("/path/to/clone", str(clone)).replace("COMMIT", commit)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-project")


@pytest.fixture(scope="module")
def clone(work: Path) -> Path:
    """A git repository outside the repository, holding the project's files as they are now, committed."""
    target = work / "clone"
    target.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in BUILD_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "clone"]):
        subprocess.run([*git, *step], cwd=target, check=True, capture_output=True)
    return target


@pytest.fixture(scope="module")
def builder(work: Path) -> Path:
    """A fresh Python, where the clone's commands (building a wheel) run."""
    return _fresh_venv(work / "builder")


@pytest.fixture(scope="module")
def commit(clone: Path, builder: Path) -> str:
    """The clone's commit, as the docs' command prints it."""
    found = _run(_substitute(COMMIT_OF, clone), cwd=clone, env_dir=builder).strip()
    assert len(found) == 40 and int(found, 16) >= 0, found
    return found


@pytest.mark.slow
def test_the_readmes_first_command_installs_and_runs(work: Path, clone: Path, builder: Path) -> None:
    copy = work / "first"
    shutil.copytree(clone, copy)
    out = _run(README_FIRST, cwd=copy, env_dir=builder)
    assert "recognitions" in out and VERSION in out
    _imports(copy / ".venv", work)


@pytest.mark.slow
@pytest.mark.parametrize("command", [README_GIT, INSTALL_GIT], ids=["readme", "install-page"])
def test_a_commit_of_a_clone_installs(command: str, work: Path, clone: Path, commit: str) -> None:
    project = _fresh_venv(work / f"git-{len(command)}")
    _run(_substitute(command, clone, commit), cwd=work, env_dir=project)
    _imports(project, work)


@pytest.mark.slow
def test_a_wheel_built_with_pip_alone_installs(work: Path, clone: Path, builder: Path) -> None:
    _run(BUILD_WHEEL, cwd=clone, env_dir=builder)
    assert [p.name for p in (clone / "dist").iterdir()] == [f"karabakh_status-{VERSION}-py3-none-any.whl"]
    project = _fresh_venv(work / "wheel")
    _run(_substitute(INSTALL_WHEEL, clone), cwd=work, env_dir=project)
    _imports(project, work)


@pytest.mark.slow
def test_a_wheelhouse_installs_with_no_index(work: Path, clone: Path, builder: Path) -> None:
    _run(BUILD_WHEELHOUSE, cwd=clone, env_dir=builder)
    names = {p.name.split("-")[0] for p in (clone / "wheelhouse").iterdir()}
    assert {"karabakh_status", "attrs", "cattrs"} <= names, names
    project = _fresh_venv(work / "wheelhouse-project")
    _run(_substitute(INSTALL_WHEELHOUSE, clone), cwd=work, env_dir=project, index=False)
    _imports(project, work)
