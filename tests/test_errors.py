from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stateset import _errors as errors
from stateset._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MissingDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StatesetError,
    UnprocessableEntityError,
    connection_error_from,
    missing_api_key,
    status_error_from_response,
)

SECRET = "sk_live_TOPSECRET_123"


def _request(**headers: str) -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://api.stateset.test/api/v1/orders?x=1",
        headers={"X-API-Key": SECRET, "Authorization": f"Bearer {SECRET}b", **headers},
    )


def _response(status: int, content: bytes | str = b"", **headers: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=_request())


def test_tree_is_the_promised_one() -> None:
    assert issubclass(APIError, StatesetError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(ResponseValidationError, APIError)
    assert issubclass(ConfigurationError, StatesetError)
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(MissingDependencyError, ImportError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIStatusError)
    assert set(errors.__all__) <= set(dir(errors))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (418, APIStatusError),
        (499, APIStatusError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    err = status_error_from_response(_response(status))
    assert type(err) is cls
    assert err.status_code == status


API_BODY = (
    b'{"error": "not_found", "message": "Order ord_9 not found",'
    b' "timestamp": "2024-01-01T00:00:00Z", "details": {"id": "ord_9"}, "request_id": "req_body"}'
)


@pytest.mark.parametrize(
    ("content", "headers", "error", "message", "details", "request_id"),
    [
        (API_BODY, {}, "not_found", "Order ord_9 not found", {"id": "ord_9"}, "req_body"),
        # The header wins: it exists even when a gateway answers with HTML.
        (
            API_BODY,
            {"X-Request-Id": "req_hdr"},
            "not_found",
            "Order ord_9 not found",
            {"id": "ord_9"},
            "req_hdr",
        ),
        (
            b'{"success": false, "error": {"code": "conflict", "message": "Already shipped",'
            b' "details": [1], "request_id": "req_n"}}',
            {},
            "conflict",
            "Already shipped",
            [1],
            "req_n",
        ),
        (
            b'{"success": false, "error": {"type": "invalid", "message": "Bad"}}',
            {},
            "invalid",
            "Bad",
            None,
            None,
        ),
        (
            b'{"errors": [{"message": "sku is required"}, {"message": "qty < 0"}]}',
            {},
            None,
            "sku is required",
            [{"message": "sku is required"}, {"message": "qty < 0"}],
            None,
        ),
        (b'{"errors": ["plain string"]}', {}, None, "plain string", ["plain string"], None),
        (b'{"error": "unauthorized"}', {}, "unauthorized", "unauthorized", None, None),
        (b'{"error": "e", "message": 42, "request_id": 7}', {}, "e", "42", None, "7"),
        (
            b'{"error": true, "message": ["x"]}',
            {},
            None,
            '{"error": true, "message": ["x"]}',
            None,
            None,
        ),
        (b'{"foo": 1}', {}, None, '{"foo": 1}', None, None),
        (b'["a", "b"]', {}, None, '["a", "b"]', None, None),
        (b'"just a string"', {}, None, '"just a string"', None, None),
        (b"", {}, None, "empty response body", None, None),
        (b"   \n", {}, None, "empty response body", None, None),
        (b"{not json", {}, None, "{not json", None, None),
        (b"\xff\xfe\xfa oops", {}, None, "\ufffd\ufffd\ufffd oops", None, None),
        (
            b"<html><head><title>Bad Gateway</title><style>p{}</style></head>"
            b"<body><h1>502 Bad Gateway</h1><script>x()</script>&amp; nginx</body></html>",
            {},
            None,
            "Bad Gateway 502 Bad Gateway & nginx",
            None,
            None,
        ),
    ],
)
def test_error_body_shapes(
    content: bytes,
    headers: dict[str, str],
    error: str | None,
    message: str,
    details: Any,
    request_id: str | None,
) -> None:
    err = status_error_from_response(_response(404, content, **headers))
    assert (err.error, err.message, err.details, err.request_id) == (
        error,
        message,
        details,
        request_id,
    )


def test_body_attribute_is_json_text_or_none() -> None:
    assert status_error_from_response(_response(400, b'{"a": 1}')).body == {"a": 1}
    assert status_error_from_response(_response(400, b"nope")).body == "nope"
    assert status_error_from_response(_response(400)).body is None


def test_str_has_status_message_and_request_id() -> None:
    err = status_error_from_response(_response(404, API_BODY, **{"X-Request-Id": "req_1"}))
    assert str(err) == ("HTTP 404 Not Found: Order ord_9 not found (error: not_found, request_id: req_1)")
    assert repr(err) == f"NotFoundError({str(err)!r})"
    assert err.message == "Order ord_9 not found"
    assert str(status_error_from_response(_response(520))) == "HTTP 520: empty response body"


def test_long_messages_and_snippets_are_truncated() -> None:
    err = status_error_from_response(_response(500, b"x" * 10_000))
    assert len(err.message) == 203
    assert err.message.endswith("...")
    big = b'{"message": "' + b"m" * 2000 + b'"}'
    err = status_error_from_response(_response(500, big))
    assert len(err.message) == 2000
    assert len(str(err)) < 600


def test_deeply_nested_json_does_not_raise() -> None:
    err = status_error_from_response(_response(500, b"[" * 100_000))
    assert type(err) is InternalServerError
    assert err.body == "[" * 100_000


def test_unread_streaming_response_is_treated_as_empty() -> None:
    response = httpx.Response(500, stream=httpx.ByteStream(b"body"), request=httpx.Request("GET", "http://x/"))
    err = status_error_from_response(response)
    assert err.message == "empty response body"


def test_response_without_request() -> None:
    err = status_error_from_response(httpx.Response(400, json={"message": "m"}))
    assert err.request is None
    assert err.message == "m"


def test_rate_limit_retry_after() -> None:
    three = status_error_from_response(_response(429, **{"Retry-After": "3"}))
    assert isinstance(three, RateLimitError)
    assert three.retry_after == 3.0
    err = status_error_from_response(_response(429, **{"retry-after-ms": "250"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 0.25
    none = status_error_from_response(_response(429))
    assert isinstance(none, RateLimitError)
    assert none.retry_after is None


@pytest.mark.parametrize("status", [400, 401, 500])
def test_secrets_never_in_str_or_repr(status: int) -> None:
    # A server that echoes the credential back must not make us print it.
    body = f'{{"error": "bad key {SECRET}", "message": "key {SECRET} / {SECRET}b revoked"}}'
    err = status_error_from_response(_response(status, body))
    for text in (str(err), repr(err), err.message, str(err.error)):
        assert SECRET not in text
    assert "[REDACTED]" in err.message


def test_connection_error_from() -> None:
    request = _request()
    cause = httpx.ConnectError(f"boom {SECRET}")
    err = connection_error_from(cause, request)
    assert type(err) is APIConnectionError
    assert err.__cause__ is cause
    assert err.request is request
    assert str(err) == "Connection error on POST /api/v1/orders: ConnectError: boom [REDACTED]"
    timeout = connection_error_from(httpx.ReadTimeout(""), request)
    assert type(timeout) is APITimeoutError
    assert str(timeout) == "Request timed out on POST /api/v1/orders: ReadTimeout: no detail"
    assert isinstance(connection_error_from(httpx.PoolTimeout("p"), request), APITimeoutError)
    assert SECRET not in repr(err) + repr(timeout)


def test_response_validation_error() -> None:
    response = _response(200, b"<html>", **{"X-Request-Id": "req_v"})
    err = ResponseValidationError(f"expected JSON object, got HTML ({SECRET})", response=response)
    assert err.request_id == "req_v"
    assert err.status_code == 200
    assert err.response is response
    assert str(err) == "expected JSON object, got HTML ([REDACTED]) (request_id: req_v)"
    plain = ResponseValidationError("bad", response=httpx.Response(200))
    assert str(plain) == "bad"
    assert plain.request is None
    assert plain.request_id is None


def test_missing_api_key_names_env_var() -> None:
    err = missing_api_key()
    assert isinstance(err, ConfigurationError)
    assert "STATESET_API_KEY" in str(err)


def test_missing_dependency_error() -> None:
    err = MissingDependencyError("X needs y.", module="y", extra="aiohttp")
    assert err.install_command == 'pip install "stateset[aiohttp]"'
    assert err.name == "y"
    assert err.extra == "aiohttp"
    assert str(err) == 'X needs y. Install it with: pip install "stateset[aiohttp]"'
    custom = MissingDependencyError("m", module="h2", extra=None, install_command="pip install h")
    assert custom.install_command == "pip install h"


def test_errors_survive_pickling() -> None:
    # e.g. raised in a ProcessPoolExecutor worker or a task queue.
    err = APIError("plain")
    assert err.message == "plain"
    assert err.request is None
    assert str(pickle.loads(pickle.dumps(StatesetError("x")))) == "x"
    response = _response(429, API_BODY, **{"Retry-After": "2", "X-Request-Id": "req_p"})
    response.read()
    original = status_error_from_response(response)
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is RateLimitError
    assert str(copy) == str(original)
    assert (copy.retry_after, copy.request_id, copy.details) == (2.0, "req_p", {"id": "ord_9"})
    assert copy.response.status_code == 429
    assert copy.response.json() == original.response.json()
    # Pickles end up in result backends: no credential may travel with them.
    assert SECRET.encode() not in pickle.dumps(original)
    assert copy.request.headers["x-api-key"] == "[REDACTED]"
    assert copy.response.request.headers["authorization"] == "[REDACTED]"
    bare = pickle.loads(pickle.dumps(status_error_from_response(httpx.Response(500))))
    assert bare.request is None
    missing = pickle.loads(pickle.dumps(MissingDependencyError("m", module="y", extra="e")))
    assert missing.install_command == 'pip install "stateset[e]"'
    timeout = pickle.loads(pickle.dumps(connection_error_from(httpx.ReadTimeout("t"), _request())))
    assert type(timeout) is APITimeoutError


@settings(max_examples=200, deadline=None)
@given(
    status=st.integers(min_value=100, max_value=999),
    content=st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["error", "message", "details", "request_id", "errors", "code"]),
                    inner,
                    max_size=5,
                )
            ),
            max_leaves=10,
        ).map(lambda v: httpx.Response(200, json=v).content),
    ),
    header=st.none() | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)),
)
def test_building_never_raises(status: int, content: bytes, header: str | None) -> None:
    headers = {"X-Request-Id": header} if header is not None else {}
    err = status_error_from_response(_response(status, content, **headers))
    assert isinstance(err, APIStatusError)
    assert isinstance(str(err), str)
    assert isinstance(err.message, str)
    assert err.message


