"""The alignment of a revision's units with the bundled text's, in linear time.

1. *In order*: units whose normalised text is the same in both and found once in each are
   anchors, kept in the order of both texts (the longest increasing run, patience diff); between
   two anchors, equal units are matched in order.
2. *Reworded*: between the same two matched units, a unit left in the bundled text is paired
   with the unit(s) left in the revision, in the same section, that are most like it (one with
   one, one with two for a split, two with one for a merge): a similarity (`difflib` ratio of
   the normalised characters; of the sorted cells for a table row) of at least the threshold,
   or of at least `SUBSTITUTED` when the two are the only units left between their neighbours.
   Candidates are found through the words they share, so a long revision costs no more per unit;
   the only two units of a gap are compared whatever words they share (a one-word list item).
3. *Moved*: a unit still left whose same text stands, unmatched, elsewhere in the revision.

What is left of the revision is new text.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from karabakh_status._curation.units import Unit

__all__ = ["SUBSTITUTED", "Alignment", "align", "in_order", "similarity"]

SUBSTITUTED: Final = 0.5
"""The least similarity of a unit and the one unit that took its place between the same
neighbours, in the same section, for the pair to count as a rewording."""

_CANDIDATES: Final = 8  # new units (by words shared) compared with each unit left
_POSTINGS: Final = 64  # a word in more units of one gap than this is too common to find candidates by
_WORD: Final = re.compile(r"\w+")


class Alignment:
    """Where each unit of the bundled text went.

    ``exact[i]``: the revision's unit equal to unit ``i``, in order (or None); ``moved[i]``: an
    equal unit out of order; ``reworded[i]``: the block of old units ``i`` belongs to, the block of
    new units it became, and their similarity. ``taken[j]``: whether the revision's unit ``j`` is
    accounted for (``"exact"``, ``"moved"``, ``"reworded"``) or new (None).
    """

    def __init__(self, size_old: int, size_new: int) -> None:
        self.exact: list[int | None] = [None] * size_old
        self.moved: dict[int, int] = {}
        self.reworded: dict[int, tuple[tuple[int, ...], tuple[int, ...], float]] = {}
        self.taken: list[str | None] = [None] * size_new

    def counterpart(self, index: int) -> tuple[int, ...]:
        """The revision's units that unit ``index`` of the bundled text became (``()``: none)."""
        exact = self.exact[index]
        if exact is not None:
            return (exact,)
        if index in self.moved:
            return (self.moved[index],)
        found = self.reworded.get(index)
        return found[1] if found else ()

    @property
    def common(self) -> int:
        """How many units of the bundled text have a counterpart in the revision."""
        return sum(j is not None for j in self.exact) + len(self.moved) + len(self.reworded)


def similarity(old: Sequence[Unit], new: Sequence[Unit], floor: float = 0.0) -> float:
    """How alike two runs of units are, 0 to 1 (0 when surely under ``floor``)."""
    a, b = " ".join(u.key for u in old), " ".join(u.key for u in new)
    best = _ratio(a, b, floor)
    if all(u.cell for u in old) and all(u.cell for u in new):  # a row whose cells were swapped
        cells = " | ".join(sorted(c for u in old for c in u.key.strip("| ").split(" | ")))
        other = " | ".join(sorted(c for u in new for c in u.key.strip("| ").split(" | ")))
        best = max(best, _ratio(cells, other, max(floor, best)))
    return best


def _ratio(a: str, b: str, floor: float) -> float:
    if not a or not b or 2 * min(len(a), len(b)) < floor * (len(a) + len(b)):
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if floor and matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def align(
    old: Sequence[Unit],
    new: Sequence[Unit],
    renames: Mapping[tuple[str, ...], tuple[str, ...]],
    threshold: float,
    exact: list[int | None] | None = None,
) -> Alignment:
    """Align the units ``new`` of a revision with ``old`` (``exact``: their `in_order` match, if known)."""
    found = Alignment(len(old), len(new))
    found.exact = in_order([u.key for u in old], [u.key for u in new]) if exact is None else exact
    for j in found.exact:
        if j is not None:
            found.taken[j] = "exact"
    for olds, news in _gaps(found.exact, len(new)):
        _reword(found, old, new, olds, news, renames, threshold)
    left: dict[str, deque[int]] = defaultdict(deque)
    for j, unit in enumerate(new):
        if found.taken[j] is None and len(unit.key) >= 8:
            left[unit.key].append(j)
    for i, unit in enumerate(old):
        if found.exact[i] is None and i not in found.reworded and left.get(unit.key):
            j = left[unit.key].popleft()
            found.moved[i] = j
            found.taken[j] = "moved"
    return found


