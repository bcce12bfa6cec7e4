"""The search index: each record card's entry carries its record's id, so that typing an id finds its card first.

Material's search (lunr, in the browser) splits text and queries at white space and hyphens, so an id such as
``rec-it-milan-2020`` is searched as its words (``rec``, ``it``, ``milan``, ``2020``), which the page titles
(boosted a thousandfold) and running text also hold. After the search plugin has written
``search/search_index.json``, `index_records` adds to the entry of each card (a section anchored by a record id)
a field ``record`` with the id's words; mkdocs.yml declares that field and weights it above titles and text.
The id's last word is written twice: an id that begins another (``member-conifa`` and
``member-conifa-world-football-cup-2014``) then ranks its own card above the longer one's, whose own last word
is another.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

#: The name of the search index field that holds a card's record id (declared in mkdocs.yml's search plugin).
FIELD = "record"


def record_words(record_id: str) -> str:
    """The ``record`` field of a card's entry: its id, then the id's last word again.

    >>> record_words("member-conifa")
    'member-conifa conifa'
    """
    return f"{record_id} {record_id.rsplit('-', 1)[-1]}"


def index_records(site: Path, ids: Collection[str]) -> int:
    """Add the ``record`` field to the search entry of every card of a built site; the number of entries given one.

    A card's entry is the section whose location ends in ``#<record id>``; overviews and the changelog, which also
    list ids, are left out of the index by their ``data-search-exclude``.
    """
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    found = 0
    for entry in index["docs"]:
        anchor = entry["location"].rpartition("#")[2]
        if "#" in entry["location"] and anchor in ids:
            entry[FIELD] = record_words(anchor)
            found += 1
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    return found
