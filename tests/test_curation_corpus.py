"""`sources check` scored against the development set of real and constructed revisions
(`tests/curation_corpus/`, its README says what the labels mean). The score is computed by
`tests/curation_corpus_score.py` from the label files and the JSON report alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import karabakh_status as ks
from karabakh_status._datasets import CITED
from tests.curation_corpus_score import score

CORPUS = Path(__file__).parent / "curation_corpus"
LABELS = sorted(CORPUS.glob("*.labels.json"))
VERSION = "1.1.0"  # the version the labels name citations of


def labels(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def citations(source: str) -> set[tuple[str, int]]:
    data = ks.load(VERSION)
    return {
        (record.id, index)
        for name in CITED
        for record in data.records(name)
        for index, citation in enumerate(record.citations)
        if citation.source == source
    }


REVISIONS = [p for p in LABELS if not labels(p)["wrong_article"]]
WRONG = [p for p in LABELS if labels(p)["wrong_article"]]


def test_the_corpus_holds_real_and_constructed_revisions_and_wrong_articles() -> None:
    kinds = {labels(p)["kind"] for p in LABELS}
    assert {"synthetic", "wrong-article"} <= kinds and len(REVISIONS) == 4 and len(WRONG) == 2


@pytest.mark.parametrize("path", REVISIONS, ids=lambda p: p.name.split(".")[0])
def test_a_revision_is_reported_as_the_labels_say(path: Path) -> None:
    label = labels(path)
    text = CORPUS / label["revision"]
    report = ks.check_source(label["source"], text, version=VERSION).to_json()  # never refused
    found = score(label, report, text.read_text(encoding="utf-8"), citations(label["source"]))
    print(f"{path.name}: F1 {found['f1']:.3f}, accuracy {found['accuracy']:.3f}, false gone {found['false_gone']}")
    assert found["f1"] >= 0.95, found["wrong"]
    assert found["false_gone"] == []
    assert found["missed"] == []  # every expected new wording surfaced


@pytest.mark.parametrize("path", WRONG, ids=lambda p: p.name.split(".")[0])
def test_a_wrong_article_is_refused_with_exit_2_and_one_line(path: Path, tmp_path: Path) -> None:
    label = labels(path)
    text = CORPUS / label["revision"]
    command = [sys.executable, "-m", "karabakh_status", "--dataset-version", VERSION, "sources", "check"]
    done = subprocess.run([*command, label["source"], str(text)], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("karabakh-status: error: ") and "does not look like a revision of " + label["source"] in line
    done = subprocess.run(
        [sys.executable, "-m", "karabakh_status", "sources", "import", label["source"], str(text), str(tmp_path / "d")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "does not look like a revision" in done.stderr and not (tmp_path / "d").exists()
    done = subprocess.run([*command, label["source"], str(text), "--force"], capture_output=True, text=True)
    assert done.returncode == 1 and "gone" in done.stdout  # forced: checked, everything gone
    with pytest.raises(ks.RevisionError, match="does not look like a revision"):
        ks.import_source(label["source"], text, tmp_path / "draft")
    assert not (tmp_path / "draft").exists()
    forced = ks.check_source(label["source"], text, version=VERSION, force=True)
    assert forced.common < ks.KINSHIP and forced.summary["gone"] > 100


def test_the_score_is_not_the_report_agreeing_with_itself() -> None:
    """An empty report (every citation kept) scores 0 on a revision with changes: the scorer can fail."""
    label = labels(REVISIONS[0])
    text = (CORPUS / label["revision"]).read_text(encoding="utf-8")
    found = score(label, {"quotes": [], "uncited": []}, text, citations(label["source"]))
    assert found["f1"] == 0 and found["missed"]
