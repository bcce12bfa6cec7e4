"""The fast path's builders, compiled once: written by `_build.builders_module`, never by hand.

`_build._builder` uses a class's factory and recipe while the class's fields are the ones they
were written for (its fingerprint), else generates them itself. Regenerate with
``python -m karabakh_status._build``.
"""

# mypy: ignore-errors
# fmt: off

def _gazetteer_Source(cls, enum_kind, default_file, default_sha256, default_note):
    def make(data):
        return cls(id=data['id'], title=data['title'], publisher=data['publisher'], url=data['url'], license=data['license'], kind=enum_kind[data['kind']], file=data.get('file', default_file), sha256=data.get('sha256', default_sha256), note=data.get('note', default_note))

    return make


def _gazetteer_Entity(cls, default_aliases, enum_kind, default_parent, default_country, default_subdivision, default_alpha_3, default_numeric, default_geonames_id, default_fips, default_place, build_place, default_other_names, build_other_names_item, default_translated_names, build_translated_names_item, default_alternate_names, default_gazetteer_note, default_note):
    def make(data):
        return cls(id=data['id'], name=data['name'], aliases=tuple(data.get('aliases', default_aliases)), kind=enum_kind[data['kind']], parent=data.get('parent', default_parent), country=data.get('country', default_country), subdivision=data.get('subdivision', default_subdivision), alpha_3=data.get('alpha_3', default_alpha_3), numeric=data.get('numeric', default_numeric), geonames_id=data.get('geonames_id', default_geonames_id), fips=data.get('fips', default_fips), place=(None if (value_place := data.get('place', default_place)) is None else build_place(value_place)), other_names=tuple([build_other_names_item(item_other_names) for item_other_names in data.get('other_names', default_other_names)]), translated_names=tuple([build_translated_names_item(item_translated_names) for item_translated_names in data.get('translated_names', default_translated_names)]), alternate_names=tuple(data.get('alternate_names', default_alternate_names)), gazetteer_note=data.get('gazetteer_note', default_gazetteer_note), note=data.get('note', default_note))

    return make


def _foreign_MinisterTerm(cls, build_citations_item, default_note, default_inferred, parse_term, default_acting):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), office=data['office'], person=data['person'], term=parse_term(data['term']), acting=data.get('acting', default_acting))

    return make


def _recognition_Recognition(cls, build_citations_item, default_note, default_inferred, enum_level, enum_act, enum_outcome, default_date, parse_date, default_receded, parse_receded, default_mutual, default_vote, build_vote):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), actor=data['actor'], level=enum_level[data['level']], country=data['country'], act=enum_act[data['act']], outcome=enum_outcome[data['outcome']], date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), receded=(None if (value_receded := data.get('receded', default_receded)) is None else parse_receded(value_receded)), mutual=data.get('mutual', default_mutual), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)))

    return make


def _position_Position(cls, build_citations_item, default_note, default_inferred, enum_kind, default_title, default_date, parse_date, enum_stance, default_binding, default_vote, build_vote):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), author=data['author'], kind=enum_kind[data['kind']], title=data.get('title', default_title), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), stance=enum_stance[data['stance']], binding=data.get('binding', default_binding), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)), summary=data['summary'])

    return make


def _event_Event(cls, build_citations_item, default_note, default_inferred, default_date, parse_date, enum_kind, default_participants):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), kind=enum_kind[data['kind']], participants=tuple(data.get('participants', default_participants)), summary=data['summary'])

    return make


def _foreign_Office(cls, build_citations_item, default_note, default_inferred, default_responsible_for, default_accredited_to):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), city=data['city'], host=data['country'], responsible_for=tuple(data.get('responsible_for', default_responsible_for)), accredited_to=tuple(data.get('accredited_to', default_accredited_to)))

    return make


def _foreign_Relation(cls, build_citations_item, default_note, default_inferred, default_mutual_recognition, default_visa_free):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], mutual_recognition=data.get('mutual_recognition', default_mutual_recognition), visa_free=data.get('visa_free', default_visa_free), summary=data['summary'])

    return make


