"""`check_source` and `import_source`: new revisions built from the bundled texts, each change
reported in its category; the unchanged text reports nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import karabakh_status as ks
from karabakh_status._curation.draft import next_version
from karabakh_status._datasets import CITED
from karabakh_status._sources import bundled_text, fold
from karabakh_status._versions import DATA

PS, FR = "political-status-of-nagorno-karabakh", "foreign-relations-of-artsakh"

AUSTRALIA = "In 2012, the Parliament of New South Wales called upon the Australian government to recognize Artsakh."
YEREVAN = "A representative office of Nagorno-Karabakh was established in Yerevan."
SYDNEY = "Artsakh maintained a Representative Office in Sydney, Australia."


def original(source: str = FR) -> str:
    text = bundled_text(source)
    assert text is not None
    return text.text


def revise(tmp_path: Path, *changes: tuple[str, str], source: str = FR) -> Path:
    """The bundled text with each (old, new) replaced (each old found exactly once), as a file."""
    text = original(source)
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "revision.txt"
    path.write_text(text, encoding="utf-8")
    return path


def citing(text: str, source: str = FR, *, within: bool = True) -> set[tuple[str, int]]:
    """(record id, citation index) of every citation of the source whose quote lies within ``text``
    (``within=False``: whose quote holds ``text`` and more)."""
    data = ks.load()
    return {
        (record.id, index)
        for name in CITED
        for record in data.records(name)
        for index, citation in enumerate(record.citations)
        if citation.source == source
        and (fold(citation.quote) in text if within else text in fold(citation.quote) != text)
    }


@pytest.mark.parametrize("source", [PS, FR])
def test_the_unchanged_text_reports_nothing(source: str, tmp_path: Path) -> None:
    report = ks.check_source(source, revise(tmp_path, source=source))
    assert (report.quotes, report.sections, report.uncited) == ((), (), ())
    assert not report.needs_attention
    assert report.summary["kept"] == report.citations > 100
    assert report.bundled_sha256 == report.new_sha256 == ks.load().source(source).sha256


def test_a_reworded_sentence_is_reworded_with_the_nearest_sentence(tmp_path: Path) -> None:
    new = AUSTRALIA.replace("called upon", "urged").replace("recognize", "recognise")
    report = ks.check_source(FR, revise(tmp_path, (AUSTRALIA, new)))
    within, spanning = citing(AUSTRALIA), citing(AUSTRALIA, within=False)
    assert within and spanning  # quotes of the sentence, and a quote of it and the next one
    assert {(q.record, q.citation) for q in report.quotes} == within | spanning
    for change in report.quotes:
        assert change.status == "reworded"
        assert change.nearest == (new if (change.record, change.citation) in within else f"{new} {SYDNEY}")
        assert change.now == ("Bilateral relations", "Australia")
        assert change.similarity is not None and ks.REWORDED <= change.similarity < 1
        assert change.line == 32
    # the new wording is new text too: no citation keeps it
    assert [(s.text, s.line) for s in report.uncited] == [(new, 32)]
    assert report.summary["reworded"] == len(report.quotes) and report.needs_attention


def test_a_reworded_quote_names_the_fields_it_attested(tmp_path: Path) -> None:
    report = ks.check_source(FR, revise(tmp_path, (AUSTRALIA, AUSTRALIA.replace("called upon", "urged"))))
    change = next(q for q in report.quotes if q.record.startswith("rec-"))
    record = ks.load().get(change.record)
    assert change.fields == ("actor",)  # the parliament, named
    assert str(record.date) == "2012-10"  # a month the sentence does not give: another quote attests it


def test_a_removed_sentence_is_gone(tmp_path: Path) -> None:
    report = ks.check_source(FR, revise(tmp_path, (" " + YEREVAN, "")))
    assert {(q.record, q.citation) for q in report.quotes} == citing(YEREVAN) | citing(YEREVAN, within=False)
    assert {q.status for q in report.quotes} == {"gone"}
    assert all(q.nearest is None and q.now is None for q in report.quotes)
    assert report.summary["gone"] == len(report.quotes)


def test_an_added_sentence_is_uncited(tmp_path: Path) -> None:
    added = "In 2025, the Parliament of Atlantis called on its government to recognize Artsakh."
    report = ks.check_source(FR, revise(tmp_path, (SYDNEY, SYDNEY + " " + added)))
    assert report.quotes == () and report.sections == ()
    (sentence,) = report.uncited
    assert (sentence.text, sentence.section, sentence.line, sentence.cell) == (
        added,
        ("Bilateral relations", "Australia"),
        32,
        False,
    )
    assert report.summary["uncited"] == 1 and report.needs_attention


def test_a_sentence_the_register_excuses_is_not_uncited_until_reworded(tmp_path: Path) -> None:
    seat = "The Ministry was based in the capital city of Stepanakert."
    moved = ks.check_source(FR, revise(tmp_path, (seat, seat + " " + seat)))  # twice, still excused
    assert moved.uncited == ()
    reworded = ks.check_source(FR, revise(tmp_path, (seat, "The Ministry sat in Stepanakert, the capital.")))
    assert [s.text for s in reworded.uncited] == ["The Ministry sat in Stepanakert, the capital."]


def test_a_renamed_section_names_the_records_that_cite_it(tmp_path: Path) -> None:
    report = ks.check_source(FR, revise(tmp_path, ("===Europe===", "===Europe and Russia===")))
    (change,) = report.sections
    assert (change.section, change.change, change.now) == (
        ("Bilateral relations", "Europe"),
        "renamed",
        ("Bilateral relations", "Europe and Russia"),
    )
    data = ks.load()
    expected = {
        record.id
        for name in CITED
        for record in data.records(name)
        if any(c.source == FR and c.section == ("Bilateral relations", "Europe") for c in record.citations)
    }
    assert set(change.records) == expected != set()
    assert report.quotes == ()  # its quotes are in the section it became


def test_a_section_under_another_parent_is_moved(tmp_path: Path) -> None:
    armenia = original().split("===Armenia===")[1].split("===Europe===")[0]
    text = revise(
        tmp_path,
        ("===Armenia===" + armenia, ""),
        ("== Representative offices ==", "== Representative offices ==\n\n===Armenia===" + armenia),
    )
    report = ks.check_source(FR, text)
    (change,) = report.sections
    assert (change.change, change.now) == ("moved", ("Representative offices", "Armenia"))
    assert report.quotes == () and report.uncited == ()


def test_a_removed_section_is_removed_and_its_quotes_gone(tmp_path: Path) -> None:
    lebanon = "===Lebanon===" + original().split("===Lebanon===")[1].split("===South Ossetia===")[0]
    report = ks.check_source(FR, revise(tmp_path, (lebanon, "")))
    (change,) = report.sections
    assert (change.section, change.change, change.now) == (("Bilateral relations", "Lebanon"), "removed", None)
    assert change.records and {q.status for q in report.quotes} == {"gone"}
    assert {q.record for q in report.quotes} == set(change.records)


def test_a_sentence_in_another_section_is_a_moved_quote(tmp_path: Path) -> None:
    europe = (
        "The Republic of Artsakh maintained three representative offices in Europe, "
        "including Berlin, Paris, and Moscow."
    )
    report = ks.check_source(FR, revise(tmp_path, (" " + SYDNEY, ""), (europe, europe + " " + SYDNEY)))
    moved = {(q.record, q.citation) for q in report.quotes if q.status == "moved"}
    assert moved == citing(SYDNEY) != set()
    assert {q.now for q in report.quotes if q.status == "moved"} == {("Bilateral relations", "Europe")}
    # a quote of the sentence and the one before it is no longer in the text: gone
    assert {(q.record, q.citation) for q in report.quotes if q.status == "gone"} == citing(SYDNEY, within=False)


def test_a_changed_table_cell_rewords_the_row_quote(tmp_path: Path) -> None:
    row = "| | July 4, 2001 or before | Mutual recognition |"
    report = ks.check_source(FR, revise(tmp_path, (row, row.replace("July 4", "July 5"))))
    (change,) = report.quotes
    assert change.quote == "July 4, 2001 or before | Mutual recognition"
    assert (change.status, change.nearest) == ("reworded", "July 5, 2001 or before | Mutual recognition")
    assert change.fields == ("date",) and change.touches == ("date",)
    assert (change.removed, change.added) == (("4,",), ("5,",))
    assert [(s.text, s.cell) for s in report.uncited] == [("July 5, 2001 or before", True)]  # the changed cell only


def test_a_new_table_cell_is_an_uncited_cell(tmp_path: Path) -> None:
    row = "| | July 4, 2001 or before | Mutual recognition |"
    report = ks.check_source(FR, revise(tmp_path, (row, row + "\n| | 1 April 2025 | Recognition of Atlantis |")))
    assert [(s.text, s.cell) for s in report.uncited] == [("1 April 2025", True), ("Recognition of Atlantis", True)]


def test_the_report_is_json(tmp_path: Path) -> None:
    report = ks.check_source(FR, revise(tmp_path, (" " + YEREVAN, "")))
    data = json.loads(json.dumps(report.to_json()))
    assert data["summary"] == report.summary and data["needs_attention"] is True
    assert data["quotes"][0]["section"] == ["Bilateral relations", "Armenia"]
    assert data["source"] == FR and data["version"] == ks.load().version


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ks.NotFoundError, match="no source has id 'no-such-source'"):
        ks.check_source("no-such-source", revise(tmp_path))
    with pytest.raises(ks.NotFoundError):
        ks.check_source("ext-ri-h8180-2012", revise(tmp_path))  # an external source has no text
    with pytest.raises(ks.RevisionError, match="cannot read the new text"):
        ks.check_source(FR, tmp_path / "missing.txt")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    with pytest.raises(ks.RevisionError, match="is not UTF-8"):
        ks.check_source(FR, tmp_path / "latin1.txt")


# -- import_source ------------------------------------------------------------------------------


def test_a_draft_carries_the_new_text_and_validate_lists_what_to_mend(tmp_path: Path) -> None:
    new = revise(tmp_path, (" " + YEREVAN, ""))
    draft = ks.import_source(FR, new, tmp_path / "draft")
    base = ks.load(ks.released_versions()[-1])
    manifest = json.loads((draft / "manifest.json").read_bytes())
    digest = ks.check_source(FR, new).new_sha256
    assert manifest["version"] == next_version() and manifest["released"] is None
    assert manifest["sources"][FR] == digest and manifest["sources"][PS] == dict(base.manifest.sources)[PS]
    assert (draft / f"{FR}.txt").read_bytes() == new.read_bytes()
    assert sorted(p.name for p in draft.iterdir()) == sorted(
        [*(e.name for e in base.manifest.files), "manifest.json", f"{FR}.txt"]
    )
    found = ks.validate(path=draft)
    broken = citing(YEREVAN) | citing(YEREVAN, within=False)
    assert {(v.rule, v.record) for v in found} == {("quote-in-source", record) for record, _ in broken}


def test_a_draft_of_the_unchanged_text_validates(tmp_path: Path) -> None:
    draft = ks.import_source(FR, revise(tmp_path), tmp_path / "draft", version="7.1.0")
    assert ks.validate(path=draft) == ()
    assert ks.load(path=draft).version == "7.1.0"


def test_next_version_is_above_every_shipped_version() -> None:
    shipped = [tuple(int(p) for p in v.split(".")) for v in ks.versions()]
    assert tuple(int(p) for p in next_version().split(".")) > max(shipped)


def test_a_draft_is_never_written_where_it_must_not(tmp_path: Path) -> None:
    new = revise(tmp_path)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ks.RevisionError, match="not empty"):
        ks.import_source(FR, new, tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["notes.txt"]
    (tmp_path / "target").mkdir()
    os.symlink(tmp_path / "target", tmp_path / "link")
    with pytest.raises(ks.RevisionError, match="is a link"):
        ks.import_source(FR, new, tmp_path / "link")
    with pytest.raises(ks.RevisionError, match="inside the package"):
        ks.import_source(FR, new, Path(DATA) / "9.9.9")
    assert not (Path(DATA) / "9.9.9").exists()
    with pytest.raises(ks.RevisionError, match="is a file"):
        ks.import_source(FR, new, new)
    with pytest.raises(ks.VersionError, match="is released"):
        ks.import_source(FR, new, tmp_path / "d1", version=ks.released_versions()[-1])
    with pytest.raises(ks.VersionError, match=r"X\.Y\.Z"):
        ks.import_source(FR, new, tmp_path / "d2", version="2")
    with pytest.raises(ks.NotFoundError):
        ks.import_source("no-such-source", new, tmp_path / "d3")
    assert not any((tmp_path / name).exists() for name in ("d1", "d2", "d3"))
    ks.import_source(FR, new, tmp_path / "target")  # an empty folder is fine


def test_a_folder_text_that_is_a_link_or_not_utf8_is_a_violation(tmp_path: Path) -> None:
    draft = ks.import_source(FR, revise(tmp_path), tmp_path / "draft", version="7.1.0")
    text = draft / f"{FR}.txt"
    text.write_bytes(b"\xff\xfe not UTF-8")
    assert any(v.rule == "source-hash" and "not UTF-8" in v.message for v in ks.validate(path=draft))
    text.unlink()
    os.symlink(tmp_path / "revision.txt", text)
    assert any(v.rule == "source-hash" and "a link" in v.message for v in ks.validate(path=draft))
    with pytest.raises(ks.ManifestError):
        ks.load(path=draft)


# -- the command line ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from karabakh_status._cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sources_check_exits_0_when_nothing_is_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "sources", "check", FR, str(revise(tmp_path)))
    assert (code, err) == (0, "")
    assert "Nothing to do" in out and "0 reworded, 0 gone" in out


def test_sources_check_table_fits_80_columns_and_keeps_ids_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lebanon = "===Lebanon===" + original().split("===Lebanon===")[1].split("===South Ossetia===")[0]
    new = AUSTRALIA.replace("called upon", "urged")
    text = revise(tmp_path, (lebanon, ""), (AUSTRALIA, new), ("===Europe===", "===Europe and Russia==="))
    code, out, _ = run(capsys, "sources", "check", FR, str(text))
    assert code == 1 and "Needs attention." in out
    assert max(len(line) for line in out.splitlines() if " " in line.strip()) <= 80
    report = ks.check_source(FR, text)
    words = set(out.split())
    for change in report.quotes:
        assert change.record in words  # never cut
    assert (
        "evt-martakert-bourj-hammoud-memorandum-2018-05," in words
        or "evt-martakert-bourj-hammoud-memorandum-2018-05" in words
    )
    assert "renamed" in words and "removed" in words and "reworded" in words and "gone" in words
    assert report.new_sha256 in words and report.bundled_sha256 in words


def test_sources_check_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = revise(tmp_path, (" " + YEREVAN, ""))
    code, out, _ = run(capsys, "sources", "check", FR, str(text), "--format", "json")
    assert code == 1
    assert json.loads(out) == json.loads(json.dumps(ks.check_source(FR, text).to_json()))


@pytest.mark.parametrize(
    ("source", "name", "content", "message"),
    [
        ("no-such-source", "new.txt", b"text", "no source has id 'no-such-source'"),
        (FR, "missing.txt", None, "cannot read the new text"),
        (FR, "latin1.txt", "Caf\xe9".encode("latin-1"), "is not UTF-8"),
    ],
)
def test_sources_check_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    code, out, err = run(capsys, "sources", "check", source, str(tmp_path / name))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err


def test_sources_import_then_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = revise(tmp_path, (" " + YEREVAN, ""))
    draft = tmp_path / "draft"
    code, out, _ = run(capsys, "sources", "import", FR, str(text), str(draft), "--set-version", "3.4.0")
    assert code == 0 and f"validate {draft}" in out
    assert json.loads((draft / "manifest.json").read_bytes())["version"] == "3.4.0"
    code, out, _ = run(capsys, "validate", str(draft))
    assert code == 1 and "[quote-in-source]" in out and "office-yerevan" in out
    code, _, err = run(capsys, "sources", "import", FR, str(text), str(draft))
    assert code == 2 and "not empty" in err and len(err.splitlines()) == 1


def test_an_empty_text_loses_every_quote_and_section(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ks.RevisionError, match="does not look like a revision of foreign-relations-of-artsakh"):
        ks.check_source(FR, tmp_path / "empty.txt")
    report = ks.check_source(FR, tmp_path / "empty.txt", force=True)
    assert report.common == 0
    assert report.summary["gone"] == report.citations and report.summary["kept"] == 0
    text = bundled_text(FR)
    assert text is not None
    assert {s.section for s in report.sections} == {s.path for s in text.sections if s.path}
    assert {s.change for s in report.sections} == {"removed"} and report.uncited == ()


def test_a_whole_round_revision_draft_mend_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The workflow of docs/updating.md: a reworded sentence, a draft, the quotes mended, nothing left."""
    from karabakh_status._folders import write_manifest

    new = AUSTRALIA.replace("called upon", "urged")
    revision = revise(tmp_path, (AUSTRALIA, new))
    draft = ks.import_source(FR, revision, tmp_path / "draft")
    assert {v.rule for v in ks.validate(path=draft)} == {"quote-in-source"}
    for data in draft.glob("*.json"):  # the mend: each quote of the old sentence takes the new wording
        data.write_text(data.read_text(encoding="utf-8").replace(AUSTRALIA, new), encoding="utf-8")
    write_manifest(draft)
    assert ks.validate(path=draft) == ()
    report = ks.check_source(FR, revision, path=draft)
    assert not report.needs_attention and report.version == next_version()
    assert report.summary["kept"] == report.citations
    assert run(capsys, "sources", "check", FR, str(revision), "--data", str(draft))[0] == 0
    assert run(capsys, "sources", "check", FR, str(revision))[0] == 1  # the released records still need it


