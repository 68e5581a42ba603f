"""Paths the tests share."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "stateset-api.yaml"


def _find_shared() -> Path:
    """The team's ``shared/`` directory (upstream exports), read-only reference data.

    ``$STATESET_SHARED_DIR`` wins; then ``shared/`` beside the checkout (CI's layout); then
    ``shared/`` beside the repository this one was cloned from, so a throwaway clone in a
    temporary directory finds the same files.
    """
    if env := os.environ.get("STATESET_SHARED_DIR"):
        return Path(env)
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    origin = subprocess.run(
        ["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if origin and Path(origin).is_dir():
        return Path(origin).resolve().parent / "shared"
    return beside


SHARED = _find_shared()
UPSTREAM = SHARED / "upstream" / "stateset-api.v1.json"
POSTMAN = SHARED / "upstream" / "stateset-api.postman_collection.json"
