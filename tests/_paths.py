"""Paths the tests share."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "stateset-api.yaml"
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "upstream" / "stateset-api.v1.json"
POSTMAN = SHARED / "upstream" / "stateset-api.postman_collection.json"
