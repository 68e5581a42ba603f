from __future__ import annotations

import asyncio
import email.utils
import random
import ssl
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from stateset._constants import MAX_RETRY_AFTER, MAX_RETRY_DELAY
from stateset._errors import ConfigurationError
from stateset._instrumentation import Hooks, RetryEvent
from stateset._retry import parse_retry_after, retry_delay, should_retry
from stateset._transports import RetryTransport

NOW = 1_700_000_000.0

# ---------------------------------------------------------------------------- should_retry

SENT_MAYBE = [
    httpx.ReadTimeout("r"),
    httpx.WriteTimeout("w"),
    httpx.ReadError("r"),
    httpx.WriteError("w"),
    httpx.RemoteProtocolError("disconnected"),
    httpx.CloseError("c"),
]
NOT_SENT = [httpx.ConnectError("c"), httpx.ConnectTimeout("c"), httpx.PoolTimeout("p")]
NEVER = [
    httpx.UnsupportedProtocol("u"),
    httpx.LocalProtocolError("l"),
    httpx.ProxyError("p"),
    httpx.DecodingError("d"),
    ValueError("v"),
]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"])
def test_retryable_statuses_for_idempotent_methods(method: str, status: int) -> None:
    assert should_retry(method, status, None, False, 1, 2)


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505, 520, None])
@pytest.mark.parametrize("key", [True, False])
def test_other_statuses_never_retried(status: int | None, key: bool) -> None:
    assert not should_retry("GET", status, None, key, 1, 2)
    assert not should_retry("POST", status, None, key, 1, 2)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [429, 500, 503])
def test_non_idempotent_needs_key_after_a_response(method: str, status: int) -> None:
    assert not should_retry(method, status, None, False, 1, 2)
    assert should_retry(method, status, None, True, 1, 2)


@pytest.mark.parametrize("exc", SENT_MAYBE, ids=lambda e: type(e).__name__)
def test_maybe_sent_errors_need_safety(exc: Exception) -> None:
    assert should_retry("GET", None, exc, False, 1, 2)
    assert should_retry("POST", None, exc, True, 1, 2)
    assert not should_retry("POST", None, exc, False, 1, 2)
    assert not should_retry("PATCH", None, exc, False, 1, 2)


@pytest.mark.parametrize("exc", NOT_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_never_sent_errors_always_retry(exc: Exception, method: str) -> None:
    assert should_retry(method, None, exc, False, 1, 2)


@pytest.mark.parametrize("exc", NEVER, ids=lambda e: type(e).__name__)
def test_other_errors_never_retry(exc: Exception) -> None:
    assert not should_retry("GET", None, exc, True, 1, 2)


def test_certificate_failure_not_retried() -> None:
    exc = httpx.ConnectError("cert")
    exc.__cause__ = ssl.SSLCertVerificationError("self-signed")
    assert not should_retry("GET", None, exc, True, 1, 2)


@pytest.mark.parametrize(
    ("attempt", "max_retries", "expected"),
    [(1, 2, True), (2, 2, True), (3, 2, False), (1, 0, False), (1, 1, True), (2, 1, False)],
)
def test_attempt_budget(attempt: int, max_retries: int, expected: bool) -> None:
    assert should_retry("GET", 503, None, False, attempt, max_retries) is expected
    assert should_retry("GET", None, httpx.ConnectError("x"), False, attempt, max_retries) is expected


# ----------------------------------------------------------------------------- retry_delay


@pytest.mark.parametrize(
    ("attempt", "ceiling"),
    [
        (1, 0.5),
        (2, 1.0),
        (3, 2.0),
        (4, 4.0),
        (5, 8.0),
        (6, 8.0),
        (100, 8.0),
        (10**9, 8.0),
        (0, 0.5),
    ],
)
def test_full_jitter_within_bounds(attempt: int, ceiling: float) -> None:
    rng = random.Random(7)
    delays = [retry_delay(attempt, None, rng=rng) for _ in range(500)]
    assert all(0.0 <= d <= ceiling for d in delays)
    assert max(delays) > ceiling * 0.9
    assert min(delays) < ceiling * 0.1


def test_jitter_is_reproducible_with_an_rng_and_default_rng_works() -> None:
    assert retry_delay(3, None, rng=random.Random(1)) == retry_delay(3, None, rng=random.Random(1))
    assert 0 <= retry_delay(1, None) <= 0.5
    assert MAX_RETRY_DELAY == 8.0


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (0.0, 0.0),
        (1.0, 1.0),
        (2.5, 2.5),
        (-3.0, 0.0),
        (60.0, 60.0),
        (61.0, MAX_RETRY_AFTER),
        (1e12, MAX_RETRY_AFTER),
        (float("inf"), MAX_RETRY_AFTER),
        (float("nan"), 0.0),
    ],
)
def test_retry_after_hint_wins_and_is_capped(hint: float, expected: float) -> None:
    assert retry_delay(4, hint, rng=random.Random(0)) == expected