def _foreign_VisaArrangement(cls, build_citations_item, default_note, default_inferred, default_signed, parse_signed, default_in_force, parse_in_force):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], visa_free=data['visa_free'], signed=(None if (value_signed := data.get('signed', default_signed)) is None else parse_signed(value_signed)), in_force=(None if (value_in_force := data.get('in_force', default_in_force)) is None else parse_in_force(value_in_force)))

    return make


def _foreign_FriendshipGroup(cls, build_citations_item, default_note, default_inferred, parse_date):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], date=parse_date(data['date']), established=data['established'])

    return make


def _foreign_Membership(cls, build_citations_item, default_note, default_inferred, enum_role, default_title, default_date, parse_date, default_place):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], role=enum_role[data['role']], title=data.get('title', default_title), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), place=data.get('place', default_place))

    return make


def _foreign_TwinTown(cls, build_citations_item, default_note, default_inferred):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), town=data['town'], partner=data['partner'])

    return make


def _gazetteer_Place(cls, enum_point):
    def make(data):
        return cls(geonames_id=data['geonames_id'], latitude=float(data['latitude']), longitude=float(data['longitude']), point=enum_point[data['point']], source=data['source'])

    return make


def _gazetteer_Name(cls):
    def make(data):
        return cls(name=data['name'], source=data['source'], used_by=data['used_by'])

    return make


def _gazetteer_TranslatedName(cls):
    def make(data):
        return cls(language=data['language'], name=data['name'], translates=data['translates'], source=data['source'])

    return make


def _model_Citation(cls, default_locator, default_claims, build_claims_item, default_confidence, enum_confidence):
    def make(data):
        return cls(source=data['source'], section=tuple(data['section']), quote=data['quote'], locator=data.get('locator', default_locator), claims=tuple([build_claims_item(item_claims) for item_claims in data.get('claims', default_claims)]), confidence=(None if (value_confidence := data.get('confidence', default_confidence)) is None else enum_confidence[value_confidence]))

    return make


def _model_Vote(cls, default_in_favour, default_against, default_abstentions, default_unanimous):
    def make(data):
        return cls(in_favour=data.get('in_favour', default_in_favour), against=data.get('against', default_against), abstentions=data.get('abstentions', default_abstentions), unanimous=data.get('unanimous', default_unanimous))

    return make


def _model_Claim(cls):
    def make(data):
        return cls(field=data['field'], value=data['value'])

    return make


