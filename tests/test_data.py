"""The shipped data: every version valid, and the facts of the text where the issues say they are hard.

The per-section counts are checklists written from a reading of the two
articles (independently of the JSON): a record counts once per section it cites.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from pathlib import Path

import attrs
import pytest

import karabakh_status as ks
from karabakh_status._datasets import CITED

PS, FR = "political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh"

SECTIONS: dict[str, dict[tuple[str, str], int]] = {
    "recognitions": {
        (PS, "(lead)"): 2,
        (PS, "Political ties with Armenia"): 2,  # + Armenia's leadership since 2022 (review)
        (
            PS,
            "Positions and statements",
        ): 6,  # + Armenia's ongoing negotiation with Artsakh, the co-chairs' non-recognition (reviews)
        (PS, "Positions and statements / Armenia"): 4,
        (PS, "Positions and statements / Azerbaijan"): 1,
        (PS, "Independence recognition efforts / Non-UN member states"): 3,
        (PS, "Independence recognition efforts / Australia"): 6,
        (PS, "Independence recognition efforts / Canada"): 3,
        (PS, "Independence recognition efforts / Czechia"): 1,
        (PS, "Independence recognition efforts / France"): 21,
        (PS, "Independence recognition efforts / Guatemala"): 1,
        (PS, "Independence recognition efforts / Italy"): 18,
        (PS, "Independence recognition efforts / Spain"): 5,
        (PS, "Independence recognition efforts / United Kingdom"): 1,
        (PS, "Independence recognition efforts / U.S. states and communities"): 40,
        (PS, "Independence recognition efforts / Uruguay"): 1,
        (PS, "2023 Azerbaijani offensive and dissolution of the Artsakh Republic"): 1,
        (FR, "(lead)"): 8,
        (FR, "Bilateral relations / Abkhazia"): 1,
        (FR, "Bilateral relations / Australia"): 1,
        (FR, "Bilateral relations / Armenia"): 1,
        (FR, "Bilateral relations / South Ossetia"): 1,
        (FR, "Bilateral relations / Transnistria"): 1,
        (FR, "Bilateral relations / Ukraine"): 1,
        (FR, "Bilateral relations / United States"): 7,
        (FR, "Independence recognition efforts / Non-UN member states"): 3,
        (FR, "Independence recognition efforts / U.S. states"): 20,
        (FR, "Independence recognition efforts / Other"): 20,
        (FR, "Visa requirements for Artsakh citizens"): 3,
    },
    "positions": {
        (PS, "(lead)"): 2,
        (PS, "Political ties with Armenia"): 3,
        (PS, "Positions and statements"): 28,
        (
            PS,
            "Positions and statements / Armenia",
        ): 5,  # + the last-resort statement, the tweet; - R2P, which no one states
        (PS, "Positions and statements / Azerbaijan"): 7,
        (PS, "Positions and statements / European Parliament"): 4,
        (PS, "Positions and statements / OSCE Minsk Group"): 1,
        (PS, "Remedial secession"): 1,
        (PS, "Status after the 2020 Nagorno-Karabakh War"): 4,
        (PS, "2023 Azerbaijani offensive and dissolution of the Artsakh Republic"): 1,
        (PS, "Independence recognition efforts / Australia"): 1,  # the foreign minister, November 2015
        (FR, "Independence recognition efforts / Other"): 2,  # the same, and Nadia de León
        (FR, "Bilateral relations / United States"): 1,  # recognized it as part of Azerbaijan
    },
    "events": {
        (PS, "(lead)"): 11,
        (PS, "Political ties with Armenia"): 1,
        (PS, "Positions and statements"): 7,  # + the 2007 consultations, the elections of 2002, 2007, 2010
        (PS, "Positions and statements / European Parliament"): 1,
        (PS, "Remedial secession"): 5,
        (PS, "Status after the 2020 Nagorno-Karabakh War"): 1,
        (PS, "2023 Azerbaijani offensive and dissolution of the Artsakh Republic"): 3,
        (FR, "(lead)"): 6,  # + Armenia and Tuvalu establish relations, 2012
        (FR, "Bilateral relations / Lebanon"): 2,
        (FR, "Bilateral relations / Transnistria"): 1,
        (FR, "Bilateral relations / Ukraine"): 2,
        (FR, "Bilateral relations / United States"): 1,
        (FR, "Visa requirements for Artsakh citizens"): 2,
        (FR, "Inter-parliamentary relations"): 1,
        (FR, "International organisation participation"): 4,  # + the OSCE Minsk Group established in 1992
        (FR, "Participation in international sports federations"): 4,
    },
    "ministers": {(FR, "Ministry of Foreign Affairs"): 10},
    "offices": {
        (FR, "Representative offices"): 7,
        (FR, "Bilateral relations / Australia"): 1,
        (FR, "Bilateral relations / Armenia"): 1,
        (FR, "Bilateral relations / Europe"): 3,
        (FR, "Bilateral relations / Lebanon"): 1,
        (FR, "Bilateral relations / United States"): 1,
    },
    "relations": {
        (FR, "Bilateral relations / Abkhazia"): 1,
        (FR, "Bilateral relations / Australia"): 1,
        (FR, "Bilateral relations / Armenia"): 1,
        (FR, "Bilateral relations / Europe"): 1,
        (FR, "Bilateral relations / Lebanon"): 1,
        (FR, "Bilateral relations / South Ossetia"): 1,
        (FR, "Bilateral relations / Transnistria"): 1,
        (FR, "Bilateral relations / Ukraine"): 1,
        (FR, "Bilateral relations / United States"): 1,
        (FR, "(lead)"): 1,
        (FR, "Visa requirements for Artsakh citizens"): 1,
        (FR, "Independence recognition efforts / Other"): 1,
        (PS, "(lead)"): 1,
        (PS, "Political ties with Armenia"): 1,
        (PS, "Positions and statements"): 3,
        (PS, "Positions and statements / Armenia"): 1,
        (PS, "Independence recognition efforts / Australia"): 1,
    },
    "visas": {
        (FR, "Visa requirements for Artsakh citizens"): 5,
        (FR, "Bilateral relations / Abkhazia"): 1,
        (FR, "Bilateral relations / South Ossetia"): 1,
        (FR, "Bilateral relations / Transnistria"): 1,
    },
    "friendship_groups": {(FR, "Inter-parliamentary relations"): 9},
    "memberships": {
        (FR, "International organisation participation"): 6,
        (FR, "International organisation participation / International conventions"): 3,
        (FR, "Participation in international sports federations"): 6,
        (FR, "Bilateral relations / Abkhazia"): 1,
        (FR, "Bilateral relations / South Ossetia"): 1,
        (PS, "Positions and statements"): 1,
    },
    "twin_towns": {
        (FR, "Twin towns and sister cities"): 6,
        (FR, "Independence recognition efforts / Other"): 2,
        (PS, "Independence recognition efforts / U.S. states and communities"): 2,
    },
}


@pytest.fixture(params=ks.versions())
def data(request: pytest.FixtureRequest) -> ks.Dataset:
    """Each shipped version: the facts below hold in every one (corrections change only what they name)."""
    return ks.load(request.param)


def section_counts(records: tuple[ks.Record, ...]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for record in records:
        cited = {(c.source, " / ".join(c.section) or "(lead)") for c in record.citations if c.source in (PS, FR)}
        counts.update(cited)
    return counts


ADDED_SINCE: dict[str, dict[str, dict[tuple[str, str], int]]] = {
    "1.1.0": {
        "recognitions": {
            (PS, "Positions and statements"): 2,  # the European Union does not recognise (2002, reiterated 2007)
        },
        "positions": {
            (PS, "Independence recognition efforts / Spain"): 1,  # the Basque Parliament's motion takes a side
            (PS, "Independence recognition efforts / Guatemala"): 1,  # so does Sayaxché's recognition of the right
        },
    },
    "1.2.0": {
        "positions": {
            (PS, "Independence recognition efforts / France"): 1,  # France's Foreign Ministry: an act and a position
            (PS, "Positions and statements / Azerbaijan"): 1,  # Aliyev's earlier offer of the highest autonomy
            (FR, "(lead)"): 1,  # the Basque Parliament's motion: its position cites the passages its act cites
            (FR, "Independence recognition efforts / Other"): 1,  # the same
        },
        "events": {  # facts with no record in 1.1.0, undated
            (PS, "(lead)"): 1,  # the transport blockade of Armenia
            (PS, "Positions and statements"): 4,  # the referendum, the local and next elections, the 2003 seminar
            (PS, "Positions and statements / Azerbaijan"): 1,  # the blacklisting of humanitarian workers
            (PS, "Positions and statements / Armenia"): 1,  # the farmers killed or shot, to which Pashinyan responded
            (PS, "Status after the 2020 Nagorno-Karabakh War"): 1,  # the detentions at the checkpoint
        },
    },
}
"""What each version adds to the checklist of the version before it, section by section."""


def expected_sections(dataset: str, version: str) -> dict[tuple[str, str], int]:
    counts = Counter(SECTIONS[dataset])
    for later in ks.versions()[1 : ks.versions().index(version) + 1]:
        counts.update(ADDED_SINCE.get(later, {}).get(dataset, {}))
    return dict(counts)


@pytest.mark.parametrize("version", ks.versions())
@pytest.mark.parametrize("dataset", sorted(SECTIONS))
def test_records_per_section(dataset: str, version: str) -> None:
    assert dict(section_counts(ks.load(version).records(dataset))) == expected_sections(dataset, version)


@pytest.mark.parametrize("version", ks.versions())
def test_every_shipped_version_is_valid(version: str) -> None:
    assert ks.validate(version) == ()


def test_every_bundled_quote_has_its_context(data: ks.Dataset) -> None:
    for name in data.datasets:
        if name in ("sources", "entities"):
            continue
        for record in data.records(name):
            for citation in record.citations:
                if data.source(citation.source).kind is ks.SourceKind.BUNDLED:
                    context = citation.context()
                    assert context and " ".join(citation.quote.split()) in context, (record.id, citation.quote)


def test_ministers(data: ks.Dataset) -> None:
    terms = data.ministers()
    assert len(terms) == 10
    assert [t.person for t in terms if t.acting] == ["vasily-atajanyan"]
    assert str(terms[0].term) == "1993/1997" and str(terms[-1].term) == "2023/2024"


def claims(record: ks.Record) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for citation in record.citations:
        for claim in citation.claims:
            found.setdefault(claim.field, set()).add(claim.value)
    return found


def test_non_un_states(data: ks.Dataset) -> None:
    mutual = data.recognitions(level="non-un-state")
    assert {r.actor for r in mutual} == {"abkhazia", "south-ossetia", "transnistria"}
    assert all(r.mutual is True and r.act is ks.Act.RECOGNIZE_INDEPENDENCE for r in mutual)
    south_ossetia = next(r for r in mutual if r.actor == "south-ossetia")
    assert south_ossetia.disputed and claims(south_ossetia) == {"date": {"2006-12-01", "2006-11-17"}}
    assert str(next(r for r in mutual if r.actor == "transnistria").date) == "[..2001-07-04]"
    assert "actor" in south_ossetia.inferred and south_ossetia.note


def test_disagreements_are_kept(data: ks.Dataset) -> None:
    for place in ("palermo", "asolo", "cerchiara-di-calabria", "lombardy"):
        record = data.get(f"rec-it-{place}-2020")
        assert record.disputed and claims(record)["date"] == {"[2020-10-15..2020-10-29]", "2020-11-03"}
    nsw = data.get("rec-au-new-south-wales-2012")
    assert nsw.act is ks.Act.RECOGNIZE_INDEPENDENCE and claims(nsw) == {"act": {"call-for-recognition"}}
    senate = next(r for r in data.recognitions(actor="fr-senate"))
    assert senate.act is ks.Act.CALL_FOR_RECOGNITION and claims(senate) == {"act": {"recognize-independence"}}


def test_dates_as_the_text_gives_them(data: ks.Dataset) -> None:
    assert {str(r.date) for r in data.recognitions(between="[2020-12-17..2020-12-21]", country="FR")} >= {
        "[2020-12-17..2020-12-21]"
    }
    maine = data.get("rec-us-maine-2013")
    assert (str(maine.date), str(maine.receded), maine.outcome) == ("2013-04-10", "2013-04-30", ks.Outcome.RECEDED)
    assert data.get("rec-us-california-2014").vote == ks.Vote(in_favour=70, against=1)
    nsw_2020 = data.recognitions(actor="au-new-south-wales-legislative-assembly")
    assert [r.vote for r in nsw_2020] == [ks.Vote(in_favour=61, against=2)]


def test_us_tables(data: ks.Dataset) -> None:
    table_sections = {
        ("Independence recognition efforts", "U.S. states and communities"),
        ("Independence recognition efforts", "U.S. states"),
    }
    cells = [
        c
        for r in data.recognitions(country="US")
        for c in r.citations
        if c.section in table_sections and c.quote.startswith(("(", "House", "Senate", "Idaho", "Minnesota"))
    ]
    assert all(c.locator for c in cells)
    unknown = [r for r in data.recognitions(country="US") if r.actor is None]
    assert [(str(r.date), r.act, r.outcome) for r in unknown] == [
        ("2014-04", ks.Act.RECOGNIZE_INDEPENDENCE, ks.Outcome.REJECTED)
    ]
    external = {c.confidence for r in data.recognitions(country="US") for c in r.citations}
    assert {ks.Confidence.CONFIRMED, ks.Confidence.INFERRED} <= external


def test_as_of(data: ks.Dataset) -> None:
    assert {r.actor for r in data.as_of("2007-01-01")} == {"abkhazia", "south-ossetia", "transnistria"}
    assert len(data.as_of("2021-12-31")) > len(data.as_of("2019-12-31")) > len(data.as_of("2011-12-31"))
    assert all(r.date is not None and r.date.latest <= dt.date(2015, 1, 1) for r in data.as_of("2014-12-31"))


@pytest.mark.parametrize("version", ks.versions())
def test_as_of_is_its_definition_on_every_day(version: str) -> None:
    """`as_of` keeps the bounds of its candidates from its first call: weekly from 1988 on, and on every
    bound of a candidate and the days beside it, it gives what its docstring defines, read from the records."""
    data = ks.load(version)
    dated = [r for r in data.recognitions(act="recognize-independence", outcome=("adopted", "receded")) if r.date]
    first, one = dt.date(1987, 12, 31), dt.timedelta(days=1)
    edges = {d for r in dated for d in (r.date.latest, *([r.receded.earliest] if r.receded else []))}
    days = {first + one * n for n in range(0, (dt.date(2026, 12, 31) - first).days, 7)}
    for day in sorted(days | {e + one * k for e in edges for k in (-1, 0, 1)}):  # every bound, and its neighbours
        expected = tuple(r for r in dated if r.date.latest <= day and (r.receded is None or r.receded.earliest > day))
        assert data.as_of(day) == expected, day
    assert data.as_of("2013") == data.as_of(dt.date(2013, 12, 31))  # a partial date: its last possible day


def test_positions(data: ks.Dataset) -> None:
    unsc = data.positions(author="un-security-council")
    assert sorted(p.title for p in unsc) == [f"Resolution {n}" for n in (822, 853, 874, 884)]
    assert all(p.binding is True and str(p.date) == "1993" for p in unsc)
    (unga_2008,) = data.positions(author="un-general-assembly", between="2008-03-14")
    assert unga_2008.vote == ks.Vote(in_favour=39, against=7, abstentions=100) and unga_2008.binding is False
    chiragov = next(p for p in data.positions(kind="judgment"))
    case_year = "2005" if data.version in ("1.0.0", "1.1.0") else "[2005..]"  # from 1.2.0: on or after the case's year
    assert str(chiragov.date) == case_year and chiragov.note
    sarkissian = data.positions(author="armen-sarkissian")
    assert [str(p.date) for p in sarkissian] == ["2010"] and "slip" in (sarkissian[0].note or "").lower()


def test_events(data: ks.Dataset) -> None:
    visa = [str(e.date) for e in data.events(participant="abkhazia", kind="agreement")]
    assert visa == ["2016-02-22", "2016-04-01"]
    assert [str(e.date) for e in data.events(kind="declaration")][:2] == ["1991-09-02", "1991-12-10"]
    assert [str(e.date) for e in data.events(between="2024-01-01") if e.kind is ks.EventKind.STATUS][-1] == "2024-01-01"


def test_offices_in_seven_countries(data: ks.Dataset) -> None:
    offices = data.offices()
    assert len({o.host for o in offices}) == 7  # "representative offices in seven countries" (the lead)
    beirut, washington = data.offices(country="Lebanon")[0], data.offices(country="United States")[0]
    assert beirut.responsible_for == ("middle-east",) and washington.accredited_to == ("ca",)
    assert {o.city for o in data.offices(country="de")} == {"de-berlin"}


def test_relations_and_visas(data: ks.Dataset) -> None:
    mutual = {r.counterpart for r in data.relations() if r.mutual_recognition}
    assert mutual == {"abkhazia", "south-ossetia", "transnistria"}
    assert {r.counterpart for r in data.relations() if r.mutual_recognition is False} >= {"am", "ua", "us"}
    (abkhazia,) = data.visas(counterpart="abkhazia")
    assert (str(abkhazia.signed), str(abkhazia.in_force), abkhazia.visa_free) == ("2016-02-22", "2016-04-01", True)
    assert {v.counterpart for v in data.visas() if v.visa_free} >= {"abkhazia", "south-ossetia", "transnistria", "am"}


def test_friendship_groups_and_memberships(data: ks.Dataset) -> None:
    groups = data.friendship_groups()
    assert [str(g.date) for g in groups][:2] == ["2013-02-26", "2013-03-19"]
    assert [g.counterpart for g in groups if not g.established] == ["gt-congress"]
    assert len(data.memberships(role="signatory")) == 3
    tournaments = [(m.title, str(m.date)) for m in data.memberships() if m.role in (ks.Role.PARTICIPANT, ks.Role.HOST)]
    assert [year for _, year in tournaments if year != "None"] == ["2014", "2015", "2016", "2019-06"]


def test_twin_towns_resolve_aliases(data: ks.Dataset) -> None:
    assert data.entity("Berdzor").id == data.entity("Lachin").id == "lachin"
    assert [t.partner for t in data.twin_towns(town="Berdzor")] == ["us-highland"]
    assert len(data.twin_towns(town="Stepanakert")) == 3
    lachin = data.twin_towns(town="lachin")[0]
    assert {c.source for c in lachin.citations} == {PS, FR}


def test_relations_with_gathers_every_dataset(data: ks.Dataset) -> None:
    found = data.relations_with("Transnistria")
    assert {type(r).__name__ for r in found} >= {"Recognition", "Relation", "VisaArrangement", "Event"}
    for record in found:
        refs = [getattr(record, f.name) for f in attrs.fields(type(record)) if f.metadata.get("entity")]
        assert any(v == "transnistria" or (isinstance(v, tuple) and "transnistria" in v) for v in refs), record.id
    assert "rel-transnistria" in [r.id for r in found] and "rel-abkhazia" not in [r.id for r in found]


def test_the_changelog_lists_every_record_id_of_the_first_version() -> None:
    """The CHANGELOG's "Record ids of dataset X" block is the first version's ids, dataset by dataset, in file
    order (later versions' entries list their changes from the version before)."""
    text = (Path(__file__).parent.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    for version in ks.versions()[:1]:
        head = f"Record ids of dataset {version}, by dataset:"
        assert head in text, f"the CHANGELOG lists no record ids of {version}"
        block = text.split(head, 1)[1].split("\n## ", 1)[0]
        listed = {
            name: re.findall(r"`([a-z0-9-]+)`", ids) for name, ids in re.findall(r"- `(\w+)`:\n((?:  .*\n?)+)", block)
        }
        data = ks.load(version)
        assert listed == {name: [r.id for r in data.records(name)] for name in listed}
        assert set(listed) == set(CITED)


def test_an_act_that_is_also_a_position_and_the_position_name_each_other(data: ks.Dataset) -> None:
    ids = {name: {r.id for r in data.records(name)} for name in ("recognitions", "positions")}
    for here, there in (("recognitions", "positions"), ("positions", "recognitions")):
        for record in data.records(here):
            for other in set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", record.note or "")) & ids[there]:
                assert record.id in (data.get(other).note or ""), f"{record.id} names {other}, which does not name it"


_ONE_CHANGE = re.compile(r"- `([a-z0-9-]+)`, `(\w+)`: .+ — .+\.")
_GROUPED_CHANGE = re.compile(r"- `(\w+)` of (\d+) records: ((?:`[a-z0-9-]+`, )*`[a-z0-9-]+`): .+ — .+\.")


def changelog_items(block: str) -> list[str]:
    """The list items of a CHANGELOG block, each with its indented continuation lines joined to it."""
    items: list[str] = []
    open_item = False
    for line in block.splitlines():
        if re.match(r"\s*- ", line):
            items.append(line.strip())
            open_item = True
        elif open_item and line.startswith("  ") and line.strip():
            items[-1] += " " + line.strip()
        else:
            open_item = False
    return items


def listed_changes(block: str) -> list[tuple[str, str]]:
    """The (record, field) pairs a CHANGELOG block lists: one per "`record`, `field`: ... — reason." item,
    and one per id of a grouped item "`field` of N records: `id-1`, `id-2`: ... — reason." (N ids exactly)."""
    listed: list[tuple[str, str]] = []
    for item in changelog_items(block):
        one, grouped = _ONE_CHANGE.fullmatch(item), _GROUPED_CHANGE.fullmatch(item)
        if one:
            listed.append((one.group(1), one.group(2)))
        elif grouped:
            ids = re.findall(r"`([a-z0-9-]+)`", grouped.group(3))
            assert len(ids) == int(grouped.group(2)), f"`{grouped.group(1)}` of {grouped.group(2)}: {len(ids)} ids"
            listed += [(record_id, grouped.group(1)) for record_id in ids]
    return listed


def test_a_grouped_changelog_line_covers_each_id_it_lists() -> None:
    block = """- `a-1`, `note`: rewritten — why.
- `alpha_3` of 2 records: `a-1`,
  `b-2`: new — why.
- `numeric` of 3 records: `a-1`, `b-2`: new — why.
"""
    assert listed_changes(block[: block.index("- `numeric`")]) == [
        ("a-1", "note"),
        ("a-1", "alpha_3"),
        ("b-2", "alpha_3"),
    ]
    with pytest.raises(AssertionError, match="of 3: 2 ids"):
        listed_changes(block)


def test_the_changelog_gives_every_change_of_each_later_version_with_its_reason() -> None:
    """Under "### Dataset X", one line per changed field, "`record`, `field`: ... — reason", or one per field
    changed alike in many records, "`field` of N records: `id`, ...: ... — reason": together exactly the fields
    that `diff` finds between X and the version before it."""
    text = (Path(__file__).parent.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    shipped = ks.versions()
    for before, version in itertools.pairwise(shipped):
        head = re.search(rf"^### Dataset {re.escape(version)}\b.*$", text, re.MULTILINE)
        assert head, f"the CHANGELOG has no section for dataset {version}"
        block = re.split(r"^##+ ", text[head.end() :], maxsplit=1, flags=re.MULTILINE)[0]
        listed = listed_changes(block)
        diff = ks.diff(before, version)
        assert sorted(listed) == sorted((c.id, c.field) for c in diff.changed)
        added = re.search(r"^- Added \((\d+)\): (.*?)Withdrawn: (.*?)\n(?=\S|- |$)", block, re.MULTILINE | re.DOTALL)
        assert added, f"the CHANGELOG's dataset {version} section has no 'Added (N): ... Withdrawn: ...' line"
        assert int(added.group(1)) == len(diff.added)
        assert re.findall(r"`([a-z0-9-]+)`", added.group(2)) == [id for _, id in diff.added]
        withdrawn = re.findall(r"`([a-z0-9-]+)`", added.group(3))
        assert withdrawn == [t.id for t in diff.withdrawn] and (withdrawn or added.group(3).startswith("none"))
        data = ks.load(version)
        counts = ", ".join(f"{name} {len(data.records(name))}" for name in data.datasets)
        total = sum(len(data.records(name)) for name in data.datasets)
        assert f"{total} records: {counts}." in " ".join(block.split()), counts
