"""Raw requests, snippets, spec diff, the sandbox command and output helpers."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import io
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from _cli_helpers import KEY, ROOT, Runner

from stateset import ConfigurationError
from stateset.cli._catalog import load_catalog
from stateset.cli._output import default_format, plain, render, render_stream
from stateset.cli._snippets import snippet_for
from stateset.cli._spec import load_specdiff

# --- raw requests ------------------------------------------------------------------------


def test_api_get_with_query(api: Runner) -> None:
    out = json.loads(api("api", "get", "/api/v1/orders", "-q", "status=pending", "-q", "limit=2").stdout)
    assert out["success"] is True
    assert len(out["data"]["items"]) <= 2
    assert all(item["status"] == "pending" for item in out["data"]["items"])


def test_api_prefix_is_optional_and_post_body(api: Runner) -> None:
    body = json.dumps(
        {
            "customer_id": "6f1c2b1e-0000-4000-8000-000000000001",
            "items": [{"product_id": "SKU-9", "quantity": 1, "unit_price": "1.00"}],
        }
    )
    created = json.loads(api("api", "POST", "orders", "-d", body, "-H", "X-Trace: cli-test").stdout)
    order_id = created["data"]["id"]
    got = yaml.safe_load(api("api", "GET", f"/orders/{order_id}", "-o", "yaml").stdout)
    assert got["data"]["id"] == order_id
    assert api("api", "DELETE", f"/orders/{order_id}").stdout == ""


def test_api_errors_and_bad_pairs(api: Runner) -> None:
    result = api("api", "GET", "/orders/00000000-0000-0000-0000-000000000000", code=4)
    assert "NotFoundError" in result.stderr
    assert "KEY=VALUE" in api("api", "GET", "/orders", "-q", "novalue", code=2).stderr
    assert "KEY:VALUE" in api("api", "GET", "/orders", "-H", "novalue", code=2).stderr
    api("api", "FETCH", "/orders", code=2)


def test_api_text_response(api: Runner) -> None:
    # A status without its own class (405) exits 1 and still shows the request id.
    result = api("api", "HEAD", "/health", code=1)
    assert "HTTP 405" in result.stderr
    assert "request id req_" in result.stderr


def test_raw_request_plain_text() -> None:
    import httpx

    from stateset import Stateset
    from stateset.cli._raw import raw_request

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="plain text")

    with Stateset(api_key=KEY, transport=httpx.MockTransport(handler)) as client:
        assert raw_request(client, "GET", "/x", [], None, {}) == "plain text"


# --- snippets ----------------------------------------------------------------------------


@pytest.mark.parametrize("use_async", [False, True])
def test_every_snippet_compiles(use_async: bool) -> None:
    for op in load_catalog().operations:
        source = snippet_for(op, use_async=use_async)
        compile(source, op.dotted, "exec")


def test_snippet_command_and_suggestion(run: Runner) -> None:
    out = run("snippet", "orders.create").stdout
    assert "client.orders.create(customer_id='<customer_id>'" in out
    assert "async with AsyncStateset()" in run("snippet", "returns.approve", "--async").stdout
    assert "async for item in client.orders.list(" in run("snippet", "list_orders", "--async").stdout
    assert "File(payload=" in run("snippet", "payments.webhook").stdout
    assert "Did you mean returns.approve" in run("snippet", "returns.aprove", code=2).stderr
    assert "Did you mean" not in run("snippet", "zzz", code=2).stderr


def test_snippet_runs_against_the_sandbox(api: Runner, tmp_path: Path, sandbox_url: str) -> None:
    source = api("snippet", "orders.list").stdout
    script = tmp_path / "snippet.py"
    script.write_text(source)
    env = {"STATESET_API_KEY": KEY, "STATESET_BASE_URL": sandbox_url, "PATH": ""}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "OrderResponse" in done.stdout


def test_snippet_uses_examples() -> None:
    from stateset.cli._catalog import Field
    from stateset.cli._snippets import _example

    assert _example(Field("n", "n", "integer", example=7)) == 7
    assert _example(Field("n", "n", "integer")) == 1
    assert _example(Field("flag", "flag", "boolean")) is True


# --- spec diff ---------------------------------------------------------------------------


def test_spec_diff(run: Runner) -> None:
    old = ROOT / "openapi" / "releases" / "1.0.0.yaml"
    new = ROOT / "openapi" / "stateset-api.yaml"
    result = run("spec", "diff", str(old), str(new), "--format", "json", "--fail-on", "never")
    assert json.loads(result.stdout)
    same = run("spec", "diff", str(new), str(new), "--fail-on", "breaking")
    assert same.exit_code == 0


def test_spec_diff_without_checkout(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="not shipped in the wheel"):
        load_specdiff(tmp_path)


# --- sandbox -----------------------------------------------------------------------------


def test_sandbox_command_calls_serve(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    import stateset.sandbox

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(stateset.sandbox, "serve", lambda *a, **kw: calls.append((a, kw)))
    out = run("sandbox", "--port", "9999", "--seed", "demo", "--api-key", KEY, "--db", "x.db").stdout
    assert "http://127.0.0.1:9999" in out
    assert calls == [(("127.0.0.1", 9999), {"db": "x.db", "seed": "demo", "api_keys": [KEY], "log_level": "info"})]
    run("sandbox", "--seed", "other", code=2)


def test_sandbox_missing_extra(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stateset.sandbox", None)
    assert 'pip install "stateset[sandbox]"' in run("sandbox", code=2).stderr


# --- output ------------------------------------------------------------------------------


class Colour(enum.Enum):
    RED = "red"


def test_plain_shapes() -> None:
    value = {
        "when": dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
        "id": uuid.UUID(int=1),
        "price": decimal.Decimal("1.50"),
        "colour": Colour.RED,
        "tags": ("a",),
        "other": object,
    }
    out = plain(value)
    assert out["when"] == "2026-01-02T00:00:00+00:00"
    assert out["price"] == "1.50"
    assert out["colour"] == "red"
    assert out["tags"] == ["a"]
    assert out["other"].startswith("<class")


def test_render_tables_and_streams() -> None:
    buf = io.StringIO()
    render([], "table", buf)
    assert "no items" in buf.getvalue()
    buf = io.StringIO()
    render(["a", "b"], "table", buf)
    assert buf.getvalue().splitlines() == ["a", "b"]
    buf = io.StringIO()
    render("x" * 100, "table", buf)
    assert buf.getvalue().strip().endswith("…")
    buf = io.StringIO()
    render([{"id": "1", "nested": {"a": 1}, "name": None}], "table", buf)
    assert "1 item" in buf.getvalue()
    buf = io.StringIO()
    render([{"nested": {"a": 1}}], "table", buf)
    assert '{"a": 1}' in buf.getvalue()
    buf = io.StringIO()
    render_stream(iter([{"a": 1}, {"a": 2}]), "jsonl", buf)
    assert buf.getvalue() == '{"a": 1}\n{"a": 2}\n'
    buf = io.StringIO()
    render({"a": 1}, "jsonl", buf)
    assert buf.getvalue() == '{"a": 1}\n'


def test_default_format_by_tty() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert default_format(Tty()) == "table"
    assert default_format(io.StringIO()) == "json"
