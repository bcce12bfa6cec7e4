"""The public face: every public name is exported, documented, and shown by an example."""

from __future__ import annotations

import inspect

import pytest

import karabakh_status as ks

CONSTANTS = {"DATASET_VERSION", "ENV_VAR", "KINSHIP", "REWORDED", "RULES", "When", "__version__"}


def test_all_is_unique_and_resolves() -> None:
    assert len(ks.__all__) == len(set(ks.__all__))
    for name in ks.__all__:
        assert getattr(ks, name) is not None
    assert set(dir(ks)) >= set(ks.__all__)
    with pytest.raises(AttributeError):
        ks.no_such_name  # noqa: B018


@pytest.mark.parametrize("name", sorted(set(ks.__all__) - CONSTANTS))
def test_documented_with_an_example(name: str) -> None:
    obj = getattr(ks, name)
    doc = inspect.getdoc(obj) or ""
    assert doc, f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no example"


def test_version_is_not_read_from_metadata() -> None:
    """`__version__` is written in `__init__` (hatchling reads it there): importing reads no metadata."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    text = Path(ks.__file__).read_text(encoding="utf-8")
    assert re.findall(r'^__version__ = "(.+)"$', text, re.M) == [ks.__version__]
    code = "import sys, karabakh_status as k; k.__version__; print('importlib.metadata' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_every_public_name_is_on_the_api_page() -> None:
    from pathlib import Path

    docs = Path(__file__).parent.parent / "docs"
    page = "".join(p.read_text(encoding="utf-8") for p in sorted(docs.glob("api*.md")))  # api.md and api-*.md
    missing = [name for name in ks.__all__ if f"::: karabakh_status.{name}\n" not in page]
    assert not missing, f"not in docs/api*.md: {missing}"


def test_every_public_method_of_dataset_is_on_the_api_pages() -> None:
    """Each public member of `Dataset` is in the members list of its block or has its own `:::` line."""
    import re
    from pathlib import Path

    docs = Path(__file__).parent.parent / "docs"
    page = "".join(p.read_text(encoding="utf-8") for p in sorted(docs.glob("api*.md")))
    block = re.search(r"::: karabakh_status\.Dataset\n(?:    .*\n)*?      members: \[(.*)\]", page)
    assert block is not None, "no members list under ::: karabakh_status.Dataset"
    listed = {name.strip() for name in block.group(1).split(",")}
    public = [name for name in dir(ks.Dataset) if not name.startswith("_")]
    missing = [n for n in public if n not in listed and f"::: karabakh_status.Dataset.{n}\n" not in page]
    assert not missing, f"Dataset members not in docs/api*.md: {missing}"
    assert listed <= set(public), f"listed but not members of Dataset: {sorted(listed - set(public))}"
