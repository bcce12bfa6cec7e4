"""The bundled texts: byte-exact seeds, the heading tree, quotes and their context."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status._sources import bundled_text, fold, seeds_folder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "seeds"


def test_seed_files_are_the_shared_copies() -> None:
    if not SHARED.is_dir():
        pytest.skip("no ../shared/seeds beside this checkout")
    shared = sorted(p.name for p in SHARED.glob("*.txt"))
    assert sorted(p.name for p in (ROOT / "seeds").glob("*.txt")) == shared
    for name in shared:
        assert (ROOT / "seeds" / name).read_bytes() == (SHARED / name).read_bytes()


def test_every_bundled_source_ships_its_text() -> None:
    for source in ks.sources():
        if source.kind is ks.SourceKind.BUNDLED:
            text = bundled_text(source.id)
            assert text is not None
            assert source.file == f"{source.id}.txt"
            assert (
                source.sha256 == text.sha256 == hashlib.sha256((seeds_folder() / source.file).read_bytes()).hexdigest()
            )


def test_sections() -> None:
    text = bundled_text("political-status-of-nagorno-karabakh")
    assert text is not None
    assert text.title == "Political status of Nagorno-Karabakh"
    paths = [s.path for s in text.sections]
    assert paths[0] == ()
    assert ("Positions and statements",) in paths  # "==Positions and statements==" has no spaces
    assert ("Positions and statements", "Armenia") in paths
    assert ("Independence recognition efforts", "U.S. states and communities") in paths
    assert len(paths) == len(set(paths))
    section = text.section(("Independence recognition efforts",))
    assert section is not None and section.level == 2 and section.title == "Independence recognition efforts"
    body = text.section_text(("Independence recognition efforts",))
    assert body is not None and "Montevideo" in body  # a section includes its sub-sections
    assert "Montevideo" not in (text.section_text(("Independence recognition efforts", "Italy")) or "")


def test_find_folds_white_space_and_respects_sections() -> None:
    text = bundled_text("political-status-of-nagorno-karabakh")
    assert text is not None
    lead = "The Republic of Artsakh was never recognized by any UN member state, including Armenia."
    assert text.find((), lead)
    assert text.find((), lead.replace(" ", "\n  "))
    assert not text.find(("Remedial secession",), lead)
    assert not text.find((), "")
    assert not text.find(("No such section",), lead)
    # a quote that spans the line break inside PACE resolution 2085's paragraph
    assert text.find(("Positions and statements",), "as tools of political influence or an instrument of pressure")


def test_context() -> None:
    citation = ks.Citation(
        source="political-status-of-nagorno-karabakh",
        section=("Independence recognition efforts", "Italy"),
        quote="the city of Campobasso recognized Artsakh",
    )
    context = citation.context()
    assert context is not None and context.startswith("On 15 October 2020, the Italian city of Milan")
    assert context.endswith("Bleggio Superiore and Drena.")
    external = ks.Citation(source="ext-some-page", section=(), quote="x")
    assert external.context() is None


def test_unknown_or_unsafe_source_ids() -> None:
    assert bundled_text("no-such-text") is None
    assert bundled_text("../LICENSE") is None


def test_fold() -> None:
    assert fold(" a \n\t b ") == "a b"