async def test_integration_error_mapping(fault_server: Any) -> None:
    from _fault_server import reply

    fault_server.script(
        "/e400",
        reply(
            400,
            {"error": "bad_request", "message": "qty < 0", "timestamp": "t", "request_id": "req_b"},
            {"X-Request-Id": None},
        ),
    )
    fault_server.script("/e404", reply(404, {"error": "not_found", "message": "no order", "timestamp": "t"}))
    fault_server.script(
        "/e500",
        reply(500, "<html><body><h1>Oops</h1></body></html>", {"Content-Type": "text/html"}),
    )
    fault_server.script("/e520", reply(520))
    fault_server.script("/e503", reply(503, b"\xff\xfe down \x80"))
    async with httpx.AsyncClient(base_url=fault_server.url) as client:
        got = {}
        for path in ("/e400", "/e404", "/e500", "/e520", "/e503"):
            got[path] = status_error_from_response(await client.get(path))
    assert type(got["/e400"]) is BadRequestError
    assert got["/e400"].request_id == "req_b"
    assert got["/e400"].message == "qty < 0"
    assert type(got["/e404"]) is NotFoundError
    assert got["/e404"].request_id == "req_2"
    assert type(got["/e500"]) is InternalServerError
    assert got["/e500"].message == "Oops"
    assert type(got["/e520"]) is InternalServerError
    assert str(got["/e520"]) == "HTTP 520: empty response body (request_id: req_4)"
    assert type(got["/e503"]) is InternalServerError
    assert got["/e503"].message == "\ufffd\ufffd down \ufffd"
