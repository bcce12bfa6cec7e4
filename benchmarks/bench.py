"""Performance figures for karabakh_status, printed as a table (no pass/fail: read the ratios).

Run from an environment with the package installed; pycountry is optional and
used only as the reference for a cold lookup (``pip install pycountry``):

    python benchmarks/bench.py [--quick]

Measured, side by side in one run:
1. fresh process: ``import karabakh_status`` against ``import attrs``;
2. fresh process: import + first lookup of a record by id, against pycountry's
   cold ``countries.get(alpha_2="AM")``;
3. in process: loading every shipped dataset (verified fast path) against
   ``json.loads`` of the same bytes;
4. with 1x to 1000x synthetic records: lookup by id, strict load,
   ``validate()`` and memory per record.
"""

from __future__ import annotations

import argparse
import compileall
import copy
import gc
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def fresh(code: str, runs: int) -> float:
    """Median wall time of a fresh interpreter running ``code``, in ms (bytecode cached, as a wheel installs it)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def best(function: Callable[[], object], runs: int) -> float:
    """Best wall time of ``function()`` in ms."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def side_by_side(ours: str, reference: str, runs: int) -> tuple[float, float, float]:
    """Fresh processes of two snippets, alternated so that drift hits both alike.

    Returns the median time of each (ms) and the median of the paired ratios ours / reference.
    """
    a, b = [], []
    for _ in range(runs):
        a.append(fresh(ours, 1))
        b.append(fresh(reference, 1))
    ratios = sorted(x / y for x, y in zip(a, b, strict=True))
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def has_pycountry() -> bool:
    return subprocess.run([sys.executable, "-c", "import pycountry"], capture_output=True).returncode == 0


def synthetic_folder(base: Path, target: Path, copies: int) -> int:
    """A copy of a shipped version plus ``copies`` copies of Milan's recognition; returns the number of records."""
    from karabakh_status._folders import write_manifest

    shutil.copytree(base, target)
    manifest = json.loads((target / "manifest.json").read_bytes())
    manifest.update(version="0.0.0", released=None)  # a draft: a released version's bytes never change
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    path = target / "recognitions.json"
    existing = json.loads(path.read_bytes())
    template = next(r for r in existing if r["id"] == "rec-it-milan-2020")  # a shipped record, copied
    synthetic = []
    for index in range(copies):
        record = copy.deepcopy(template)
        record["id"] = f"rec-synthetic-{index}"
        synthetic.append(record)
    at = existing.index(template)  # the copies share its date: the order is kept
    records = existing[:at] + synthetic + existing[at:]
    path.write_text(json.dumps(records, ensure_ascii=False))
    write_manifest(target)
    return sum(len(json.loads(p.read_bytes())) for p in target.glob("*.json") if p.name != "manifest.json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    runs = 5 if args.quick else 15

    import karabakh_status as ks
    from karabakh_status import _loading, _versions

    compileall.compile_dir(Path(ks.__file__).parent, quiet=1)  # pip compiles a wheel's modules on install
    version = ks.load().version
    print(f"karabakh_status {ks.__version__}, dataset version {version}, Python {sys.version.split()[0]}")
    print(f"{'measure':<58} {'value':>12}")

    def row(name: str, value: str) -> None:
        print(f"{name:<58} {value:>12}")

    # 1. import, and 2. a cold lookup: each measured side by side with its reference
    row("python -c pass (ms)", f"{fresh('pass', runs):.1f}")
    ours, attrs_ms, ratio = side_by_side("import karabakh_status", "import attrs", runs * 2)
    row("import attrs (ms)", f"{attrs_ms:.1f}")
    row("import karabakh_status (ms)", f"{ours:.1f}")
    row("  ratio to import attrs, median of pairs (budget <= 1.15)", f"{ratio:.2f}x")
    reference = "from pycountry import countries; countries.get(alpha_2='AM')"
    for record_id in ("mfa-2012-karen-mirzoyan", "rec-it-milan-2020"):  # a record of each record module
        lookup = f"import karabakh_status as k; k.get({record_id!r})"
        if has_pycountry():
            ours, theirs, ratio = side_by_side(lookup, reference, runs * 2)
            row(f"import + first lookup of {record_id} (ms)", f"{ours:.1f}")
            row("  pycountry cold countries.get(alpha_2='AM'), alongside (ms)", f"{theirs:.1f}")
            row("  ratio to pycountry, median of pairs (budget <= 1.00)", f"{ratio:.2f}x")
        else:
            row(f"import + first lookup of {record_id} (ms)", f"{fresh(lookup, runs):.1f}")
            row("  pycountry not installed: no reference for the cold lookup", "-")

    # 3. load every shipped dataset against json.loads of the same bytes
    folder = Path(_versions.DATA) / version
    raw = [p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "manifest.json"]

    def load_all() -> None:
        data = _loading._open_shipped(version)
        for name in data.datasets:
            data.records(name)

    parse_ms = best(lambda: [json.loads(b) for b in raw], runs * 4)
    load_ms = best(load_all, runs * 4)
    records = sum(len(json.loads(b)) for b in raw)
    row(f"json.loads of the shipped files, {records} records (ms)", f"{parse_ms:.2f}")
    row("load every shipped dataset, verified fast path (ms)", f"{load_ms:.2f}")
    row("  ratio to json.loads (budget <= 3.0)", f"{load_ms / parse_ms:.2f}x")

    # 4. growth with synthetic records: the cost of each record added beyond the shipped ones
    print()
    print("Growth: the shipped version plus N copies of one record; 'per added' is (value - value at 10)")
    print("divided by the records added since, so a flat column means linear growth.")
    print(
        f"{'copies':>7} {'records':>8} {'get(id) ns':>11} {'strict load ms':>15} {'per added us':>13} "
        f"{'validate ms':>12} {'per added us':>13} {'KiB':>9} {'per added':>10}"
    )
    base: tuple[int, float, float, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (10, 100, 1000, 10000):
            target = Path(tmp) / f"x{copies}"
            total = synthetic_folder(folder, target, copies)
            data = ks.load(path=target)
            ids = [f"rec-synthetic-{i}" for i in range(0, copies, max(1, copies // 20))]
            get_ns = best(lambda data=data, ids=ids: [data.get(i) for i in ids], runs) / len(ids) * 1e6
            strict_ms = best(lambda target=target: ks.load(path=target), 3)
            validate_ms = best(lambda target=target: ks.validate(path=target), 3)
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            kept = ks.load(path=target)
            kept.get("artsakh")
            kib = (tracemalloc.get_traced_memory()[0] - before) / 1024
            tracemalloc.stop()
            del kept
            if base is None:
                base = (total, strict_ms, validate_ms, kib)
                added = ("-", "-", "-")
            else:
                n = total - base[0]
                added = (
                    f"{(strict_ms - base[1]) / n * 1000:.1f}",
                    f"{(validate_ms - base[2]) / n * 1000:.1f}",
                    f"{(kib - base[3]) / n:.2f}",
                )
            print(
                f"{copies:>7} {total:>8} {get_ns:>11.0f} {strict_ms:>15.1f} {added[0]:>13} {validate_ms:>12.1f} "
                f"{added[1]:>13} {kib:>9.0f} {added[2]:>10}"
            )
    digest = hashlib.sha256(b"".join(raw)).hexdigest()[:12]
    print(f"\n(shipped bytes sha256 {digest}…; figures are medians of fresh processes or best of in-process runs)")


if __name__ == "__main__":
    main()
