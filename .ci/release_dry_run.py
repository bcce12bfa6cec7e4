"""A dry run of the release workflow (.github/workflows/release.yml) on this machine, before a tag is pushed.

Usage: python .ci/release_dry_run.py vX.Y.Z

Runs every ``run:`` step of the workflow's ``build`` and ``test`` jobs, in order, as the forge would: in a
fresh clone of HEAD, with ``GITHUB_REF_NAME`` set to the tag, ``python`` on the PATH being a fresh virtual
environment of this machine's Python (the forge's ``setup-python``), and the build job's ``dist/`` handed to
the test job (its ``upload-artifact``/``download-artifact``). The ``publish`` job is never run: it uploads.
Exits non-zero at the first failing step, naming it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def steps(job: dict[str, object]) -> list[tuple[str, str]]:
    """The (name, script) of each ``run:`` step of a job; ``uses:`` steps are the forge's own."""
    found = []
    for step in job["steps"]:  # type: ignore[attr-defined]
        if "run" in step:
            found.append((step.get("name", step["run"].splitlines()[0]), step["run"]))
    return found


def run_job(name: str, job: dict[str, object], tag: str, work: Path, dist: Path | None) -> Path:
    clone = work / name
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    if dist is not None:
        shutil.copytree(dist, clone / "dist")
    venv = work / f"{name}-python"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {**os.environ, "GITHUB_REF_NAME": tag, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}  # fmt: skip
    env.pop("PYTHONPATH", None)
    for title, script in steps(job):
        print(f"release dry run: {name}: {title}", flush=True)
        done = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=clone, env=env)
        if done.returncode:
            sys.exit(f"release dry run: FAILED at {name}: {title} (exit {done.returncode})")
    return clone / "dist"


def main() -> None:
    if len(sys.argv) != 2 or not sys.argv[1].startswith("v"):
        sys.exit(__doc__.split("\n\n")[1])
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="release-dry-run-"))
    try:
        dist = run_job("build", workflow["jobs"]["build"], sys.argv[1], work, None)
        print("release dry run: built", ", ".join(sorted(p.name for p in dist.iterdir())), flush=True)
        run_job("test", workflow["jobs"]["test"], sys.argv[1], work, dist)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"release dry run: {sys.argv[1]}: the build and test jobs passed (publish not run)")


if __name__ == "__main__":
    main()