@pytest.mark.parametrize("version", ["01.0.0", "1.0", "1.0.0.0"])
def test_a_bad_draft_version_touches_no_disk(tmp_path: Path, version: str) -> None:
    new = tmp_path / "new.txt"
    new.write_bytes(bundled_text(FR).text.encode("utf-8"))
    with pytest.raises(ks.VersionError):
        ks.import_source(FR, new, tmp_path / "draft", version=version)
    assert not (tmp_path / "draft").exists()
    assert ks.import_source(FR, new, tmp_path / "draft", version="9.0.0") == tmp_path / "draft"  # a retry works


def test_a_wrong_typed_draft_version_names_the_parameter(tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_bytes(bundled_text(FR).text.encode("utf-8"))
    with pytest.raises(TypeError, match=r"^import_source\(\) argument 'version' must be str or None, not int$"):
        ks.import_source(FR, new, tmp_path / "draft", version=5)  # type: ignore[arg-type]
    assert not (tmp_path / "draft").exists()


def test_a_failed_import_removes_what_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from karabakh_status import _folders

    new = tmp_path / "new.txt"
    new.write_bytes(bundled_text(FR).text.encode("utf-8"))
    (tmp_path / "empty").mkdir()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_folders, "write_manifest", fail)
    with pytest.raises(ks.RevisionError, match="No space left"):
        ks.import_source(FR, new, tmp_path / "empty", version="9.0.0")
    assert list((tmp_path / "empty").iterdir()) == []  # the empty folder given is left, empty


