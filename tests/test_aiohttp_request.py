"""The aiohttp backend's converters: request headers and URLs in the form aiohttp takes."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import multidict
import pytest
import yarl
from _fault_server import FaultServer, contract_order, envelope, reply
from hypothesis import given, settings
from hypothesis import strategies as st

from stateset import AsyncStateset
from stateset._headers import line_of
from stateset._transports import _aiohttp_request
from stateset._transports._aiohttp_request import (
    MAX_KNOWN_LINES,
    MAX_KNOWN_ORIGINS,
    MAX_KNOWN_SETS,
    OutgoingHeaders,
    YarlURLs,
)


def _kept_bytes(converter: OutgoingHeaders) -> list[bytes]:
    """Every value the converter holds on to, in its lines and its sets."""
    held = [line[2] for line in converter._known]
    held += [line[2] for lines in converter._sets for line in lines]
    return held


def test_header_lines_drop_only_keep_alive_keep_their_order_and_merge_repeats_as_aiohttp_does() -> None:
    convert = OutgoingHeaders(multidict)
    lines = [("Host", "h"), ("Connection", "keep-alive"), ("X-Multi", "1"), ("X-Multi", "2"), ("B", "1"), ("b", "2")]
    headers = httpx.Headers(lines)
    for _ in range(2):  # converting, then the set it kept
        # A repeat in the same case is another line; in another case it replaces the name's lines.
        assert list(convert(headers).items()) == [("Host", "h"), ("X-Multi", "1"), ("X-Multi", "2"), ("b", "2")]
    assert list(convert(httpx.Headers({"Connection": "close"})).items()) == [("Connection", "close")]


def test_a_kept_set_is_handed_over_read_only() -> None:
    convert = OutgoingHeaders(multidict)
    headers = httpx.Headers({"Accept": "application/json"})
    first = convert(headers)
    assert convert(httpx.Headers({"Accept": "application/json"})) is first
    assert isinstance(first, multidict.CIMultiDictProxy)
    with pytest.raises(TypeError):
        first["Accept"] = "text/html"  # type: ignore[index]


def test_header_values_decode_as_httpx_decodes_them() -> None:
    convert = OutgoingHeaders(multidict)
    utf8 = httpx.Headers([(b"X-Name", "é".encode())])
    latin1 = httpx.Headers([(b"X-Name", "é".encode()), (b"X-Other", b"\xff")])
    assert list(convert(utf8).items()) == [("X-Name", "é")]
    assert convert(latin1)["X-Name"] == "é".encode().decode("latin-1")
    assert convert(utf8)["X-Name"] == "é"  # the same line, decoded by what else its request holds


def test_sets_with_the_clients_own_credentials_are_kept() -> None:
    convert = OutgoingHeaders(multidict)
    own = line_of("X-API-Key", "sk_own")
    headers = httpx.Headers({"Accept": "application/json", "X-API-Key": "sk_own"})
    convert(headers)
    assert not convert._sets  # not trusted yet
    convert.trust([own])
    kept = convert(headers)
    assert convert(httpx.Headers({"Accept": "application/json", "X-API-Key": "sk_own"})) is kept
    assert kept["X-API-Key"] == "sk_own"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-API-Key", "sk_per_call"),
        ("Authorization", "Bearer per-call"),
        ("Proxy-Authorization", "Basic per-call"),
        ("Cookie", "session=per-call"),
        ("Idempotency-Key", "per-call-key"),
        ("X-Customer-Token", "per-call-token"),  # every header the SDK redacts from logs
        ("X-Webhook-Signature", "per-call-signature"),
        ("X-Client-Secret", "per-call-secret"),
        ("Api-Key", "per-call-api-key"),
    ],
)
def test_per_call_credentials_and_keys_are_sent_and_never_kept(name: str, value: str) -> None:
    convert = OutgoingHeaders(multidict)
    convert.trust([line_of("X-API-Key", "sk_own")])
    headers = httpx.Headers({"Accept": "application/json", "X-API-Key": "sk_own", name: value})
    for _ in range(2):
        assert convert(headers)[name] == value
    assert value.encode() not in _kept_bytes(convert)
    assert not convert._sets


def test_only_the_first_clients_credentials_are_trusted() -> None:
    convert = OutgoingHeaders(multidict)
    convert.trust([line_of("X-API-Key", "sk_owner")])
    convert.trust([line_of("X-API-Key", "sk_copy")])  # a with_options copy on the same backend
    convert(httpx.Headers({"X-API-Key": "sk_copy"}))
    assert not convert._sets
    assert convert(httpx.Headers({"X-API-Key": "sk_owner"})) is convert(httpx.Headers({"X-API-Key": "sk_owner"}))


def test_an_owner_without_credentials_trusts_none() -> None:
    convert = OutgoingHeaders(multidict)
    convert.trust([])
    convert.trust([line_of("X-API-Key", "sk_later")])
    convert(httpx.Headers({"X-API-Key": "sk_later"}))
    assert not convert._sets


def test_a_kept_set_is_per_encoding() -> None:
    convert = OutgoingHeaders(multidict)
    utf8 = httpx.Headers([(b"X-Name", "é".encode())])
    assert convert(utf8)["X-Name"] == "é"
    latin1 = httpx.Headers([(b"X-Name", "é".encode())])
    latin1.encoding = "latin-1"
    assert convert(latin1)["X-Name"] == "é".encode().decode("latin-1")


def test_what_is_kept_stays_within_bounds() -> None:
    convert = OutgoingHeaders(multidict)
    for n in range(max(MAX_KNOWN_LINES, MAX_KNOWN_SETS) * 2):  # per-call values (trace ids...)
        assert convert(httpx.Headers({"X-Trace": str(n)}))["X-Trace"] == str(n)
        assert len(convert._known) <= MAX_KNOWN_LINES
        assert len(convert._sets) <= MAX_KNOWN_SETS


async def test_the_client_trusts_its_own_key_and_a_per_call_key_still_wins(fault_server: FaultServer) -> None:
    order = reply(200, envelope(contract_order(1, {}), "req_1"))
    fault_server.script("/api/v1/orders/ord_1", order, order, order)
    async with AsyncStateset(api_key="sk_own", base_url=fault_server.url, backend="aiohttp") as client:
        await client.orders.get("ord_1")
        await client.orders.get("ord_1", extra_headers={"X-API-Key": "sk_per_call"})
        inner: Any = client._inner
        assert inner._headers._sets  # the usual set was kept
        assert b"sk_per_call" not in _kept_bytes(inner._headers)
        tenant = client.with_options(api_key="sk_tenant")  # shares the backend
        await tenant.orders.get("ord_1")
        assert b"sk_tenant" not in _kept_bytes(inner._headers)
    first, second, third = fault_server.requests[-3:]
    assert [r.headers["x-api-key"] for r in (first, second, third)] == ["sk_own", "sk_per_call", "sk_tenant"]


_URL_TEXT = st.text(alphabet="abcXYZ019-._~%/:@!$&'()*+,;= ", max_size=12)


@settings(max_examples=500)
@given(
    scheme=st.sampled_from(["http", "https"]),
    userinfo=st.sampled_from(["", "user@", "user:pw@", "us%20er@"]),
    host=st.sampled_from(["h", "api.example.com", "127.0.0.1", "[::1]", "xn--bcher-kva.example"]),
    port=st.sampled_from(["", ":80", ":443", ":8080"]),
    paths=st.lists(st.tuples(_URL_TEXT, st.none() | _URL_TEXT, st.none() | _URL_TEXT), min_size=1, max_size=4),
)
def test_urls_match_yarls_parse_of_httpxs_text(
    scheme: str, userinfo: str, host: str, port: str, paths: list[tuple[str, str | None, str | None]]
) -> None:
    urls = YarlURLs(yarl.URL)
    for path, query, fragment in paths:  # the first learns the origin, the others use it
        text = f"{scheme}://{userinfo}{host}{port}/{path}"
        text += "" if query is None else f"?{query}"
        text += "" if fragment is None else f"#{fragment}"
        try:
            url = httpx.URL(text)
        except httpx.InvalidURL:
            continue
        expected = yarl.URL(str(url), encoded=True)
        converted = urls(url)
        assert converted == expected
        assert str(converted) == str(expected)
        assert (converted.raw_path, converted.raw_query_string) == (expected.raw_path, expected.raw_query_string)
    assert not any(origin[1] for origin in urls._origins)  # credentials are never kept


def test_urls_of_a_plain_origin_take_the_kept_origin() -> None:
    urls = YarlURLs(yarl.URL)
    for path in ("/api/v1/orders/a", "/api/v1/orders/b", "/api/v1/orders?limit=2"):
        assert str(urls(httpx.URL(f"https://api.example.com{path}"))) == f"https://api.example.com{path}"
    assert list(urls._origins) == [("https", "", "api.example.com", None)]


def test_urls_take_the_text_when_httpx_lays_its_parts_out_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx.URL, "_uri_reference", property(lambda self: ("laid", "out", "otherwise")), raising=False)
    assert not _aiohttp_request._parts_layout_works()
    urls = YarlURLs(yarl.URL)
    monkeypatch.undo()
    url = httpx.URL("http://h:8080/api/v1/orders/o%2F1?limit=2")
    assert str(urls(url)) == "http://h:8080/api/v1/orders/o%2F1?limit=2"
    assert not urls._origins


def test_urls_keep_a_bounded_number_of_origins() -> None:
    urls = YarlURLs(yarl.URL)
    for n in range(MAX_KNOWN_ORIGINS * 2):
        for tail in ("/x", f"/x?n={n}"):
            assert str(urls(httpx.URL(f"http://h{n}{tail}"))) == f"http://h{n}{tail}"
        assert len(urls._origins) <= MAX_KNOWN_ORIGINS


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_cookies_a_server_sets_are_never_sent_back(backend: str, fault_server: FaultServer) -> None:
    # The SDK keeps no cookie jar (an API client authenticates with its credentials), so a
    # session cookie set for one client is not sent with another's calls on a shared backend.
    order = reply(200, envelope(contract_order(1, {}), "req_1"), {"Set-Cookie": "session=abc; Path=/"})
    fault_server.script("/api/v1/orders/ord_1", order, order, order)
    # A host name: aiohttp's default jar ignores cookies set by IP addresses.
    base_url = fault_server.url.replace("127.0.0.1", "localhost")
    async with AsyncStateset(api_key="sk_own", base_url=base_url, backend=backend) as client:
        await client.orders.get("ord_1")
        await client.orders.get("ord_1")
        await client.with_options(api_key="sk_tenant").orders.get("ord_1")
    assert [r.headers.get("cookie") for r in fault_server.requests[-3:]] == [None, None, None]


async def test_a_backend_used_after_aclose_opens_a_session_configured_like_the_first() -> None:
    import aiohttp

    from stateset._transports._aiohttp import aiohttp_transport

    transport = aiohttp_transport(limits=httpx.Limits(max_connections=7, keepalive_expiry=3))
    transport._open()
    first = transport._session
    await transport.aclose()
    assert transport._session is None
    transport._open()
    again = transport._session
    try:
        assert first.closed
        assert again is not first
        assert not again.closed
        assert again.connector is not None
        assert again.connector.limit == 7
        assert isinstance(again.cookie_jar, aiohttp.DummyCookieJar)
    finally:
        await transport.aclose()
    assert again.closed


async def test_per_call_timeouts_keep_a_bounded_number_of_aiohttp_timeouts() -> None:
    # A deadline-driven caller passes a different timeout on every call.
    from stateset._transports._aiohttp import MAX_KNOWN_TIMEOUTS, aiohttp_transport

    transport = aiohttp_transport(limits=httpx.Limits())
    for n in range(MAX_KNOWN_TIMEOUTS * 3):
        made = transport._timeout({"connect": 5.0, "read": 1.0 + n / 1000, "pool": None})
        assert made.sock_read == 1.0 + n / 1000
        assert made.sock_connect == 5.0
    assert len(transport._timeouts) <= MAX_KNOWN_TIMEOUTS


async def test_a_clients_read_only_timeout_is_converted_once_and_others_each_time() -> None:
    from types import MappingProxyType

    from stateset._transports._aiohttp import aiohttp_transport

    transport = aiohttp_transport(limits=httpx.Limits())
    own = MappingProxyType({"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0})
    first = transport._timeout(own)
    assert (first.sock_connect, first.sock_read, first.connect) == (5.0, 30.0, 30.0)
    transport._timeouts.clear()  # a second look-up of the same mapping does not consult the store
    assert transport._timeout(own) is first
    mutable = {"connect": 5.0, "read": 30.0, "pool": 30.0}
    assert transport._timeout(mutable).sock_read == 30.0
    mutable["read"] = 2.0  # a plain dict is never remembered by identity
    assert transport._timeout(mutable).sock_read == 2.0
    other = MappingProxyType({"connect": 1.0, "read": 4.0, "pool": None})
    assert transport._timeout(other).sock_read == 4.0
    assert transport._timeout(own).sock_read == 30.0


async def test_the_backends_session_is_sent_on_through_its_own_request_coroutine_where_not_exchanged() -> None:
    import aiohttp

    from stateset._transports._aiohttp import aiohttp_transport
    from stateset._transports._aiohttp_exchange import _only_wraps, request_method

    session_class = aiohttp.ClientSession
    assert _only_wraps(session_class.request, session_class._request)  # aiohttp's one-line wrapper
    transport = aiohttp_transport(limits=httpx.Limits(max_connections=2))
    try:
        transport._open()
        assert request_method(transport._session) == transport._session._request
    finally:
        await transport.aclose()


def _RequestContextManager(coro: Any) -> Any:  # the name of aiohttp's wrapper
    return coro


class _Wraps:
    async def _request(self, method: str, url: str, **kwargs: Any) -> None: ...

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        """Documented."""
        return _RequestContextManager(self._request(method, url, **kwargs))


class _Adds(_Wraps):
    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", 5)  # does more than wrap: the public method must be used
        return _RequestContextManager(self._request(method, url, **kwargs))


class _Renames(_Wraps):
    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        return _RequestContextManager(self._request(method, url, retry=True, **kwargs))


class _OtherWrapper(_Wraps):
    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        return list(self._request(method, url, **kwargs))  # e.g. a retrying wrapper


class _SyncInner(_Wraps):
    def _request(self, method: str, url: str, **kwargs: Any) -> None:  # type: ignore[override]
        return None


def _traced(function: Any) -> Any:
    @functools.wraps(function)
    def traced(*args: Any, **kwargs: Any) -> Any:  # an APM tool's patch: getsource shows `function`
        return function(*args, **kwargs)

    return traced


class _Patched(_Wraps):
    request = _traced(_Wraps.request)


class _Decorated(_Wraps):
    @_traced
    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        return _RequestContextManager(self._request(method, url, **kwargs))


def test_only_aiohttps_own_wrapper_is_bypassed() -> None:
    from stateset._transports._aiohttp_exchange import _only_wraps, request_method

    assert _only_wraps(_Wraps.request, _Wraps._request)
    wraps = _Wraps()
    assert request_method(wraps) == wraps._request
    for kind in (_Adds, _Renames, _OtherWrapper, _SyncInner, _Patched, _Decorated):
        assert not _only_wraps(kind.request, kind._request), kind
        session = kind()
        assert request_method(session) == session.request
    built = type("Built", (_Wraps,), {"request": eval("lambda self, method, url, **kw: None")})
    assert not _only_wraps(built.request, built._request)  # no readable source of its own
