"""The documentation site: it builds strictly, each dataset page holds every record, and no internal link is broken."""

from __future__ import annotations

import html.parser
import os
import subprocess
import sys
from pathlib import Path
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        for name in ("href", "src"):
            if found.get(name) and tag in ("a", "img", "link", "script"):
                self.links.append(str(found[name]))


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
    assert {record.id for record in records} <= page.ids  # each record's id is an anchor
    rows = page.ids & {record.id for record in records}
    assert len(rows) == len(records)


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