def in_order(old: Sequence[str], new: Sequence[str]) -> list[int | None]:
    """For each of ``old``, the index of the equal item of ``new`` matched to it in order, or None."""
    count_old, count_new = Counter(old), Counter(new)
    unique = {key: j for j, key in enumerate(new) if count_new[key] == 1}
    pairs = [(i, unique[key]) for i, key in enumerate(old) if count_old[key] == 1 and key in unique]
    match: list[int | None] = [None] * len(old)
    bounds = [(-1, -1), *_increasing(pairs), (len(old), len(new))]
    for (low_i, low_j), (high_i, high_j) in itertools.pairwise(bounds):
        if high_i < len(old):
            match[high_i] = high_j
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for j in range(low_j + 1, high_j):
            waiting[new[j]].append(j)
        cursor = low_j
        for i in range(low_i + 1, high_i):
            queue = waiting.get(old[i])
            while queue and queue[0] <= cursor:
                queue.popleft()
            if queue:
                cursor = match[i] = queue.popleft()
    return match


def _increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by their first item) increasing in their second (patience)."""
    tails: list[int] = []  # the second item ending each run length
    ends: list[int] = []  # the pair index ending it
    before: list[int] = [-1] * len(pairs)
    for position, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(position)
        else:
            tails[length] = j
            ends[length] = position
        before[position] = ends[length - 1] if length else -1
    run = []
    position = ends[-1] if ends else -1
    while position >= 0:
        run.append(pairs[position])
        position = before[position]
    return run[::-1]


def _gaps(exact: Sequence[int | None], size_new: int) -> Iterator[tuple[list[int], list[int]]]:
    """The units left between two matched units: (old indexes, new indexes), both non-empty."""
    previous, olds = -1, []
    for i, j in [*enumerate(exact), (len(exact), size_new)]:
        if j is None:
            olds.append(i)
            continue
        if olds and j - previous > 1:
            yield olds, list(range(previous + 1, j))
        previous, olds = j, []


def _reword(
    found: Alignment,
    old: Sequence[Unit],
    new: Sequence[Unit],
    olds: list[int],
    news: list[int],
    renames: Mapping[tuple[str, ...], tuple[str, ...]],
    threshold: float,
) -> None:
    """Pair the units left between two matched ones: see the module."""
    lone = len(olds) == 1 and len(news) == 1  # one unit in place of one: compared even with no word shared
    floor = SUBSTITUTED if lone else threshold
    index: dict[str, list[int]] = defaultdict(list)
    common: set[str] = set()
    for j in news:
        for word in set(_WORD.findall(new[j].key.casefold())):
            if word in common:
                continue
            index[word].append(j)
            if len(index[word]) > _POSTINGS:
                common.add(word)
                del index[word]
    first, last = news[0], news[-1]
    seen: dict[int, frozenset[str]] = {}

    def words(unit: Unit) -> frozenset[str]:
        key = id(unit)
        if key not in seen:
            seen[key] = frozenset(_WORD.findall(unit.key.casefold())) - common
        return seen[key]

    scored: list[tuple[float, int, tuple[int, ...], tuple[int, ...]]] = []
    for position, i in enumerate(olds):
        section = renames.get(old[i].section, old[i].section)
        blocks: list[tuple[int, ...]] = [(i,)]
        if position + 1 < len(olds) and olds[position + 1] == i + 1 and old[i + 1].section == old[i].section:
            blocks.append((i, i + 1))  # a merge
        for block in blocks:
            shared: Counter[int] = Counter()
            for k in block:
                for word in set(_WORD.findall(old[k].key.casefold())):
                    shared.update(index.get(word, ()))
            candidates = [j for j, _ in shared.most_common(_CANDIDATES)]
            if lone and not candidates:
                candidates = news
            for j in candidates:
                if new[j].section != section:
                    continue
                tries: list[tuple[int, ...]] = [(j,)] if len(block) > 1 else [(j,), (j, j + 1), (j - 1, j)]
                for run in tries:
                    if run[0] < first or run[-1] > last or any(new[k].section != section for k in run):
                        continue
                    mine = set().union(*(words(old[k]) for k in block))
                    theirs = set().union(*(words(new[k]) for k in run))
                    if not lone and 2 * len(mine & theirs) < floor / 2 * (len(mine) + len(theirs)):
                        continue  # too few (not too common) words shared for the characters to be alike
                    ratio = similarity([old[k] for k in block], [new[k] for k in run], floor)
                    if ratio >= floor:
                        scored.append((ratio, -len(block) - len(run), block, run))
    scored.sort(reverse=True)
    for ratio, _, block, run in scored:
        if any(k in found.reworded for k in block) or any(found.taken[k] is not None for k in run):
            continue
        for k in block:
            found.reworded[k] = (block, run, ratio)
        for k in run:
            found.taken[k] = "reworded"
