"""Scoring a `sources check` JSON report against a label file of the curation corpus.

Written from the corpus README alone (`tests/curation_corpus/README.md`): nothing here calls
the code under test, so the score cannot agree with the report by construction. Texts are
compared white space folded, with reference markers (``[12]``) taken out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

STATUSES = ("kept", "moved", "reworded", "gone")
_MARKER = re.compile(r"\[(?:\d+|[a-z]|note \d+|citation needed)\]")


def folded(text: str) -> str:
    """White space folded, reference markers out."""
    return " ".join(_MARKER.sub("", text).split())


def score(
    labels: Mapping[str, Any], report: Mapping[str, Any], revision: str, citations: set[tuple[str, int]]
) -> dict[str, Any]:
    """Per status F1 over every citation of the source (micro), false gone, new wording seen, wrong nearests.

    ``citations``: every (record, index) of the source in the dataset version, read from the data files.
    """
    said = {(q["record"], q["citation"]): q for q in report["quotes"]}
    wanted = {(q["record"], q["citation"]): q for q in labels["quotes"]}
    text = folded(revision)
    right = 0
    false_gone = []
    wrong = []
    for key in citations:
        label = wanted.get(key)
        accepted = {label["status"], *label.get("also", ())} if label else {"kept"}
        got = said[key]["status"] if key in said else "kept"
        ok = got in accepted
        if ok and got == "moved":
            ok = tuple(said[key]["now"] or ()) == tuple(label["now"]) if label else False
        if ok and got == "reworded" and label and label["status"] == "reworded" and label.get("nearest"):
            nearest = folded(said[key]["nearest"] or "")
            ok = nearest in text and folded(label["nearest"]) in nearest
        if ok and got == "reworded" and label and label.get("now") is not None and label["status"] == "reworded":
            ok = tuple(said[key]["now"]) == tuple(label["now"])
        right += ok
        if not ok:
            wrong.append((key, got, sorted(accepted)))
        if got == "gone" and "gone" not in accepted:
            false_gone.append(key)
    # F1 of the changes (every status but kept): a change reported right is a true positive, a change
    # reported where the labels accept another status a false positive, a labelled change missed a false negative
    positive = sum(
        1 for key in citations if key in said and said[key]["status"] != "kept" and key not in {w[0] for w in wrong}
    )
    reported = sum(1 for key in citations if key in said and said[key]["status"] != "kept")
    expected = sum(
        1 for key in citations if key in wanted and "kept" not in {wanted[key]["status"], *wanted[key].get("also", ())}
    )
    precision = positive / reported if reported else 1.0
    recall = positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    seen_texts = [folded(s["text"]) for s in report["uncited"]]
    seen_sections = [tuple(s["section"]) for s in report["uncited"]]
    nearests = [(folded(q["nearest"] or ""), tuple(q["now"] or ())) for q in report["quotes"] if q.get("nearest")]
    missed = []
    for item in labels["new_sentences"]:
        want = folded(item["text"])
        section = tuple(item["section"])
        place = item.get("section_matters")
        seen = any(want in t and (not place or s == section) for t, s in zip(seen_texts, seen_sections, strict=True))
        seen = seen or (not place and any(want in n for n, _ in nearests))
        if not seen:
            missed.append(item["text"])
    return {
        "f1": f1,
        "accuracy": right / len(citations) if citations else 1.0,
        "false_gone": false_gone,
        "wrong": wrong,
        "missed": missed,
        "new": len(labels["new_sentences"]),
    }
