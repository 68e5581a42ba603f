"""Maintainer tooling for the Stateset SDK (not shipped in the wheel)."""
