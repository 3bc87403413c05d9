"""Plume: an offline rewriting engine for French newsrooms."""

__version__ = "0.1.0"