def test_a_dataset_version_is_never_silently_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from karabakh_status._cli import main

    source = "foreign-relations-of-artsakh"
    new = tmp_path / "new.txt"
    new.write_text(ks.load().source(source).text(), encoding="utf-8")
    draft = tmp_path / "draft"
    assert main(["--dataset-version", "1.0.0", "sources", "import", source, str(new), str(draft)]) == 2
    assert "--dataset-version does not apply" in capsys.readouterr().err and not draft.exists()
    folder = tmp_path / "data"
    assert main(["--dataset-version", "1.0.0", "sources", "check", source, str(new), "--data", str(folder)]) == 2
    assert "--dataset-version does not apply" in capsys.readouterr().err
    assert main(["--dataset-version", "1.0.0", "sources", "check", source, str(new)]) == 0
    assert "against dataset 1.0.0" in capsys.readouterr().out
    with pytest.raises(TypeError, match="a version or a path, not both"):
        ks.check_source(source, new, version="1.0.0", path=folder)


def test_the_summary_counts_in_words(tmp_path: Path) -> None:
    from karabakh_status._cli.sources import report

    one = report(ks.check_source(FR, revise(tmp_path, ("===Europe===", "===Europe and Russia==="))))
    assert "; 1 section changed; " in " ".join(one.split()) and "section(s)" not in one


