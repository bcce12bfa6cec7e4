"""The fast path's builders, compiled once: written by `_build.builders_module`, never by hand.

`_build._builder` uses a class's factory and recipe while the class's fields are the ones they
were written for (its fingerprint), else generates them itself. Regenerate with
``python -m karabakh_status._build``.
"""

# mypy: ignore-errors
# fmt: off

def _gazetteer_Source(cls, new, settable, enum_kind, default_file, default_sha256, default_note):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.title = data['title']
        self.publisher = data['publisher']
        self.url = data['url']
        self.license = data['license']
        self.kind = enum_kind[data['kind']]
        self.file = data.get('file', default_file)
        self.sha256 = data.get('sha256', default_sha256)
        self.note = data.get('note', default_note)
        self.__class__ = cls
        return self

    return make


def _gazetteer_Entity(cls, new, settable, default_aliases, enum_kind, default_parent, default_country, default_subdivision, default_alpha_3, default_numeric, default_geonames_id, default_fips, default_place, build_place, default_other_names, build_other_names_item, default_translated_names, build_translated_names_item, default_alternate_names, default_gazetteer_note, default_note):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.name = data['name']
        self.aliases = tuple(data.get('aliases', default_aliases))
        self.kind = enum_kind[data['kind']]
        self.parent = data.get('parent', default_parent)
        self.country = data.get('country', default_country)
        self.subdivision = data.get('subdivision', default_subdivision)
        self.alpha_3 = data.get('alpha_3', default_alpha_3)
        self.numeric = data.get('numeric', default_numeric)
        self.geonames_id = data.get('geonames_id', default_geonames_id)
        self.fips = data.get('fips', default_fips)
        self.place = (None if (value_place := data.get('place', default_place)) is None else build_place(value_place))
        self.other_names = tuple(map(build_other_names_item, data.get('other_names', default_other_names)))
        self.translated_names = tuple(map(build_translated_names_item, data.get('translated_names', default_translated_names)))
        self.alternate_names = tuple(data.get('alternate_names', default_alternate_names))
        self.gazetteer_note = data.get('gazetteer_note', default_gazetteer_note)
        self.note = data.get('note', default_note)
        self.__class__ = cls
        return self

    return make


def _foreign_MinisterTerm(cls, new, settable, build_citations_item, default_note, default_inferred, parse_term, default_acting):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.office = data['office']
        self.person = data['person']
        self.term = parse_term(data['term'])
        self.acting = data.get('acting', default_acting)
        self.__class__ = cls
        return self

    return make


def _recognition_Recognition(cls, new, settable, build_citations_item, default_note, default_inferred, enum_level, enum_act, enum_outcome, default_date, parse_date, default_receded, parse_receded, default_mutual, default_vote, build_vote):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.actor = data['actor']
        self.level = enum_level[data['level']]
        self.country = data['country']
        self.act = enum_act[data['act']]
        self.outcome = enum_outcome[data['outcome']]
        self.date = (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date))
        self.receded = (None if (value_receded := data.get('receded', default_receded)) is None else parse_receded(value_receded))
        self.mutual = data.get('mutual', default_mutual)
        self.vote = (None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote))
        self.__class__ = cls
        return self

    return make


def _position_Position(cls, new, settable, build_citations_item, default_note, default_inferred, enum_kind, default_title, default_date, parse_date, enum_stance, default_binding, default_vote, build_vote):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.author = data['author']
        self.kind = enum_kind[data['kind']]
        self.title = data.get('title', default_title)
        self.date = (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date))
        self.stance = enum_stance[data['stance']]
        self.binding = data.get('binding', default_binding)
        self.vote = (None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote))
        self.summary = data['summary']
        self.__class__ = cls
        return self

    return make


def _event_Event(cls, new, settable, build_citations_item, default_note, default_inferred, default_date, parse_date, enum_kind, default_participants):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.date = (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date))
        self.kind = enum_kind[data['kind']]
        self.participants = tuple(data.get('participants', default_participants))
        self.summary = data['summary']
        self.__class__ = cls
        return self

    return make


def _foreign_Office(cls, new, settable, build_citations_item, default_note, default_inferred, default_responsible_for, default_accredited_to):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.city = data['city']
        self.host = data['country']
        self.responsible_for = tuple(data.get('responsible_for', default_responsible_for))
        self.accredited_to = tuple(data.get('accredited_to', default_accredited_to))
        self.__class__ = cls
        return self

    return make


