"""Performance targets of karabakh_status (issue 17), each measured against a reference in the same run.

Run from an environment with the package installed; pycountry (the ``bench`` extra) is the
reference of one target, reported as not measured without it:

    python benchmarks/bench.py [--quick]

Every figure is CPU time (`time.process_time`, or the CPU time of a whole child process), and
every target is a ratio to a reference measured alongside it: fresh processes alternate in
pairs (ours, reference, ours, ...) and the ratio is the median of the pairs' ratios; in-process
figures interleave rounds of both and keep each one's best. No figure is asserted anywhere: the
table says "met" or "missed", to be read. ``--quick`` (CI) runs fewer rounds on less data.

The targets:

1. a cold ``import karabakh_status; get(id)`` against `benchmarks/floor.py` (which does only
   what that lookup needs) and against pycountry's cold ``countries.get(alpha_2="AM")``;
2. ``import karabakh_status`` against ``python -c pass``;
3. loading every dataset of the default version in a fresh process (the code imported, no data
   read, ``hashlib`` not imported) against ``json.loads`` of the same bytes in another;
4. a filter on one field, a date filter and ``as_of``, against plain comprehensions over the same
   records (the date ones over bounds computed beforehand), with the data 1x, 100x, 1000x;
   no filter: the stored tuple itself;
5. ``get(id)`` of an id of every file against a dict lookup;
6. memory kept per record after a full load against the strict path's (``load(path=...)``);
7. the cost per record added of a strict load and of ``validate()``, from 10x to 100x the data against
   from 1x to 10x (linear growth: the same);
8. each read command of the command line (``show``, ``list``, ``info``, ``cite``, ``history``; the
   console script's entry point, output piped) against the API doing the same work, printing it, in
   a fresh process (issue 29).
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")}
RECORD = "rec-it-milan-2020"
RESULTS: list[tuple[str, float | None, float, str]] = []


# -- measuring --------------------------------------------------------------------------------


def child_cpu(code: str) -> float:
    """The CPU time (user + system, ms) of a fresh interpreter running ``code`` (bytecode cached)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def child_value(code: str) -> float:
    """The number a fresh interpreter running ``code`` prints (its own in-process measurement)."""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV, text=True)
    return float(out.stdout.split()[-1])


def pairs(measure: Callable[[str], float], ours: str, reference: str, runs: int) -> tuple[float, float, float]:
    """Alternate fresh processes of two snippets; their medians and the median of the paired ratios."""
    measure(ours), measure(reference)  # warm the file cache and the bytecode alike
    a, b = [], []
    for _ in range(runs):
        a.append(measure(ours))
        b.append(measure(reference))
    ratio = statistics.median(x / y for x, y in zip(a, b, strict=True))
    return statistics.median(a), statistics.median(b), ratio


def per_call(function: Callable[[], object], seconds: float) -> float:
    """CPU time of one call of ``function``, in microseconds: the best of rounds of at least ``seconds``."""
    number = 1
    while True:
        start = time.process_time()
        for _ in range(number):
            function()
        spent = time.process_time() - start
        if spent >= seconds:
            break
        number *= 2 if spent == 0 else max(2, min(10, int(seconds / spent) + 1))
    best = spent / number
    for _ in range(4):
        start = time.process_time()
        for _ in range(number):
            function()
        best = min(best, (time.process_time() - start) / number)
    return best * 1e6


def side_by_side(ours: Callable[[], object], reference: Callable[[], object], seconds: float) -> tuple[float, float]:
    """In process: rounds of both, interleaved; each one's best time per call (microseconds)."""
    a, b = [], []
    for _ in range(3):
        gc.collect()
        a.append(per_call(ours, seconds))
        b.append(per_call(reference, seconds))
    return min(a), min(b)


def cpu_once(function: Callable[[], object]) -> float:
    """CPU time of one call, in ms (gc collected first)."""
    gc.collect()
    start = time.process_time()
    function()
    return (time.process_time() - start) * 1000


# -- reporting --------------------------------------------------------------------------------


def header(title: str) -> None:
    print(f"\n{title}")


def row(name: str, value: str) -> None:
    print(f"  {name:<70} {value:>14}")


