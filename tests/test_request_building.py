"""Requests built by the SDK's fast path are the requests httpx's own client would build."""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stateset._base_client import CallOptions, Endpoint, Wire, build_request
from stateset._errors import ConfigurationError
from stateset._url import URLJoiner

ENDPOINT = Endpoint("create_order", "POST", "/api/v1/orders", "orders")
BASES = ["https://api.stateset.io", "http://127.0.0.1:8080", "http://example.com/prefix", "https://h:8443/a/b"]

params = st.dictionaries(
    st.text(min_size=1, max_size=6),
    st.one_of(st.text(max_size=8), st.integers(), st.lists(st.text(max_size=4), max_size=3)),
    max_size=4,
)


# Generation is cheap; on a loaded CI machine a stalled first draw must not fail the run.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(BASES), segment=st.text(max_size=16), query=params)
def test_joined_urls_equal_httpx_parsing(base: str, segment: str, query: dict[str, Any]) -> None:
    from urllib.parse import quote

    path = f"/api/v1/orders/{quote(segment, safe='')}"  # what the generated code sends
    expected = httpx.URL(base + path, params=query) if query else httpx.URL(base + path)
    got = URLJoiner(base)(path, query)
    assert str(got) == str(expected)
    assert got == expected
    assert (got.raw_path, got.host, got.port, got.scheme) == (
        expected.raw_path,
        expected.host,
        expected.port,
        expected.scheme,
    )


@given(st.text(alphabet="aZ09-._~/%fFgG ?#é\x00\x7f+", max_size=12))
def test_encoded_paths_are_runs_of_plain_characters_and_escapes(path: str) -> None:
    import re

    from stateset._url import _ENCODED_PATH, _encoded

    one_at_a_time = re.compile(r"(?:[A-Za-z0-9\-._~/]|%[0-9A-Fa-f]{2})*")
    assert bool(_ENCODED_PATH.fullmatch(path)) == bool(one_at_a_time.fullmatch(path))
    assert _encoded(path) == (bool(one_at_a_time.fullmatch(path)) and "/." not in path)


@pytest.mark.parametrize(
    "path", ["/api/v1/orders/a b", "/api/v1/é", "/x?y=1", "/x#frag", "/x/%zz", "/api/v1/orders/.", "/a/../b", "/a/./b"]
)
def test_unencoded_paths_take_the_full_parser(path: str) -> None:
    base = "https://api.stateset.io"
    assert URLJoiner(base)(path) == httpx.URL(base + path)


def _reference(base: str, kwargs: dict[str, Any], headers: dict[str, str]) -> httpx.Request:
    with httpx.Client(base_url=base, headers=headers) as http:
        return http.build_request(
            kwargs["method"],
            kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            headers=kwargs.get("headers"),
        )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "get", "url": "/api/v1/orders/o%2F1", "params": {"page": 2, "status": ["a", "b"]}},
        {"method": "post", "url": "/api/v1/orders", "json": {"notes": "ünïcode", "items": [{"q": 1}]}},
        {"method": "post", "url": "/api/v1/orders/1/cancel"},
        {"method": "delete", "url": "/api/v1/orders/1"},
        {"method": "put", "url": "/api/v1/orders/1", "json": {}, "headers": {"X-Trace": "t"}},
        {"method": "post", "url": "/api/v1/files", "content": b"raw bytes", "headers": {"Content-Type": "text/plain"}},
        {"method": "post", "url": "/api/v1/forms", "data": {"a": "1"}},
        {"method": "post", "url": "/api/v1/upload", "files": {"f": ("a.txt", b"abc", "text/plain")}},
    ],
)
@pytest.mark.parametrize("base", BASES)
def test_built_requests_match_httpx_client_build_request(base: str, kwargs: dict[str, Any]) -> None:
    defaults = {"User-Agent": "stateset-python/test", "Accept": "application/json"}
    with httpx.Client(base_url=base, headers=defaults) as http:
        request = build_request(Wire(http, None), ENDPOINT, kwargs, CallOptions())
    expected = _reference(base, kwargs, defaults)
    assert request.method == expected.method
    assert request.url == expected.url
    if "files" in kwargs:  # multipart boundaries are random
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        return
    assert sorted(request.headers.multi_items()) == sorted(expected.headers.multi_items())
    assert request.read() == expected.read()


