"""Client construction, configuration, immutability and argument errors (no network)."""

from __future__ import annotations

import httpx
import pytest
from stateset_client.models.create_order_request import CreateOrderRequest

from stateset import AsyncStateset, ConfigurationError, Stateset
from stateset._base_client import NOT_GIVEN, CallOptions, Endpoint, Wire, build_request
from stateset._resource import build_body

KEY = "sk_test_config_0123456789"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("STATESET_API_KEY", "STATESET_BASE_URL", "STATESET_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("cls", [Stateset, AsyncStateset])
def test_missing_key_names_the_variable(cls: type[Stateset]) -> None:
    with pytest.raises(ConfigurationError, match="STATESET_API_KEY"):
        cls()


def test_environment_is_read_and_arguments_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATESET_API_KEY", KEY)
    monkeypatch.setenv("STATESET_BASE_URL", "https://staging.example.com/")
    client = Stateset()
    assert client.config.api_key == KEY
    assert client.config.base_url == "https://staging.example.com"
    other = Stateset(api_key="sk_test_other", base_url="http://localhost:8080")
    assert (other.config.api_key, other.config.base_url) == ("sk_test_other", "http://localhost:8080")


def test_bearer_token_alone_is_enough() -> None:
    assert Stateset(bearer_token="jwt.token.value").config.api_key is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "ftp://example.com"}, "http"),
        ({"base_url": "https://api.stateset.io/api/v1"}, "adds '/api/v1' itself"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "soon"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"api_key": "  "}, "api_key"),
        ({"api_key": "sk_test\nInjected: header"}, "api_key"),
    ],
)
def test_bad_arguments_raise_configuration_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Stateset(**{"api_key": KEY, **kwargs})  # type: ignore[arg-type]


def test_wrong_transport_kind_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="AsyncStateset"):
        Stateset(api_key=KEY, transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="use Stateset"):
        AsyncStateset(api_key=KEY, transport=httpx.HTTPTransport())  # type: ignore[arg-type]


def test_timeouts_are_normalised() -> None:
    assert Stateset(api_key=KEY, timeout=60).config.timeout == httpx.Timeout(60.0, connect=5.0)
    assert Stateset(api_key=KEY, timeout=2).config.timeout == httpx.Timeout(2.0, connect=2.0)
    assert Stateset(api_key=KEY, timeout=None).config.timeout == httpx.Timeout(None)
    custom = httpx.Timeout(1.0, read=9.0)
    assert Stateset(api_key=KEY, timeout=custom).config.timeout is custom


def test_clients_are_immutable_and_with_options_copies() -> None:
    client = Stateset(api_key=KEY, max_retries=2)
    with pytest.raises(AttributeError, match=r"with_options\(max_retries=\.\.\.\)"):
        client.max_retries = 5  # type: ignore[attr-defined]
    copy = client.with_options(max_retries=5, timeout=60)
    assert copy is not client
    assert (copy.config.max_retries, client.config.max_retries) == (5, 2)
    assert copy._inner is client._inner  # the connection pool is shared
    copy.close()  # does not close the shared pool
    assert not client._http.is_closed
    with pytest.raises(ConfigurationError, match="unknown options: colour"):
        client.with_options(colour="blue")
    client.close()


async def test_async_with_options_and_close() -> None:
    async with AsyncStateset(api_key=KEY) as client:
        copy = client.with_options(max_retries=0)
        assert copy.config.max_retries == 0
        await copy.aclose()
        assert not client._http.is_closed
    assert client._http.is_closed


def test_repr_never_shows_the_key() -> None:
    client = Stateset(api_key=KEY)
    for text in (
        repr(client),
        repr(client.config),
        str(client.config),
        repr(client.orders),
        repr(client.with_raw_response),
    ):
        assert KEY not in text
    assert "api_key=<set>" in repr(client)


def test_context_manager_closes_the_pool() -> None:
    with Stateset(api_key=KEY) as client:
        pass
    assert client._http.is_closed


def test_resources_are_created_once() -> None:
    client = Stateset(api_key=KEY)
    assert client.orders is client.orders
    assert client.with_raw_response.orders is client.with_raw_response.orders


ENDPOINT = Endpoint("create_order", "POST", "/api/v1/orders", "orders")