def target(name: str, ratio: float | None, budget: float, why_not: str = "") -> None:
    """A target: its measured ratio against its budget, and whether it is met."""
    verdict = "not measured" if ratio is None else ("met" if ratio <= budget else "missed")
    RESULTS.append((name, ratio, budget, verdict if ratio is not None else why_not))
    shown = "-" if ratio is None else f"{ratio:.2f}x"
    print(f"  {'TARGET ' + name:<70} {shown:>8} <= {budget:.2f}x  {verdict}{' (' + why_not + ')' if why_not else ''}")


CLI = {
    "show": (  # the record, its statement, and each citation's source and context: what `show` prints
        [RECORD],
        f"d = k.load(); r = d.get({RECORD!r}); print(r, r.statement, "
        "[(d.source(c.source), c.context()) for c in r.citations])",
    ),
    "list": (["recognitions"], "print(k.load().recognitions())"),
    "info": (
        [],
        "d = k.load(); d._verify(); print(k.versions(), k.released_versions(), d.manifest, d.sources(), "
        "d.withdrawn(), k.provenance())",
    ),
    "cite": ([RECORD], f"print(k.cite(None, {RECORD!r}))"),
    "history": ([RECORD], f"print(k.history({RECORD!r}))"),
}
"""Each read command's arguments, and the API calls that do the same work (``k``: the package)."""


def command_line(runs: int) -> None:
    header("8. The command line against the API, fresh processes (CPU time, median of alternating pairs)")
    for name, (arguments, api) in CLI.items():
        argv = ["karabakh-status", name, *arguments]
        ours = f"import sys; sys.argv = {argv!r}; from karabakh_status.__main__ import run; sys.exit(run())"
        cli, theirs, ratio = pairs(child_cpu, ours, f"import karabakh_status as k; {api}", runs)
        row(f"karabakh-status {' '.join(argv[1:])} (ms) / the API alongside (ms)", f"{cli:.1f} / {theirs:.1f}")
        target(f"karabakh-status {name} / the API", ratio, 1.30)
    bare = f"import karabakh_status as k; print(k.load().get({RECORD!r}))"  # issue 29's example: less work
    show = f"import sys; sys.argv = {['karabakh-status', 'show', RECORD]!r}; from karabakh_status.__main__ import run"
    *_, ratio = pairs(child_cpu, show + "; sys.exit(run())", bare, runs)
    row("karabakh-status show / print(get(id)) alone (no statement, no context): not a target", f"{ratio:.2f}x")


# -- data of every size -----------------------------------------------------------------------


