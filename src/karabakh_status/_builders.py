"""The fast path's builders, compiled once: written by `_build.builders_module`, never by hand.

`_build._builder` uses a class's factory and recipe while the class's fields are the ones they
were written for (its fingerprint), else generates them itself. Regenerate with
``python -m karabakh_status._build``.
"""

# mypy: ignore-errors
# fmt: off

def _gazetteer_Source(cls, new, set_id, set_title, set_publisher, set_url, set_license, enum_kind, set_kind, default_file, set_file, default_sha256, set_sha256, default_note, set_note):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_title(self, data['title'])
        set_publisher(self, data['publisher'])
        set_url(self, data['url'])
        set_license(self, data['license'])
        set_kind(self, enum_kind[data['kind']])
        set_file(self, data.get('file', default_file))
        set_sha256(self, data.get('sha256', default_sha256))
        set_note(self, data.get('note', default_note))
        return self

    return make


def _gazetteer_Entity(cls, new, set_id, set_name, default_aliases, set_aliases, enum_kind, set_kind, default_parent, set_parent, default_country, set_country, default_subdivision, set_subdivision, default_alpha_3, set_alpha_3, default_numeric, set_numeric, default_geonames_id, set_geonames_id, default_fips, set_fips, default_place, build_place, set_place, default_other_names, build_other_names_item, set_other_names, default_translated_names, build_translated_names_item, set_translated_names, default_alternate_names, set_alternate_names, default_gazetteer_note, set_gazetteer_note, default_note, set_note):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_name(self, data['name'])
        set_aliases(self, tuple(data.get('aliases', default_aliases)))
        set_kind(self, enum_kind[data['kind']])
        set_parent(self, data.get('parent', default_parent))
        set_country(self, data.get('country', default_country))
        set_subdivision(self, data.get('subdivision', default_subdivision))
        set_alpha_3(self, data.get('alpha_3', default_alpha_3))
        set_numeric(self, data.get('numeric', default_numeric))
        set_geonames_id(self, data.get('geonames_id', default_geonames_id))
        set_fips(self, data.get('fips', default_fips))
        set_place(self, (None if (value_place := data.get('place', default_place)) is None else build_place(value_place)))
        set_other_names(self, tuple(map(build_other_names_item, data.get('other_names', default_other_names))))
        set_translated_names(self, tuple(map(build_translated_names_item, data.get('translated_names', default_translated_names))))
        set_alternate_names(self, tuple(data.get('alternate_names', default_alternate_names)))
        set_gazetteer_note(self, data.get('gazetteer_note', default_gazetteer_note))
        set_note(self, data.get('note', default_note))
        return self

    return make


def _foreign_MinisterTerm(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_office, set_person, parse_term, set_term, default_acting, set_acting):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_office(self, data['office'])
        set_person(self, data['person'])
        set_term(self, parse_term(data['term']))
        set_acting(self, data.get('acting', default_acting))
        return self

    return make


def _recognition_Recognition(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_actor, enum_level, set_level, set_country, enum_act, set_act, enum_outcome, set_outcome, default_date, parse_date, set_date, default_receded, parse_receded, set_receded, default_mutual, set_mutual, default_vote, build_vote, set_vote):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_actor(self, data['actor'])
        set_level(self, enum_level[data['level']])
        set_country(self, data['country'])
        set_act(self, enum_act[data['act']])
        set_outcome(self, enum_outcome[data['outcome']])
        set_date(self, (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)))
        set_receded(self, (None if (value_receded := data.get('receded', default_receded)) is None else parse_receded(value_receded)))
        set_mutual(self, data.get('mutual', default_mutual))
        set_vote(self, (None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)))
        return self

    return make


def _position_Position(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_author, enum_kind, set_kind, default_title, set_title, default_date, parse_date, set_date, enum_stance, set_stance, default_binding, set_binding, default_vote, build_vote, set_vote, set_summary):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_author(self, data['author'])
        set_kind(self, enum_kind[data['kind']])
        set_title(self, data.get('title', default_title))
        set_date(self, (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)))
        set_stance(self, enum_stance[data['stance']])
        set_binding(self, data.get('binding', default_binding))
        set_vote(self, (None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)))
        set_summary(self, data['summary'])
        return self

    return make


def _event_Event(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, default_date, parse_date, set_date, enum_kind, set_kind, default_participants, set_participants, set_summary):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_date(self, (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)))
        set_kind(self, enum_kind[data['kind']])
        set_participants(self, tuple(data.get('participants', default_participants)))
        set_summary(self, data['summary'])
        return self

    return make