def _foreign_Relation(cls, new, settable, build_citations_item, default_note, default_inferred, default_mutual_recognition, default_visa_free):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.counterpart = data['counterpart']
        self.mutual_recognition = data.get('mutual_recognition', default_mutual_recognition)
        self.visa_free = data.get('visa_free', default_visa_free)
        self.summary = data['summary']
        self.__class__ = cls
        return self

    return make


def _foreign_VisaArrangement(cls, new, settable, build_citations_item, default_note, default_inferred, default_signed, parse_signed, default_in_force, parse_in_force):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.counterpart = data['counterpart']
        self.visa_free = data['visa_free']
        self.signed = (None if (value_signed := data.get('signed', default_signed)) is None else parse_signed(value_signed))
        self.in_force = (None if (value_in_force := data.get('in_force', default_in_force)) is None else parse_in_force(value_in_force))
        self.__class__ = cls
        return self

    return make


def _foreign_FriendshipGroup(cls, new, settable, build_citations_item, default_note, default_inferred, parse_date):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.counterpart = data['counterpart']
        self.date = parse_date(data['date'])
        self.established = data['established']
        self.__class__ = cls
        return self

    return make


def _foreign_Membership(cls, new, settable, build_citations_item, default_note, default_inferred, enum_role, default_title, default_date, parse_date, default_place):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.counterpart = data['counterpart']
        self.role = enum_role[data['role']]
        self.title = data.get('title', default_title)
        self.date = (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date))
        self.place = data.get('place', default_place)
        self.__class__ = cls
        return self

    return make


def _foreign_TwinTown(cls, new, settable, build_citations_item, default_note, default_inferred):
    def make(data):
        self = new(settable)
        self.id = data['id']
        self.citations = tuple(map(build_citations_item, data['citations']))
        self.note = data.get('note', default_note)
        self.inferred = tuple(data.get('inferred', default_inferred))
        self.town = data['town']
        self.partner = data['partner']
        self.__class__ = cls
        return self

    return make


def _gazetteer_Place(cls, new, settable, enum_point):
    def make(data):
        self = new(settable)
        self.geonames_id = data['geonames_id']
        self.latitude = float(data['latitude'])
        self.longitude = float(data['longitude'])
        self.point = enum_point[data['point']]
        self.source = data['source']
        self.__class__ = cls
        return self

    return make


def _gazetteer_Name(cls, new, settable):
    def make(data):
        self = new(settable)
        self.name = data['name']
        self.source = data['source']
        self.used_by = data['used_by']
        self.__class__ = cls
        return self

    return make


def _gazetteer_TranslatedName(cls, new, settable):
    def make(data):
        self = new(settable)
        self.language = data['language']
        self.name = data['name']
        self.translates = data['translates']
        self.source = data['source']
        self.__class__ = cls
        return self

    return make


def _model_Citation(cls, new, settable, default_locator, default_claims, build_claims_item, default_confidence, enum_confidence):
    def make(data):
        self = new(settable)
        self.source = data['source']
        self.section = tuple(data['section'])
        self.quote = data['quote']
        self.locator = data.get('locator', default_locator)
        self.claims = tuple(map(build_claims_item, data.get('claims', default_claims)))
        self.confidence = (None if (value_confidence := data.get('confidence', default_confidence)) is None else enum_confidence[value_confidence])
        self.__class__ = cls
        return self

    return make


def _model_Vote(cls, new, settable, default_in_favour, default_against, default_abstentions, default_unanimous):
    def make(data):
        self = new(settable)
        self.in_favour = data.get('in_favour', default_in_favour)
        self.against = data.get('against', default_against)
        self.abstentions = data.get('abstentions', default_abstentions)
        self.unanimous = data.get('unanimous', default_unanimous)
        self.__class__ = cls
        return self

    return make


def _model_Claim(cls, new, settable):
    def make(data):
        self = new(settable)
        self.field = data['field']
        self.value = data['value']
        self.__class__ = cls
        return self

    return make