def test_json_that_cannot_be_sent_is_a_configuration_error() -> None:
    with httpx.Client(base_url="http://x") as http:
        wire = Wire(http, None)
        for bad in ({"total": float("nan")}, {"ids": {1, 2}}, {"when": object()}):
            with pytest.raises(ConfigurationError, match="cannot be sent as JSON"):
                build_request(wire, ENDPOINT, {"method": "post", "url": "/api/v1/orders", "json": bad}, CallOptions())


@given(st.text(min_size=1) | st.integers() | st.floats())
def test_path_segments_are_what_urllib_quote_writes(value: object) -> None:
    # The generated endpoints encode path parameters with path_segment, not quote itself.
    from urllib.parse import quote

    from stateset_client import path_segment

    expected = quote(str(value), safe="")
    assert path_segment(value) == (expected.replace(".", "%2E") if expected in (".", "..") else expected)


@pytest.mark.parametrize("value", [None, "", True, b"ord_1", {"id": 1}, ["ord_1"]])
def test_ids_that_name_no_segment_are_refused_before_sending(value: object) -> None:
    from stateset import Stateset

    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(204))
    client = Stateset(api_key="sk_test_x", base_url="http://api.local", transport=transport)
    with pytest.raises(ConfigurationError, match="id must be a non-empty string or a number"):
        client.orders.cancel(value)  # type: ignore[arg-type]
    assert sent == []


def test_dot_segments_cannot_climb_the_path() -> None:
    from stateset_client.api.orders import cancel_order
    from stateset_client.models import CancelOrderRequest

    assert cancel_order._get_kwargs(".", body=CancelOrderRequest())["url"] == "/api/v1/orders/%2E/cancel"
    assert cancel_order._get_kwargs("..", body=CancelOrderRequest())["url"] == "/api/v1/orders/%2E%2E/cancel"
    assert cancel_order._get_kwargs("...", body=CancelOrderRequest())["url"] == "/api/v1/orders/.../cancel"


def test_path_parameters_are_escaped_in_the_url() -> None:
    from stateset_client.api.orders import get_order

    assert get_order._get_kwargs("a/b c?é")["url"] == "/api/v1/orders/a%2Fb%20c%3F%C3%A9"
    assert get_order._get_kwargs("ord_1.2~x-y")["url"] == "/api/v1/orders/ord_1.2~x-y"


@pytest.mark.parametrize("fast", [True, False], ids=["orjson", "stdlib"])
def test_json_bodies_are_what_the_stdlib_writes_or_refuses(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import datetime
    import enum

    from stateset import _response

    if not fast:
        monkeypatch.setitem(sys.modules, "orjson", None)  # as if the "fast" extra were missing
    monkeypatch.setattr(_response, "_dumps_picked", False)
    monkeypatch.setattr(_response, "_dumps", None)  # restored after the test, like the flag

    class Shade(enum.StrEnum):
        RED = "red"

    @dataclasses.dataclass
    class Point:
        x: int

    value = {"n": "ünïcode", "big": 2**70, "f": 0.5, "none": None, "t": (1, [True]), "shade": Shade.RED, 1: "k"}
    stdlib = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    assert _response.dump_json(value) == stdlib
    assert _response.dump_json({"a": [None, {"b": 1.25}]}) == b'{"a":[null,{"b":1.25}]}'
    for bad in ({"x": [None, float("inf")]}, {"x": (float("nan"),)}, {"d": datetime.date(2026, 1, 1)}, {"p": Point(1)}):
        with pytest.raises(ConfigurationError, match="cannot be sent as JSON"):
            _response.dump_json(bad)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ({"a": [1, 2.5, {"b": None}]}, False),
        ({"a": [1, {"b": float("nan")}]}, True),
        ((1, (2, float("-inf"))), True),
        ("nan", False),
        (float("inf"), True),
    ],
)
def test_non_finite_numbers_are_found_at_any_depth(value: Any, found: bool) -> None:
    from stateset._json_values import has_non_finite

    assert has_non_finite(value) is found
    deep: Any = value
    for _ in range(5000):  # deeper than the recursion limit: the walk is iterative
        deep = [deep]
    assert has_non_finite(deep) is found
