"""The acts of 2020 about Artsakh's status, by country, from dataset version 1.0.0.

Run it from anywhere once the package is installed (``pip install karabakh-status``):

    python recognitions_2020.py [FOLDER]

It prints the acts of 2020 grouped by country, the quote behind the first one, and
exports every dataset of 1.0.0 as a Frictionless Data Package into FOLDER
(default: ``karabakh-status-1.0.0`` in the current directory).
"""

from __future__ import annotations

import sys
from collections import defaultdict

import karabakh_status

# Pin the dataset version: the same records on every machine and every package release.
data = karabakh_status.load("1.0.0")

# The acts certainly of 2020: within="2020" keeps a date that lies wholly in 2020 ("between 17 and
# 21 December 2020"), and leaves out one that only may ("on or after 2012": between="2020" keeps it).
acts = data.recognitions(within="2020")

# A country's name is in the gazetteer: the UN member state with that ISO code.
country_names = {
    entity.country: entity.name
    for entity in data.entities()
    if entity.kind is karabakh_status.EntityKind.UN_MEMBER_STATE
}

by_country: defaultdict[str, list[karabakh_status.Recognition]] = defaultdict(list)
for act in acts:
    by_country[country_names.get(act.country or "", "(no country)")].append(act)

print(f"Dataset {data.version}: {len(acts)} acts of 2020 about the status of Artsakh")
for country, found in sorted(by_country.items(), key=lambda item: (-len(item[1]), item[0])):
    print(f"\n{country} ({len(found)})")
    for act in found:
        actor = data.entity(act.actor).name if act.actor else "(name lost in the source)"
        when = act.date.phrase() if act.date else "undated"
        print(f"  {when}: {actor}, {act.act.value.replace('-', ' ')} ({act.outcome.value})")

# The sentence behind one act: every record cites the text that states it.
milan = data.get("rec-it-milan-2020", karabakh_status.Recognition)
citation = milan.citations[0]
print(f"\nWhy {milan.id}? {data.source(citation.source).title}, § {' / '.join(citation.section)}:")
print(f'  "{citation.quote}"')

# Every dataset as CSV files plus a datapackage.json (Frictionless Data Package).
folder = sys.argv[1] if len(sys.argv) > 1 else "karabakh-status-1.0.0"
paths = data.export(folder, format="datapackage")
print(f"\nWrote {len(paths)} files to {folder}/ (datapackage.json and one CSV per dataset)")