@contextmanager
def scaled(base: Path, factor: int) -> Iterator[Path]:
    """A draft copy of a shipped version whose recognitions are each repeated ``factor`` times in place
    (copies with their own ids, so the order and every rule still hold)."""
    from karabakh_status._folders import write_manifest

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"x{factor}"
        shutil.copytree(base, target)
        manifest = json.loads((target / "manifest.json").read_bytes())
        manifest.update(version="0.0.0", released=None)  # a draft: a released version's bytes never change
        (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        path = target / "recognitions.json"
        records = []
        for record in json.loads(path.read_bytes()):
            records.append(record)
            records.extend({**record, "id": f"{record['id']}-x{copy}"} for copy in range(1, factor))
        path.write_text(json.dumps(records, ensure_ascii=False))
        write_manifest(target)
        yield target


@contextmanager
def in_memory(folder: Path, factor: int) -> Iterator[Any]:
    """A shipped version whose recognitions are each repeated ``factor`` times in place, built in memory
    (copies with their own ids): at 1000x the file would pass the readers' size cap."""
    import attrs

    from karabakh_status._dataset import Dataset

    shipped = fast(folder)
    records = [
        attrs.evolve(record, id=f"{record.id}-x{copy}") if copy else record
        for record in shipped.records("recognitions")
        for copy in range(factor)
    ]
    yield Dataset(folder, shipped.manifest, {"recognitions": tuple(records)})


def count(folder: Path) -> int:
    return sum(len(json.loads(p.read_bytes())) for p in folder.glob("*.json") if p.name != "manifest.json")


def fast(folder: Path) -> Any:
    """A folder opened as a shipped version is (the verified lazy path), without the strict checks."""
    from karabakh_status._dataset import Dataset
    from karabakh_status._manifest import Manifest

    return Dataset(folder, Manifest.from_json(json.loads((folder / "manifest.json").read_bytes())))


# -- the targets ------------------------------------------------------------------------------


def cold(runs: int, folder: Path) -> None:
    header("1-2. Fresh processes (CPU time of the whole process, median of alternating pairs)")
    lookup = f"import karabakh_status as k; k.get({RECORD!r})"
    path = str(folder / "recognitions.json")
    floor = f"import sys; sys.path.insert(0, {str(HERE)!r}); import floor; floor.main({path!r})"
    ours, theirs, ratio = pairs(child_cpu, lookup, floor, runs)
    row(f"import + first lookup of {RECORD} (ms)", f"{ours:.1f}")
    row("benchmarks/floor.py, alongside (ms)", f"{theirs:.1f}")
    target("cold import + first lookup / floor.py", ratio, 1.10)
    if subprocess.run([sys.executable, "-c", "import pycountry"], capture_output=True).returncode == 0:
        pycountry = "from pycountry import countries; countries.get(alpha_2='AM')"
        ours, theirs, ratio = pairs(child_cpu, lookup, pycountry, runs)
        row("pycountry cold countries.get(alpha_2='AM'), alongside (ms)", f"{theirs:.1f}")
        target("cold import + first lookup / pycountry's cold get", ratio, 0.92)
    else:
        target("cold import + first lookup / pycountry's cold get", None, 0.92, "pycountry not installed")
    ours, theirs, ratio = pairs(child_cpu, "import karabakh_status", "pass", runs)
    row("import karabakh_status (ms)", f"{ours:.1f}")
    row("python -c pass, alongside (ms)", f"{theirs:.1f}")
    target("import karabakh_status / python -c pass", ratio, 1.30)


def full_load(runs: int, folder: Path) -> None:
    header("3. A full load in a fresh process (in-process CPU time; median of alternating pairs)")
    files = [str(p) for p in sorted(folder.glob("*.json")) if p.name != "manifest.json"]
    ours = (
        "import sys, time, karabakh_status, karabakh_status._loading as loading\n"
        "from karabakh_status._datasets import DATASETS, record_type\n"
        "for name in DATASETS: record_type(name)  # the code, not the data\n"
        "import karabakh_status._dataset  # the queries' code, which load() imports on its first call\n"
        "assert 'hashlib' not in sys.modules\n"
        "start = time.process_time_ns()\n"
        "data = karabakh_status.load()\n"
        "for name in data.datasets: data.records(name)\n"
        "print((time.process_time_ns() - start) / 1e6)\n"
    )
    reference = (  # what the design makes a full load do at least: check each file's SHA-256, parse it
        "import json, sys, time\n"
        f"raw = [open(p, 'rb').read() for p in {files!r}]\n"
        "try:  # the package's way to hash a small file (_integrity.sha256): CPython's built-in SHA-256\n"
        "    from _sha2 import sha256\n"
        "except ImportError:\n"
        "    from _sha256 import sha256\n"
        "start = time.process_time_ns()\n"
        "for b in raw: sha256(b).hexdigest(); json.loads(b)\n"
        "print((time.process_time_ns() - start) / 1e6)\n"
    )
    ms, parse_ms, ratio = pairs(child_value, ours, reference, runs)
    row(f"load every dataset, {count(folder)} records (ms)", f"{ms:.2f}")
    row("SHA-256 + json.loads of the same bytes, alongside (ms)", f"{parse_ms:.2f}")
    target("full load / SHA-256 + json.loads of the same bytes", ratio, 2.00)
    from karabakh_status._integrity import sha256

    raw = [Path(p).read_bytes() for p in files]
    hashing, parsing = side_by_side(lambda: [sha256(b) for b in raw], lambda: [json.loads(b) for b in raw], 0.02)
    row("  of which the SHA-256 check of the same bytes / json.loads, in process", f"{hashing / parsing:.2f}x")
    from karabakh_status import _build
    from karabakh_status._datasets import DATASETS, record_type

    parsed = [(_build.builder(record_type(Path(p).stem)), json.loads(b)) for p, b in zip(files, raw, strict=True)]
    assert all(Path(p).stem in DATASETS for p in files)

    def rebuild() -> None:  # the records of every file from their parsed JSON, the dates parsed anew
        for cache in (_build._parse_event_date, _build._parse_period, _build._parse_when):
            cache.cache_clear()
        for make, items in parsed:
            tuple(map(make, items))

    building, parsing = side_by_side(rebuild, lambda: [json.loads(b) for b in raw], 0.02)
    row("  of which building the records from their JSON (builders made) / json.loads", f"{building / parsing:.2f}x")
    parts = 1 + (hashing + building) / parsing
    row("  json.loads + the SHA-256 check + building: the parts' sum / json.loads", f"{parts:.2f}x")


def filters(folder: Path, factors: tuple[int, ...], seconds: float) -> None:
    header("4. Filters, in process (CPU time per call, best of interleaved rounds)")
    from karabakh_status._queries.filters import bounds

    unfiltered: dict[int, Callable[[], object]] = {}
    for factor in factors:
        with in_memory(folder, factor) as data:
            records = data.records("recognitions")
            n = len(records)
            ours, ref = side_by_side(
                lambda data=data: data.recognitions(country="US"),
                lambda records=records: [r for r in records if r.country == "US"],
                seconds,
            )
            row(f"{factor}x: recognitions(country='US'), {n} records (us)", f"{ours:.1f}")
            row(f"{factor}x: [r for r in records if r.country == 'US'] (us)", f"{ref:.1f}")
            target(f"{factor}x: a filter on one field / a comprehension", ours / ref, 3.00)
            low, high = bounds("2020")
            dated = [(r, r.date.earliest, r.date.latest) for r in records if r.date is not None]
            ours, ref = side_by_side(
                lambda data=data: data.recognitions(between="2020"),
                lambda dated=dated, low=low, high=high: [r for r, e, la in dated if e <= high and low <= la],
                seconds,
            )
            row(f"{factor}x: recognitions(between='2020') (us)", f"{ours:.1f}")
            target(f"{factor}x: a date filter / a comprehension over bounds", ours / ref, 3.00)
            limit = bounds("2013-04-20")[1]
            kept = [
                (r, r.date.latest, r.receded.earliest if r.receded is not None else None)
                for r in records
                if r.date is not None and r.act.value == "recognize-independence"
            ]
            ours, ref = side_by_side(
                lambda data=data: data.as_of("2013-04-20"),
                lambda kept=kept, limit=limit: [
                    r
                    for r, la, rec in kept
                    if la <= limit and r.outcome.value in ("adopted", "receded") and (rec is None or rec > limit)
                ],
                seconds,
            )
            row(f"{factor}x: as_of('2013-04-20') (us)", f"{ours:.1f}")
            target(f"{factor}x: as_of / a comprehension over bounds", ours / ref, 3.00)
            same = data.recognitions() is records
            target(f"{factor}x: no filter returns the stored tuple (1: yes)", 1.0 if same else 2.0, 1.0)
            if factor == min(factors):
                unfiltered[factor] = data.recognitions
            else:  # the call with no filter at this size against the same call at the smallest, interleaved
                ours, ref = side_by_side(data.recognitions, unfiltered[min(factors)], seconds)
                row(f"{factor}x: recognitions(), no filter; {min(factors)}x alongside (us)", f"{ours:.2f}, {ref:.2f}")
                target(f"{factor}x: no filter / the same at {min(factors)}x (O(1))", ours / ref, 1.50)
            del data, records, dated, kept


def lookups(folder: Path, seconds: float) -> None:
    header("5. get(id), in process, every dataset indexed (CPU time per lookup)")
    data = fast(folder)
    ids = [data.records(name)[-1].id for name in data.datasets]  # the last record of every file
    plain = {i: data.get(i) for i in ids}
    get = data.get
    ours, ref = side_by_side(
        lambda: [get(i) for i in ids],
        lambda: [plain[i] for i in ids],
        seconds,
    )
    row(f"get(id) of the last id of each of {len(ids)} files (ns)", f"{ours / len(ids) * 1000:.0f}")
    row("a dict lookup of the same ids, alongside (ns)", f"{ref / len(ids) * 1000:.0f}")
    target("get(id) / a dict lookup", ours / ref, 2.00)


MEMORY = """
import gc, json, sys, tracemalloc
import karabakh_status
from karabakh_status._datasets import DATASETS, record_type
for name in DATASETS: record_type(name)
import karabakh_status._loading, karabakh_status._folders, karabakh_status._rules
from karabakh_status import _build
path = {path!r}
def full():
    data = karabakh_status.load(path=path) if {strict!r} else karabakh_status._loading._open_shipped({version!r})
    return data, sum(len(data.records(name)) for name in data.datasets)
full()  # once before: the code each path makes on first use (converters, builders) is not data kept
for cache in (_build._parse_event_date, _build._parse_period, _build._parse_when):
    cache.cache_clear()  # the dates, though, are: parsed anew
karabakh_status._folders._forget()  # and the strict path reads the files anew (not what it kept of them)
gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
data, n = full()
gc.collect()
print((tracemalloc.get_traced_memory()[0] - before) / n)
"""


def memory(runs: int, folder: Path) -> None:
    header("6. Memory kept per record after a full load (tracemalloc, fresh processes)")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "draft"
        shutil.copytree(folder, copy)
        manifest = json.loads((copy / "manifest.json").read_bytes())
        manifest.update(version="0.0.0", released=None)
        (copy / "manifest.json").write_text(json.dumps(manifest))
        from karabakh_status._folders import write_manifest

        write_manifest(copy)
        ours, strict, ratio = pairs(
            child_value,
            MEMORY.format(path=str(copy), strict=False, version=folder.name),
            MEMORY.format(path=str(copy), strict=True, version=folder.name),
            max(1, runs // 5),
        )
    row("bytes per record, the verified lazy path (load())", f"{ours:.0f}")
    row("bytes per record, the strict path (load(path=...)), alongside", f"{strict:.0f}")
    target("memory per record / the strict path's", ratio, 1.30)


def growth(folder: Path, sizes: tuple[int, int, int]) -> None:
    small, middle, large = sizes
    header(f"7. Strict load and validate(): cost per added record, {small}x -> {middle}x against {middle}x -> {large}x")
    print("  (the added records are all recognitions, the costliest kind: the cost of the records added")
    print("   between two sizes is compared, so that the mix of the shipped version does not blur it)")
    import karabakh_status as ks
    from karabakh_status._folders import _forget

    def first_reading(call: Callable[..., object], where: Path) -> Callable[[], object]:
        """A strict reading of the folder's files as a first one: not what an earlier one kept (`_folders`)."""

        def read() -> object:
            _forget()
            return call(path=where)

        return read

    totals: dict[str, list[tuple[int, float]]] = {"load": [], "validate": []}
    for size in sizes:
        with scaled(folder, size) as where:
            n = count(where)
            # the least of three (two at the largest size): one round of the largest was the noisiest figure
            rounds = 2 if size == large else 3
            load_ms = min(cpu_once(first_reading(ks.load, where)) for _ in range(rounds))
            validate_ms = min(cpu_once(first_reading(ks.validate, where)) for _ in range(rounds))
            totals["load"].append((n, load_ms))
            totals["validate"].append((n, validate_ms))
            row(f"{size}x, {n} records: strict load, validate() (ms)", f"{load_ms:.0f}, {validate_ms:.0f}")
    for name, label in (("load", "strict load"), ("validate", "validate()")):
        (n1, t1), (n2, t2), (n3, t3) = totals[name]
        first, second = (t2 - t1) / (n2 - n1) * 1000, (t3 - t2) / (n3 - n2) * 1000
        row(f"{label}: per record added {small}x->{middle}x, {middle}x->{large}x (us)", f"{first:.1f}, {second:.1f}")
        target(f"{label} per added record, {middle}x->{large}x / {small}x->{middle}x", second / first, 1.30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, less data (CI)")
    parser.add_argument("--cli", action="store_true", help="the command line's targets only (8)")
    args = parser.parse_args()
    runs = 5 if args.quick else 21
    seconds = 0.002 if args.quick else 0.02

    import karabakh_status as ks
    from karabakh_status import _versions

    compileall.compile_dir(Path(ks.__file__).parent, quiet=1)  # pip compiles a wheel's modules on install
    compileall.compile_file(HERE / "floor.py", quiet=1)
    version = ks.load().version
    folder = Path(_versions.DATA) / version
    print(f"karabakh_status {ks.__version__}, dataset version {version}, Python {sys.version.split()[0]}")
    if args.cli:
        command_line(runs)
        return
    cold(runs, folder)
    full_load(runs, folder)
    filters(folder, (1, 10) if args.quick else (1, 100, 1000), seconds)
    lookups(folder, seconds)
    memory(runs, folder)
    growth(folder, (1, 3, 10) if args.quick else (1, 10, 100))
    command_line(runs)
    met = sum(1 for *_, verdict in RESULTS if verdict == "met")
    print(f"\n{met} of {len(RESULTS)} targets met{' (--quick: fewer rounds, 10x for 100x and 1000x)' * args.quick}")


if __name__ == "__main__":
    main()
