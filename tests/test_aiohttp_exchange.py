"""The aiohttp backend's `Exchange`: what it sends and how it fails, next to ``ClientSession._request``.

Each scenario runs twice against the same real server: once through `Exchange.send`, once
through the session's own ``_request`` with the options the backend always passes. The
server must see the same requests and the caller must get the same result or error.
"""

from __future__ import annotations

import asyncio
import base64
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import multidict
import pytest
import yarl
from _fault_server import FaultServer, drop, slow

from stateset import AsyncStateset, NotFoundError
from stateset._transports import _aiohttp_exchange
from stateset._transports._aiohttp import AiohttpTransport, aiohttp_transport
from stateset._transports._aiohttp_exchange import Exchange, Send, request_method, usable, via_session
from stateset._transports._aiohttp_request import OutgoingHeaders

Scenario = Callable[[Send, str], Awaitable[Any]]
#: Response headers that differ between two answers to the same request.
_VARYING = {"date", "x-request-id"}
_TIMEOUT = aiohttp.ClientTimeout(sock_connect=5.0, sock_read=5.0, connect=5.0)


async def _opened(max_connections: int = 10) -> AiohttpTransport:
    transport = aiohttp_transport(limits=httpx.Limits(max_connections=max_connections))
    transport._open()
    return transport


async def _outcome(send: Send, method: str, url: str, **options: Any) -> Any:
    """What the caller gets: status, stable headers and body, or the error's type."""
    headers = options.get("headers", {"Accept": "application/json"})
    timeout = options.get("timeout", _TIMEOUT)
    try:
        response = await send(method, yarl.URL(url), headers, options.get("data"), timeout, None)
        body = await response.read()
    except (TimeoutError, aiohttp.ClientError, RuntimeError, ValueError) as exc:
        return ("error", type(exc).__name__)
    kept = sorted((name.lower(), value) for name, value in response.headers.items() if name.lower() not in _VARYING)
    return response.status, kept, body


async def _both(server: FaultServer, scenario: Scenario, max_connections: int = 10) -> tuple[Any, Any, list[Any]]:
    """Run ``scenario`` through `Exchange` and through ``_request``; return both results and the requests seen."""
    results, seen = [], []
    for use_exchange in (True, False):
        transport = await _opened(max_connections)
        session = transport._session
        own = via_session(session._request)
        send = Exchange(session, aiohttp, own).send if use_exchange else own
        before = len(server.requests)
        try:
            results.append(await scenario(send, server.url))
        finally:
            await transport.aclose()
        seen.append(
            [(r.method, r.path, r.query, sorted(r.headers.multi_items()), r.body) for r in server.requests[before:]]
        )
    assert seen[0] == seen[1]
    return results[0], results[1], seen[0]


def test_the_pinned_aiohttp_has_the_mirrored_request_coroutine() -> None:
    """pyproject.toml pins aiohttp for development to the release `MIRRORED` was read in.

    To move the pin: compare the new ``_request`` with `Exchange`, then add its hash.
    """
    assert aiohttp.__version__ in _aiohttp_exchange.MIRRORED.values()
    assert _aiohttp_exchange._mirrors(aiohttp)


async def test_the_backend_sends_through_an_exchange_and_keeps_the_sessions_method_as_fallback() -> None:
    transport = await _opened()
    try:
        assert usable(transport._session, aiohttp)
        assert isinstance(transport._send.__self__, Exchange)  # type: ignore[union-attr]
        assert request_method(transport._session) == transport._session._request
    finally:
        await transport.aclose()
    assert transport._send is None


