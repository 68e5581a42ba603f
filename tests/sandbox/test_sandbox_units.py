"""Unit tests of single functions: response shaping, faults, limits, storage, status mapping."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from stateset.sandbox import Sandbox, default_contract_path
from stateset.sandbox._contract import load_contract
from stateset.sandbox._core import _declared
from stateset.sandbox._engine import HANDLERS
from stateset.sandbox._errors import ApiError
from stateset.sandbox._faults import FaultPlan
from stateset.sandbox._geo import geocode, locate_address
from stateset.sandbox._limits import Auth, RateLimiter
from stateset.sandbox._schema import Shaper, decimal_str, deterministic, new_id, now_iso
from stateset.sandbox._store import Store

CONTRACT = load_contract()
SHAPER = Shaper(CONTRACT)


def test_contract_lookup_and_sorted_ops() -> None:
    assert default_contract_path().name == "stateset-api.yaml"
    assert len(CONTRACT.operations) == 138
    assert set(HANDLERS) >= {o.op_id for o in CONTRACT.operations}
    assert load_contract(str(default_contract_path())) is load_contract(str(default_contract_path()))
    op = next(o for o in CONTRACT.operations if o.op_id == "list_orders")
    assert op.param("page") is not None
    assert op.param("nope") is None


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": "string"}, 12, "12.00"),
        ({"type": "string"}, 1.005, "1.005"),
        ({"type": "string"}, True, ""),
        ({"type": "string", "format": "uuid"}, None, "00000000-0000-0000-0000-000000000000"),
        ({"type": "string", "format": "email"}, None, "user@example.com"),
        ({"type": "string", "format": "uri"}, None, "https://example.com/"),
        ({"type": "string", "minLength": 2}, [1], "xx"),
        ({"type": "string", "enum": ["a", "b"]}, "c", "a"),
        ({"type": "integer", "minimum": 3}, "1", 3),
        ({"type": "integer"}, "x", 0),
        ({"type": "integer"}, float("inf"), 0),
        ({"type": "number"}, "2.5", 2.5),
        ({"type": "number"}, "x", 0.0),
        ({"type": "boolean"}, 1, True),
        ({"type": ["string", "null"]}, None, None),
        ({}, "anything", "anything"),
        ({"oneOf": [{"type": "null"}, {"type": "integer"}]}, None, None),
        ({"oneOf": [{"type": "null"}, {"type": "integer"}]}, "4", 4),
        (
            {
                "allOf": [
                    {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
                    {"type": "object", "required": ["b"], "properties": {"b": {"type": "boolean"}}},
                ]
            },
            {},
            {"a": 0, "b": False},
        ),
        ({"type": "array", "minItems": 2, "items": {"type": "integer"}}, "nope", [0, 0]),
        (
            {"type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}},
            {"a": "x", "b": 1, "_c": 2},
            {"a": "x"},
        ),
    ],
)
def test_shaper_conform(schema: dict[str, object], value: object, expected: object) -> None:
    assert SHAPER.conform(schema, value) == expected


def test_shaper_synth_dates() -> None:
    assert SHAPER.synth({"type": "string", "format": "date-time"}).endswith("Z")
    assert len(SHAPER.synth({"type": "string", "format": "date"})) == 10
    assert SHAPER.synth({"type": "boolean"}) is False
    assert SHAPER.synth({"$ref": "#/components/schemas/OrderStatus"}) == "pending"
    order = SHAPER.synth({"$ref": "#/components/schemas/OrderResponse"})
    assert order["items"] == []
    assert order["version"] == 0


def test_decimal_and_deterministic_ids() -> None:
    assert decimal_str(Decimal("3")) == "3.00"
    assert decimal_str("7") == "7"
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with deterministic(1, start):
        first = (new_id(), now_iso())
    with deterministic(1, start):
        assert (new_id(), now_iso()) == first
    assert first[1] == "2026-01-01T00:00:01.000Z"


def test_now_is_the_clock_to_the_millisecond() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamps = [now_iso() for _ in range(50)]  # several within one millisecond come from the cache
    after = dt.datetime.now(dt.UTC)
    for stamp in stamps:
        assert len(stamp) == 24
        assert stamp.endswith("Z")
        assert before <= dt.datetime.fromisoformat(stamp) <= after
    assert stamps == sorted(stamps)


def test_fresh_ids_are_canonical_uuid4() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for ident in ids:
        parsed = uuid.UUID(ident)
        assert str(parsed) == ident
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    # Both variant bits that are free to vary do vary.
    assert {ident[19] for ident in ids} == set("89ab")


def test_fault_plan() -> None:
    plan = FaultPlan({"script": ["ok", "error", "disconnect", "unavailable"]})
    assert [plan.next() for _ in range(5)] == [None, "500", "drop", "503", None]
    assert FaultPlan(None).next() is None
    assert FaultPlan(1.0).next() in {"500", "503", "latency", "drop", "commit_then_drop"}


def test_rate_limiter_and_auth() -> None:
    limiter = RateLimiter(2, 60)
    assert limiter.hit("a")["X-RateLimit-Remaining"] == "1"
    limiter.hit("a")
    with pytest.raises(ApiError) as info:
        limiter.hit("a")
    assert info.value.status == 429
    assert info.value.headers["Retry-After"]
    assert Auth().valid_key("sk_test_1")
    assert not Auth().valid_key(None)
    assert Auth(["k"]).valid_key("k")
    assert not Auth(["k"]).valid_key("sk_test_1")
    assert Auth.credentials({"authorization": "Basic x"}) == (None, None)


def test_declared_status_mapping() -> None:
    create = next(o for o in CONTRACT.operations if o.op_id == "create_return")
    get = next(o for o in CONTRACT.operations if o.op_id == "get_order")
    assert _declared(create, 404) == 422
    assert _declared(get, 404) == 404
    assert _declared(None, 404) == 404
    assert _declared(get, 422) == 400
    assert _declared(create, 503) == 503


def _write_then_fail(store: Store) -> None:
    with store.transaction():
        store.put("thing", {"id": "1", "status": "x"})
        with store.transaction():
            store.put("thing", {"id": "2"})
        raise RuntimeError("boom")


def _savepoint_then_fail(store: Store) -> None:
    with store.savepoint():
        store.put("thing", {"id": "3"})
        raise ValueError("boom")


def test_store_transactions_roll_back(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    with pytest.raises(RuntimeError, match="boom"):
        _write_then_fail(store)
    assert store.get("thing", "1") is None
    assert store.count("thing") == 0
    with store.transaction():
        with pytest.raises(ValueError, match="boom"):
            _savepoint_then_fail(store)
        store.put("thing", {"id": "4"})
    assert [d["id"] for d in store.all("thing")] == ["4"]
    with pytest.raises(ValueError, match="bad kind"):
        store.get("Bad-Kind", "1")
    store.wipe()
    assert store.count("thing") == 0
    store.close()


def test_geo_helpers() -> None:
    assert geocode(None) is None
    assert geocode("atlantis") is None
    assert locate_address("12 Elm, Denver CO") == geocode("denver")
    assert locate_address(3) is None


def test_handler_crash_is_a_500_envelope(
    sb: Sandbox, client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def boom(ctx: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setitem(HANDLERS, "list_orders", boom)
    with caplog.at_level(logging.ERROR, logger="stateset.sandbox"):
        resp = client.get("/api/v1/orders")
    assert resp.status_code == 500
    assert resp.json()["error"] == "Internal Server Error"
    assert "bug" in caplog.text


def test_missing_handler_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(HANDLERS, "list_orders")
    with pytest.raises(RuntimeError, match="list_orders"):
        Sandbox()


def test_importing_the_sdk_does_not_import_the_sandbox() -> None:
    import subprocess

    code = "import stateset, sys; print('stateset.sandbox' in sys.modules, 'starlette' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2]
    )
    assert out.stdout.split() == ["False", "False"]


def test_failing_event_hook_is_logged_not_raised(
    sb: Sandbox, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    def hook(kind: str, obj: object) -> None:
        raise RuntimeError("hook bug")

    sb.on_event(hook)
    with caplog.at_level(logging.ERROR, logger="stateset.sandbox"):
        resp = client.post(
            "/api/v1/orders",
            json={"customer_id": "c", "items": [{"product_id": "p", "quantity": 1, "unit_price": "1"}]},
        )
    assert resp.status_code == 201
    assert "hook bug" in caplog.text


def test_commit_hooks_run_once_per_commit_with_events(
    sb: Sandbox, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def failing() -> None:
        raise RuntimeError("commit hook bug")

    sb.core.commit_hooks[:0] = [failing, lambda: calls.append(1)]
    item = {"customer_id": "c", "items": [{"product_id": "p", "quantity": 1, "unit_price": "1"}]}
    with caplog.at_level(logging.ERROR, logger="stateset.sandbox"):
        assert client.post("/api/v1/orders/batch", json={"items": [item] * 3}).status_code == 200
    assert client.get("/api/v1/orders").status_code == 200  # no events, no call
    assert calls == [1]
    assert "commit hook failed" in caplog.text


def test_json_encoding_falls_back_to_the_stdlib(monkeypatch: pytest.MonkeyPatch) -> None:
    from stateset.sandbox import _encode

    value = {"big": 2**70, "text": "é", "n": [1.5, None, True]}
    assert json.loads(_encode.dumps(value)) == value  # orjson refuses 2**70: the stdlib writes it
    assert json.loads(_encode.dumps_bytes({"a": "é"})) == {"a": "é"}
    monkeypatch.setitem(sys.modules, "orjson", None)  # as if the "fast" extra were not installed
    stdlib = _encode._pick()
    assert stdlib(value) == json.dumps(value, separators=(",", ":")).encode()


def test_canonical_json_tells_every_value_apart_whatever_the_key_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from stateset.sandbox import _encode

    assert _encode.canonical({"b": 1, "a": [1, 2]}) == _encode.canonical({"a": [1, 2], "b": 1})
    values = [{"a": None}, {"a": float("nan")}, {"a": float("inf")}, {"a": [None, 2**70]}, {"a": "\ud800"}, {"a": 0}]
    assert len({_encode.canonical(v) for v in values}) == len(values)
    monkeypatch.setitem(sys.modules, "orjson", None)
    stdlib = _encode._pick_canonical()
    assert stdlib({"b": 1, "a": float("nan")}) == b'{"a": NaN, "b": 1}'


def test_fingerprints_ignore_key_order_and_tell_nan_from_null() -> None:
    from stateset.sandbox._core import Request, _fingerprint

    def fingerprint(body: object, path: str = "/api/v1/orders") -> str:
        return _fingerprint(Request("POST", path, {}, {}), body)

    assert fingerprint({"a": None, "b": [1]}) == fingerprint({"b": [1], "a": None})
    assert fingerprint({"a": None}) != fingerprint({"a": float("nan")})
    assert fingerprint({"a": None}) != fingerprint({"a": None}, "/api/v1/products")