def test_custom_bounds() -> None:
    assert retry_delay(3, None, rng=random.Random(0), initial=0.0) == 0.0
    assert retry_delay(1, 100.0, retry_after_cap=5.0) == 5.0


# ----------------------------------------------------------------------- parse_retry_after


def _http_date(offset: float) -> str:
    return email.utils.formatdate(NOW + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "-5"}, 0.0),
        ({"Retry-After": "99999999"}, 99999999.0),
        ({"Retry-After": "9" * 400}, float("inf")),
        ({"Retry-After": _http_date(30)}, 30.0),
        ({"Retry-After": _http_date(-30)}, 0.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"}, 0.0),
        ({"Retry-After": "garbage"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "1e3"}, None),
        ({"Retry-After": "Wed, 99 Oct 2015 07:28:00 GMT"}, None),
        ({"Retry-After": "Wed, 21 Oct 99999 07:28:00 GMT"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),
        ({"RETRY-AFTER": "4"}, 4.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, NOW) == expected
    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


def test_parse_retry_after_defaults_to_current_time() -> None:
    future = email.utils.formatdate(usegmt=True)  # now, to the second
    assert 0.0 <= parse_retry_after({"Retry-After": future}) <= 1.0  # type: ignore[operator]


# ------------------------------------------------------------- RetryTransport (no network)


class Script:
    """A MockTransport handler answering from a list (a response or an exception)."""

    def __init__(self, *steps: int | Exception | httpx.Response) -> None:
        self.steps = list(steps)
        self.seen: list[httpx.Request] = []
        self.closed: list[bool] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, int):
            return httpx.Response(step, json={"n": len(self.seen)})
        return step


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


async def send(mode: str, script: Script, sleeps: Sleeps, request: httpx.Request, **options: Any) -> httpx.Response:
    transport = RetryTransport(
        httpx.MockTransport(script),
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        rng=random.Random(3),
        **options,
    )
    if mode == "sync":
        return transport.handle_request(request)
    return await transport.handle_async_request(request)


def get(**extensions: Any) -> httpx.Request:
    return httpx.Request("GET", "https://api.test/api/v1/orders", extensions=extensions)


async def test_retries_until_success(mode: str, sleeps: Sleeps) -> None:
    script = Script(503, httpx.ReadTimeout("slow"), 200)
    response = await send(mode, script, sleeps, request := get())
    assert response.status_code == 200
    assert response.json() == {"n": 3}
    assert len(script.seen) == 3
    assert len(sleeps.calls) == 2
    assert request.extensions["stateset.attempt"] == 3
    assert 0 <= sleeps.calls[0] <= 0.5
    assert 0 <= sleeps.calls[1] <= 1.0


async def test_gives_up_with_last_response(mode: str, sleeps: Sleeps) -> None:
    response = await send(mode, Script(500, 502, 504), sleeps, get())
    assert response.status_code == 504
    assert len(sleeps.calls) == 2


async def test_gives_up_by_reraising_last_error(mode: str, sleeps: Sleeps) -> None:
    last = httpx.ConnectError("third")
    with pytest.raises(httpx.ConnectError) as info:
        await send(mode, Script(httpx.ConnectError("1"), httpx.ConnectError("2"), last), sleeps, get())
    assert info.value is last


async def test_non_transport_errors_propagate_immediately(mode: str, sleeps: Sleeps) -> None:
    with pytest.raises(ZeroDivisionError):
        await send(mode, Script(ZeroDivisionError()), sleeps, get())
    assert sleeps.calls == []


async def test_retry_after_is_slept(mode: str, sleeps: Sleeps) -> None:
    first = httpx.Response(429, headers={"Retry-After": "2"})
    await send(mode, Script(first, 200), sleeps, get())
    assert sleeps.calls == [2.0]


@pytest.mark.parametrize(
    ("extensions", "options", "attempts"),
    [
        ({}, {}, 3),
        ({}, {"max_retries": 0}, 1),
        ({}, {"max_retries": 4}, 5),
        ({"stateset.max_retries": 0}, {}, 1),
        ({"stateset.max_retries": 1}, {"max_retries": 5}, 2),
    ],
)
async def test_max_retries_and_per_request_override(
    mode: str,
    sleeps: Sleeps,
    extensions: dict[str, Any],
    options: dict[str, Any],
    attempts: int,
) -> None:
    script = Script(*[503] * 6)
    request = get(**extensions)
    response = await send(mode, script, sleeps, request, **options)
    assert response.status_code == 503
    assert len(script.seen) == attempts
    assert request.extensions["stateset.attempt"] == attempts


@pytest.mark.parametrize("bad", [-1, "2", 1.5, True, None])
def test_invalid_max_retries_rejected_at_construction(bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        RetryTransport(httpx.MockTransport(Script()), max_retries=bad)


@pytest.mark.parametrize("bad", [-1, "2", 1.5, True])
async def test_invalid_per_request_override_rejected(mode: str, sleeps: Sleeps, bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        await send(mode, Script(200), sleeps, get(**{"stateset.max_retries": bad}))


@pytest.mark.parametrize(
    ("method", "headers", "attempts"),
    [
        ("POST", {}, 1),
        ("PATCH", {}, 1),
        ("POST", {"Idempotency-Key": "k"}, 2),
        ("PATCH", {"idempotency-key": "k"}, 2),
        ("PUT", {}, 2),
        ("DELETE", {}, 2),
    ],
)
async def test_idempotency_gates_resending(
    mode: str, sleeps: Sleeps, method: str, headers: dict[str, str], attempts: int
) -> None:
    script = Script(httpx.ReadError("reset"), 200)
    request = httpx.Request(method, "https://api.test/x", headers=headers, json={})
    if attempts == 1:
        with pytest.raises(httpx.ReadError):
            await send(mode, script, sleeps, request)
    else:
        assert (await send(mode, script, sleeps, request)).status_code == 200
    assert len(script.seen) == attempts


async def test_streaming_body_is_never_resent(mode: str, sleeps: Sleeps) -> None:
    def body() -> Iterator[bytes]:
        yield b"chunk"

    async def abody() -> Any:
        yield b"chunk"

    content: Any = body() if mode == "sync" else abody()
    request = httpx.Request("PUT", "https://api.test/x", content=content)
    response = await send(mode, Script(503, 200), sleeps, request)
    assert response.status_code == 503


async def test_discarded_responses_are_read_and_closed(mode: str, sleeps: Sleeps) -> None:
    streams: list[Any] = []

    class Tracked(httpx.ByteStream):
        closed = False

        def close(self) -> None:
            self.closed = True

        async def aclose(self) -> None:
            self.closed = True

    def make(status: int) -> httpx.Response:
        stream = Tracked(b"error body")
        streams.append(stream)
        return httpx.Response(status, stream=stream)

    response = await send(mode, Script(make(503), make(200)), sleeps, get())
    assert streams[0].closed
    assert not streams[1].closed
    assert response.status_code == 200


async def test_drain_failure_does_not_stop_the_retry(mode: str, sleeps: Sleeps) -> None:
    def fail() -> None:
        raise httpx.ReadError("gone")

    class Broken(httpx.ByteStream):
        def __iter__(self) -> Iterator[bytes]:
            raise httpx.ReadError("gone")

        async def __aiter__(self) -> Any:
            fail()  # an async generator that fails on first use
            yield b""  # pragma: no cover

    response = await send(mode, Script(httpx.Response(503, stream=Broken(b"")), 200), sleeps, get())
    assert response.status_code == 200


async def test_retry_events(mode: str, sleeps: Sleeps) -> None:
    events: list[RetryEvent] = []
    hooks = Hooks(on_retry=[events.append])
    request = httpx.Request("GET", "https://api.test/a?k=sekrit", headers={"X-API-Key": "sekrit"})
    script = Script(httpx.Response(503, headers={"Retry-After": "1"}), httpx.ConnectTimeout("c"), 200)
    await send(mode, script, sleeps, request, hooks=hooks, secrets=["sekrit"])
    assert (events[0].attempt, events[0].delay, events[0].reason) == (2, 1.0, "status 503")
    assert (events[1].attempt, events[1].reason) == (3, "ConnectTimeout")
    assert events[0].request.url == "https://api.test/a?k=[REDACTED]"
    assert events[0].request.headers["x-api-key"] == "[REDACTED]"
    assert events[0].request.attempt == 1
    assert sleeps.calls[0] == 1.0


async def test_async_hook_on_retry(sleeps: Sleeps) -> None:
    events: list[RetryEvent] = []

    async def hook(event: RetryEvent) -> None:
        events.append(event)

    await send("async", Script(503, 200), sleeps, get(), hooks=Hooks(on_retry=[hook]))
    assert len(events) == 1


def test_real_sleeps_are_the_defaults() -> None:
    transport = RetryTransport(httpx.MockTransport(Script()))
    assert transport._sleep is time.sleep
    assert transport._async_sleep is None  # asyncio.sleep, imported on the first async retry


async def test_async_retries_default_to_asyncio_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def fake_sleep(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    transport = RetryTransport(httpx.MockTransport(Script(503, 200)))
    response = await transport.handle_async_request(get())
    assert response.status_code == 200
    assert len(waits) == 1


def test_fast_path_without_retries_sets_attempt(sleeps: Sleeps) -> None:
    request = get(**{"stateset.max_retries": 0})
    transport = RetryTransport(httpx.MockTransport(Script(200)), sleep=sleeps)
    transport.handle_request(request)
    assert request.extensions["stateset.attempt"] == 1
