"""The package version: the one source of truth (read by hatchling at build time)."""

__version__ = "1.1.0"
