"""Stateset: the typed Python SDK for the Stateset commerce-operations API."""
