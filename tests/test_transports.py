from __future__ import annotations

import logging
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _fault_server import FaultServer, drop, reply, slow

from stateset import _instrumentation
from stateset._errors import (
    APITimeoutError,
    ConfigurationError,
    MissingDependencyError,
    connection_error_from,
)
from stateset._instrumentation import (
    ErrorEvent,
    Hooks,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    configure_logging_from_env,
    redact,
    redact_headers,
)
from stateset._optional import import_optional
from stateset._transports import (
    AuthTransport,
    IdempotencyTransport,
    InstrumentationTransport,
    RetryTransport,
    build_transport,
    default_async_transport,
    default_layers,
    default_transport,
    stack,
)

API_KEY = "sk_test_SUPERSECRET_9f8e7d"
TOKEN = "tok_ALSOSECRET_42"
ORDERS = "/api/v1/orders"


class Harness:
    """The same scenario through ``httpx.Client`` or ``httpx.AsyncClient`` over the stack."""

    def __init__(self, mode: str, server: FaultServer, **options: Any) -> None:
        self.mode = mode
        options.setdefault("api_key", API_KEY)
        if mode == "async":
            inner: Any = httpx.AsyncHTTPTransport()
            self.aclient = httpx.AsyncClient(transport=build_transport(inner, **options), base_url=server.url)
        else:
            self.client = httpx.Client(transport=build_transport(httpx.HTTPTransport(), **options), base_url=server.url)

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "async":
            return await self.aclient.request(method, path, **kwargs)
        return self.client.request(method, path, **kwargs)

    async def aclose(self) -> None:
        if self.mode == "async":
            await self.aclient.aclose()
        else:
            self.client.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def harness(mode: str, fault_server: FaultServer) -> AsyncIterator[Harness]:
    h = Harness(mode, fault_server)
    yield h
    await h.aclose()


async def make(mode: str, server: FaultServer, **options: Any) -> Harness:
    return Harness(mode, server, **options)


# ------------------------------------------------------------------- retry + idempotency


async def test_503_then_success_reuses_the_idempotency_key(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(503))
    response = await harness.request("POST", ORDERS, json={"sku": "A"})
    assert response.status_code == 201
    assert response.json()["data"]["sku"] == "A"
    first, second = fault_server.requests_to(ORDERS)
    key = first.headers["idempotency-key"]
    assert len(key) == 36
    assert second.headers["idempotency-key"] == key
    assert len(fault_server.orders) == 1
    assert response.request.extensions["stateset.attempt"] == 2


async def test_each_call_gets_its_own_key_and_callers_key_wins(harness: Harness, fault_server: FaultServer) -> None:
    await harness.request("POST", ORDERS, json={})
    await harness.request("POST", ORDERS, json={})
    await harness.request("POST", ORDERS, json={}, headers={"Idempotency-Key": "mine"})
    await harness.request("PUT", "/echo", json={})
    keys = [r.headers.get("idempotency-key") for r in fault_server.requests]
    assert keys[0] != keys[1]
    assert keys[2] == "mine"
    assert keys[3] is None
    assert len(fault_server.orders) == 3


async def test_429_retry_after_is_waited(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(429, {"error": "rate_limited"}, {"Retry-After": "1"}))
    start = time.monotonic()
    response = await harness.request("GET", ORDERS)
    assert response.status_code == 200
    assert time.monotonic() - start >= 1.0
    first, second = fault_server.requests
    assert second.at - first.at >= 1.0


@pytest.mark.parametrize("reset", [True, False], ids=["rst", "fin"])
async def test_committed_then_dropped_create_is_not_duplicated(
    harness: Harness, fault_server: FaultServer, reset: bool
) -> None:
    fault_server.script(ORDERS, drop(commit=True, reset=reset))
    response = await harness.request("POST", ORDERS, json={"sku": "B"})
    assert response.status_code == 201
    assert response.headers["idempotent-replayed"] == "true"
    first, second = fault_server.requests_to(ORDERS)
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert len(fault_server.orders) == 1


async def test_post_without_key_is_not_resent_after_a_drop(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, drop(commit=True))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        await harness.request("POST", ORDERS, json={}, extensions={"stateset.idempotency": False})
    assert len(fault_server.requests) == 1
    assert len(fault_server.orders) == 1
    assert "idempotency-key" not in fault_server.requests[0].headers


