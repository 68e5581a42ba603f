"""stateset._httpx_build: requests and responses set up directly equal httpx's own."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stateset import _httpx_build
from stateset._httpx_build import new_request, new_response

bodies = st.binary(max_size=64)
methods = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"])


def _request_parts(method: str, body: bytes) -> tuple[Any, ...]:
    url = httpx.URL("https://api.example.com/api/v1/orders?page=2")
    headers = httpx.Headers({"X-API-Key": "k", "Content-Length": str(len(body))})
    return method, url, headers, body, {"timeout": {"read": 1.0}}


@given(methods, bodies)
def test_requests_hold_what_httpx_builds(method: str, body: bytes) -> None:
    built = new_request(*_request_parts(method, body))
    reference = _httpx_build._httpx_request(*_request_parts(method, body))
    assert _httpx_build._same(built, reference)
    assert built.content == body == reference.content
    assert b"".join(built.stream) == body  # type: ignore[arg-type]
    assert built.url == reference.url
    assert built.headers.multi_items() == reference.headers.multi_items()


@given(st.integers(100, 599), bodies)
def test_responses_hold_what_httpx_builds(status: int, body: bytes) -> None:
    request = httpx.Request("GET", "https://api.example.com/x")

    def parts() -> tuple[Any, ...]:
        return status, httpx.Headers({"X-Request-Id": "req_1"}), body, request, {"http_version": b"HTTP/1.1"}

    built, reference = new_response(*parts()), _httpx_build._httpx_response(*parts())
    assert _httpx_build._same(built, reference)
    assert built.content == body
    assert built.read() == body
    assert list(built.iter_bytes()) == list(reference.iter_bytes())
    assert (built.is_closed, built.is_stream_consumed) == (True, True)
    assert built.request is request
    assert built.http_version == "HTTP/1.1"


async def test_an_async_read_of_a_built_response_is_its_body() -> None:
    request = httpx.Request("GET", "https://api.example.com/x")
    built = new_response(200, httpx.Headers(), b'{"a": 1}', request, {})
    assert await built.aread() == b'{"a": 1}'
    assert built.json() == {"a": 1}


def test_the_probes_accept_this_httpx() -> None:
    assert _httpx_build._request_works() is True
    assert _httpx_build._response_works() is True
    assert new_request is _httpx_build._direct_request
    assert new_response is _httpx_build._direct_response


def test_a_probe_refuses_a_builder_that_misses_an_attribute(monkeypatch: pytest.MonkeyPatch) -> None:
    direct = _httpx_build._direct_response

    def missing_history(*args: Any) -> httpx.Response:
        response = direct(*args)
        del response.history
        return response

    monkeypatch.setattr(_httpx_build, "_direct_response", missing_history)
    assert _httpx_build._response_works.__wrapped__() is False  # type: ignore[attr-defined]


def test_a_probe_refuses_a_builder_that_sets_a_different_value(monkeypatch: pytest.MonkeyPatch) -> None:
    direct = _httpx_build._direct_request

    def lower_method(*args: Any) -> httpx.Request:
        request = direct(*args)
        request.method = request.method.lower()
        return request

    monkeypatch.setattr(_httpx_build, "_direct_request", lower_method)
    assert _httpx_build._request_works.__wrapped__() is False  # type: ignore[attr-defined]


def test_httpx_builds_both_when_its_internals_differ() -> None:
    # What new_request and new_response are when the probes refuse the direct builders.
    request = _httpx_build._httpx_request(*_request_parts("POST", b"{}"))
    assert request.content == b"{}"
    assert request.headers["x-api-key"] == "k"
    response = _httpx_build._httpx_response(
        201, httpx.Headers({"A": "1"}), b"ok", request, {"http_version": b"HTTP/1.1"}
    )
    assert (response.status_code, response.content, response.headers["a"]) == (201, b"ok", "1")
    assert response.request is request


def test_a_built_response_makes_its_elapsed_when_read() -> None:
    request = httpx.Request("GET", "https://api.example.com/x")
    built = new_response(200, httpx.Headers(), b"{}", request, {})
    assert isinstance(built, httpx.Response)
    with pytest.raises(RuntimeError, match="elapsed"):
        _ = built.elapsed  # as httpx says of a response nobody timed
    built._seconds = 0.25  # what the client notes
    assert built.elapsed == timedelta(milliseconds=250)
    assert built.elapsed is built.elapsed  # made once
    built.elapsed = timedelta(seconds=2)  # and settable, as in httpx
    assert built.elapsed == timedelta(seconds=2)
    built._seconds = 0.5  # a later stamp wins over a value set or read before it
    assert built.elapsed == timedelta(milliseconds=500)
    built._seconds = 0.75
    built.elapsed = timedelta(seconds=3)  # and a value set after a stamp wins over it
    assert built.elapsed == timedelta(seconds=3)