def test_a_dropped_year_is_a_reworded_quote_that_touches_the_date(tmp_path: Path) -> None:
    """The issue's case: "2005" dropped from a quoted sentence is named, word and field (in 1.1.0, where the
    year attests the date; from 1.2.0 the date is inferred, so no quote attests it)."""
    report = ks.check_source(
        PS, revise(tmp_path, ("In the 2005 case of Chiragov", "In the case of Chiragov"), source=PS), version="1.1.0"
    )
    change = next(q for q in report.quotes if q.record == "pos-european-court-of-human-rights-chiragov-2005")
    assert change.status == "reworded" and change.removed == ("2005",) and change.added == ()
    assert "[-2005-]" in (change.diff or "") and change.touches == ("date",)


def test_old_words_standing_for_another_citation_are_no_move(tmp_path: Path) -> None:
    """The lead's own sentence on New South Wales stays; the one of 'Other' is reworded in place (W2)."""
    old = "In October 2012, the Australian state of New South Wales recognized Nagorno-Karabakh however"
    report = ks.check_source(FR, revise(tmp_path, (old, old.replace("recognized", "recognised"))))
    assert {q.status for q in report.quotes} == {"reworded"}
    assert {q.now for q in report.quotes} == {("Independence recognition efforts", "Other")}


