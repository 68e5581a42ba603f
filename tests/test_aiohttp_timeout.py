"""The aiohttp backend's read timeout (one deadline-driven timer per connection).

Against a real loopback server that answers at its own pace: a body that keeps coming
never times out however long it takes; silence before the headers, or in the middle of
the body, times out after the read timeout, also when the connection's timer was set
for a longer one.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

pytest.importorskip("aiohttp")

from aiohttp.client_proto import ResponseHandler

from stateset._constants import DEFAULT_LIMITS
from stateset._transports._aiohttp import AiohttpTransport, aiohttp_transport
from stateset._transports._aiohttp_timeout import _OWNERS, _handler_class, _timer_owned_by, lazy_read_timeout

BODY = b'{"ok": true}'
#: What the server does after reading a request: a coroutine given the writer.
Answer = Callable[[asyncio.StreamWriter], Awaitable[None]]


def head(length: int) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % length


async def at_once(writer: asyncio.StreamWriter) -> None:
    writer.write(head(len(BODY)) + BODY)


def trickle(chunks: int, gap: float) -> Answer:
    """The headers, then the body one byte every ``gap`` seconds."""
    body = b'"' + b"x" * (chunks - 2) + b'"'

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(len(body)))
        for byte in body:
            await asyncio.sleep(gap)
            writer.write(bytes([byte]))
            await writer.drain()

    return answer


async def silent(writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)


async def half_then_silent(writer: asyncio.StreamWriter) -> None:
    writer.write(head(100) + b'{"partial": ')
    await writer.drain()
    await asyncio.sleep(30)


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, list[Answer]]]:
    """A loopback HTTP/1.1 server; each request takes the next answer of the list."""
    answers: list[Answer] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while answers:
                await reader.readuntil(b"\r\n\r\n")
                await answers.pop(0)(writer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    listener = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", answers
    finally:
        listener.close()


async def get(transport: AiohttpTransport, url: str, read: float) -> httpx.Response:
    timeout = {"connect": 5.0, "read": read, "write": 5.0, "pool": 5.0}
    return await transport.handle_async_request(httpx.Request("GET", url, extensions={"timeout": timeout}))


def test_this_aiohttp_gets_the_deadline_timer() -> None:
    handler = _handler_class()
    assert handler is not None
    assert issubclass(handler, ResponseHandler)


async def test_the_connector_builds_deadline_protocols(server: tuple[str, list[Answer]]) -> None:
    url, answers = server
    answers.extend([at_once, at_once])  # the second is never asked for: the connection stays open
    transport = aiohttp_transport(limits=DEFAULT_LIMITS)
    try:
        assert (await get(transport, url + "/a", read=5.0)).content == BODY
        connector = transport._session.connector
        assert connector._factory.func is _handler_class()
        (protocol,) = [proto for conns in connector._conns.values() for proto, _ in conns]
        assert type(protocol) is _handler_class()
        assert protocol._read_timeout_handle is not None  # left to lapse, not cancelled
    finally:
        await transport.aclose()
    await asyncio.sleep(0.05)  # asyncio reports the closed connection on a later turn of the loop
    assert protocol._read_timeout_handle is None  # the closed connection cancelled it


async def test_a_body_that_keeps_coming_never_times_out(server: tuple[str, list[Answer]]) -> None:
    url, answers = server
    answers.append(trickle(chunks=12, gap=0.1))  # 1.2 s in all, never 0.4 s of silence
    transport = aiohttp_transport(limits=DEFAULT_LIMITS)
    try:
        started = time.monotonic()
        response = await get(transport, url + "/slow", read=0.4)
        assert response.content == b'"' + b"x" * 10 + b'"'
        assert time.monotonic() - started >= 1.0
    finally:
        await transport.aclose()


@pytest.mark.parametrize("answer", [silent, half_then_silent], ids=["before-headers", "mid-body"])
async def test_silence_times_out_after_the_read_timeout(server: tuple[str, list[Answer]], answer: Answer) -> None:
    url, answers = server
    answers.append(answer)
    transport = aiohttp_transport(limits=DEFAULT_LIMITS)
    try:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await get(transport, url + "/hang", read=0.4)
        assert 0.35 <= time.monotonic() - started < 3.0
    finally:
        await transport.aclose()


async def test_a_shorter_timeout_on_a_connection_set_for_a_longer_one(server: tuple[str, list[Answer]]) -> None:
    url, answers = server
    answers.extend([at_once, silent])  # both on one kept-alive connection
    transport = aiohttp_transport(limits=DEFAULT_LIMITS)
    try:
        await get(transport, url + "/first", read=20.0)  # its timer stays set 20 s ahead
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await get(transport, url + "/second", read=0.3)
        assert time.monotonic() - started < 3.0
    finally:
        await transport.aclose()


def test_the_check_sees_any_other_method_that_touches_the_timer() -> None:
    assert _timer_owned_by(ResponseHandler, _OWNERS)
    assert not _timer_owned_by(ResponseHandler, _OWNERS - {"_drop_timeout"})


def test_a_connector_built_otherwise_keeps_aiohttps_timer() -> None:
    class Connector:
        _factory = functools.partial(ResponseHandler, "positional-loop")

    connector = Connector()
    assert not lazy_read_timeout(connector)
    assert connector._factory.func is ResponseHandler
    connector._factory = functools.partial(ResponseHandler, loop=None, extra=1)
    assert not lazy_read_timeout(connector)
    connector._factory = functools.partial(ResponseHandler, loop=None)
    assert lazy_read_timeout(connector)
    assert connector._factory.func is _handler_class()


async def test_a_stopped_timer_lapses_and_no_timeout_sets_none(server: tuple[str, list[Answer]]) -> None:
    url, answers = server
    answers.extend([at_once, at_once, at_once])  # the third keeps the connection open
    transport = aiohttp_transport(limits=DEFAULT_LIMITS)
    try:
        await get(transport, url + "/a", read=0.2)
        (protocol,) = [proto for conns in transport._session.connector._conns.values() for proto, _ in conns]
        assert protocol._read_timeout_handle is not None
        await asyncio.sleep(0.4)  # it fires with no read waiting, and is not re-armed
        assert protocol._read_timeout_handle is None
        timeout = {"connect": 5.0, "read": None, "write": 5.0, "pool": 5.0}
        request = httpx.Request("GET", url + "/b", extensions={"timeout": timeout})
        assert (await transport.handle_async_request(request)).content == BODY
        assert protocol._read_timeout_handle is None  # no read timeout: no timer at all
    finally:
        await transport.aclose()


def test_without_the_methods_or_the_source_aiohttps_timer_is_kept() -> None:
    assert not _timer_owned_by(object, _OWNERS)

    class Renamed(ResponseHandler):  # a timer that no longer reads `_read_timeout`
        def _reschedule_timeout(self) -> None:
            self._read_timeout_handle = self._loop.call_later(self.timeout_seconds, self._on_read_timeout)

    assert not _timer_owned_by(Renamed, _OWNERS)
    namespace: dict[str, object] = {}
    exec("def _reschedule_timeout(self): pass", namespace)  # no source file to read
    assert not _timer_owned_by(type("Sourceless", (ResponseHandler,), namespace), _OWNERS)
    unreadable = type("Unreadable", (ResponseHandler,), {"__module__": "aiohttp.not_a_module"})
    assert not _timer_owned_by(unreadable, _OWNERS)
