"""The documentation site in a real browser: headless Chromium (Debian's package) driven by Playwright.

The site is built, served on 127.0.0.1 and read as a reader would, at 1280 px and at 400 px wide.
"""

from __future__ import annotations

import functools
import http.server
import random
import re
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

import karabakh_status as ks

pytestmark = pytest.mark.heavy
ROOT = Path(__file__).resolve().parent.parent
TALLEST = 20_000  # px, at 1280 px wide


@pytest.fixture(scope="module")
def served(browser_driver: Any, built_site: Path) -> Iterator[tuple[str, list[str]]]:
    """The site built (once per run: tests/conftest.py) and served: its address, and the path of each page.

    `browser_driver` first: where the browser is absent the test skips before the site is built (seconds)."""
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


_RESULTS = """() => [...document.querySelectorAll('.md-search-result__list a')]
    .map(a => new URL(a.getAttribute('href'), location.href))
    .map(u => u.pathname + u.hash)"""


def _search(page: Any, text: str, done: str) -> list[str]:
    """The result links (path and anchor) once the search typed into the real search box has settled.

    The worker answers each keystroke in turn; the results are read when `done` (a JavaScript condition on the
    links, `links`) holds and they have not changed for 2 s, or when they have not changed for 8 s, or after 60 s.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.wait_for_function("() => !document.querySelector('.md-search-result__list a')")
    page.keyboard.type(text)  # as typed: the search runs on key events
    check = f"() => {{ const links = ({_RESULTS})(); return [links, links.length > 0 && ({done})]; }}"
    last: list[str] = []
    steady = 0.0
    for _ in range(120):
        page.wait_for_timeout(500)
        links, met = page.evaluate(check)
        steady = steady + 0.5 if links == last else 0.0
        last = links
        if links and (steady >= 8 or (met and steady >= 2)):
            break
    return last


def _card_ids() -> list[str]:
    """Every record id that has a card: the records of every dataset but the sources and the gazetteer (rows)."""
    data = ks.load()
    return sorted(r.id for name in data.datasets if name not in ("sources", "entities") for r in data.records(name))


#: 20 record ids drawn from all that have a card (a fixed seed), and the ids that begin another id.
SAMPLE = sorted(random.Random(26).sample(_card_ids(), 20))
PREFIXES = sorted({a for a in _card_ids() for b in _card_ids() if a != b and b.startswith(a + "-")})


def _first_card(links: list[str]) -> str | None:
    """The first result: the first page's first section (the page's own link comes first), else the page."""
    if not links:
        return None
    first = links[0]
    if "#" not in first and len(links) > 1 and links[1].split("#")[0] == first:
        return links[1]
    return first


@pytest.fixture(scope="module")
def searching(browser: Any, served: tuple[str, list[str]]) -> Iterator[Any]:
    """One page at 1280 px whose search box the search tests type into (the index is built once)."""
    page = _page(browser, 1280)
    page.goto(served[0])
    yield page
    page.close()


@pytest.mark.parametrize("record_id", SAMPLE + [p for p in PREFIXES if p not in SAMPLE])
def test_searching_an_id_gives_its_card_first(
    browser: Any, served: tuple[str, list[str]], searching: Any, record_id: str
) -> None:
    links = _search(searching, record_id, f"links.slice(0, 2).some(l => l.endsWith('#{record_id}'))")
    first = _first_card(links)
    assert first is not None and first.endswith("#" + record_id), links[:5]
    page = _page(browser, 1280)
    page.goto(served[0].rstrip("/") + first)
    assert page.locator(f'.ks-card[id="{record_id}"]').count() == 1  # the anchor is the record's card
    page.close()


@pytest.mark.parametrize("name", ["Milan", "Georgia"])
def test_searching_a_name_ranks_its_actors_cards_high(searching: Any, name: str) -> None:
    """The first result is a card whose actor bears that name (or is a chamber or body of the entity that does, as
    Georgia's House of Representatives from 1.2.0), and its other cards follow within the first ten."""
    data = ks.load()

    def named(entity_id: str) -> bool:
        entity = data.entity(entity_id)
        return entity.name == name or (entity.parent is not None and data.entity(entity.parent).name == name)

    theirs = {r.id for r in data.recognitions() if r.actor and named(r.actor)}
    assert theirs
    links = _search(searching, name, " || ".join(f"links.slice(0, 2).some(l => l.endsWith('#{i}'))" for i in theirs))
    first = _first_card(links)
    assert first is not None and first.rpartition("#")[2] in theirs, links[:5]
    anchors = [link.rpartition("#")[2] for link in links if "#" in link][:10]
    assert theirs <= set(anchors), anchors


def _placed() -> tuple[list[str], list[str]]:
    """The acts of the default version whose actor, or an entity up its parent chain, has a point, a U.S. state's or
    county's FIPS code, or a subdivision or country code of a country the gazetteer has a point for (in the newest
    version's gazetteer, where the map reads places), and the others."""
    data, newest = ks.load(), ks.load(ks.versions()[-1])
    nations = {e.country: e for e in newest.entities() if e.kind.value in ("un-member-state", "non-un-state")}
    placed, others = [], []
    for r in data.recognitions():
        link, has = (newest.entity(r.actor) if r.actor else None), False
        while link is not None and not has:
            codes = [code[:2] for code in (link.country, link.subdivision) if code]
            has = bool(
                getattr(link, "place", None)
                or (link.country == "US" and getattr(link, "fips", None))
                or any(getattr(nations.get(code), "place", None) for code in codes)
            )
            link = newest.entity(link.parent) if link.parent else None
        (placed if has else others).append(r.id)
    return placed, others


def test_the_map_draws_and_links_every_placed_act(browser: Any, served: tuple[str, list[str]]) -> None:
    """Every act whose actor has a place, a subdivision or a country is drawn on the world map as a link to its card
    (approximately, at its region or its country's capital, where the gazetteer has no point for its own place: its
    title says so); the others are named in the caption with the reason. The legend says how each kind of placing is
    drawn, legible at 400 px."""
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base + "pictures/")
    world = page.locator("svg.ks-map").first
    links = world.evaluate(
        "svg => [...svg.querySelectorAll('a:not([data-region])')]"
        ".map(a => [a.dataset.record, a.getAttribute('href'), a.querySelector('title').textContent])"
    )
    drawn = [record for record, _, _ in links]
    assert all(href.endswith("#" + record) for record, href, _ in links)
    for record, href, _ in links[:: max(1, len(links) // 12)]:  # a sample of the links reach their cards
        page.goto(urljoin(page.url, href))
        assert page.locator(f'[id="{record}"]').count() == 1, href
        page.go_back()
    caption = page.locator("p:has-text('for want of a place') + ul").first
    excused = caption.evaluate(
        "ul => [...ul.querySelectorAll('li')]"
        ".map(li => [li.innerText, [...li.querySelectorAll('a')].map(a => a.hash.slice(1))])"
    )
    said = {i: text.split(":")[0] for text, ids in excused for i in ids}
    placed, others = _placed()
    assert sorted(drawn) == sorted(placed)  # every act with a place, a subdivision or a country, once
    assert sorted(said) == sorted(others)  # and every other act in the caption, with its reason
    assert all(said.values())
    approximate = [title for _, _, title in links if "; approximate: drawn at" in title]
    assert approximate and all("the gazetteer has no point for" in title for title in approximate)
    states = world.evaluate("svg => svg.ownerDocument.querySelectorAll('svg.ks-map a[data-region]').length")
    assert states > 0  # U.S. states and counties shaded, each a link
    legend = page.locator("ul.ks-legend").first.inner_text()
    for words in ("dashed ring", "dotted ring, approximate", "double dotted ring, approximate", "boundary shaded"):
        assert words in legend
    page.close()
    narrow = _page(browser, 400)
    narrow.goto(base + "pictures/")
    sizes = narrow.eval_on_selector_all(
        "ul.ks-legend li span", "spans => spans.map(s => [parseFloat(getComputedStyle(s).fontSize), s.textContent])"
    )
    assert len(sizes) >= 10 and min(size for size, _ in sizes) >= 11, sorted(sizes)[:3]
    narrow.close()


_SIZES = """() => {
  const out = [];
  for (const text of document.querySelectorAll('article svg text')) {
    const svg = text.ownerSVGElement, box = svg.getBoundingClientRect();
    if (!box.width || getComputedStyle(text).display === 'none') continue;
    const scale = box.width / svg.viewBox.baseVal.width;
    out.push([parseFloat(getComputedStyle(text).fontSize) * scale, text.textContent]);
  }
  for (const el of document.querySelectorAll('article li, article p, article td')) {
    if (el.getClientRects().length) out.push([parseFloat(getComputedStyle(el).fontSize), el.textContent.slice(0, 40)]);
  }
  return out;
}"""


def _image_text_sizes(page: Any, base: str) -> list[tuple[float, str]]:
    """The rendered size of the text inside each SVG image (<img>): its font sizes times the image's scale."""
    out = []
    for src, shown, natural in page.eval_on_selector_all(
        "article img[src$='.svg']", "imgs => imgs.map(i => [i.src, i.getBoundingClientRect().width, i.naturalWidth])"
    ):
        svg = urllib.request.urlopen(src).read().decode()  # the local server's own file
        sizes = [float(v) for v in re.findall(r'font-size="([0-9.]+)"', svg)]
        out += [(size * shown / natural, src) for size in sizes]
    return out


@pytest.mark.parametrize("width", [400, 1280])
def test_the_pictures_labels_are_legible_and_whole(browser: Any, served: tuple[str, list[str]], width: int) -> None:
    """No text of the Pictures page (charts, map legend, timeline) renders under 11 CSS px, and none is cut."""
    base, _ = served
    page = _page(browser, width)
    page.goto(base + "pictures/")
    page.wait_for_load_state("load")
    sizes = page.evaluate(_SIZES) + _image_text_sizes(page, base)
    small = sorted((round(size, 1), text) for size, text in sizes if size < 11)
    assert small == [], small[:10]
    cut = page.evaluate("() => [...document.querySelectorAll('article svg text')].map(t => t.textContent)")
    assert cut and not [t for t in cut if "…" in t]
    if width == 1280:  # every label within its picture, and every picture within the page's column: none is cut
        outside = page.evaluate(
            "() => [...document.querySelectorAll('article svg text')].filter(t => {"
            " const box = t.getBoundingClientRect(), svg = t.ownerSVGElement.getBoundingClientRect(),"
            " column = document.querySelector('article').getBoundingClientRect();"
            " return box.right > Math.min(svg.right, column.right) + 1; }).map(t => t.textContent)"
        )
        assert outside == [], outside[:5]
    page.close()


def test_the_left_menu_hides_no_link_under_its_title(browser: Any, served: tuple[str, list[str]]) -> None:
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base + "pictures/")
    page.wait_for_timeout(500)
    hidden = page.evaluate("""() => {
      const nav = document.querySelector('.md-sidebar--primary .md-nav--primary');
      const title = nav.querySelector(':scope > .md-nav__title').getBoundingClientRect();
      if (!title.height) return [];
      return [...nav.querySelectorAll('.md-nav__link')].filter(a => {
        const box = a.getBoundingClientRect();
        return box.height && box.top < title.bottom && box.bottom > title.top;
      }).map(a => a.textContent.trim());
    }""")
    assert hidden == []
    page.close()


def test_a_cards_date_has_no_space_inside_its_brackets(browser: Any, served: tuple[str, list[str]]) -> None:
    """ "15 October 2020 (2020-10-15)": the bracketed EDTF sits against its brackets (the code's padding is small)."""
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base + "datasets/recognitions-italy/#rec-it-milan-2020")
    code = page.locator(".ks-card[id='rec-it-milan-2020'] ~ .ks-fields dd code", has_text="2020-10-15").first
    gap = code.evaluate(
        "c => { const r = document.createRange(); r.selectNodeContents(c); const text = r.getBoundingClientRect();"
        " return text.left - c.getBoundingClientRect().left; }"
    )
    assert gap < 2.5, gap
    page.close()


def test_a_country_page_does_not_repeat_its_title(browser: Any, served: tuple[str, list[str]]) -> None:
    base, _ = served
    page = _page(browser, 1280)
    page.goto(base + "datasets/recognitions-italy/")
    headings = page.eval_on_selector_all(
        "article h1, article h2", "hs => hs.map(h => h.textContent.replace('¶', '').trim())"
    )
    assert headings[0] == "Recognitions: Italy" and "Italy" not in headings[1:], headings
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
