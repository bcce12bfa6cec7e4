"""The fast path's builders, compiled once: written by `_converter.builders_module`, never by hand.

`_converter._builder` uses the function whose source is the one it generates for a class, else
compiles that source itself. Regenerate with ``python -m karabakh_status._converter``.
"""

# mypy: ignore-errors
# fmt: off

def _model_Source(cls, enum_kind, default_file, default_sha256, default_note):
    def make(data):
        return cls(id=data['id'], title=data['title'], publisher=data['publisher'], url=data['url'], license=data['license'], kind=enum_kind[data['kind']], file=data.get('file', default_file), sha256=data.get('sha256', default_sha256), note=data.get('note', default_note))

    return make


def _model_Entity(cls, default_aliases, enum_kind, default_parent, default_country, default_subdivision, default_geonames_id, default_fips, default_place, build_place, default_other_names, build_other_names_item, default_gazetteer_note, default_note):
    def make(data):
        return cls(id=data['id'], name=data['name'], aliases=tuple(data.get('aliases', default_aliases)), kind=enum_kind[data['kind']], parent=data.get('parent', default_parent), country=data.get('country', default_country), subdivision=data.get('subdivision', default_subdivision), geonames_id=data.get('geonames_id', default_geonames_id), fips=data.get('fips', default_fips), place=(None if (value_place := data.get('place', default_place)) is None else build_place(value_place)), other_names=tuple([build_other_names_item(item_other_names) for item_other_names in data.get('other_names', default_other_names)]), gazetteer_note=data.get('gazetteer_note', default_gazetteer_note), note=data.get('note', default_note))

    return make


def _foreign_MinisterTerm(cls, build_citations_item, default_note, default_inferred, parse_term, default_acting):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), office=data['office'], person=data['person'], term=parse_term(data['term']), acting=data.get('acting', default_acting))

    return make


def _status_Recognition(cls, build_citations_item, default_note, default_inferred, enum_level, enum_act, enum_outcome, default_date, parse_date, default_receded, parse_receded, default_mutual, default_vote, build_vote):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), actor=data['actor'], level=enum_level[data['level']], country=data['country'], act=enum_act[data['act']], outcome=enum_outcome[data['outcome']], date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), receded=(None if (value_receded := data.get('receded', default_receded)) is None else parse_receded(value_receded)), mutual=data.get('mutual', default_mutual), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)))

    return make


def _status_Position(cls, build_citations_item, default_note, default_inferred, enum_kind, default_title, default_date, parse_date, enum_stance, default_binding, default_vote, build_vote):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), author=data['author'], kind=enum_kind[data['kind']], title=data.get('title', default_title), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), stance=enum_stance[data['stance']], binding=data.get('binding', default_binding), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)), summary=data['summary'])

    return make


def _status_Event(cls, build_citations_item, default_note, default_inferred, parse_date, enum_kind, default_participants):
    def make(data):
        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), date=parse_date(data['date']), kind=enum_kind[data['kind']], participants=tuple(data.get('participants', default_participants)), summary=data['summary'])

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


def _model_Place(cls, enum_point):
    def make(data):
        return cls(geonames_id=data['geonames_id'], latitude=float(data['latitude']), longitude=float(data['longitude']), point=enum_point[data['point']], source=data['source'])

    return make


def _model_Name(cls):
    def make(data):
        return cls(name=data['name'], source=data['source'], used_by=data['used_by'])

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