def test_build_request_applies_call_options() -> None:
    with httpx.Client(base_url="http://x") as http:
        kwargs = {"method": "post", "url": "/api/v1/orders", "json": {"a": 1}, "headers": {"X-A": "1"}}
        options = CallOptions(idempotency_key="key-1", timeout=3.0, max_retries=4, extra_headers={"X-B": "2"})
        request = build_request(Wire(http, None), ENDPOINT, kwargs, options)
    assert request.headers["Idempotency-Key"] == "key-1"
    assert (request.headers["X-A"], request.headers["X-B"]) == ("1", "2")
    assert request.extensions["stateset.max_retries"] == 4
    assert request.extensions["stateset.operation"] == "create_order"
    assert request.extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (CallOptions(idempotency_key=""), "idempotency_key"),
        (CallOptions(idempotency_key="k" * 256), "idempotency_key"),
        (CallOptions(max_retries=-1), "max_retries"),
    ],
)
def test_build_request_rejects_bad_options(options: CallOptions, message: str) -> None:
    with httpx.Client(base_url="http://x") as http, pytest.raises(ConfigurationError, match=message):
        build_request(Wire(http, None), ENDPOINT, {"method": "get", "url": "/"}, options)


def test_not_given_is_falsy_and_named() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


ITEMS = [{"product_id": "SKU-1", "quantity": 2}]


def test_build_body_from_fields_mapping_or_model() -> None:
    from_fields = build_body(CreateOrderRequest, None, {"customer_id": "c1", "items": ITEMS})
    from_mapping = build_body(CreateOrderRequest, {"customer_id": "c1", "items": ITEMS}, {})
    merged = build_body(CreateOrderRequest, {"customer_id": "c0", "items": ITEMS}, {"customer_id": "c1"})
    assert from_fields.to_dict() == from_mapping.to_dict() == merged.to_dict()
    model = CreateOrderRequest.from_dict({"customer_id": "c1", "items": ITEMS})
    assert build_body(CreateOrderRequest, model, {}) is model
    nested = build_body(CreateOrderRequest, None, {"customer_id": "c1", "items": [model.items[0]]})
    assert nested.items[0].product_id == "SKU-1"


@pytest.mark.parametrize(
    ("body", "fields", "message"),
    [
        (None, {"customer_id": "c1"}, "missing the required field 'items'"),
        ("not a body", {}, "must be a CreateOrderRequest or a mapping"),
        (None, {"customer_id": "c1", "items": "nope"}, "invalid CreateOrderRequest"),
        ("model", {"notes": "x"}, "not both"),
    ],
)
def test_build_body_errors_are_clear(body: object, fields: dict[str, object], message: str) -> None:
    if body == "model":
        body = CreateOrderRequest.from_dict({"customer_id": "c1", "items": ITEMS})
    with pytest.raises(ConfigurationError, match=message):
        build_body(CreateOrderRequest, body, fields)  # type: ignore[arg-type]


def test_build_body_accepts_values_read_from_responses() -> None:
    import datetime
    import uuid
    from decimal import Decimal

    from stateset_client.models.create_warranty_request import CreateWarrantyRequest

    when = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    body = build_body(
        CreateWarrantyRequest,
        None,
        {
            "product_id": uuid.UUID(int=1),
            "customer_id": str(uuid.UUID(int=2)),
            "serial_number": Decimal("12"),
            "warranty_type": "standard",
            "expiration_date": when,
            "terms": "t",
        },
    )
    assert body.to_dict()["product_id"] == str(uuid.UUID(int=1))
    assert body.to_dict()["serial_number"] == "12"
    assert body.expiration_date == when


def test_profiles_fill_in_below_arguments_and_environment(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    config = Path(str(tmp_path)) / "config.toml"
    config.write_text(
        'current = "staging"\n[profiles.staging]\n'
        'base_url = "https://staging.example.com"\napi_key = "sk_test_profile"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("STATESET_CONFIG", str(config))
    from_profile = Stateset(profile="staging")
    assert (from_profile.config.api_key, from_profile.config.base_url) == (
        "sk_test_profile",
        "https://staging.example.com",
    )
    monkeypatch.setenv("STATESET_API_KEY", KEY)
    assert Stateset(profile="staging").config.api_key == KEY  # environment beats profile
    assert Stateset(api_key="sk_test_arg", profile="staging").config.api_key == "sk_test_arg"  # argument beats both
    monkeypatch.setenv("STATESET_PROFILE", "staging")
    assert AsyncStateset().config.base_url == "https://staging.example.com"
