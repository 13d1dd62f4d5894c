"""Dorsum: an anatomical atlas of back-massage zones, lines and techniques."""

__version__ = "0.1.0"
