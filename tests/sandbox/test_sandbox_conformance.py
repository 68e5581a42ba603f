"""Schemathesis, with the project's own contract, against the served sandbox: no server errors,
no response-schema violations, no undeclared status codes or content types."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from stateset.sandbox import Sandbox, default_contract_path

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "response_schema_conformance",
        "content_type_conformance",
        "response_headers_conformance",
    ]
)


# Path prefix -> list path whose first item's id is used, so generated requests reach real objects.
_SEEDED = {
    "/api/v1/orders/": "/api/v1/orders",
    "/api/v1/returns/": "/api/v1/returns",
    "/api/v1/warranties/": "/api/v1/warranties",
    "/api/v1/shipments/": "/api/v1/shipments",
    "/api/v1/work-orders/": "/api/v1/work-orders",
    "/api/v1/purchase-orders/": "/api/v1/purchase-orders/status/draft",
    "/api/v1/products/": "/api/v1/products",
    "/api/v1/manufacturing/boms/": "/api/v1/manufacturing/boms",
}


def _block(prefix: str, ident: object) -> str:
    # TOML literal strings: the regex escapes need no further escaping.
    regex = "^" + prefix + r"\{id\}"
    return f"[[operations]]\ninclude-path-regex = '{regex}'\nparameters = {{ 'path.id' = '{ident}' }}\n"


def _config(url: str, path: Path) -> Path:
    """Write a schemathesis.toml that pins each resource's ``{id}`` to a seeded object."""
    blocks = []
    with httpx.Client(base_url=url, headers={"X-API-Key": "sk_test_x"}) as c:
        for prefix, listing in _SEEDED.items():
            found = c.get(listing).json()["data"]
            blocks.append(_block(prefix, (found if isinstance(found, list) else found["items"])[0]["id"]))
        item = c.get("/api/v1/inventory").json()["data"]["items"][0]["inventory_item_id"]
        blocks.append(_block("/api/v1/inventory/", item))
    path.write_text("\n".join(blocks))
    return path


def _schemathesis() -> str | None:
    local = Path(sys.executable).with_name("schemathesis")
    return str(local) if local.exists() else shutil.which("schemathesis")


@pytest.mark.skipif(_schemathesis() is None, reason="schemathesis is not installed")
def test_schemathesis_finds_no_failures(tmp_path: Path) -> None:
    examples = os.environ.get("SANDBOX_ST_EXAMPLES", "5")
    phases = os.environ.get("SANDBOX_ST_PHASES", "fuzzing")
    with Sandbox(seed="demo") as sb, sb.serve_in_thread() as url:
        config = _config(url, tmp_path / "schemathesis.toml")
        cmd = [
            str(_schemathesis()),
            "--config-file",
            str(config),
            "run",
            str(default_contract_path()),
            "--url",
            url,
            "-H",
            "X-API-Key: sk_test_x",
            "--checks",
            CHECKS,
            "--max-examples",
            examples,
            "--phases",
            phases,
            "--workers",
            # One worker: with threads, CPython 3.11's ast module (used by Hypothesis to describe
            # lambdas) can raise "AST constructor recursion depth mismatch", a tool error.
            os.environ.get("SANDBOX_ST_WORKERS", "1"),
            "--seed",
            "1",
            "--no-color",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path, check=False)
    tail = proc.stdout[-4000:]
    assert proc.returncode == 0, tail
    assert "138 selected / 138 total" in proc.stdout, tail
    assert " passed" in proc.stdout, tail