def test_a_split_and_a_merged_sentence_pair_with_their_quotes(tmp_path: Path) -> None:
    split = AUSTRALIA.replace("called upon", "met. It called upon")
    report = ks.check_source(FR, revise(tmp_path, (AUSTRALIA, split)))
    assert {q.status for q in report.quotes} == {"reworded"} and all(split in (q.nearest or "") for q in report.quotes)
    merged = "It functioned as a de facto part of Armenia, and a representative office of Nagorno-Karabakh was"
    report = ks.check_source(
        FR,
        revise(
            tmp_path,
            ("It functioned as a de facto part of Armenia. A representative office of Nagorno-Karabakh was", merged),
        ),
    )
    assert {q.status for q in report.quotes} == {"reworded"} and all(merged in (q.nearest or "") for q in report.quotes)
    assert citing(YEREVAN) <= {(q.record, q.citation) for q in report.quotes}


def test_reference_markers_and_typography_keep_every_quote(tmp_path: Path) -> None:
    report = ks.check_source(
        FR,
        revise(
            tmp_path,
            (SYDNEY, SYDNEY.replace(" Office", "\u00a0Office") + "[12][citation needed]"),
            ("Nagorno-Karabakh was established in Yerevan.", "Nagorno\u2011Karabakh was established in Yerevan.[3]"),
        ),
    )
    assert report.quotes == () and report.uncited == () and report.common == 1.0


