"""The validation rules: one registry, each rule with a stable name, a title, what it checks.

The docs, the command line and the errors all read `RULES`. Rules of the
``read`` stage are found while a folder is read (a file that is not JSON
cannot be checked further); the others are functions over a `Snapshot` of
the folder that return `Violation` objects and never mutate anything.

`snapshot` holds what the rules read; `files` the rules over a folder's files; `records` those
over its records; `gazetteer` those over the gazetteer's GeoNames and FIPS codes and other names;
`versions` those over tombstones and what a version claims; `values` those over URLs and numbers
that every reader must take; `fields` what the rules read of a record's type, once per type; `quotes`
what the attestation rules read of quotes, once per text; this module the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import attrs

from karabakh_status._bulk import building
from karabakh_status._rules import files, gazetteer, records, values, versions
from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._violation import Violation

__all__ = ["RULES", "RULE_NAMES", "Rule", "Snapshot", "check"]


@attrs.frozen(kw_only=True)
class Rule:
    """A validation rule: a stable name that errors cite, and what it checks.

    Attributes:
        name: the stable name (``"quote-in-source"``).
        title: one line of what must hold.
        description: why, and how it is checked.
        stage: ``"read"`` (checked while the folder is read) or ``"records"``.
        example: an example of the message a violation carries.

    Examples:
        >>> import karabakh_status
        >>> rule = next(r for r in karabakh_status.RULES if r.name == "quote-in-source")
        >>> rule.title
        'Each quote of a bundled source is in the section it names.'
    """

    name: str
    title: str
    description: str
    stage: str
    example: str
    check: Callable[[Snapshot], Iterable[Violation]] | None = attrs.field(default=None, repr=False)


def _rule(
    name: str,
    title: str,
    description: str,
    example: str,
    check: Callable[[Snapshot], Iterable[Violation]] | None = None,
) -> Rule:
    # Called only while RULES is built, at import: mutmut's mutants of it never take effect (its test
    # processes fork after the import), so they are not generated; test_rules checks the registry instead.
    return Rule(
        name=name,  # pragma: no mutate
        title=title,  # pragma: no mutate
        description=description,  # pragma: no mutate
        example=example,  # pragma: no mutate
        stage="read" if check is None else "records",  # pragma: no mutate
        check=check,  # pragma: no mutate
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "manifest-readable",
        "The folder has a readable manifest.json.",
        "A version's folder holds manifest.json: a JSON object with the version, its release date "
        "(or null), the SHA-256 of each bundled source and, for each file, its SHA-256 and record count.",
        "[manifest-readable] manifest.json: no such file in /path/to/folder",
    ),
    _rule(
        "json-well-formed",
        "Each data file is UTF-8 JSON: an array of objects.",
        "A file that cannot be read, is not UTF-8, is not JSON (truncated, say) or is not an array "
        "cannot be checked further.",
        "[json-well-formed] events.json: not JSON: Expecting ',' delimiter: line 3 column 5 (char 40)",
    ),
    _rule(
        "schema",
        "Each record has exactly its type's fields, with values of the right JSON type.",
        "A missing field, an unknown field, or a number where a string belongs is an error, never coerced. "
        "After 100 malformed records of one file the rest of it is not checked: one violation says how many.",
        "[schema] recognitions.json: rec-it-milan-2020: citations[0].quote: expected a string, got a number 3",
    ),
    _rule(
        "enum-valid",
        "Each closed-vocabulary field holds one of its values.",
        "Kinds, levels, acts, outcomes, stances and confidences are enums; the message lists the values allowed.",
        "[enum-valid] recognitions.json: rec-it-milan-2020: act: 'recognise' is not a Act; expected one of ...",
    ),
    _rule(
        "date-well-formed",
        "Each date is EDTF of the supported subset.",
        "YYYY, YYYY-MM, YYYY-MM-DD; [A..B], [..B], [A..] for one day within bounds; A/B, A/.., ../B for periods.",
        "[date-well-formed] ministers.json: mfa-1993-arkadi-ghukasyan: term: '1993-1997': ...",
    ),
    _rule(
        "tombstone-format",
        "withdrawn.json, when present, is an array of well-formed tombstones.",
        "Each tombstone is an object with exactly id, dataset (a dataset's name), withdrawn_in (X.Y.Z), "
        "reason (non-empty strings) and replaced_by (an array of ids, maybe empty); one tombstone per id.",
        "[tombstone-format] withdrawn.json: rec-x: unknown field 'replaced'",
    ),
    _rule(
        "manifest-complete",
        "The manifest lists exactly the dataset files in the folder.",
        "Every listed file exists, every JSON file is listed, each is a known dataset, and sources.json "
        "and entities.json are present.",
        "[manifest-complete] events.json: listed in the manifest but missing",
        files.manifest_complete,
    ),
    _rule(
        "manifest-hash",
        "Each file's SHA-256 is the one in the manifest.",
        "Any change to a data file must come with a new manifest, and, for a released version, never.",
        "[manifest-hash] recognitions.json: sha256: the file's SHA-256 is ..., the manifest says ...",
        files.manifest_hash,
    ),
    _rule(
        "manifest-count",
        "Each file holds as many records as the manifest says.",
        "Counts are checked after reading.",
        "[manifest-count] ministers.json: records: the file holds 9 records, the manifest says 10",
        files.manifest_count,
    ),
    _rule(
        "released-unchanged",
        "A released version's manifest is the one locked at release.",
        "The package's lock (data/releases.json) keeps the SHA-256 of each released version's manifest, and "
        "the manifest keeps each file's SHA-256: a released version's bytes never change.",
        "[released-unchanged] manifest.json: version 1.0.0 is released: its manifest's SHA-256 must stay ...",
        files.released_unchanged,
    ),
    _rule(
        "source-hash",
        "Each bundled source is the text shipped, by SHA-256.",
        "sources.json and the manifest give each bundled text's SHA-256; the text must match: the folder's own "
        "copy (<source id>.txt beside its JSON, as a draft made from a new revision carries it), else the package's.",
        "[source-hash] sources.json: foreign-relations-of-artsakh: sha256: the bundled text's SHA-256 is ...",
        files.source_hash,
    ),
    _rule(
        "unique-ids",
        "Every id is unique across the version's files.",
        "Ids are stable slugs chosen once and never reused, so `get(id)` finds one thing.",
        "[unique-ids] events.json: evt-x: id: the id is already used in positions.json",
        records.unique_ids,
    ),
    _rule(
        "id-format",
        "Every id is a slug.",
        "Lowercase ASCII letters and digits, joined by single hyphens.",
        "[id-format] entities.json: Milan: id: an id is a slug: ...",
        records.id_format,
    ),
    _rule(
        "cites-known-source",
        "Every record cites at least one citation, each of a known source.",
        "Sources are listed in sources.json: the bundled articles and the external pages that fill what they lost.",
        "[cites-known-source] recognitions.json: rec-x: citations[0].source: unknown source 'wiki'; known: ...",
        records.cites_known_source,
    ),
    _rule(
        "citation-confidence",
        "External citations say how they support the record; bundled ones do not.",
        "An external citation is 'confirmed' (the page states it) or 'inferred' (matched by order).",
        "[citation-confidence] recognitions.json: rec-x: citations[1].confidence: an external citation says ...",
        records.citation_confidence,
    ),
    _rule(
        "quote-in-source",
        "Each quote of a bundled source is in the section it names.",
        "The quote, with runs of white space folded, is a substring of the section's text (sub-sections included).",
        "[quote-in-source] recognitions.json: rec-x: citations[0].quote: not found in ... § Italy: '...'",
        records.quote_in_source,
    ),
    _rule(
        "date-attested",
        "Each date is stated by a quote of the record.",
        "For every bound of the date, some quote holds its year, its English month name and its day number; "
        "a citation's claimed date must be in its own quote. A field listed in `inferred` is exempt.",
        "[date-attested] recognitions.json: rec-x: date: no quote states 16 October 2020 (2020-10-16) for 2020-10-16",
        records.date_attested,
    ),
    _rule(
        "actor-attested",
        "Each actor is named by a quote of the record.",
        "The entity's name or one of its aliases appears in a quote (case-insensitive). A field listed in "
        "`inferred` is exempt.",
        "[actor-attested] recognitions.json: rec-x: actor: no quote names 'it-milan' (as Milan)",
        records.actor_attested,
    ),
    _rule(
        "vote-attested",
        "Each vote figure is stated by a quote of the record.",
        "Numbers appear as numbers in a quote; a unanimous vote is called unanimous.",
        "[vote-attested] recognitions.json: rec-x: vote.in_favour: no quote states the number 62",
        records.vote_attested,
    ),
    _rule(
        "claims-consistent",
        "Disagreeing claims are well formed and covered by the record.",
        "A claim names a field of the record; a claimed date is covered by the record's date; a claimed enum "
        "value is valid; a disputed record has a note.",
        "[claims-consistent] recognitions.json: rec-x: citations[0].claims: the record's date ... must cover ...",
        records.claims_consistent,
    ),
    _rule(
        "inferred-explained",
        "Inferred fields exist and the note explains them.",
        "A value no quote states is the rare, explicit exception: listed in `inferred`, explained in `note`.",
        "[inferred-explained] recognitions.json: rec-x: note: inferred fields (actor) need a note that says how",
        records.inferred_explained,
    ),
    _rule(
        "interval-ordered",
        "Every period and range starts no later than it ends.",
        "A period's start may not be certainly after its end; nor a range's lower bound after its upper; "
        "nor a recession before its act.",
        "[interval-ordered] ministers.json: mfa-x: term: 1997/1993: the start is after the end",
        records.interval_ordered,
    ),
    _rule(
        "chronological-order",
        "The records of a dated file are in chronological order.",
        "Ordered by the earliest, then the latest possible day of the date; undated records come last.",
        "[chronological-order] events.json: evt-x: date: 1991 comes after evt-y (2020) ...",
        records.chronological_order,
    ),
    _rule(
        "terms-do-not-overlap",
        "Successive terms of one office do not overlap.",
        "A term may share its boundary year with the next, but may not certainly start before the previous ends.",
        "[terms-do-not-overlap] ministers.json: mfa-x: term: 1996/2002 starts before mfa-y's term 1993/1997 ends",
        records.terms_do_not_overlap,
    ),
    _rule(
        "not-after-release",
        "No date is after the version's release date (or today, if unreleased).",
        "The data records what the sources said when the version was made.",
        "[not-after-release] events.json: evt-x: date: 2031 is after the release date 2026-11-24",
        records.not_after_release,
    ),
    _rule(
        "reference-resolves",
        "Every entity id a record names is in the gazetteer.",
        "Actors, authors, participants, persons, offices and parents refer to entities.json by id.",
        "[reference-resolves] recognitions.json: rec-x: actor: no entity has id 'it-milano'",
        records.reference_resolves,
    ),
    _rule(
        "country-code",
        "Country and subdivision codes are ISO-shaped and agree with the actor.",
        "ISO 3166-1 alpha-2 (`IT`), ISO 3166-2 of the same country (`IT-25`); a record's country is its actor's. "
        "A place whose country is empty (the records put it in no state) may carry ISO 3166-2's code only with a "
        "`gazetteer_note`.",
        "[country-code] recognitions.json: rec-x: country: the actor 'it-milan' is in IT, the record says FR",
        records.country_code,
    ),
    _rule(
        "place-well-formed",
        "GeoNames ids and coordinates are well formed.",
        "A GeoNames id is a positive integer; a latitude is within -90..90, a longitude within -180..180; a "
        "place's own point is the entity's own GeoNames record; the place names a known source.",
        "[place-well-formed] entities.json: am-yerevan: place.latitude: 140.18 is not a latitude (-90 to 90)",
        gazetteer.place_well_formed,
    ),
    _rule(
        "url-scheme",
        "Every source's URL is an http(s) URL.",
        "A source's url is shown as a link (pages, citations): only `http://` and `https://` URLs are "
        "allowed, never `javascript:`, `data:` or `file:`.",
        "[url-scheme] sources.json: ext-x: url: 'javascript:alert(1)' is not an http(s) URL (http://... or ...)",
        values.url_scheme,
    ),
    _rule(
        "number-in-range",
        "Every number is finite, fits a 64-bit integer, and a count is never negative.",
        "Every export (pandas, Arrow, Parquet, SQLite) stores integers in signed 64-bit columns, so an id or "
        "vote beyond them breaks it; a float is finite; a vote's in_favour, against and abstentions are "
        "counts, zero or more. (Latitudes and longitudes are checked by place-well-formed.)",
        "[number-in-range] recognitions.json: rec-x: vote.in_favour: -3 is a count: it is never negative",
        values.number_in_range,
    ),
    _rule(
        "fips-code",
        "FIPS codes are U.S. codes, of the right shape, and a county's is in its state's.",
        "Two digits for a state, five for a county whose first two are its parent state's; only where the "
        "country is `US`.",
        "[fips-code] entities.json: us-clark-county: fips: county 06003 is not in the state of its parent ...",
        gazetteer.fips_code,
    ),
    _rule(
        "other-names",
        "Other names cite a known source and say who uses them.",
        "Each of an entity's other names has a name, a known source and who uses it, and is not already its "
        "name, an alias or another of its other names (a name is never silently doubled).",
        "[other-names] entities.json: artsakh-stepanakert: other_names[0]: no source has id 'ext-iso'",
        gazetteer.other_names,
    ),
    _rule(
        "country-codes",
        "A country's ISO 3166-1 alpha-3 and numeric codes are ISO-shaped.",
        "Three capital letters (`ITA`) and three digits (`380`), on an entity with its alpha-2 code (`country`).",
        "[country-codes] entities.json: it: alpha_3: 'IT' is not an ISO 3166-1 alpha-3 code (three capital letters)",
        gazetteer.country_codes,
    ),
    _rule(
        "translated-names",
        "Names in other languages cite a known source, say their language and what they translate.",
        "Each of an entity's translated names has an ISO 639 language code (`hy`, `pt_BR`), a name, the "
        "standard's name it translates and a known source; a name is given once per language.",
        "[translated-names] entities.json: am: translated_names[0]: no source has id 'ext-iso-codes'",
        gazetteer.translated_names,
    ),
    _rule(
        "alternate-names",
        "GeoNames' alternate names belong to an entity with a GeoNames id, each once and not empty.",
        "They are the alternate names of the entity's own GeoNames record (`geonames_id`), for search.",
        "[alternate-names] entities.json: it-milan: alternate_names[3]: 'Milano' twice",
        gazetteer.alternate_names,
    ),
    _rule(
        "version-canonical",
        "The manifest's version is canonical SemVer.",
        "X.Y.Z of numbers without leading zeros: `01.0.0` would sort and pin ambiguously.",
        "[version-canonical] manifest.json: version: '01.0.0' is not a canonical version: ...",
        versions.version_canonical,
    ),
    _rule(
        "release-not-future",
        "The manifest's release date is not later than today.",
        "A folder may claim a release date (without a place in the package's lock it is still a draft), "
        "but not one that has not come yet.",
        "[release-not-future] manifest.json: released: the release date 2031-01-01 is later than today, ...",
        versions.release_not_future,
    ),
    _rule(
        "tombstone-not-present",
        "A withdrawn id is not also a record of the version.",
        "A tombstone says the id is gone: `get` would otherwise find the record and hide the tombstone.",
        "[tombstone-not-present] withdrawn.json: rec-x: id: the id is withdrawn but still present in ...",
        versions.tombstone_not_present,
    ),
    _rule(
        "tombstone-replacements-exist",
        "Every replacement a tombstone names is a record of the version.",
        "`get(old_id)` sends users to the replacements: each must be there to find.",
        "[tombstone-replacements-exist] withdrawn.json: rec-x: replaced_by: the replacement 'rec-y' is not a ...",
        versions.tombstone_replacements_exist,
    ),
    _rule(
        "tombstone-version",
        "A tombstone was written in this version or an earlier one, for an id once released.",
        "withdrawn_in is the version's own or an earlier one (tombstones are carried forward), and the id "
        "was an id of the previous released version (its record's or, carried forward, its tombstone's).",
        "[tombstone-version] withdrawn.json: rec-x: withdrawn_in: 1.2.0 is after this version, 1.1.0",
        versions.tombstone_version,
    ),
    _rule(
        "ids-kept-or-withdrawn",
        "Every id of the previous released version is still present or withdrawn.",
        "An id never vanishes silently: each id of the newest released version before this one (records, "
        "entities, sources, and each id it had withdrawn) is still there or has a tombstone in withdrawn.json.",
        "[ids-kept-or-withdrawn] recognitions.json: rec-x: an id of the previous release 1.0.0 is neither ...",
        versions.ids_kept_or_withdrawn,
    ),
)
"""Every rule, in the order they are checked and documented."""

RULE_NAMES: Final = frozenset(rule.name for rule in RULES)


@building  # the collector paused: the rules make no cycle worth a pass over every record (`_bulk`)
def check(snapshot: Snapshot) -> tuple[Violation, ...]:
    """Run every rule on a snapshot: the reading problems first, then each rule's violations."""
    found = list(snapshot.problems)
    for rule in RULES:
        if rule.check is not None:
            found.extend(rule.check(snapshot))
    return tuple(found)
