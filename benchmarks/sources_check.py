"""How long `check_source` takes on the real texts, against reading and folding the same text.

    python benchmarks/sources_check.py [--runs N]

For each bundled source, measured in one run (best of N, in ms):
1. the reference: read the text file and fold its white space (``" ".join(text.split())``);
2. ``check_source`` on the unchanged text (nothing to report);
3. ``check_source`` on a revision with five changes: a sentence reworded, one removed, one added,
   a section renamed and a table row changed (the quotes that are no longer found are compared
   with every new sentence: the slow part);
4. a fresh process (best of 3): import, load and one check (what ``karabakh-status sources check`` costs).
The target is under a second for each; the ratios say how much more than reading the text it costs
(and than ``str.splitlines`` of it, the floor of any reader of lines).

Then the cost is shown linear: the ratio of a check of a revision ten times as long (the changed
text followed by nine more copies of its sections under new headings) to the check of the
changed text, and the same for a text of the article's words shuffled (checked with
``force=True``, as it is no revision): at most ~10x each.
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import karabakh_status as ks
from karabakh_status._sources import bundled_text, fold, seeds_folder

TARGET_MS = 1000.0


def best(function: Callable[[], object], runs: int) -> float:
    """Best wall time of ``function()`` in ms."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def revision(source: str) -> str:
    """The bundled text with five changes, found in the text itself (no sentence written by hand)."""
    text = bundled_text(source)
    assert text is not None
    body = text.text
    paragraphs = [line for line in text.lines if len(line) > 200 and not line.startswith(("=", "|", "-"))]
    first, second = paragraphs[0], paragraphs[1]
    body = body.replace(first, first.replace(" the ", " a ", 3), 1)  # reworded
    sentence = second.split(". ")[1]
    body = body.replace(sentence + ". ", "", 1)  # removed
    body = body.replace(second[:40], "In 2030 a new parliament met in Stepanakert. " + second[:40], 1)  # added
    heading = next(line for line in text.lines if line.startswith("===") and "See also" not in line)
    body = body.replace(heading, heading.replace("===", "=== Renamed", 1), 1)  # renamed
    row = next(line for line in text.lines if line.startswith("| ") and any(c.isdigit() for c in line))
    digit = next(c for c in row if c.isdigit())
    body = body.replace(row, row.replace(digit, str((int(digit) + 1) % 10), 1), 1)  # a cell changed
    return body


def longer(text: str, times: int) -> str:
    """``text`` followed by ``times - 1`` copies of its body, each heading marked as a new section."""
    body = text.split("\n", 1)[1]
    copies = [body.replace("==\n", f" (copy {k})==\n").replace("== \n", f" (copy {k}) ==\n") for k in range(1, times)]
    return "\n".join([text, *copies])


def shuffled(text: str, times: int) -> str:
    """The words of ``text``, ``times`` over, shuffled (seeded), as lines of twelve words."""
    words = text.split() * times
    random.Random(0).shuffle(words)
    return "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))


def scaling(folder: Path, source: str, base: str, runs: int) -> None:
    """Print the ratio of a check of a ten times longer text to the check of the text."""
    for name, make, force in (("revision", longer, False), ("shuffled words", shuffled, True)):
        one, ten = Path(folder) / f"{source}.1x.txt", Path(folder) / f"{source}.10x.txt"
        one.write_text(make(base, 1), encoding="utf-8")
        ten.write_text(make(base, 10), encoding="utf-8")
        small = best(lambda p=one, f=force: ks.check_source(source, p, force=f), runs)
        large = best(lambda p=ten, f=force: ks.check_source(source, p, force=f), max(runs // 4, 1))
        size = ten.stat().st_size / one.stat().st_size
        print(
            f"{source:<38}{'10x ' + name:<24}{large:>9.1f}{large / small:>9.1f}x the 1x check ({size:.1f}x the bytes)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    ks.load()  # the dataset is loaded once per process: measured below only in the fresh process
    print(f"{'source':<38}{'measure':<24}{'ms':>9}{'x ref':>9}{'x splitlines':>14}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for source in (s.id for s in ks.load().sources() if s.kind is ks.SourceKind.BUNDLED):
            same = seeds_folder() / f"{source}.txt"
            changed = Path(folder) / f"{source}.txt"
            changed.write_text(revision(source), encoding="utf-8")
            reference = best(lambda path=same: fold(path.read_text(encoding="utf-8")), runs)
            lines = best(lambda path=same: path.read_text(encoding="utf-8").splitlines(), runs)
            found = ks.check_source(source, changed).summary
            rows = [
                ("read and fold (reference)", reference),
                ("read and splitlines", lines),
                ("check, unchanged", best(lambda path=same, s=source: ks.check_source(s, path), runs)),
                ("check, five changes", best(lambda path=changed, s=source: ks.check_source(s, path), runs)),
            ]
            code = f"import karabakh_status as k; k.check_source({source!r}, {str(changed)!r})"
            fresh = best(lambda c=code: subprocess.run([sys.executable, "-c", c], check=True), 3)
            rows.append(("fresh process, one check", fresh))
            for name, ms in rows:
                print(f"{source:<38}{name:<24}{ms:>9.1f}{ms / reference:>9.1f}{ms / lines:>14.1f}")
                worst = max(worst, ms)
            print(f"{'':<38}found: {found}")
            scaling(Path(folder), source, revision(source), runs)
    verdict = "under" if worst < TARGET_MS else "OVER"
    print(f"slowest: {worst:.0f} ms, {verdict} the target of {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