RECIPES = {
    'karabakh_status._gazetteer.Source': (_gazetteer_Source, (True, ('id', 'str', 'id', False), ('title', 'str', 'title', False), ('publisher', 'str', 'publisher', False), ('url', 'str', 'url', False), ('license', 'str | None', 'license', False), ('kind', 'SourceKind', 'kind', False), ('file', 'str | None', 'file', True), ('sha256', 'str | None', 'sha256', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'enum_kind': ('enum', 'karabakh_status._gazetteer.SourceKind'), 'default_file': ('default', 'file'), 'default_sha256': ('default', 'sha256'), 'default_note': ('default', 'note')}),
    'karabakh_status._gazetteer.Entity': (_gazetteer_Entity, (True, ('id', 'str', 'id', False), ('name', 'str', 'name', False), ('aliases', 'tuple[str, ...]', 'aliases', True), ('kind', 'EntityKind', 'kind', False), ('parent', 'str | None', 'parent', True), ('country', 'str | None', 'country', True), ('subdivision', 'str | None', 'subdivision', True), ('alpha_3', 'str | None', 'alpha_3', True), ('numeric', 'str | None', 'numeric', True), ('geonames_id', 'int | None', 'geonames_id', True), ('fips', 'str | None', 'fips', True), ('place', 'Place | None', 'place', True), ('other_names', 'tuple[Name, ...]', 'other_names', True), ('translated_names', 'tuple[TranslatedName, ...]', 'translated_names', True), ('alternate_names', 'tuple[str, ...]', 'alternate_names', True), ('gazetteer_note', 'str | None', 'gazetteer_note', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'default_aliases': ('default', 'aliases'), 'enum_kind': ('enum', 'karabakh_status._gazetteer.EntityKind'), 'default_parent': ('default', 'parent'), 'default_country': ('default', 'country'), 'default_subdivision': ('default', 'subdivision'), 'default_alpha_3': ('default', 'alpha_3'), 'default_numeric': ('default', 'numeric'), 'default_geonames_id': ('default', 'geonames_id'), 'default_fips': ('default', 'fips'), 'default_place': ('default', 'place'), 'build_place': ('build', 'karabakh_status._gazetteer.Place'), 'default_other_names': ('default', 'other_names'), 'build_other_names_item': ('build', 'karabakh_status._gazetteer.Name'), 'default_translated_names': ('default', 'translated_names'), 'build_translated_names_item': ('build', 'karabakh_status._gazetteer.TranslatedName'), 'default_alternate_names': ('default', 'alternate_names'), 'default_gazetteer_note': ('default', 'gazetteer_note'), 'default_note': ('default', 'note')}),
    'karabakh_status._foreign.MinisterTerm': (_foreign_MinisterTerm, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('office', 'str', 'office', False), ('person', 'str', 'person', False), ('term', 'Period', 'term', False), ('acting', 'bool', 'acting', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'parse_term': ('parse', '_parse_period'), 'default_acting': ('default', 'acting')}),
    'karabakh_status._recognition.Recognition': (_recognition_Recognition, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('actor', 'str | None', 'actor', False), ('level', 'Level', 'level', False), ('country', 'str | None', 'country', False), ('act', 'Act', 'act', False), ('outcome', 'Outcome', 'outcome', False), ('date', 'EventDate | None', 'date', True), ('receded', 'EventDate | None', 'receded', True), ('mutual', 'bool | None', 'mutual', True), ('vote', 'Vote | None', 'vote', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_level': ('enum', 'karabakh_status._recognition.Level'), 'enum_act': ('enum', 'karabakh_status._recognition.Act'), 'enum_outcome': ('enum', 'karabakh_status._recognition.Outcome'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'default_receded': ('default', 'receded'), 'parse_receded': ('parse', '_parse_event_date'), 'default_mutual': ('default', 'mutual'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote')}),
    'karabakh_status._position.Position': (_position_Position, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('author', 'str', 'author', False), ('kind', 'PositionKind', 'kind', False), ('title', 'str | None', 'title', True), ('date', 'When | None', 'date', True), ('stance', 'Stance', 'stance', False), ('binding', 'bool | None', 'binding', True), ('vote', 'Vote | None', 'vote', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_kind': ('enum', 'karabakh_status._position.PositionKind'), 'default_title': ('default', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'enum_stance': ('enum', 'karabakh_status._position.Stance'), 'default_binding': ('default', 'binding'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote')}),
    'karabakh_status._event.Event': (_event_Event, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('date', 'When | None', 'date', True), ('kind', 'EventKind', 'kind', False), ('participants', 'tuple[str, ...]', 'participants', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'enum_kind': ('enum', 'karabakh_status._event.EventKind'), 'default_participants': ('default', 'participants')}),
    'karabakh_status._foreign.Office': (_foreign_Office, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('city', 'str', 'city', False), ('host', 'str', 'country', False), ('responsible_for', 'tuple[str, ...]', 'responsible_for', True), ('accredited_to', 'tuple[str, ...]', 'accredited_to', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_responsible_for': ('default', 'responsible_for'), 'default_accredited_to': ('default', 'accredited_to')}),
    'karabakh_status._foreign.Relation': (_foreign_Relation, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('mutual_recognition', 'bool | None', 'mutual_recognition', True), ('visa_free', 'bool | None', 'visa_free', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_mutual_recognition': ('default', 'mutual_recognition'), 'default_visa_free': ('default', 'visa_free')}),
    'karabakh_status._foreign.VisaArrangement': (_foreign_VisaArrangement, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('visa_free', 'bool', 'visa_free', False), ('signed', 'EventDate | None', 'signed', True), ('in_force', 'EventDate | None', 'in_force', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_signed': ('default', 'signed'), 'parse_signed': ('parse', '_parse_event_date'), 'default_in_force': ('default', 'in_force'), 'parse_in_force': ('parse', '_parse_event_date')}),
    'karabakh_status._foreign.FriendshipGroup': (_foreign_FriendshipGroup, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('date', 'EventDate', 'date', False), ('established', 'bool', 'established', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'parse_date': ('parse', '_parse_event_date')}),
    'karabakh_status._foreign.Membership': (_foreign_Membership, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('role', 'Role', 'role', False), ('title', 'str | None', 'title', True), ('date', 'EventDate | None', 'date', True), ('place', 'str | None', 'place', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_role': ('enum', 'karabakh_status._foreign.Role'), 'default_title': ('default', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'default_place': ('default', 'place')}),
    'karabakh_status._foreign.TwinTown': (_foreign_TwinTown, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('town', 'str', 'town', False), ('partner', 'str', 'partner', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred')}),
    'karabakh_status._gazetteer.Place': (_gazetteer_Place, (True, ('geonames_id', 'int', 'geonames_id', False), ('latitude', 'float', 'latitude', False), ('longitude', 'float', 'longitude', False), ('point', 'Point', 'point', False), ('source', 'str', 'source', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'enum_point': ('enum', 'karabakh_status._gazetteer.Point')}),
    'karabakh_status._gazetteer.Name': (_gazetteer_Name, (True, ('name', 'str', 'name', False), ('source', 'str', 'source', False), ('used_by', 'str', 'used_by', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', '')}),
    'karabakh_status._gazetteer.TranslatedName': (_gazetteer_TranslatedName, (True, ('language', 'str', 'language', False), ('name', 'str', 'name', False), ('translates', 'str', 'translates', False), ('source', 'str', 'source', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', '')}),
    'karabakh_status._model.Citation': (_model_Citation, (True, ('source', 'str', 'source', False), ('section', 'tuple[str, ...]', 'section', False), ('quote', 'str', 'quote', False), ('locator', 'str | None', 'locator', True), ('claims', 'tuple[Claim, ...]', 'claims', True), ('confidence', 'Confidence | None', 'confidence', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'default_locator': ('default', 'locator'), 'default_claims': ('default', 'claims'), 'build_claims_item': ('build', 'karabakh_status._model.Claim'), 'default_confidence': ('default', 'confidence'), 'enum_confidence': ('enum', 'karabakh_status._model.Confidence')}),
    'karabakh_status._model.Vote': (_model_Vote, (True, ('in_favour', 'int | None', 'in_favour', True), ('against', 'int | None', 'against', True), ('abstentions', 'int | None', 'abstentions', True), ('unanimous', 'bool', 'unanimous', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', ''), 'default_in_favour': ('default', 'in_favour'), 'default_against': ('default', 'against'), 'default_abstentions': ('default', 'abstentions'), 'default_unanimous': ('default', 'unanimous')}),
    'karabakh_status._model.Claim': (_model_Claim, (True, ('field', 'str', 'field', False), ('value', 'str', 'value', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'settable': ('settable', '')}),
}
