"""The queries of a `Dataset`, one mixin class per family, each in a module named for what it queries.

`gazetteer` (sources, entities), `status` (recognitions, positions, events), `foreign` (ministers,
offices, relations, visas, groups, memberships, twin towns), `tables` (plain data, pandas, exports);
`filters` holds what they share.
"""
