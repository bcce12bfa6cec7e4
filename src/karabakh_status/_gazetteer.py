"""What records refer to: the sources they cite and the gazetteer of actors and places.

The datasets ``sources`` and ``entities``; a lookup of a cited record never imports this module.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

from karabakh_status._fields import _added

if TYPE_CHECKING:  # pragma: no cover
    from karabakh_status._sources import Section

__all__ = ["PLACE_KINDS", "Entity", "EntityKind", "Name", "Place", "Point", "Source", "SourceKind", "TranslatedName"]


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

    def _repr_html_(self) -> str:
        """The source as a card in a notebook (`karabakh_status._html`): its address a link only if ``http(s)``."""
        from karabakh_status._html import source

        return source(self)

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
class TranslatedName:
    """A name of a country or subdivision in one language, as a standard's translations give it.

    Attributes:
        language: the language, as the translations key it: an ISO 639-1 code (``"hy"``,
            ``"az"``, ``"ru"``).
        name: the name in that language.
        translates: the name it translates: ISO 3166-1's short or official name of the country,
            or ISO 3166-2's name of the subdivision.
        source: the id of the `Source` that gives it.

    Examples:
        >>> import karabakh_status
        >>> [(n.language, n.name) for n in karabakh_status.load("1.2.0").entity("Armenia").translated_names][:2]
        [('hy', 'Հայաստան'), ('hy', 'Հայաստանի Հանրապետություն')]
    """

    language: str
    name: str
    translates: str
    source: str


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
        alpha_3: a country's ISO 3166-1 alpha-3 code (``"ITA"``).
        numeric: a country's ISO 3166-1 numeric code, three digits (``"380"``).
        note: remarks.
        geonames_id: the place's own GeoNames id (a city, a country, a U.S.
            state), where GeoNames data shipped offline has it.
        fips: the U.S. FIPS code of a state (two digits) or county (five).
        place: where the place is on a map (a GeoNames point), or None.
        other_names: names of the place in external sources (ISO 3166-2,
            GeoNames), each with its source and who uses it.
        translated_names: the names of a country or subdivision in other
            languages, from the iso-codes translations of ISO 3166, each with
            its language and source (see `name_in`).
        alternate_names: the alternate names of a town's own GeoNames record,
            in GeoNames' spellings and scripts, unlabelled (for search).
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
    alpha_3: str | None = _added(None)
    numeric: str | None = _added(None)
    geonames_id: int | None = _added(None)
    fips: str | None = _added(None)
    place: Place | None = _added(None)
    other_names: tuple[Name, ...] = _added(())
    translated_names: tuple[TranslatedName, ...] = _added(())
    alternate_names: tuple[str, ...] = _added(())
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

    def _repr_html_(self) -> str:
        """The entity as a card in a notebook (`karabakh_status._html`)."""
        from karabakh_status._html import entity

        return entity(self)

    def name_in(self, language: str) -> str | None:
        """The entity's name in a language, or None where the gazetteer has none in it.

        ``language`` is an ISO 639-1 code in any case; a regional tag (``"hy-AM"``, ``"fr_CA"``)
        falls back to its language. The name is the first of `translated_names` in that language:
        a country's short name before its official name. There is no fallback to another
        language: where the translations have no name, the answer is None.

        Examples:
            >>> import karabakh_status
            >>> italy = karabakh_status.load("1.2.0").entity("Italy")
            >>> italy.name_in("hy"), italy.name_in("AZ"), italy.name_in("ru-RU")
            ('Իտալիա', 'İtaliya', 'Италия')
            >>> print(karabakh_status.load("1.2.0").entity("Lombardy").name_in("hy"))
            None
        """
        if not isinstance(language, str):
            raise TypeError(f"name_in() argument 'language' must be str, not {type(language).__name__}")
        wanted = language.casefold().replace("-", "_")
        for code in dict.fromkeys((wanted, wanted.split("_")[0].split("@")[0])):
            for translated in self.translated_names:
                if translated.language.casefold() == code:
                    return translated.name
        return None

    @property
    def is_place(self) -> bool:
        """Whether the entity is a place that the gazetteer codes (a country, a subdivision, a town).

        Examples:
            >>> import karabakh_status
            >>> karabakh_status.load("1.0.0").entity("Milan").is_place
            True
        """
        return self.kind in PLACE_KINDS
