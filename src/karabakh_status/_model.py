"""The records' shared base: sources, the gazetteer, citations, and what every cited record has.

Record types live in modules named for what they hold: `_status` (acts of
recognition, positions, events) and `_foreign` (the foreign relations of
Artsakh). `_datasets` lists them; each is imported when its dataset is first
read. Field metadata drives the validator: ``entity`` marks a reference to the
gazetteer, ``attested`` marks a value that a quote of the record must state (an
actor's name or alias, a date).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Final

import attrs

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._sources import Section
    from karabakh_status._statement import Statement

__all__ = [
    "PLACE_KINDS",
    "Citation",
    "Claim",
    "Confidence",
    "Entity",
    "EntityKind",
    "Name",
    "Place",
    "Point",
    "Record",
    "Source",
    "SourceKind",
    "Vote",
]


def _ref(*, attested: bool = True, default: Any = attrs.NOTHING, key: str | None = None) -> Any:
    """A field that holds entity ids; ``attested``: a quote must name the entity; ``key``: the field's
    name in the JSON files where it differs from the attribute's (a reading rule, see `Office.host`)."""
    metadata: dict[str, Any] = {"entity": True, "attested": attested}
    if key is not None:
        metadata["key"] = key
    return attrs.field(default=default, metadata=metadata)


def _added(default: Any) -> Any:
    """A field added after 1.0.0: optional, and left out of the JSON where it has its default."""
    return attrs.field(default=default, metadata={"omit_default": True})


def _date(*, default: Any = attrs.NOTHING) -> Any:
    """A date field that the record's quotes must attest."""
    return attrs.field(default=default, metadata={"attested": True})


class EntityKind(enum.Enum):
    """What kind of actor or place an `Entity` is.

    Examples:
        >>> EntityKind("municipality")
        <EntityKind.MUNICIPALITY: 'municipality'>
    """

    UN_MEMBER_STATE = "un-member-state"
    NON_UN_STATE = "non-un-state"
    SUBNATIONAL_REGION = "subnational-region"
    """A first-tier division of a country: a U.S. or Australian state, an Italian region, a Spanish
    autonomous community."""
    COUNTY = "county"
    """A second-tier division, between the first tier and the municipalities: a U.S. county, an Italian
    metropolitan city, a French department."""
    MUNICIPALITY = "municipality"
    LEGISLATURE = "legislature"
    GOVERNMENT_BODY = "government-body"
    PARTY = "party"
    INTERNATIONAL_ORGANISATION = "international-organisation"
    COURT = "court"
    NGO = "ngo"
    PERSON = "person"
    PUBLICATION = "publication"
    HISTORICAL_STATE = "historical-state"
    REGION = "region"
    """A geographic region that is no state (the Middle East, Europe)."""
    TREATY = "treaty"
    """A convention or treaty."""
    COMPETITION = "competition"
    """A sports competition or games."""


_PLACES: Final = ("un-member-state", "non-un-state", "subnational-region", "county", "municipality")
PLACE_KINDS: frozenset[EntityKind] = frozenset(kind for kind in EntityKind if kind.value in _PLACES)
"""The kinds of entity that are places the gazetteer gives codes for (ISO 3166, GeoNames, FIPS): a
country, a de facto state, a subdivision of the first or second tier (a county), a town."""


class SourceKind(enum.Enum):
    """Whether a source's text ships with the package (bundled) or is only cited (external).

    Examples:
        >>> SourceKind("bundled")
        <SourceKind.BUNDLED: 'bundled'>
    """

    BUNDLED = "bundled"
    EXTERNAL = "external"


class Confidence(enum.Enum):
    """How an external citation supports its record.

    ``confirmed``: the external source states the fact. ``inferred``: the match
    of the source to the record follows from order or elimination.

    Examples:
        >>> Confidence("confirmed")
        <Confidence.CONFIRMED: 'confirmed'>
    """

    CONFIRMED = "confirmed"
    INFERRED = "inferred"


