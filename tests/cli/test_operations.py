"""Operation commands against a served sandbox: bodies, formats, paging, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from _cli_helpers import ALLOWED, KEY, Runner

from stateset.cli._app import EXIT_CODES, exit_code_for
from stateset.cli._operations import build_body, parse_field

CUSTOMER = "6f1c2b1e-0000-4000-8000-000000000001"
ITEMS = '[{"product_id": "SKU-1", "quantity": 2, "unit_price": "5.00"}]'


def create_order(api: Runner) -> dict[str, object]:
    out = api("orders", "create", "-f", f"customer_id={CUSTOMER}", "-f", f"items:={ITEMS}", "-o", "json").stdout
    order: dict[str, object] = json.loads(out)
    return order


def test_list_defaults_to_json_when_piped(api: Runner) -> None:
    rows = json.loads(api("orders", "list", "--max-items", "3").stdout)
    assert len(rows) == 3
    assert {"id", "status", "order_number"} <= set(rows[0])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "table"])
def test_output_formats_parse(api: Runner, fmt: str) -> None:
    out = api("orders", "list", "--max-items", "2", "--output", fmt).stdout
    if fmt == "json":
        assert len(json.loads(out)) == 2
    elif fmt == "jsonl":
        assert [json.loads(line)["id"] for line in out.splitlines()]
        assert len(out.splitlines()) == 2
    elif fmt == "yaml":
        assert len(yaml.safe_load(out)) == 2
    else:
        assert "order_number" in out
        assert "2 items" in out


def test_global_output_flag_and_single_object_formats(api: Runner) -> None:
    order = create_order(api)
    table = api("-o", "table", "orders", "get", str(order["id"])).stdout
    assert str(order["id"]) in table
    assert "status" in table
    assert yaml.safe_load(api("orders", "get", str(order["id"]), "-o", "yaml").stdout)["id"] == order["id"]
    assert json.loads(api("orders", "get", str(order["id"]), "-o", "jsonl").stdout)["id"] == order["id"]


def test_enum_options_are_choices(api: Runner) -> None:
    rows = json.loads(api("orders", "list", "--status", "pending", "--max-items", "5").stdout)
    assert rows
    assert all(row["status"] == "pending" for row in rows)
    result = api("orders", "list", "--status", "bogus", code=2)
    assert "bogus" in result.stderr
    assert "pending" in result.stderr


def test_bool_and_int_options(api: Runner) -> None:
    rows = json.loads(api("orders", "list", "--include-items", "--page-size", "2", "--max-items", "3").stdout)
    assert len(rows) == 3
    api("orders", "list", "--page-size", "many", code=2)


def test_list_pages_through_everything_without_max_items(api: Runner) -> None:
    rows = json.loads(api("orders", "list", "--page-size", "5").stdout)
    assert len(rows) > 5


def test_body_from_data_file_stdin_and_typed_options(api: Runner, tmp_path: Path) -> None:
    order = create_order(api)
    body = tmp_path / "ret.json"
    body.write_text(json.dumps({"order_id": order["id"], "reason": "from a file"}))
    ret = json.loads(api("returns", "create", "--data", f"@{body}").stdout)
    assert ret["reason"] == "from a file"
    assert ret["status"] == "pending"
    stdin = json.dumps({"order_id": order["id"], "reason": "x"})
    ret2 = json.loads(api("returns", "create", "--data", "-", "--reason", "typed wins", input=stdin).stdout)
    assert ret2["reason"] == "typed wins"
    approved = json.loads(api("returns", "approve", ret["id"]).stdout)
    assert approved["status"] == "approved"


def test_path_param_required(api: Runner) -> None:
    result = api("orders", "get", code=2)
    assert "Usage: stateset orders get [OPTIONS] ID" in result.stderr


def test_body_required(api: Runner) -> None:
    result = api("returns", "create", code=2)
    assert "needs a body" in result.stderr


def test_bad_data(api: Runner, tmp_path: Path) -> None:
    assert "not valid JSON" in api("returns", "create", "--data", "{nope", code=2).stderr
    assert "JSON object" in api("returns", "create", "--data", "[1]", code=2).stderr
    assert "cannot read" in api("returns", "create", "--data", f"@{tmp_path / 'missing.json'}", code=2).stderr
    assert "key=value" in api("returns", "create", "--field", "novalue", code=2).stderr


def test_text_body_operation(api: Runner) -> None:
    # payments webhook takes text/plain: --data is sent as the raw body.
    result = api("payments", "webhook", "--data", "hello", code=None)
    assert result.exit_code in (0, 1, 3, 5)


def test_delete_prints_nothing(api: Runner) -> None:
    order = create_order(api)
    result = api("orders", "delete", str(order["id"]))
    assert result.stdout == ""


def test_idempotency_key_replays(api: Runner) -> None:
    args = (
        "orders",
        "create",
        "-f",
        f"customer_id={CUSTOMER}",
        "-f",
        f"items:={ITEMS}",
        "--idempotency-key",
        "k-cli-1",
    )
    first = json.loads(api(*args).stdout)
    second = json.loads(api(*args).stdout)
    assert first["id"] == second["id"]


def test_json_typed_body_option(api: Runner) -> None:
    result = api("webhook-endpoints", "create", "--url", "http://127.0.0.1:9/x", "-f", 'events:=["order.created"]')
    endpoint = json.loads(result.stdout)
    assert endpoint["secret"].startswith("whsec_")
    api("webhook-endpoints", "delete", endpoint["id"])


# --- exit codes --------------------------------------------------------------------------


def test_not_found_exit_4(api: Runner) -> None:
    result = api("orders", "get", "00000000-0000-0000-0000-000000000000", code=4)
    assert "NotFoundError" in result.stderr
    assert "request id req_" in result.stderr
    assert result.stdout == ""


def test_conflict_exit_5(api: Runner) -> None:
    order = create_order(api)
    result = api("orders", "update-status", str(order["id"]), "--status", "delivered", code=5)
    assert "ConflictError" in result.stderr
    assert "HTTP 409" in result.stderr


def test_unprocessable_exit_5(api: Runner) -> None:
    result = api("orders", "create", "-f", f"customer_id={CUSTOMER}", "-f", "items:=[]", code=5)
    assert "HTTP 422" in result.stderr


def test_client_side_validation_is_usage_error(api: Runner) -> None:
    result = api("returns", "create", "--order-id", "not-a-uuid", "--reason", "x", code=2)
    assert "ConfigurationError" in result.stderr


def test_auth_exit_3_and_key_never_printed(run: Runner, restricted_url: str) -> None:
    wrong = "sk_test_wrong_key_5555QQQQ"
    result = run("--base-url", restricted_url, "--api-key", wrong, "-v", "orders", "list", code=3)
    assert "AuthenticationError" in result.stderr
    assert "HTTP 401" in result.stderr
    assert wrong not in result.stdout + result.stderr
    ok = run("--base-url", restricted_url, "--api-key", ALLOWED, "--verbose", "orders", "list", "--max-items", "1")
    assert "> GET" in ok.stderr
    assert "< 200" in ok.stderr
    assert ALLOWED not in ok.stdout + ok.stderr


def test_connection_refused_exit_8(run: Runner) -> None:
    result = run(
        "--base-url",
        "http://127.0.0.1:9",
        "--api-key",
        KEY,
        "--max-retries",
        "0",
        "--timeout",
        "5",
        "orders",
        "list",
        code=8,
    )
    assert "APIConnectionError" in result.stderr


def test_missing_key_is_config_error(run: Runner, sandbox_url: str) -> None:
    result = run("--base-url", sandbox_url, "orders", "list", code=2)
    assert "ConfigurationError" in result.stderr


def test_exit_code_table() -> None:
    from stateset import APIStatusError, InternalServerError, RateLimitError, StatesetError
    from stateset.webhooks import WebhookSignatureMismatchError

    class Teapot(APIStatusError):
        def __init__(self, status: int) -> None:
            Exception.__init__(self, "teapot")
            self.status_code = status

    assert exit_code_for(RateLimitError.__new__(RateLimitError)) == 6
    assert exit_code_for(InternalServerError.__new__(InternalServerError)) == 7
    assert exit_code_for(WebhookSignatureMismatchError("bad")) == 9
    assert exit_code_for(StatesetError("x")) == 1
    assert exit_code_for(Teapot(503)) == 7
    assert exit_code_for(Teapot(418)) == 1
    assert set(EXIT_CODES.values()) <= set(range(2, 10))


def test_body_helpers() -> None:
    assert parse_field("a=1") == ("a", "1")
    assert parse_field("a:=1") == ("a", 1)
    assert parse_field("url=http://x:=y") == ("url", "http://x:=y")
    assert build_body(None, ["addr.city=Paris", "addr.zip:=75001"], {"n": None}) == {
        "addr": {"city": "Paris", "zip": 75001}
    }
    assert build_body(None, [], {}) is None
    with pytest.raises(Exception, match="not an object"):
        build_body(None, ["a=1", "a.b=2"], {})
