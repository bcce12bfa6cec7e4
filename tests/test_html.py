"""Notebook cards (`_repr_html_`): what they show, and that no value of a record ever becomes markup (issue 24)."""

from __future__ import annotations

import html.parser

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import karabakh_status as ks
from karabakh_status import _html

DATA = ks.load("1.1.0")


class _Markup(html.parser.HTMLParser):
    """The tags, link targets and text of an HTML fragment, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attributes if name == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(fragment: str) -> _Markup:
    reader = _Markup()
    reader.feed(fragment)
    reader.close()
    return reader


TAGS = {"div", "code", "small", "b", "i", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "br", "a"}


def test_a_record_card_shows_id_actor_date_quote_source_and_section() -> None:
    record = DATA.get("rec-it-milan-2020")
    card = parsed(record._repr_html_())
    shown = "".join(card.text)
    for expected in ("rec-it-milan-2020", "it-milan", "15 October 2020", record.statement.quote,
                     "Political status of Nagorno-Karabakh", "Independence recognition efforts › Italy"):  # fmt: skip
        assert expected in shown
    assert card.hrefs == ["https://en.wikipedia.org/wiki/Political_status_of_Nagorno-Karabakh"]
    assert set(card.tags) <= TAGS


@pytest.mark.parametrize("dataset", ["recognitions", "positions", "events", "ministers", "offices", "relations",
                                     "visas", "friendship_groups", "memberships", "twin_towns"])  # fmt: skip
def test_every_record_has_a_card_with_its_id_and_quote(dataset: str) -> None:
    for record in DATA.records(dataset):
        shown = "".join(parsed(record._repr_html_()).text)
        assert record.id in shown and record.statement.quote in shown


def test_entities_sources_and_the_dataset_have_cards() -> None:
    assert "Milan" in "".join(parsed(DATA.entity("Milan")._repr_html_()).text)
    source = DATA.source("foreign-relations-of-artsakh")
    assert parsed(source._repr_html_()).hrefs == [source.url]
    shown = "".join(parsed(DATA._repr_html_()).text)
    assert "1.1.0" in shown and "recognitions" in shown and str(len(DATA.recognitions())) in shown


def test_a_diff_is_a_table_of_changed_fields() -> None:
    changes = ks.diff("1.0.0", "1.1.0")
    card = parsed(changes._repr_html_())
    shown = "".join(card.text)
    first = changes.changed[0]
    assert first.id in shown and first.field in shown and changes.added[0][1] in shown
    rows = len(changes.added) + len(changes.changed)
    assert rows > _html._MOST  # a long diff: the first rows, then how many more
    assert card.tags.count("tr") == 1 + _html._MOST and f"and {rows - _html._MOST} more rows" in shown
    assert "no differences" in "".join(parsed(ks.diff("1.0.0", "1.0.0")._repr_html_()).text)


def test_a_history_is_a_table_of_its_revisions() -> None:
    steps = ks.history("rec-us-fresno-county-2013", versions=["1.0.0", "1.1.0"])
    assert isinstance(steps, ks.History) and isinstance(steps, tuple)
    card = parsed(steps._repr_html_())
    assert card.tags.count("tr") == 1 + len(steps)
    shown = "".join(card.text)
    assert "1.0.0" in shown and "added" in shown and "changed" in shown and '"county"' in shown
    assert "changed" in "".join(parsed(steps[-1]._repr_html_()).text)


def test_a_drafts_script_and_javascript_address_stay_text() -> None:
    record = attrs.evolve(DATA.get("rec-it-milan-2020"), note='<script>alert("x")</script>')
    card = record._repr_html_()
    assert "<script" not in card and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in card
    source = attrs.evolve(DATA.source("foreign-relations-of-artsakh"), url="javascript:alert(1)")
    assert parsed(source._repr_html_()).hrefs == [] and "javascript:alert(1)" in source._repr_html_()


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.org/",
     "http://", "https://[bad", "//example.org/x", "http://exa\nmple.org/"],
)  # fmt: skip
def test_only_http_and_https_addresses_are_links(url: str) -> None:
    assert parsed(_html.link(url)).hrefs == []
    assert "".join(parsed(_html.link(url)).text) == url


@given(st.text())
def test_escaping_holds_for_any_text(value: str) -> None:
    """Any text, in any field a card shows, comes back as the same text and makes no tag or link."""
    record = attrs.evolve(DATA.get("rec-it-milan-2020"), note=value, inferred=(value,))
    card = parsed(record._repr_html_())
    assert set(card.tags) <= TAGS and all(h.startswith("https://") for h in card.hrefs)
    assert value in "".join(card.text) or not value.strip()
    source = attrs.evolve(DATA.source("foreign-relations-of-artsakh"), title=value, url=value, publisher=value)
    entity = attrs.evolve(DATA.entity("Milan"), name=value, aliases=(value,), note=value)
    change = ks.Change(dataset="recognitions", id=value, field=value, old=value, new=[value])
    changes = ks.Diff(old=value, new=value, added=(("events", value),), removed=(), changed=(change,))
    steps = ks.History([ks.Revision(version=value, kind=ks.RevisionKind.WITHDRAWN, dataset=value, reason=value)])
    for card in (source._repr_html_(), entity._repr_html_(), changes._repr_html_(), steps._repr_html_()):
        shown = parsed(card)
        assert set(shown.tags) <= TAGS and all(h.lower().startswith(("http://", "https://")) for h in shown.hrefs)
        assert value in "".join(shown.text) or not value.strip()
    linked = parsed(_html.link(value))
    assert all(h == value and h.lower().startswith(("http://", "https://")) for h in linked.hrefs)
    assert set(linked.tags) <= {"a"}
    assert parsed(_html.text(value)).tags == []
