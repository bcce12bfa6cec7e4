"""Curation scripts: how shipped data was made from outside data (not part of the package)."""
