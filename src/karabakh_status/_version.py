"""The package version: the one source of truth (read by hatchling at build time)."""

__version__ = "0.1.0"