async def test_an_sdk_call_on_the_aiohttp_backend_goes_through_the_exchange(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    methods: list[str] = []
    original = Exchange.send

    async def counted(self: Exchange, *args: Any) -> Any:
        methods.append(args[0])
        return await original(self, *args)

    monkeypatch.setattr(Exchange, "send", counted)
    async with AsyncStateset(api_key="sk_test_x", base_url=fault_server.url, backend="aiohttp") as client:
        with pytest.raises(NotFoundError):
            await client.orders.get("ord_missing")
    assert methods == ["GET"]
    assert fault_server.requests[-1].headers["x-api-key"] == "sk_test_x"


async def test_without_an_exchange_sdk_calls_go_through_the_sessions_own_method(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_aiohttp_exchange, "usable", lambda session, aiohttp: False)
    async with AsyncStateset(api_key="sk_test_x", base_url=fault_server.url, backend="aiohttp") as client:
        with pytest.raises(NotFoundError):
            await client.orders.get("ord_missing")
        backend = client._wire.transport
        while not isinstance(backend, AiohttpTransport):
            backend = backend._next
        assert not isinstance(getattr(backend._send, "__self__", None), Exchange)
    assert fault_server.requests[-1].headers["x-api-key"] == "sk_test_x"


@pytest.mark.parametrize(
    ("method", "data"),
    [("GET", None), ("POST", b'{"a": 1}'), ("PUT", b"x" * 70_000), ("DELETE", None), ("HEAD", None)],
)
async def test_requests_and_answers_match_the_sessions_own(
    fault_server: FaultServer, method: str, data: bytes | None
) -> None:
    lines = [("Accept", "application/json"), ("X-Multi", "1"), ("X-Multi", "2"), ("B", "1"), ("b", "2")]
    headers = OutgoingHeaders(multidict)(httpx.Headers([*lines, ("Content-Type", "application/json")]))

    async def scenario(send: Send, base: str) -> Any:
        return await _outcome(send, method, f"{base}/echo?q=1&r=%2F", headers=headers, data=data)

    exchanged, own, seen = await _both(fault_server, scenario)
    assert exchanged == own
    if method == "HEAD":  # the fault_server has no HEAD route: http.fault_server answers 501 itself, unrecorded
        assert exchanged[0] == 501
    else:
        assert exchanged[0] == 200
        assert [request[0] for request in seen] == [method]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_an_idempotent_request_on_a_connection_closed_unanswered_is_sent_once_more(
    fault_server: FaultServer, method: str
) -> None:
    async def scenario(send: Send, base: str) -> Any:
        fault_server.script("/echo", drop(reset=False))
        return await _outcome(send, method, f"{base}/echo", data=b"body" if method == "PUT" else None)

    exchanged, own, seen = await _both(fault_server, scenario)
    assert exchanged == own
    assert exchanged[0] == 200
    assert len(seen) == 2  # the dropped attempt and the one more


@pytest.mark.parametrize(("method", "faults"), [("POST", 1), ("GET", 2)])
async def test_a_closed_connection_fails_a_post_at_once_and_a_get_on_the_second_drop(
    fault_server: FaultServer, method: str, faults: int
) -> None:
    async def scenario(send: Send, base: str) -> Any:
        fault_server.script("/echo", *[drop(reset=False) for _ in range(faults)])
        return await _outcome(send, method, f"{base}/echo", data=b"{}" if method == "POST" else None)

    exchanged, own, seen = await _both(fault_server, scenario)
    assert exchanged == own == ("error", "ServerDisconnectedError")
    assert len(seen) == faults


async def test_a_reset_and_a_refused_connection_fail_alike(fault_server: FaultServer) -> None:
    async def reset(send: Send, base: str) -> Any:
        fault_server.script("/echo", drop(reset=True), drop(reset=True))
        return await _outcome(send, "GET", f"{base}/echo")

    exchanged, own, _ = await _both(fault_server, reset)
    assert exchanged == own
    assert exchanged[0] == "error"

    async def refused(send: Send, base: str) -> Any:
        return await _outcome(send, "GET", "http://127.0.0.1:9/echo")  # the discard port: nothing listens

    exchanged, own, _ = await _both(fault_server, refused)
    assert exchanged == own == ("error", "ClientConnectorError")


async def test_read_and_pool_timeouts_fail_alike(fault_server: FaultServer) -> None:
    async def read_timeout(send: Send, base: str) -> Any:
        fault_server.script("/echo", slow(1.0))
        timeout = aiohttp.ClientTimeout(sock_connect=5.0, sock_read=0.2, connect=5.0)
        return await _outcome(send, "GET", f"{base}/echo", timeout=timeout)

    exchanged, own, _ = await _both(fault_server, read_timeout)
    assert exchanged == own == ("error", "SocketTimeoutError")

    async def pool_timeout(send: Send, base: str) -> Any:
        fault_server.script("/echo", slow(1.0))
        holding = asyncio.ensure_future(_outcome(send, "GET", f"{base}/echo"))
        await asyncio.sleep(0.2)  # the only connection is taken
        timeout = aiohttp.ClientTimeout(sock_connect=5.0, sock_read=5.0, connect=0.1)
        waited = await _outcome(send, "GET", f"{base}/echo", timeout=timeout)
        return waited, (await holding)[0]

    exchanged, own, _ = await _both(fault_server, pool_timeout, max_connections=1)
    assert exchanged == own == (("error", "ConnectionTimeoutError"), 200)


async def test_a_call_cancelled_while_waiting_for_a_connection_leaves_the_pool_as_aiohttp_does(
    fault_server: FaultServer,
) -> None:
    async def scenario(send: Send, base: str) -> Any:
        fault_server.script("/echo", slow(0.5))
        holding = asyncio.ensure_future(_outcome(send, "GET", f"{base}/echo"))
        await asyncio.sleep(0.1)  # the only connection is taken
        waiting = asyncio.ensure_future(_outcome(send, "GET", f"{base}/echo"))
        await asyncio.sleep(0.1)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        first = (await holding)[0]
        then = (await _outcome(send, "GET", f"{base}/echo"))[0]  # the connection went back to the pool
        return first, then

    exchanged, own, seen = await _both(fault_server, scenario, max_connections=1)
    assert exchanged == own == (200, 200)
    assert len(seen) == 2


async def test_credentials_in_the_url_become_basic_auth_as_aiohttp_does(fault_server: FaultServer) -> None:
    async def scenario(send: Send, base: str) -> Any:
        url = base.replace("http://", "http://user:p%40ss@") + "/echo"
        both = await _outcome(send, "GET", url, headers={"Authorization": "Bearer t"})
        return await _outcome(send, "GET", url), both

    exchanged, own, seen = await _both(fault_server, scenario)
    assert exchanged == own
    assert exchanged[1] == ("error", "ValueError")  # aiohttp refuses two sets of credentials
    headers = dict(seen[0][3])
    assert headers["authorization"] == "Basic " + base64.b64encode(b"user:p@ss").decode()


async def test_other_schemes_hostless_urls_and_closed_sessions_fail_alike(fault_server: FaultServer) -> None:
    async def scenario(send: Send, base: str) -> Any:
        return [
            await _outcome(send, "GET", "ftp://127.0.0.1/echo"),
            await _outcome(send, "GET", "http:///echo"),
        ]

    exchanged, own, _ = await _both(fault_server, scenario)
    assert exchanged == own
    assert [error[0] for error in exchanged] == ["error", "error"]

    transport = await _opened()
    session = transport._session
    send = Exchange(session, aiohttp, via_session(session._request)).send
    await session.close()
    assert await _outcome(send, "GET", f"{fault_server.url}/echo") == ("error", "RuntimeError")
    await transport.aclose()


async def test_a_total_timeout_goes_to_the_sessions_own_method() -> None:
    sent: list[Any] = []

    async def fallback(*args: Any) -> Any:
        sent.append(args)
        return "answered"

    transport = await _opened()
    try:
        send = Exchange(transport._session, aiohttp, fallback).send
        total = aiohttp.ClientTimeout(total=3.0)
        assert await send("GET", yarl.URL("http://127.0.0.1:9/x"), {}, None, total, None) == "answered"
        assert sent == [("GET", yarl.URL("http://127.0.0.1:9/x"), {}, None, total, None)]
    finally:
        await transport.aclose()


class _Jar(aiohttp.DummyCookieJar):
    pass


class _Request(aiohttp.ClientRequest):
    pass


async def _passing(request: aiohttp.ClientRequest, handler: Any) -> Any:
    return await handler(request)


async def _session_with(**options: Any) -> aiohttp.ClientSession:
    """A session as the backend opens it, but for ``options`` (made in the running loop)."""
    jar = {None: aiohttp.DummyCookieJar, "a real jar": aiohttp.CookieJar, "a dummy subclass": _Jar}[
        options.pop("cookie_jar", None)
    ]()
    if "trace_configs" in options:
        options["trace_configs"] = [aiohttp.TraceConfig()]
    if "middlewares" in options:
        options["middlewares"] = (_passing,)
    if "request_class" in options:
        options["request_class"] = _Request
    with warnings.catch_warnings():  # `auth` is deprecated in aiohttp 3.14, still honoured
        warnings.simplefilter("ignore", DeprecationWarning)
        if "auth" in options:
            options["auth"] = aiohttp.BasicAuth(*options["auth"])
        return aiohttp.ClientSession(cookie_jar=jar, **options)


@pytest.mark.parametrize(
    "options",
    [
        {"cookie_jar": "a real jar"},
        {"cookie_jar": "a dummy subclass"},
        {"middlewares": "one"},
        {"request_class": "a subclass"},
        {"headers": {"X-Default": "1"}},
        {"skip_auto_headers": ["User-Agent"]},
        {"auth": ("u", "p")},
        {"base_url": "http://127.0.0.1:9"},
        {"trust_env": True},
        {"trace_configs": "one config"},
        {"raise_for_status": True},
    ],
    ids=lambda options: next(iter(options)),
)
async def test_a_session_with_any_feature_exchange_skips_is_not_usable(options: dict[str, Any]) -> None:
    plain = await _session_with()
    configured = await _session_with(**options)
    try:
        assert usable(plain, aiohttp)
        assert not usable(configured, aiohttp)
    finally:
        await plain.close()
        await configured.close()


async def test_a_session_subclass_or_another_request_coroutine_is_not_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(DeprecationWarning, match="Inheritance"):  # aiohttp discourages subclassing

        class Session(aiohttp.ClientSession):
            pass

    subclassed = Session(cookie_jar=aiohttp.DummyCookieJar())
    try:
        assert not usable(subclassed, aiohttp)
    finally:
        await subclassed.close()

    plain = await _session_with()
    _aiohttp_exchange._mirrors.cache_clear()
    monkeypatch.setattr(_aiohttp_exchange, "MIRRORED", {"0" * 64: "another aiohttp"})
    try:
        assert not usable(plain, aiohttp)
    finally:
        monkeypatch.undo()
        _aiohttp_exchange._mirrors.cache_clear()
        await plain.close()
    assert _aiohttp_exchange._mirrors(aiohttp)


async def test_a_request_coroutine_replaced_by_a_mocking_tool_is_called_not_skipped(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = aiohttp.ClientSession._request
    seen: list[str] = []

    async def recording(self: aiohttp.ClientSession, method: str, url: Any, **kwargs: Any) -> Any:
        seen.append(method)
        return await original(self, method, url, **kwargs)

    monkeypatch.setattr(aiohttp.ClientSession, "_request", recording)
    plain = await _session_with()
    try:
        assert not usable(plain, aiohttp)
    finally:
        await plain.close()
    async with AsyncStateset(api_key="sk_test_x", base_url=fault_server.url, backend="aiohttp") as client:
        with pytest.raises(NotFoundError):
            await client.orders.get("ord_missing")
    assert seen == ["GET"]


async def test_a_refused_connection_is_tried_once_as_aiohttp_does(fault_server: FaultServer) -> None:
    async def scenario(send: Send, base: str) -> Any:
        return await _outcome(send, "GET", "http://127.0.0.1:9/echo")

    attempts = []
    for use_exchange in (True, False):
        transport = await _opened()
        session = transport._session
        connector, made = session.connector, []
        create = connector._create_connection

        async def counted(*args: Any, made: list[int] = made, create: Any = create, **kwargs: Any) -> Any:
            made.append(1)
            return await create(*args, **kwargs)

        connector._create_connection = counted
        own = via_session(session._request)
        send = Exchange(session, aiohttp, own).send if use_exchange else own
        try:
            assert await scenario(send, fault_server.url) == ("error", "ClientConnectorError")
        finally:
            await transport.aclose()
        attempts.append(len(made))
    assert attempts == [1, 1]
