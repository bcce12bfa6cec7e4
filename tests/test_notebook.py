"""examples/notebook.ipynb executed in a real Jupyter kernel, and its cards rendered in Chromium (issue 24).

The notebook is executed as it is kept (nbclient + ipykernel, the `notebook` extra); one more cell, added
in memory only, shows a draft record whose note is a ``<script>`` and a source whose address is a
``javascript:`` URL. The HTML the kernel returns is then loaded in Debian's Chromium (Playwright), which
must find the cards, run no script and link nothing but ``http(s)`` addresses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.heavy
ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "notebook.ipynb"

HOSTILE = """\
import attrs
draft = attrs.evolve(data.get("rec-it-milan-2020"),
                     note='<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">')
display(draft)
display(attrs.evolve(data.source("foreign-relations-of-artsakh"), url="javascript:window.pwned = 3"))
"""


def _read() -> Any:
    nbformat = pytest.importorskip("nbformat", reason="needs the notebook extra (nbformat)")
    return nbformat.read(NOTEBOOK, as_version=4)


def test_the_notebook_is_valid_and_kept_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs the notebook extra (nbformat)")
    notebook = _read()
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    """The notebook (and the hostile cell) executed in a fresh kernel: the HTML outputs of each code cell."""
    nbformat = pytest.importorskip("nbformat", reason="needs the notebook extra (nbformat)")
    nbclient = pytest.importorskip("nbclient", reason="needs the notebook extra (nbclient)")
    pytest.importorskip("ipykernel", reason="needs the notebook extra (ipykernel)")
    notebook = _read()
    notebook.cells.append(nbformat.v4.new_code_cell(HOSTILE))
    cwd = tmp_path_factory.mktemp("notebook")  # the kernel writes nothing into the repository
    where = {"metadata": {"path": cwd}}
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources=where)
    client.execute()
    return [
        [output["data"]["text/html"] for output in cell.outputs if "text/html" in output.get("data", {})]
        for cell in notebook.cells
        if cell.cell_type == "code"
    ]


def test_every_cell_shows_its_card(executed: list[list[str]]) -> None:
    version, record, found, entity, diff, history, hostile = executed
    assert "karabakh_status dataset 1.1.0" in version[0] and "recognitions" in version[0]
    assert "rec-it-milan-2020" in record[0] and "On 15 October 2020, the Italian city of Milan" in record[0]
    assert len(found) == 2 and "rec-it-milan-2020" in found[0]
    assert "artsakh-stepanakert" in entity[0]
    assert "1.0.0 → 1.1.0" in diff[0] and "<table>" in diff[0]
    assert ">added<" in history[0] and ">changed<" in history[0] and "&quot;county&quot;" in history[0]
    assert "<script" not in "".join(hostile) and "&lt;script&gt;" in hostile[0]


def test_chromium_renders_the_cards_and_runs_nothing(executed: list[list[str]], browser: Any) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 900})
    try:
        outputs = "".join(f'<section class="output">{html}</section>' for cell in executed for html in cell)
        page.set_content(f"<!doctype html><meta charset=utf-8><body>{outputs}</body>")
        page.wait_for_timeout(300)  # an onerror handler, had it been markup, would have run by now
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('script, img, iframe, [onerror]').length") == 0
        hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
        assert hrefs and all(href.startswith(("https://", "http://")) for href in hrefs)
        cards = page.locator(".ks-card")
        assert cards.count() == sum(len(cell) for cell in executed)
        for at in range(cards.count()):
            box = cards.nth(at).bounding_box()
            assert box is not None and box["height"] > 20 and box["width"] <= 900
        shown = page.inner_text("body")
        assert "On 15 October 2020, the Italian city of Milan" in shown
        assert "<script>window.pwned = 1</script>" in shown and "javascript:window.pwned = 3" in shown
    finally:
        page.close()