async def test_post_without_key_is_resent_when_never_sent(mode: str) -> None:
    # Nothing listens on a just-closed port: ConnectError proves the POST never left.
    with FaultServer() as server:
        url = server.url
    attempts: list[int] = []
    h = Harness(mode, server, max_retries=1, hooks=Hooks(on_error=[lambda e: attempts.append(e.attempt)]))
    try:
        with pytest.raises(httpx.ConnectError):
            await h.request("POST", f"{url}/x", extensions={"stateset.idempotency": False})
    finally:
        await h.aclose()
    assert attempts == [1, 2]


@pytest.mark.parametrize("status", [400, 401, 404, 422])
async def test_client_errors_are_not_retried(harness: Harness, fault_server: FaultServer, status: int) -> None:
    fault_server.script("/echo", reply(status, {"error": "x", "message": "no"}))
    response = await harness.request("GET", "/echo")
    assert response.status_code == status
    assert len(fault_server.requests) == 1


async def test_timeouts_are_retried_then_surfaced(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script("/echo", slow(2), slow(2), slow(2))
    with pytest.raises(httpx.ReadTimeout) as info:
        await harness.request("GET", "/echo", timeout=0.2)
    assert len(fault_server.requests) == 3
    error = connection_error_from(info.value, info.value.request)
    assert isinstance(error, APITimeoutError)
    assert API_KEY not in str(error)


async def test_per_request_timeout_override_beats_the_client_default(mode: str, fault_server: FaultServer) -> None:
    h = Harness(mode, fault_server, max_retries=0)
    fault_server.script("/echo", slow(0.5))
    try:
        if mode == "async":
            h.aclient.timeout = httpx.Timeout(0.1)
        else:
            h.client.timeout = httpx.Timeout(0.1)
        response = await h.request("GET", "/echo", timeout=5.0)
    finally:
        await h.aclose()
    assert response.status_code == 200


async def test_per_request_max_retries(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script("/echo", reply(503), reply(503))
    response = await harness.request("GET", "/echo", extensions={"stateset.max_retries": 0})
    assert response.status_code == 503
    assert len(fault_server.requests) == 1


async def test_connections_are_reused_across_retries(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.script("/echo", reply(503, "x" * 5000), reply(502))
    assert (await harness.request("GET", "/echo")).status_code == 200
    ports = {r.headers["host"] for r in fault_server.requests}
    assert len(ports) == 1  # sanity; the real check is that nothing hung or leaked


# ------------------------------------------------------------------------------- auth


async def test_credentials_sent_but_callers_headers_win(mode: str, fault_server: FaultServer) -> None:
    h = Harness(mode, fault_server, bearer_token=TOKEN)
    try:
        await h.request("GET", "/echo")
        await h.request("GET", "/echo", headers={"X-API-Key": "other", "Authorization": "Basic x"})
    finally:
        await h.aclose()
    first, second = fault_server.requests
    assert first.headers["x-api-key"] == API_KEY
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert second.headers["x-api-key"] == "other"
    assert second.headers["authorization"] == "Basic x"


async def test_no_credentials_sends_no_auth_headers(mode: str, fault_server: FaultServer) -> None:
    h = Harness(mode, fault_server, api_key=None)
    try:
        await h.request("GET", "/echo")
    finally:
        await h.aclose()
    assert "x-api-key" not in fault_server.requests[0].headers


@pytest.mark.parametrize("bad", ["", "   ", "key\r\nX-Evil: 1", "kéy", " key", 42])
def test_bad_credentials_rejected_without_echoing_them(bad: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        build_transport(httpx.HTTPTransport(), api_key=bad)
    assert str(bad) not in str(info.value) or bad == ""
    with pytest.raises(ConfigurationError):
        AuthTransport(httpx.HTTPTransport(), bearer_token=bad)


# ------------------------------------------------------------- observability + secrets


async def test_no_secret_in_logs_or_hook_payloads(
    mode: str, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    events: list[object] = []
    hooks = Hooks(
        on_request=[events.append],
        on_response=[events.append],
        on_error=[events.append],
        on_retry=[events.append],
    )
    extra = "pii-email@example.com"
    h = Harness(mode, fault_server, bearer_token=TOKEN, hooks=hooks, extra_secrets=[extra])
    fault_server.script(ORDERS, reply(503), drop(commit=True))
    try:
        response = await h.request("POST", ORDERS, json={"a": 1})
        # Credentials travel in headers: no logger at all (ours, httpx, httpcore) shows them.
        everything = [r.getMessage() for r in caplog.records]
        assert any("retrying" in t for t in everything)
        assert not [t for t in everything if API_KEY in t or TOKEN in t]
        # Secrets in a URL (path or query) are scrubbed from *our* logs and events. (httpx's
        # own INFO line prints the full URL; that logger is not ours to rewrite.)
        fault_server.script(f"/boom/{API_KEY}", drop(), drop(), drop())
        with pytest.raises(httpx.TransportError):
            await h.request("GET", f"/boom/{API_KEY}", params={"k": API_KEY, "email": extra})
    finally:
        await h.aclose()
    assert response.status_code == 201
    assert fault_server.requests[0].headers["x-api-key"] == API_KEY  # the server did get it
    kinds = {type(e) for e in events}
    assert kinds == {RequestEvent, ResponseEvent, ErrorEvent, RetryEvent}
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("stateset")]
    texts = ours + [repr(e) for e in events]
    assert any("attempt 3" in t for t in texts)
    assert any("/boom/[REDACTED]" in t for t in texts)
    for text in texts:
        for secret in (API_KEY, TOKEN, extra, "pii-email%40example.com"):
            assert secret not in text, text
    request_event = next(e for e in events if isinstance(e, RequestEvent))
    assert request_event.headers["x-api-key"] == "[REDACTED]"
    assert request_event.headers["authorization"] == "[REDACTED]"
    assert "idempotency-key" in request_event.headers  # not a secret: useful when debugging
    with pytest.raises(TypeError):
        request_event.headers["x"] = "y"  # type: ignore[index]


async def test_log_lines_at_info(harness: Harness, fault_server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="stateset")
    fault_server.script("/echo", reply(503))
    await harness.request("GET", "/echo?q=private")
    messages = [r.getMessage() for r in caplog.records if r.name == "stateset"]
    assert messages[0].startswith("GET /echo -> 503 (attempt 1, ")
    assert messages[1].startswith("retrying GET /echo in ")
    assert messages[2].startswith("GET /echo -> 200 (attempt 2, ")
    assert "request_id=req_2" in messages[2]
    assert not any("private" in m for m in messages)


async def test_failing_hooks_are_logged_and_ignored(
    mode: str, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("hook bug")

    hooks = Hooks(on_request=[broken], on_response=[broken], on_retry=[broken])
    h = Harness(mode, fault_server, hooks=hooks)
    fault_server.script("/echo", reply(503))
    try:
        assert (await h.request("GET", "/echo")).status_code == 200
    finally:
        await h.aclose()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 5
    assert all(r.exc_info for r in warnings)


async def test_async_hooks_with_async_client_and_sync_client_warns(
    mode: str, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[ResponseEvent] = []

    async def hook(event: ResponseEvent) -> None:
        seen.append(event)

    h = Harness(mode, fault_server, hooks=Hooks(on_response=[hook]))
    try:
        await h.request("GET", "/echo")
    finally:
        await h.aclose()
    if mode == "async":
        assert len(seen) == 1
        assert seen[0].status_code == 200
        assert seen[0].request_id == "req_1"
    else:  # never awaited, closed (no RuntimeWarning under -W error), and reported
        assert seen == []
        assert "is async" in caplog.text


def test_hooks_validate_callables() -> None:
    with pytest.raises(TypeError):
        Hooks(on_request=["not callable"])  # type: ignore[list-item]
    assert Hooks(on_error=iter([print])).on_error == (print,)


def test_redact_helpers() -> None:
    assert redact("k=a b&x=a%20b&y=a+b", ["a b"]) == "k=[REDACTED]&x=[REDACTED]&y=[REDACTED]"
    assert redact("abc abcd", ["abc", "abcd", ""]) == "[REDACTED] [REDACTED]"
    headers = httpx.Headers(
        [
            ("Cookie", "c"),
            ("X-Custom", "v1"),
            ("X-Custom", "s3cret"),
            ("Webhook-Signature", "sig"),
            ("X-Auth-Token", "t"),
            ("Idempotency-Key", "idem"),
        ]
    )
    clean = redact_headers(headers, ["s3cret"])
    assert dict(clean) == {
        "cookie": "[REDACTED]",
        "x-custom": "v1, [REDACTED]",
        "webhook-signature": "[REDACTED]",
        "x-auth-token": "[REDACTED]",
        "idempotency-key": "idem",
    }
    assert dict(redact_headers({"Authorization": "Bearer x"})) == {"Authorization": "[REDACTED]"}


def test_configure_logging_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("stateset")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    _instrumentation._reset_logging_configuration()
    try:
        assert configure_logging_from_env({"STATESET_LOG": "DEBUG"}) == logging.DEBUG
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == 1
        assert configure_logging_from_env({"STATESET_LOG": "info"}) is None  # once only
        _instrumentation._reset_logging_configuration()
        assert configure_logging_from_env({"STATESET_LOG": "loud"}) is None
        _instrumentation._reset_logging_configuration()
        monkeypatch.setenv("STATESET_LOG", "info")
        assert configure_logging_from_env() == logging.INFO
        assert len(logger.handlers) == 1  # no duplicate handler
    finally:
        _instrumentation._reset_logging_configuration()


# --------------------------------------------------------------------- stack + factory


def test_stack_order_and_extension_point() -> None:
    inner = httpx.HTTPTransport()
    transport: Any = build_transport(inner, api_key=API_KEY)
    chain = []
    while hasattr(transport, "_next"):
        chain.append(type(transport))
        transport = transport._next
    assert chain == [IdempotencyTransport, RetryTransport, AuthTransport, InstrumentationTransport]
    assert transport is inner
    assert API_KEY not in repr(build_transport(inner, api_key=API_KEY))

    class Cache(IdempotencyTransport):
        pass

    outer: Any = stack(inner, [Cache, *default_layers(api_key=API_KEY)])
    assert type(outer) is Cache
    assert type(outer._next) is IdempotencyTransport
    assert stack(inner, []) is inner


async def test_stack_flavour_mismatch_is_a_clear_type_error() -> None:
    sync_stack = build_transport(httpx.HTTPTransport())
    async_stack = build_transport(httpx.AsyncHTTPTransport())
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    with pytest.raises(TypeError, match="AsyncClient"):
        async_stack.handle_request(request)  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        await sync_stack.handle_async_request(request)  # type: ignore[attr-defined]


async def test_close_propagates(mode: str) -> None:
    closed: list[str] = []

    class Inner(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def close(self) -> None:
            closed.append("sync")

        async def aclose(self) -> None:
            closed.append("async")

    transport: Any = build_transport(Inner())
    transport.close()
    await transport.aclose()
    assert closed == ["sync", "async"]


def test_default_transports() -> None:
    with default_transport() as transport:
        assert isinstance(transport, httpx.HTTPTransport)
    assert isinstance(default_async_transport(), httpx.AsyncHTTPTransport)
    with pytest.raises(ConfigurationError, match="backend"):
        default_async_transport(backend="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="HTTP/2"):
        default_async_transport(backend="aiohttp", http2=True)


@pytest.mark.parametrize("factory", [default_transport, default_async_transport])
def test_http2_without_h2_names_the_install_command(monkeypatch: pytest.MonkeyPatch, factory: Any) -> None:
    monkeypatch.setitem(sys.modules, "h2", None)
    with pytest.raises(MissingDependencyError) as info:
        factory(http2=True)
    assert info.value.install_command == 'pip install "httpx[http2]"'


def test_missing_aiohttp_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)
    with pytest.raises(MissingDependencyError) as info:
        default_async_transport(backend="aiohttp")
    assert 'pip install "stateset[aiohttp]"' in str(info.value)
    assert isinstance(info.value, ImportError)
    assert info.value.name == "httpx_aiohttp"


def test_import_optional_returns_the_module() -> None:
    assert import_optional("json", extra="x", feature="f").__name__ == "json"


# ----------------------------------------------------------------------- aiohttp backend


@pytest.fixture
async def aio(fault_server: FaultServer) -> AsyncIterator[httpx.AsyncClient]:
    inner = default_async_transport(backend="aiohttp")
    async with httpx.AsyncClient(
        transport=build_transport(inner, api_key=API_KEY), base_url=fault_server.url
    ) as client:
        yield client


async def test_aiohttp_backend_smoke(aio: httpx.AsyncClient, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(503), drop(commit=True))
    response = await aio.post(ORDERS, json={"sku": "C"})
    assert response.status_code == 201
    assert len(fault_server.orders) == 1
    keys = {r.headers["idempotency-key"] for r in fault_server.requests}
    assert len(keys) == 1
    assert len(fault_server.requests) == 3
    assert fault_server.requests[0].headers["x-api-key"] == API_KEY
    echo = await aio.get("/echo", params={"q": "1"})
    assert echo.json()["query"] == "q=1"


async def test_aiohttp_backend_does_not_resend_an_unkeyed_post(
    aio: httpx.AsyncClient, fault_server: FaultServer
) -> None:
    # httpx-aiohttp reports this as ConnectTimeout ("never sent"); our mapping must not.
    fault_server.script(ORDERS, drop(commit=True, reset=False))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        await aio.post(ORDERS, json={}, extensions={"stateset.idempotency": False})
    assert len(fault_server.requests) == 1


async def test_aiohttp_backend_timeouts_and_refused(aio: httpx.AsyncClient, fault_server: FaultServer) -> None:
    fault_server.script("/echo", slow(2), slow(2))
    with pytest.raises(httpx.ReadTimeout):
        await aio.get("/echo", timeout=0.2, extensions={"stateset.max_retries": 1})
    with FaultServer() as gone:
        url = gone.url
    with pytest.raises(httpx.ConnectError):
        await aio.get(f"{url}/x", extensions={"stateset.max_retries": 0})


def test_aiohttp_error_mapping_table() -> None:
    import aiohttp
    import yarl
    from aiohttp.client_reqrep import ConnectionKey
    from multidict import CIMultiDict, CIMultiDictProxy

    from stateset._transports import map_aiohttp_error

    key = ConnectionKey("h", 1, False, True, None, None, None)
    request = httpx.Request("GET", "http://h/")
    url = yarl.URL("http://h/")
    info = aiohttp.RequestInfo(url, "GET", CIMultiDictProxy(CIMultiDict()), url)
    table: list[tuple[BaseException, type[httpx.TransportError]]] = [
        (aiohttp.ClientConnectorError(key, OSError(111, "refused")), httpx.ConnectError),
        (aiohttp.ConnectionTimeoutError("c"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("s"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("s"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientResponseError(info, (), status=400, message="bad status line"), httpx.RemoteProtocolError),
        (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ClientPayloadError("truncated"), httpx.ReadError),
    ]
    for cause, expected in table:
        mapped = map_aiohttp_error(cause, aiohttp, request)
        assert type(mapped) is expected, cause
        assert mapped.request is request
        assert type(cause).__name__ in str(mapped)
    assert map_aiohttp_error(ValueError("not aiohttp's"), aiohttp, request) is None


async def test_aiohttp_backend_reads_gzip_and_maps_a_truncated_body() -> None:
    import gzip
    import socket
    import threading

    payload = b'{"ok": true}'
    packed = gzip.compress(payload)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def serve() -> None:
        for reply_bytes in (
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(packed) + packed,
            b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial",
        ):
            conn, _ = listener.accept()
            conn.recv(65536)
            conn.sendall(reply_bytes)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    transport = default_async_transport(backend="aiohttp")
    try:
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.get(f"http://127.0.0.1:{port}/gz")
            assert response.json() == {"ok": True}
            assert response.http_version == "HTTP/1.1"
            with pytest.raises(httpx.ReadError):
                await client.get(f"http://127.0.0.1:{port}/short")
    finally:
        thread.join(5)
        listener.close()


async def test_base_layer_is_a_pass_through_and_closes_the_right_flavour() -> None:
    from stateset._transports import Layer

    handler = httpx.MockTransport(lambda request: httpx.Response(204))
    layer = Layer(handler)
    request = httpx.Request("GET", "http://x/")
    assert layer.handle_request(request).status_code == 204
    assert (await layer.handle_async_request(request)).status_code == 204
    sync_only = Layer(httpx.HTTPTransport())
    await sync_only.aclose()  # nothing async to close: a no-op
    sync_only.close()
    async_only = Layer(httpx.AsyncHTTPTransport())
    async_only.close()  # nothing sync to close: a no-op
    await async_only.aclose()


async def test_sync_client_with_aiohttp_backend_is_a_type_error() -> None:
    transport = default_async_transport(backend="aiohttp")
    with pytest.raises(TypeError, match="AsyncClient"):
        transport.handle_request(httpx.Request("GET", "http://x/"))  # type: ignore[attr-defined]
    await transport.aclose()


def test_sync_emit_discards_awaitables_without_close(caplog: pytest.LogCaptureFixture) -> None:
    class Awaitable:
        def __await__(self) -> Any:
            yield from ()

    _instrumentation.emit((lambda event: Awaitable(),), object())
    assert "is async" in caplog.text


async def test_aiohttp_backend_sends_the_callers_headers(aio: httpx.AsyncClient, fault_server: FaultServer) -> None:
    await aio.get("/echo", headers={"X-Trace": "t1", "Connection": "close"})
    await aio.get("/echo", headers={"Host": "api.example.com"})
    first, second = fault_server.requests[-2:]
    assert (first.headers["x-trace"], first.headers["connection"], first.headers["x-api-key"]) == (
        "t1",
        "close",
        API_KEY,
    )
    assert second.headers["host"] == "api.example.com"