RECIPES = {
    'karabakh_status._gazetteer.Source': (_gazetteer_Source, (('id', 'str', 'id', False), ('title', 'str', 'title', False), ('publisher', 'str', 'publisher', False), ('url', 'str', 'url', False), ('license', 'str | None', 'license', False), ('kind', 'SourceKind', 'kind', False), ('file', 'str | None', 'file', True), ('sha256', 'str | None', 'sha256', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'enum_kind': ('enum', 'karabakh_status._gazetteer.SourceKind'), 'default_file': ('default', 'file'), 'default_sha256': ('default', 'sha256'), 'default_note': ('default', 'note')}),
    'karabakh_status._gazetteer.Entity': (_gazetteer_Entity, (('id', 'str', 'id', False), ('name', 'str', 'name', False), ('aliases', 'tuple[str, ...]', 'aliases', True), ('kind', 'EntityKind', 'kind', False), ('parent', 'str | None', 'parent', True), ('country', 'str | None', 'country', True), ('subdivision', 'str | None', 'subdivision', True), ('alpha_3', 'str | None', 'alpha_3', True), ('numeric', 'str | None', 'numeric', True), ('geonames_id', 'int | None', 'geonames_id', True), ('fips', 'str | None', 'fips', True), ('place', 'Place | None', 'place', True), ('other_names', 'tuple[Name, ...]', 'other_names', True), ('translated_names', 'tuple[TranslatedName, ...]', 'translated_names', True), ('alternate_names', 'tuple[str, ...]', 'alternate_names', True), ('gazetteer_note', 'str | None', 'gazetteer_note', True), ('note', 'str | None', 'note', True)), {'cls': ('cls', ''), 'default_aliases': ('default', 'aliases'), 'enum_kind': ('enum', 'karabakh_status._gazetteer.EntityKind'), 'default_parent': ('default', 'parent'), 'default_country': ('default', 'country'), 'default_subdivision': ('default', 'subdivision'), 'default_alpha_3': ('default', 'alpha_3'), 'default_numeric': ('default', 'numeric'), 'default_geonames_id': ('default', 'geonames_id'), 'default_fips': ('default', 'fips'), 'default_place': ('default', 'place'), 'build_place': ('build', 'karabakh_status._gazetteer.Place'), 'default_other_names': ('default', 'other_names'), 'build_other_names_item': ('build', 'karabakh_status._gazetteer.Name'), 'default_translated_names': ('default', 'translated_names'), 'build_translated_names_item': ('build', 'karabakh_status._gazetteer.TranslatedName'), 'default_alternate_names': ('default', 'alternate_names'), 'default_gazetteer_note': ('default', 'gazetteer_note'), 'default_note': ('default', 'note')}),
    'karabakh_status._foreign.MinisterTerm': (_foreign_MinisterTerm, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('office', 'str', 'office', False), ('person', 'str', 'person', False), ('term', 'Period', 'term', False), ('acting', 'bool', 'acting', True)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'parse_term': ('parse', '_parse_period'), 'default_acting': ('default', 'acting')}),
    'karabakh_status._recognition.Recognition': (_recognition_Recognition, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('actor', 'str | None', 'actor', False), ('level', 'Level', 'level', False), ('country', 'str | None', 'country', False), ('act', 'Act', 'act', False), ('outcome', 'Outcome', 'outcome', False), ('date', 'EventDate | None', 'date', True), ('receded', 'EventDate | None', 'receded', True), ('mutual', 'bool | None', 'mutual', True), ('vote', 'Vote | None', 'vote', True)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_level': ('enum', 'karabakh_status._recognition.Level'), 'enum_act': ('enum', 'karabakh_status._recognition.Act'), 'enum_outcome': ('enum', 'karabakh_status._recognition.Outcome'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'default_receded': ('default', 'receded'), 'parse_receded': ('parse', '_parse_event_date'), 'default_mutual': ('default', 'mutual'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote')}),
    'karabakh_status._position.Position': (_position_Position, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('author', 'str', 'author', False), ('kind', 'PositionKind', 'kind', False), ('title', 'str | None', 'title', True), ('date', 'When | None', 'date', True), ('stance', 'Stance', 'stance', False), ('binding', 'bool | None', 'binding', True), ('vote', 'Vote | None', 'vote', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_kind': ('enum', 'karabakh_status._position.PositionKind'), 'default_title': ('default', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'enum_stance': ('enum', 'karabakh_status._position.Stance'), 'default_binding': ('default', 'binding'), 'default_vote': ('default', 'vote'), 'build_vote': ('build', 'karabakh_status._model.Vote')}),
    'karabakh_status._event.Event': (_event_Event, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('date', 'When | None', 'date', True), ('kind', 'EventKind', 'kind', False), ('participants', 'tuple[str, ...]', 'participants', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_when'), 'enum_kind': ('enum', 'karabakh_status._event.EventKind'), 'default_participants': ('default', 'participants')}),
    'karabakh_status._foreign.Office': (_foreign_Office, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('city', 'str', 'city', False), ('host', 'str', 'country', False), ('responsible_for', 'tuple[str, ...]', 'responsible_for', True), ('accredited_to', 'tuple[str, ...]', 'accredited_to', True)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_responsible_for': ('default', 'responsible_for'), 'default_accredited_to': ('default', 'accredited_to')}),
    'karabakh_status._foreign.Relation': (_foreign_Relation, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('mutual_recognition', 'bool | None', 'mutual_recognition', True), ('visa_free', 'bool | None', 'visa_free', True), ('summary', 'str', 'summary', False)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_mutual_recognition': ('default', 'mutual_recognition'), 'default_visa_free': ('default', 'visa_free')}),
    'karabakh_status._foreign.VisaArrangement': (_foreign_VisaArrangement, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('visa_free', 'bool', 'visa_free', False), ('signed', 'EventDate | None', 'signed', True), ('in_force', 'EventDate | None', 'in_force', True)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'default_signed': ('default', 'signed'), 'parse_signed': ('parse', '_parse_event_date'), 'default_in_force': ('default', 'in_force'), 'parse_in_force': ('parse', '_parse_event_date')}),
    'karabakh_status._foreign.FriendshipGroup': (_foreign_FriendshipGroup, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('date', 'EventDate', 'date', False), ('established', 'bool', 'established', False)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'parse_date': ('parse', '_parse_event_date')}),
    'karabakh_status._foreign.Membership': (_foreign_Membership, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('counterpart', 'str', 'counterpart', False), ('role', 'Role', 'role', False), ('title', 'str | None', 'title', True), ('date', 'EventDate | None', 'date', True), ('place', 'str | None', 'place', True)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred'), 'enum_role': ('enum', 'karabakh_status._foreign.Role'), 'default_title': ('default', 'title'), 'default_date': ('default', 'date'), 'parse_date': ('parse', '_parse_event_date'), 'default_place': ('default', 'place')}),
    'karabakh_status._foreign.TwinTown': (_foreign_TwinTown, (('id', 'str', 'id', False), ('citations', 'tuple[Citation, ...]', 'citations', False), ('note', 'str | None', 'note', True), ('inferred', 'tuple[str, ...]', 'inferred', True), ('town', 'str', 'town', False), ('partner', 'str', 'partner', False)), {'cls': ('cls', ''), 'build_citations_item': ('build', 'karabakh_status._model.Citation'), 'default_note': ('default', 'note'), 'default_inferred': ('default', 'inferred')}),
    'karabakh_status._gazetteer.Place': (_gazetteer_Place, (('geonames_id', 'int', 'geonames_id', False), ('latitude', 'float', 'latitude', False), ('longitude', 'float', 'longitude', False), ('point', 'Point', 'point', False), ('source', 'str', 'source', False)), {'cls': ('cls', ''), 'enum_point': ('enum', 'karabakh_status._gazetteer.Point')}),
    'karabakh_status._gazetteer.Name': (_gazetteer_Name, (('name', 'str', 'name', False), ('source', 'str', 'source', False), ('used_by', 'str', 'used_by', False)), {'cls': ('cls', '')}),
    'karabakh_status._gazetteer.TranslatedName': (_gazetteer_TranslatedName, (('language', 'str', 'language', False), ('name', 'str', 'name', False), ('translates', 'str', 'translates', False), ('source', 'str', 'source', False)), {'cls': ('cls', '')}),
    'karabakh_status._model.Citation': (_model_Citation, (('source', 'str', 'source', False), ('section', 'tuple[str, ...]', 'section', False), ('quote', 'str', 'quote', False), ('locator', 'str | None', 'locator', True), ('claims', 'tuple[Claim, ...]', 'claims', True), ('confidence', 'Confidence | None', 'confidence', True)), {'cls': ('cls', ''), 'default_locator': ('default', 'locator'), 'default_claims': ('default', 'claims'), 'build_claims_item': ('build', 'karabakh_status._model.Claim'), 'default_confidence': ('default', 'confidence'), 'enum_confidence': ('enum', 'karabakh_status._model.Confidence')}),
    'karabakh_status._model.Vote': (_model_Vote, (('in_favour', 'int | None', 'in_favour', True), ('against', 'int | None', 'against', True), ('abstentions', 'int | None', 'abstentions', True), ('unanimous', 'bool', 'unanimous', True)), {'cls': ('cls', ''), 'default_in_favour': ('default', 'in_favour'), 'default_against': ('default', 'against'), 'default_abstentions': ('default', 'abstentions'), 'default_unanimous': ('default', 'unanimous')}),
    'karabakh_status._model.Claim': (_model_Claim, (('field', 'str', 'field', False), ('value', 'str', 'value', False)), {'cls': ('cls', '')}),
}
