"""Curating the data from a new revision of a bundled source: what changed, and a draft to mend.

One module per idea: `sentences` reads a text into sentences and table cells and says
which a quote cites; `register` holds the sentences no record cites, each with its reason;
`check` compares a new revision with the bundled text; `draft` starts a draft version
folder that carries the new text.
"""