def _foreign_Office(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_city, set_host, default_responsible_for, set_responsible_for, default_accredited_to, set_accredited_to):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_city(self, data['city'])
        set_host(self, data['country'])
        set_responsible_for(self, tuple(data.get('responsible_for', default_responsible_for)))
        set_accredited_to(self, tuple(data.get('accredited_to', default_accredited_to)))
        return self

    return make


def _foreign_Relation(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_counterpart, default_mutual_recognition, set_mutual_recognition, default_visa_free, set_visa_free, set_summary):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_counterpart(self, data['counterpart'])
        set_mutual_recognition(self, data.get('mutual_recognition', default_mutual_recognition))
        set_visa_free(self, data.get('visa_free', default_visa_free))
        set_summary(self, data['summary'])
        return self

    return make


def _foreign_VisaArrangement(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_counterpart, set_visa_free, default_signed, parse_signed, set_signed, default_in_force, parse_in_force, set_in_force):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_counterpart(self, data['counterpart'])
        set_visa_free(self, data['visa_free'])
        set_signed(self, (None if (value_signed := data.get('signed', default_signed)) is None else parse_signed(value_signed)))
        set_in_force(self, (None if (value_in_force := data.get('in_force', default_in_force)) is None else parse_in_force(value_in_force)))
        return self

    return make


def _foreign_FriendshipGroup(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_counterpart, parse_date, set_date, set_established):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_counterpart(self, data['counterpart'])
        set_date(self, parse_date(data['date']))
        set_established(self, data['established'])
        return self

    return make


def _foreign_Membership(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_counterpart, enum_role, set_role, default_title, set_title, default_date, parse_date, set_date, default_place, set_place):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_counterpart(self, data['counterpart'])
        set_role(self, enum_role[data['role']])
        set_title(self, data.get('title', default_title))
        set_date(self, (None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)))
        set_place(self, data.get('place', default_place))
        return self

    return make


def _foreign_TwinTown(cls, new, set_id, build_citations_item, set_citations, default_note, set_note, default_inferred, set_inferred, set_town, set_partner):
    def make(data):
        self = new(cls)
        set_id(self, data['id'])
        set_citations(self, tuple(map(build_citations_item, data['citations'])))
        set_note(self, data.get('note', default_note))
        set_inferred(self, tuple(data.get('inferred', default_inferred)))
        set_town(self, data['town'])
        set_partner(self, data['partner'])
        return self

    return make


def _gazetteer_Place(cls, new, set_geonames_id, set_latitude, set_longitude, enum_point, set_point, set_source):
    def make(data):
        self = new(cls)
        set_geonames_id(self, data['geonames_id'])
        set_latitude(self, float(data['latitude']))
        set_longitude(self, float(data['longitude']))
        set_point(self, enum_point[data['point']])
        set_source(self, data['source'])
        return self

    return make


def _gazetteer_Name(cls, new, set_name, set_source, set_used_by):
    def make(data):
        self = new(cls)
        set_name(self, data['name'])
        set_source(self, data['source'])
        set_used_by(self, data['used_by'])
        return self

    return make


def _gazetteer_TranslatedName(cls, new, set_language, set_name, set_translates, set_source):
    def make(data):
        self = new(cls)
        set_language(self, data['language'])
        set_name(self, data['name'])
        set_translates(self, data['translates'])
        set_source(self, data['source'])
        return self

    return make


def _model_Citation(cls, new, set_source, set_section, set_quote, default_locator, set_locator, default_claims, build_claims_item, set_claims, default_confidence, enum_confidence, set_confidence):
    def make(data):
        self = new(cls)
        set_source(self, data['source'])
        set_section(self, tuple(data['section']))
        set_quote(self, data['quote'])
        set_locator(self, data.get('locator', default_locator))
        set_claims(self, tuple(map(build_claims_item, data.get('claims', default_claims))))
        set_confidence(self, (None if (value_confidence := data.get('confidence', default_confidence)) is None else enum_confidence[value_confidence]))
        return self

    return make


def _model_Vote(cls, new, default_in_favour, set_in_favour, default_against, set_against, default_abstentions, set_abstentions, default_unanimous, set_unanimous):
    def make(data):
        self = new(cls)
        set_in_favour(self, data.get('in_favour', default_in_favour))
        set_against(self, data.get('against', default_against))
        set_abstentions(self, data.get('abstentions', default_abstentions))
        set_unanimous(self, data.get('unanimous', default_unanimous))
        return self

    return make


