"""The documentation site in a real browser: headless Chromium (Debian's package) driven by Playwright.

The site is built, served on 127.0.0.1 and read as a reader would, at 1280 px and at 400 px wide.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest

import karabakh_status as ks

pytestmark = pytest.mark.heavy
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
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
TALLEST = 20_000  # px, at 1280 px wide


@pytest.fixture(scope="module")
def served(built_site: Path) -> Iterator[tuple[str, list[str]]]:
    """The site built (once per run: tests/conftest.py) and served: its address, and the path of each page."""
    out = built_site
    handler = functools.partial(_Quiet, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pages = sorted(
        "" if p.parent == out else f"{p.parent.relative_to(out).as_posix()}/"
        for p in out.rglob("index.html")
        if "assets" not in p.parts
    )
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", pages
    finally:
        server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the browser extra (playwright)")
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def _page(browser: Any, width: int) -> Any:
    return browser.new_page(viewport={"width": width, "height": 900})


def test_an_old_link_reaches_the_card(browser: Any, served: tuple[str, list[str]]) -> None:
    """The dataset page's old anchor lands on the overview's row, whose link opens the card, visible."""
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base + "datasets/recognitions/#rec-it-milan-2020")
    row = page.locator('[id="rec-it-milan-2020"]')
    assert row.count() == 1
    page.locator('a[href$="#rec-it-milan-2020"]').first.click()
    page.wait_for_load_state()
    card = page.locator("h4#rec-it-milan-2020, h3#rec-it-milan-2020")
    assert card.is_visible() and card.inner_text().startswith("Milan, 15 October 2020")
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled to: in the viewport
    assert urlsplit(page.url).fragment == "rec-it-milan-2020"
    page.close()


def test_search_offers_the_card(browser: Any, served: tuple[str, list[str]]) -> None:
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base)
    page.locator("input.md-search__input").click()
    page.keyboard.type("Milan")  # as typed: the search runs on key events
    page.wait_for_selector(".md-search-result a", state="attached", timeout=15_000)
    hrefs = page.eval_on_selector_all(".md-search-result a", "links => links.map(a => a.href)")
    assert any(urldefrag(h).fragment == "rec-it-milan-2020" for h in hrefs), hrefs
    page.close()


def test_the_map_links_every_mapped_act(browser: Any, served: tuple[str, list[str]]) -> None:
    base, _ = served
    newest = ks.load(ks.versions()[-1])
    placed = sorted(
        r.id for r in ks.load().recognitions() if r.actor and getattr(newest.entity(r.actor), "place", None)
    )
    page = _page(browser, 1280)
    page.goto(base + "pictures/")
    world = page.locator("svg.ks-map").first
    drawn = world.evaluate("svg => [...svg.querySelectorAll('a')].map(a => a.getAttribute('data-record'))")
    assert sorted(drawn) == placed
    hrefs = world.evaluate("svg => [...svg.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert all(h.endswith("#" + i) for h, i in zip(hrefs, drawn, strict=True))
    page.close()


_READ = """() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    ids: [...document.querySelectorAll('[id]')].map(e => e.id),
    links: [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href),
})"""


def test_every_page_fits_and_every_link_resolves(browser: Any, served: tuple[str, list[str]]) -> None:
    """At 1280 px no page is taller than 20,000 px; at 400 px none is wider than the screen; every internal
    link (inline pictures' included) reaches a page and, where it names one, an anchor of it."""
    base, pages = served
    read: dict[str, dict[str, Any]] = {}
    wide = _page(browser, 1280)
    for path in pages:
        wide.goto(base + path)
        read[base + path] = wide.evaluate(_READ)
    wide.close()
    tall = {path: read[base + path]["height"] for path in pages if read[base + path]["height"] > TALLEST}
    assert tall == {}
    narrow = _page(browser, 400)
    too_wide = {}
    for path in pages:
        narrow.goto(base + path)
        width = narrow.evaluate("document.documentElement.scrollWidth")
        if width > 400:
            too_wide[path] = width
    narrow.close()
    assert too_wide == {}
    broken, checked = [], 0
    for path, found in read.items():
        for link in found["links"]:
            target, anchor = urldefrag(link)
            if not target.startswith(base) or "/assets/" in target or target.endswith((".svg", ".xml", ".json")):
                continue
            target = target if target.endswith("/") else target + "/"
            if target not in read:
                broken.append(f"{path}: {link} (no page)")
            elif anchor:
                checked += 1
                if anchor not in read[target]["ids"]:
                    broken.append(f"{path}: {link} (no anchor)")
    assert broken == []
    assert checked > 500  # the overviews' links to the cards, the cards' links to the gazetteer...
