"""Deterministic geocoding from a small city table (enough for near/bbox queries)."""

from __future__ import annotations

from typing import Any

CITIES: dict[str, tuple[float, float]] = {
    "new york": (40.7128, -74.0060),
    "brooklyn": (40.6782, -73.9442),
    "boston": (42.3601, -71.0589),
    "chicago": (41.8781, -87.6298),
    "austin": (30.2672, -97.7431),
    "denver": (39.7392, -104.9903),
    "seattle": (47.6062, -122.3321),
    "san francisco": (37.7749, -122.4194),
    "los angeles": (34.0522, -118.2437),
    "miami": (25.7617, -80.1918),
    "london": (51.5074, -0.1278),
    "berlin": (52.5200, 13.4050),
}

# Warehouse locations used by inventory (location_id -> (name, city)).
LOCATIONS: dict[int, tuple[str, str]] = {
    1: ("East Coast DC", "new york"),
    2: ("West Coast DC", "los angeles"),
    3: ("Central DC", "chicago"),
}


def geocode(city: Any) -> dict[str, float] | None:
    """Return ``{"lat", "lng"}`` for a known city name, else None."""
    if not isinstance(city, str):
        return None
    hit = CITIES.get(city.strip().lower())
    return None if hit is None else {"lat": hit[0], "lng": hit[1]}


def locate_address(address: Any) -> dict[str, float] | None:
    """Geocode a structured address (its ``city``) or a one-line address containing a city."""
    if isinstance(address, dict):
        return geocode(address.get("city"))
    if isinstance(address, str):
        low = address.lower()
        return next((geocode(c) for c in CITIES if c in low), None)
    return None


def location_geo(location_id: int) -> dict[str, float] | None:
    """Return the coordinates of a warehouse location, if it is a known one."""
    entry = LOCATIONS.get(location_id)
    return None if entry is None else geocode(entry[1])


def location_name(location_id: int) -> str | None:
    """Return the display name of a warehouse location, if known."""
    entry = LOCATIONS.get(location_id)
    return None if entry is None else entry[0]