def _model_Claim(cls, new, set_field, set_value):
    def make(data):
        self = new(cls)
        set_field(self, data['field'])
        set_value(self, data['value'])
        return self

    return make


RECIPES = {
    'karabakh_status._gazetteer.Source': (_gazetteer_Source, (True, ('id', 'str', 'id', False), ('title', 'str', 'title', False), ('publisher', 'str', 'publisher', False), ('url', 'str', 'url', False), ('license', 'str | None', 'license', False), ('kind', 'SourceKind', 'kind', False), ('file', 'str | None', 'file', True), ('sha256', 'str | None', 'sha256', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'set_title': ('set', 'title'), 'set_publisher': ('set', 'publisher'), 'set_url': ('set', 'url'), 'set_license': ('set', 'license'), 'enum_kind': ('enum', 'karabakh_status._gazetteer.SourceKind'), 'set_kind': ('set', 'kind'), 'default_file': ('default', 'file'), 'set_file': ('set', 'file'), 'default_sha256': ('default', 'sha256'), 'set_sha256': ('set', 'sha256'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note')}),
    'karabakh_status._gazetteer.Entity': (_gazetteer_Entity, (True, ('id', 'str', 'id', False), ('name', 'str', 'name', False), ('aliases', 'tuple[str, ...]', 'aliases', True), ('kind', 'EntityKind', 'kind', False), ('parent', 'str | None', 'parent', True), ('country', 'str | None', 'country', True), ('subdivision', 'str | None', 'subdivision', True), ('alpha_3', 'str | None', 'alpha_3', True), ('numeric', 'str | None', 'numeric', True), ('geonames_id', 'int | None', 'geonames_id', True), ('fips', 'str | None', 'fips', True), ('place', 'Place | None', 'place', True), ('other_names', 'tuple[Name, ...]', 'other_names', True), ('translated_names', 'tuple[TranslatedName, ...]', 'translated_names', True), ('alternate_names', 'tuple[str, ...]', 'alternate_names', True), ('gazetteer_note', 'str | None', 'gazetteer_note', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'set_name': ('set', 'name'), 'default_aliases': ('default', 'aliases'), 'set_aliases': ('set', 'aliases'), 'enum_kind': ('enum', 'karabakh_status._gazetteer.EntityKind'), 'set_kind': ('set', 'kind'), 'default_parent': ('default', 'parent'), 'set_parent': ('set', 'parent'), 'default_country': ('default', 'country'), 'set_country': ('set', 'country'), 'default_subdivision': ('default', 'subdivision'), 'set_subdivision': ('set', 'subdivision'), 'default_alpha_3': ('default', 'alpha_3'), 'set_alpha_3': ('set', 'alpha_3'), 'default_numeric': ('default', 'numeric'), 'set_numeric': ('set', 'numeric'), 'default_geonames_id': ('default', 'geonames_id'), 'set_geonames_id': ('set', 'geonames_id'), 'default_fips': ('default', 'fips'), 'set_fips': ('set', 'fips'), 'default_place': ('default', 'place'), 'build_place': ('build', 'karabakh_status._gazetteer.Place'), 'set_place': ('set', 'place'), 'default_other_names': ('default', 'other_names'), 'build_other_names_item': ('build', 'karabakh_status._gazetteer.Name'), 'set_other_names': ('set', 'other_names'), 'default_translated_names': ('default', 'translated_names'), 'build_translated_names_item': ('build', 'karabakh_status._gazetteer.TranslatedName'), 'set_translated_names': ('set', 'translated_names'), 'default_alternate_names': ('default', 'alternate_names'), 'set_alternate_names': ('set', 'alternate_names'), 'default_gazetteer_note': ('default', 'gazetteer_note'), 'set_gazetteer_note': ('set', 'gazetteer_note'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note')}),
    'karabakh_status._foreign.MinisterTerm': (_foreign_MinisterTerm, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('office', 'str', 'office', False), ('person', 'str', 'person', False), ('term', 'Period', 'term', False), ('acting', 'bool', 'acting', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_office': ('set', 'office'), 'set_person': ('set', 'person'), 'parse_term': ('parse', '_parse_period'), 'set_term': ('set', 'term'), 'default_acting': ('default', 'acting'), 'set_acting': ('set', 'acting')}),
    'karabakh_status._recognition.Recognition': (_recognition_Recognition, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('actor', 'str | None', 'actor', False), ('level', 'Level', 'level', False), ('country', 'str | None', 'country', False), ('act', 'Act', 'act', False), ('outcome', 'Outcome', 'outcome', False), ('date', 'EventDate | None', 'date', True), ('receded', 'EventDate | None', 'receded', True), ('mutual', 'bool | None', 'mutual', True), ('vote', 'Vote | None', 'vote', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_actor': ('set', 'actor'), 'enum_level': ('enum', 'karabakh_status._recognition.Level'), 'set_level': ('set', 'level'), 'set_country': ('set', 'country'), 'enum_act': ('enum', 'karabakh_status._recognition.Act'), 'set_act': ('set', 'act'), 'enum_outcome': ('enum', 'karabakh_status._recognition.Outcome'), 'set_outcome': ('set', 'outcome'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'set_date': ('set', 'date'), 'default_receded': ('default', 'receded'), 'parse_receded': ('parse', '_parse_event_date'), 'set_receded': ('set', 'receded'), 'default_mutual': ('default', 'mutual'), 'set_mutual': ('set', 'mutual'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote'), 'set_vote': ('set', 'vote')}),
    'karabakh_status._position.Position': (_position_Position, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('author', 'str', 'author', False), ('kind', 'PositionKind', 'kind', False), ('title', 'str | None', 'title', True), ('date', 'When | None', 'date', True), ('stance', 'Stance', 'stance', False), ('binding', 'bool | None', 'binding', True), ('vote', 'Vote | None', 'vote', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_author': ('set', 'author'), 'enum_kind': ('enum', 'karabakh_status._position.PositionKind'), 'set_kind': ('set', 'kind'), 'default_title': ('default', 'title'), 'set_title': ('set', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'set_date': ('set', 'date'), 'enum_stance': ('enum', 'karabakh_status._position.Stance'), 'set_stance': ('set', 'stance'), 'default_binding': ('default', 'binding'), 'set_binding': ('set', 'binding'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote'), 'set_vote': ('set', 'vote'), 'set_summary': ('set', 'summary')}),
    'karabakh_status._event.Event': (_event_Event, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('date', 'When | None', 'date', True), ('kind', 'EventKind', 'kind', False), ('participants', 'tuple[str, ...]', 'participants', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'set_date': ('set', 'date'), 'enum_kind': ('enum', 'karabakh_status._event.EventKind'), 'set_kind': ('set', 'kind'), 'default_participants': ('default', 'participants'), 'set_participants': ('set', 'participants'), 'set_summary': ('set', 'summary')}),
    'karabakh_status._foreign.Office': (_foreign_Office, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('city', 'str', 'city', False), ('host', 'str', 'country', False), ('responsible_for', 'tuple[str, ...]', 'responsible_for', True), ('accredited_to', 'tuple[str, ...]', 'accredited_to', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_city': ('set', 'city'), 'set_host': ('set', 'host'), 'default_responsible_for': ('default', 'responsible_for'), 'set_responsible_for': ('set', 'responsible_for'), 'default_accredited_to': ('default', 'accredited_to'), 'set_accredited_to': ('set', 'accredited_to')}),
    'karabakh_status._foreign.Relation': (_foreign_Relation, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('mutual_recognition', 'bool | None', 'mutual_recognition', True), ('visa_free', 'bool | None', 'visa_free', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_counterpart': ('set', 'counterpart'), 'default_mutual_recognition': ('default', 'mutual_recognition'), 'set_mutual_recognition': ('set', 'mutual_recognition'), 'default_visa_free': ('default', 'visa_free'), 'set_visa_free': ('set', 'visa_free'), 'set_summary': ('set', 'summary')}),
    'karabakh_status._foreign.VisaArrangement': (_foreign_VisaArrangement, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('visa_free', 'bool', 'visa_free', False), ('signed', 'EventDate | None', 'signed', True), ('in_force', 'EventDate | None', 'in_force', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_counterpart': ('set', 'counterpart'), 'set_visa_free': ('set', 'visa_free'), 'default_signed': ('default', 'signed'), 'parse_signed': ('parse', '_parse_event_date'), 'set_signed': ('set', 'signed'), 'default_in_force': ('default', 'in_force'), 'parse_in_force': ('parse', '_parse_event_date'), 'set_in_force': ('set', 'in_force')}),
    'karabakh_status._foreign.FriendshipGroup': (_foreign_FriendshipGroup, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('date', 'EventDate', 'date', False), ('established', 'bool', 'established', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_counterpart': ('set', 'counterpart'), 'parse_date': ('parse', '_parse_event_date'), 'set_date': ('set', 'date'), 'set_established': ('set', 'established')}),
    'karabakh_status._foreign.Membership': (_foreign_Membership, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('role', 'Role', 'role', False), ('title', 'str | None', 'title', True), ('date', 'EventDate | None', 'date', True), ('place', 'str | None', 'place', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_counterpart': ('set', 'counterpart'), 'enum_role': ('enum', 'karabakh_status._foreign.Role'), 'set_role': ('set', 'role'), 'default_title': ('default', 'title'), 'set_title': ('set', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'set_date': ('set', 'date'), 'default_place': ('default', 'place'), 'set_place': ('set', 'place')}),
    'karabakh_status._foreign.TwinTown': (_foreign_TwinTown, (True, ('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('town', 'str', 'town', False), ('partner', 'str', 'partner', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_id': ('set', 'id'), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'set_citations': ('set', 'citations'), 'default_note': ('default', 'note'), 'set_note': ('set', 'note'), 'default_inferred': ('default', 'inferred'), 'set_inferred': ('set', 'inferred'), 'set_town': ('set', 'town'), 'set_partner': ('set', 'partner')}),
    'karabakh_status._gazetteer.Place': (_gazetteer_Place, (True, ('geonames_id', 'int', 'geonames_id', False), ('latitude', 'float', 'latitude', False), ('longitude', 'float', 'longitude', False), ('point', 'Point', 'point', False), ('source', 'str', 'source', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_geonames_id': ('set', 'geonames_id'), 'set_latitude': ('set', 'latitude'), 'set_longitude': ('set', 'longitude'), 'enum_point': ('enum', 'karabakh_status._gazetteer.Point'), 'set_point': ('set', 'point'), 'set_source': ('set', 'source')}),
    'karabakh_status._gazetteer.Name': (_gazetteer_Name, (True, ('name', 'str', 'name', False), ('source', 'str', 'source', False), ('used_by', 'str', 'used_by', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_name': ('set', 'name'), 'set_source': ('set', 'source'), 'set_used_by': ('set', 'used_by')}),
    'karabakh_status._gazetteer.TranslatedName': (_gazetteer_TranslatedName, (True, ('language', 'str', 'language', False), ('name', 'str', 'name', False), ('translates', 'str', 'translates', False), ('source', 'str', 'source', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_language': ('set', 'language'), 'set_name': ('set', 'name'), 'set_translates': ('set', 'translates'), 'set_source': ('set', 'source')}),
    'karabakh_status._model.Citation': (_model_Citation, (True, ('source', 'str', 'source', False), ('section', 'tuple[str, ...]', 'section', False), ('quote', 'str', 'quote', False), ('locator', 'str | None', 'locator', True), ('claims', 'tuple[Claim, ...]', 'claims', True), ('confidence', 'Confidence | None', 'confidence', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_source': ('set', 'source'), 'set_section': ('set', 'section'), 'set_quote': ('set', 'quote'), 'default_locator': ('default', 'locator'), 'set_locator': ('set', 'locator'), 'default_claims': ('default', 'claims'), 'build_claims_item': ('build', 'karabakh_status._model.Claim'), 'set_claims': ('set', 'claims'), 'default_confidence': ('default', 'confidence'), 'enum_confidence': ('enum', 'karabakh_status._model.Confidence'), 'set_confidence': ('set', 'confidence')}),
    'karabakh_status._model.Vote': (_model_Vote, (True, ('in_favour', 'int | None', 'in_favour', True), ('against', 'int | None', 'against', True), ('abstentions', 'int | None', 'abstentions', True), ('unanimous', 'bool', 'unanimous', True)), {'cls': ('cls', ''), 'new': ('new', ''), 'default_in_favour': ('default', 'in_favour'), 'set_in_favour': ('set', 'in_favour'), 'default_against': ('default', 'against'), 'set_against': ('set', 'against'), 'default_abstentions': ('default', 'abstentions'), 'set_abstentions': ('set', 'abstentions'), 'default_unanimous': ('default', 'unanimous'), 'set_unanimous': ('set', 'unanimous')}),
    'karabakh_status._model.Claim': (_model_Claim, (True, ('field', 'str', 'field', False), ('value', 'str', 'value', False)), {'cls': ('cls', ''), 'new': ('new', ''), 'set_field': ('set', 'field'), 'set_value': ('set', 'value')}),
}