FACTORIES = {
    "def _model_Source(cls, enum_kind, default_file, default_sha256, default_note):\n    def make(data):\n        return cls(id=data['id'], title=data['title'], publisher=data['publisher'], url=data['url'], license=data['license'], kind=enum_kind[data['kind']], file=data.get('file', default_file), sha256=data.get('sha256', default_sha256), note=data.get('note', default_note))\n\n    return make\n": _model_Source,
    "def _model_Entity(cls, default_aliases, enum_kind, default_parent, default_country, default_subdivision, default_geonames_id, default_fips, default_place, build_place, default_other_names, build_other_names_item, default_gazetteer_note, default_note):\n    def make(data):\n        return cls(id=data['id'], name=data['name'], aliases=tuple(data.get('aliases', default_aliases)), kind=enum_kind[data['kind']], parent=data.get('parent', default_parent), country=data.get('country', default_country), subdivision=data.get('subdivision', default_subdivision), geonames_id=data.get('geonames_id', default_geonames_id), fips=data.get('fips', default_fips), place=(None if (value_place := data.get('place', default_place)) is None else build_place(value_place)), other_names=tuple([build_other_names_item(item_other_names) for item_other_names in data.get('other_names', default_other_names)]), gazetteer_note=data.get('gazetteer_note', default_gazetteer_note), note=data.get('note', default_note))\n\n    return make\n": _model_Entity,
    "def _foreign_MinisterTerm(cls, build_citations_item, default_note, default_inferred, parse_term, default_acting):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), office=data['office'], person=data['person'], term=parse_term(data['term']), acting=data.get('acting', default_acting))\n\n    return make\n": _foreign_MinisterTerm,
    "def _status_Recognition(cls, build_citations_item, default_note, default_inferred, enum_level, enum_act, enum_outcome, default_date, parse_date, default_receded, parse_receded, default_mutual, default_vote, build_vote):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), actor=data['actor'], level=enum_level[data['level']], country=data['country'], act=enum_act[data['act']], outcome=enum_outcome[data['outcome']], date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), receded=(None if (value_receded := data.get('receded', default_receded)) is None else parse_receded(value_receded)), mutual=data.get('mutual', default_mutual), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)))\n\n    return make\n": _status_Recognition,
    "def _status_Position(cls, build_citations_item, default_note, default_inferred, enum_kind, default_title, default_date, parse_date, enum_stance, default_binding, default_vote, build_vote):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), author=data['author'], kind=enum_kind[data['kind']], title=data.get('title', default_title), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), stance=enum_stance[data['stance']], binding=data.get('binding', default_binding), vote=(None if (value_vote := data.get('vote', default_vote)) is None else build_vote(value_vote)), summary=data['summary'])\n\n    return make\n": _status_Position,
    "def _status_Event(cls, build_citations_item, default_note, default_inferred, parse_date, enum_kind, default_participants):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), date=parse_date(data['date']), kind=enum_kind[data['kind']], participants=tuple(data.get('participants', default_participants)), summary=data['summary'])\n\n    return make\n": _status_Event,
    "def _foreign_Office(cls, build_citations_item, default_note, default_inferred, default_responsible_for, default_accredited_to):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), city=data['city'], host=data['country'], responsible_for=tuple(data.get('responsible_for', default_responsible_for)), accredited_to=tuple(data.get('accredited_to', default_accredited_to)))\n\n    return make\n": _foreign_Office,
    "def _foreign_Relation(cls, build_citations_item, default_note, default_inferred, default_mutual_recognition, default_visa_free):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], mutual_recognition=data.get('mutual_recognition', default_mutual_recognition), visa_free=data.get('visa_free', default_visa_free), summary=data['summary'])\n\n    return make\n": _foreign_Relation,
    "def _foreign_VisaArrangement(cls, build_citations_item, default_note, default_inferred, default_signed, parse_signed, default_in_force, parse_in_force):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], visa_free=data['visa_free'], signed=(None if (value_signed := data.get('signed', default_signed)) is None else parse_signed(value_signed)), in_force=(None if (value_in_force := data.get('in_force', default_in_force)) is None else parse_in_force(value_in_force)))\n\n    return make\n": _foreign_VisaArrangement,
    "def _foreign_FriendshipGroup(cls, build_citations_item, default_note, default_inferred, parse_date):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], date=parse_date(data['date']), established=data['established'])\n\n    return make\n": _foreign_FriendshipGroup,
    "def _foreign_Membership(cls, build_citations_item, default_note, default_inferred, enum_role, default_title, default_date, parse_date, default_place):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), counterpart=data['counterpart'], role=enum_role[data['role']], title=data.get('title', default_title), date=(None if (value_date := data.get('date', default_date)) is None else parse_date(value_date)), place=data.get('place', default_place))\n\n    return make\n": _foreign_Membership,
    "def _foreign_TwinTown(cls, build_citations_item, default_note, default_inferred):\n    def make(data):\n        return cls(id=data['id'], citations=tuple([build_citations_item(item_citations) for item_citations in data['citations']]), note=data.get('note', default_note), inferred=tuple(data.get('inferred', default_inferred)), town=data['town'], partner=data['partner'])\n\n    return make\n": _foreign_TwinTown,
    "def _model_Place(cls, enum_point):\n    def make(data):\n        return cls(geonames_id=data['geonames_id'], latitude=float(data['latitude']), longitude=float(data['longitude']), point=enum_point[data['point']], source=data['source'])\n\n    return make\n": _model_Place,
    "def _model_Name(cls):\n    def make(data):\n        return cls(name=data['name'], source=data['source'], used_by=data['used_by'])\n\n    return make\n": _model_Name,
    "def _model_Citation(cls, default_locator, default_claims, build_claims_item, default_confidence, enum_confidence):\n    def make(data):\n        return cls(source=data['source'], section=tuple(data['section']), quote=data['quote'], locator=data.get('locator', default_locator), claims=tuple([build_claims_item(item_claims) for item_claims in data.get('claims', default_claims)]), confidence=(None if (value_confidence := data.get('confidence', default_confidence)) is None else enum_confidence[value_confidence]))\n\n    return make\n": _model_Citation,
    "def _model_Vote(cls, default_in_favour, default_against, default_abstentions, default_unanimous):\n    def make(data):\n        return cls(in_favour=data.get('in_favour', default_in_favour), against=data.get('against', default_against), abstentions=data.get('abstentions', default_abstentions), unanimous=data.get('unanimous', default_unanimous))\n\n    return make\n": _model_Vote,
    "def _model_Claim(cls):\n    def make(data):\n        return cls(field=data['field'], value=data['value'])\n\n    return make\n": _model_Claim,
}
