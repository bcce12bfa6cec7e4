"""A study pinned to dataset 1.0.0: whatever package release runs it, its output never changes.

Run it with any release of the package: the figures are those of dataset 1.0.0, byte for
byte (tests/test_wheel.py compares them with what package 1.0.0 printed). Pass ``latest``
to run the same study on the default version instead, and see what the corrections of later
versions changed (Fresno County's level, Rhode Island's act, ...).
"""

from __future__ import annotations

import sys

import karabakh_status as ks

data = ks.load() if sys.argv[1:] == ["latest"] else ks.load("1.0.0")
print(data.version, data.released)
for name in data.datasets:
    print(name, len(data.records(name)))
for id in (
    "rec-us-fresno-county-2013",
    "rec-us-clark-county-2020",
    "rec-it-reggio-calabria-2021",
    "rec-us-rhode-island-2012",
    "rec-it-milan-2020",
):
    record = data.get(id, ks.Recognition)
    print(id, record.actor, record.level.value, record.act.value, record.outcome.value, record.date, record.inferred)
print(sorted(e.id for e in data.entities(kind="municipality"))[:10])
print(len(data.recognitions(country="US")), len(data.as_of("2024")))