def test_the_nearest_of_a_quote_across_list_items_keeps_the_markers(tmp_path: Path) -> None:
    report = ks.check_source(FR, revise(tmp_path, ("- Highland (November 2013)", "- Highland (December 2013)")))
    assert report.quotes and all(q.status == "reworded" for q in report.quotes)
    for change in report.quotes:
        assert "- Highland (December 2013)" in (change.nearest or "") and change.nearest in fold(
            original().replace("- Highland (November 2013)", "- Highland (December 2013)")
        )


def test_a_deleted_list_item_leaves_the_quotes_whose_own_item_stands_reworded(tmp_path: Path) -> None:
    """Highland's item deleted: Highland's quote is gone; Los Angeles's quote, which ran over Highland's item to
    its own, still stands in place (its actor and date in the new wording): reworded, not gone."""
    report = ks.check_source(FR, revise(tmp_path, ("- Highland (November 2013)\n", "")))
    status = {q.record: q.status for q in report.quotes}
    assert status["rec-us-highland-2013"] == "gone"
    assert status["rec-us-los-angeles-2014"] == "reworded"
    los_angeles = next(q for q in report.quotes if q.record == "rec-us-los-angeles-2014")
    assert "- Los Angeles (January 2014)" in (los_angeles.nearest or "") and los_angeles.touches == ()
    assert set(los_angeles.removed) == {"-", "Highland", "(November", "2013)"}


def test_a_short_changed_table_cell_is_new_text(tmp_path: Path) -> None:
    """A cell of fewer than 8 characters changed (a table's "Entity" heading now "State") is listed, not dropped
    as a fragment: the row was reworded and nothing else reports it."""
    heading = ("| Entity | Date of recognition |", "| State | Date of recognition |")
    report = ks.check_source(FR, revise(tmp_path, heading))
    assert report.needs_attention and [(s.text, s.cell) for s in report.uncited] == [("State", True)]


def test_a_row_whose_only_change_empties_a_cell_is_new_text(tmp_path: Path) -> None:
    """A row reworded by emptying a cell has no changed cell to list: the row is listed whole, as it now stands
    (without its outer bars, as a row is quoted)."""
    report = ks.check_source(FR, revise(tmp_path, ("| Entity | Date of recognition |", "| | Date of recognition |")))
    assert report.needs_attention and [(s.text, s.cell) for s in report.uncited] == [
        ("Date of recognition | Notes", True)
    ]


def test_a_reference_marker_with_a_page_keeps_every_quote(tmp_path: Path) -> None:
    """Wikipedia's page-numbered references ({{rp}}: ``[12]:34``, ``[3]: 5–7``) are markers too, mid-sentence or
    after it: no quote is reworded and no sentence merges with the next."""
    report = ks.check_source(
        FR,
        revise(
            tmp_path,
            (SYDNEY, SYDNEY.replace("Sydney,", "Sydney,[4]:12") + "[3]: 5\u20137"),
            ("Nagorno-Karabakh was established in Yerevan.", "Nagorno-Karabakh was established in Yerevan.[12]:34"),
        ),
    )
    assert report.quotes == () and report.uncited == () and report.common == 1.0
