"""The documentation site: it builds strictly, each dataset page holds every record, and no internal link is broken."""

from __future__ import annotations

import html.parser
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

import karabakh_status as ks

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("mkdocs")


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.cards: list[str] = []  # the ids of the record cards' headings
        self.examples: list[tuple[str, int, str]] = []  # the command line examples: command, exit code, text
        self._example: list[Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
            if tag[:1] == "h" and "ks-card" in (found.get("class") or "").split():
                self.cards.append(str(found["id"]))
        for name in ("href", "src"):
            if found.get(name) and tag in ("a", "img", "link", "script"):
                self.links.append(str(found[name]))
        if tag == "div" and found.get("class") == "ks-example":
            self._example = [str(found["data-command"]), int(str(found["data-exit"])), ""]
        elif tag == "code" and self._example is not None:
            self._example[2] = ""  # the text of the example's code block only

    def handle_data(self, data: str) -> None:
        if self._example is not None:
            self._example[2] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "code" and self._example is not None:
            command, code, text = self._example
            self.examples.append((command, code, text))
            self._example = None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, _Page]]:
    """The site built into a temporary folder, and each HTML page parsed, by path."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    pages = {}
    for path in out.rglob("*.html"):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(out)] = page
    return out, pages


@pytest.mark.parametrize("dataset", [name for name in ks.load().datasets if name != "sources"])
def test_each_dataset_page_lists_every_record(site: tuple[Path, dict[Path, _Page]], dataset: str) -> None:
    page = site[1][Path("datasets") / dataset / "index.html"]
    records = ks.load().records(dataset)
    assert {record.id for record in records} <= page.ids  # each record's id is an anchor (old links still land)
    rows = page.ids & {record.id for record in records}
    assert len(rows) == len(records)


@pytest.mark.parametrize("dataset", [name for name in ks.load().datasets if name not in ("sources", "entities")])
def test_each_record_has_one_card(site: tuple[Path, dict[Path, _Page]], dataset: str) -> None:
    """Every record's card (a heading anchored by its id) is on exactly one page; the dataset's page links to it."""
    pages = site[1]
    ids = [record.id for record in ks.load().records(dataset)]
    cards = [(path, card) for path, page in pages.items() for card in page.cards if card in set(ids)]
    assert sorted(card for _, card in cards) == sorted(ids)
    own = pages[Path("datasets") / dataset / "index.html"]
    for path, card in cards:
        if path.parent.name != dataset:  # a card on another page: the overview's row links to it
            assert f"../{path.parent.name}/#{card}" in own.links


def test_the_cli_examples_show_what_the_commands_print(site: tuple[Path, dict[Path, _Page]]) -> None:
    """Each example on the command line page, rerun now in the page's order, prints what the page shows."""
    sys.path.insert(0, str(ROOT / "docs"))
    import site_cli

    page = site[1][Path("cli/index.html")]
    shown = page.examples
    assert {command.split()[0] for command, _, _ in shown} == set(site_cli.EXAMPLES)  # every command has one
    for (command, code, text), (_, output, now) in zip(shown, site_cli.run(c for c, _, _ in shown), strict=True):
        assert text.strip() == f"$ karabakh-status {command}\n{output.rstrip()}".strip(), command
        assert code == now, command


def test_no_internal_link_is_broken(site: tuple[Path, dict[Path, _Page]]) -> None:
    root, pages = site
    broken, anchored = [], 0
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue  # external: not checked offline
            if parts.path.startswith("/"):  # relative to the site's root (the 404 page)
                target = Path(unquote(parts.path).lstrip("/"))
            else:
                target = Path(os.path.normpath(path.parent / unquote(parts.path))) if parts.path else path
            if (root / target).is_dir():
                target = target / "index.html"
            if not (root / target).is_file():
                broken.append(f"{path}: {link} (no file {target})")
            elif parts.fragment and target.suffix == ".html":
                anchored += 1
                if parts.fragment not in pages[target].ids:
                    broken.append(f"{path}: {link} (no anchor #{parts.fragment})")
    assert broken == []
    assert anchored > 20  # links to records' anchors (the Sources page) were checked


def test_pictures_and_generated_pages(site: tuple[Path, dict[Path, _Page]]) -> None:
    root, pages = site
    assert {"recognitions.svg", "ministers.svg"} <= set(pages[Path("pictures/index.html")].links)
    assert (root / "pictures" / "recognitions.svg").read_text().startswith("<svg")
    assert {rule.name for rule in ks.RULES} <= pages[Path("rules/index.html")].ids