@attrs.frozen(kw_only=True)
class Claim:
    """What one citation states about a field where the sources disagree.

    Attributes:
        field: the record's field (``"date"``, ``"act"``, ...).
        value: the value this citation states, as in JSON (EDTF for dates).

    Examples:
        >>> Claim(field="date", value="2006-12-01").value
        '2006-12-01'
    """

    field: str
    value: str


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a section of a source, that states a record.

    Attributes:
        source: the id of a `Source`.
        section: the heading path below the article title; ``()`` is the lead.
        quote: a verbatim substring of that section (runs of white space folded).
        locator: where in the quote the fact is, when the quote alone is
            ambiguous (a table entry, say); else None.
        claims: what this citation states where the sources disagree.
        confidence: for an external citation, how it supports the record.

    Examples:
        >>> c = Citation(source="foreign-relations-of-artsakh", section=("Ministry of Foreign Affairs",),
        ...              quote="2012–2017: Karen Mirzoyan")
        >>> c.context()
        '- 2012–2017: Karen Mirzoyan'
    """

    source: str
    section: tuple[str, ...]
    quote: str
    locator: str | None = None
    claims: tuple[Claim, ...] = ()
    confidence: Confidence | None = None

    def context(self) -> str | None:
        """The paragraph or line around the quote, from the bundled text; None for external sources."""
        from karabakh_status._sources import verified_text

        text = verified_text(self.source)
        return None if text is None else text.context(self.section, self.quote)


@attrs.frozen(kw_only=True)
class Vote:
    """A vote, as far as the text gives it.

    Attributes:
        in_favour: the votes for, where the text gives them.
        against: the votes against, where the text gives them.
        abstentions: the abstentions, where the text gives them.
        unanimous: True where the text says the vote was unanimous.

    Examples:
        >>> Vote(in_favour=61, against=2).in_favour
        61
    """

    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False


@attrs.frozen(kw_only=True)
class Source:
    """A source the data cites: a bundled article (its text ships in the wheel) or an external page.

    Attributes:
        id: stable id; a bundled source's id is its text file's name without ``.txt``.
        title: the title of the article or page.
        publisher: who publishes it.
        url: where it is published.
        license: the license of its text, where known.
        kind: `SourceKind.BUNDLED` or `SourceKind.EXTERNAL`.
        file: the bundled text's file name; None for external sources.
        sha256: the bundled text's SHA-256; None for external sources.
        note: what an external source fills, or other remarks.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").source("foreign-relations-of-artsakh").url
        'https://en.wikipedia.org/wiki/Foreign_relations_of_Artsakh'
    """

    id: str
    title: str
    publisher: str
    url: str
    license: str | None
    kind: SourceKind
    file: str | None = None
    sha256: str | None = None
    note: str | None = None

    def sections(self) -> tuple[Section, ...]:
        """The heading tree of a bundled source, the lead first; ``()`` for an external source.

        Examples:
            >>> import karabakh_status
            >>> source = karabakh_status.load("1.0.0").source("foreign-relations-of-artsakh")
            >>> [" / ".join(s.path) for s in source.sections()][1:3]
            ['Ministry of Foreign Affairs', 'Bilateral relations']
        """
        from karabakh_status._sources import verified_text

        text = verified_text(self.id) if self.kind is SourceKind.BUNDLED else None
        return () if text is None else text.sections

    def text(self) -> str | None:
        """The bundled text as the package ships it; None for an external source.

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").source("foreign-relations-of-artsakh").text().splitlines()[0]
            '= Foreign relations of Artsakh ='
        """
        from karabakh_status._sources import bundled_text

        text = bundled_text(self.id) if self.kind is SourceKind.BUNDLED else None
        return None if text is None else text.text


class Point(enum.Enum):
    """What a `Place`'s coordinates are the point of.

    ``own``: the place's own point (a city, a town). ``seat``: the point of its
    seat (a country's capital, as GeoNames names it).

    Examples:
        >>> Point("seat")
        <Point.SEAT: 'seat'>
    """

    OWN = "own"
    SEAT = "seat"


@attrs.frozen(kw_only=True)
class Place:
    """Where a place entity is on a map, as one GeoNames record gives it.

    Attributes:
        geonames_id: the GeoNames id of the record the coordinates come from (the
            place itself, or its seat).
        latitude: decimal degrees north (WGS 84), as that record gives it.
        longitude: decimal degrees east (WGS 84), as that record gives it.
        point: what the coordinates are: the place's own point or its seat's.
        source: the id of the `Source` that gives the record (GeoNames).

    Examples:
        >>> import karabakh_status
        >>> place = karabakh_status.load("1.1.0").entity("Yerevan").place
        >>> place.geonames_id, place.latitude, place.longitude, place.point.value
        (616052, 40.17765, 44.5126, 'own')
    """

    geonames_id: int
    latitude: float
    longitude: float
    point: Point
    source: str


@attrs.frozen(kw_only=True)
class Name:
    """Another name of a place, from an external source, with who uses it.

    Other names are looked up by `Dataset.entity` but never replace the
    entity's name or aliases (the names the bundled articles use).

    Attributes:
        name: the name.
        source: the id of the `Source` that gives it.
        used_by: who uses it, as that source shows (``"ISO 3166-2:AZ"``).

    Examples:
        >>> import karabakh_status
        >>> [n.name for n in karabakh_status.load("1.1.0").entity("Stepanakert").other_names]
        ['Xankəndi', 'Khankendi']
    """

    name: str
    source: str
    used_by: str


@attrs.frozen(kw_only=True)
class Entity:
    """An actor or place of the gazetteer: records refer to it by id.

    Attributes:
        id: stable slug (``"it-milan"``, ``"artsakh"``).
        name: the canonical name.
        aliases: other names the sources use (``"NKR"``, ``"Berdzor"``).
        kind: what kind of actor or place it is.
        parent: the id of the entity it belongs to, or None.
        country: ISO 3166-1 alpha-2 code, where one applies.
        subdivision: ISO 3166-2 code of the subdivision the place is, or lies
            in, where one applies.
        note: remarks.
        geonames_id: the place's own GeoNames id (a city, a country, a U.S.
            state), where GeoNames data shipped offline has it.
        fips: the U.S. FIPS code of a state (two digits) or county (five).
        place: where the place is on a map (a GeoNames point), or None.
        other_names: names of the place in external sources (ISO 3166-2,
            GeoNames), each with its source and who uses it.
        gazetteer_note: why a code, an id or coordinates of a place are
            missing, or how they were matched.

    Examples:
        >>> import karabakh_status
        >>> karabakh_status.load("1.0.0").entity("NKR").names[:3]
        ('Republic of Artsakh', 'Artsakh', 'Artsakh Republic')
        >>> stepanakert = karabakh_status.load("1.1.0").entity("Xankəndi")
        >>> stepanakert.id, stepanakert.subdivision, stepanakert.geonames_id
        ('artsakh-stepanakert', 'AZ-XA', 146970)
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: EntityKind
    parent: str | None = attrs.field(default=None, metadata={"entity": True, "attested": False})
    country: str | None = None
    subdivision: str | None = None
    geonames_id: int | None = _added(None)
    fips: str | None = _added(None)
    place: Place | None = _added(None)
    other_names: tuple[Name, ...] = _added(())
    gazetteer_note: str | None = _added(None)
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias (the names the bundled sources use)."""
        return (self.name, *self.aliases)

    @property
    def all_names(self) -> tuple[str, ...]:
        """The name, every alias, then the other names: what `Dataset.entity` looks up.

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.1.0").entity("Lachin").all_names
            ('Lachin', 'Berdzor', 'Laçın')
        """
        return (*self.names, *(other.name for other in self.other_names))

    @property
    def is_place(self) -> bool:
        """Whether the entity is a place that the gazetteer codes (a country, a subdivision, a town).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").entity("Milan").is_place
            True
        """
        return self.kind in PLACE_KINDS


@attrs.frozen(kw_only=True)
class Record:
    """What every cited record has: an id, its citations, an editor's note and
    the fields it infers rather than quotes.

    Attributes:
        id: a stable slug, unique across the dataset version.
        citations: the quotes that state the record (at least one).
        note: an editor's note: why a field is inferred, how the sources
            disagree, or where a source slips.
        inferred: the fields whose value no quote states literally (the note says how).

    Examples:
        >>> import karabakh_status
        >>> record = karabakh_status.load("1.0.0").get("mfa-1993-arkadi-ghukasyan")
        >>> isinstance(record, karabakh_status.Record), record.disputed, record.inferred
        (True, False, ())
    """

    dataset: ClassVar[str] = ""
    order_by: ClassVar[str | None] = None

    id: str
    citations: tuple[Citation, ...]
    note: str | None = None
    inferred: tuple[str, ...] = ()

    @property
    def statement(self) -> Statement:
        """The one citation that best states the record, with its sentence, section and source.

        Chosen by a written rule (`karabakh_status._statement`): a bundled source before an
        external one, prose before a list item before a table row, a quote that states the
        record's year before one that does not, else the citations' order.

        Examples:
            >>> import karabakh_status
            >>> record = karabakh_status.load("1.0.0").get("rec-us-massachusetts-2012")
            >>> record.citations[0].quote
            '(August 2012)'
            >>> record.statement.sentence
            'In August 2012, the Massachusetts House of Representatives passed a similar resolution.'
            >>> record.statement.section
            ('Bilateral relations', 'United States')
        """
        from karabakh_status._statement import statement

        return statement(self)

    @property
    def disputed(self) -> bool:
        """Whether the sources disagree on this record (a citation states its own claim)."""
        return any(citation.claims for citation in self.citations)
