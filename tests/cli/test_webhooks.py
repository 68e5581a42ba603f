"""webhooks verify / trigger / listen."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_helpers import KEY, Runner

from stateset import Stateset
from stateset.webhooks import Webhook

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class Sink:
    """A local handler that records what it receives."""

    def __init__(self, status: int = 200) -> None:
        self.received: list[tuple[bytes, dict[str, str]]] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                sink.received.append((body, {k.lower(): v for k, v in self.headers.items()}))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink()
    yield s
    s.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_verify_valid_and_invalid(run: Runner, tmp_path: Path) -> None:
    body = b'{"id": "evt_1", "type": "order.created", "data": {"id": "o1"}}'
    (tmp_path / "body.json").write_bytes(body)
    (tmp_path / "headers.json").write_text(json.dumps(Webhook(SECRET).sign(body)))
    args = ["webhooks", "verify", "--secret", SECRET, "--headers", str(tmp_path / "headers.json")]
    out = json.loads(run(*args, "--payload", str(tmp_path / "body.json")).stdout)
    assert out == {"valid": True, "id": out["id"], "type": "order.created"}
    (tmp_path / "body.json").write_bytes(body.replace(b"o1", b"o2"))
    result = run(*args, "--payload", str(tmp_path / "body.json"), code=9)
    assert "WebhookSignatureMismatchError" in result.stderr
    (tmp_path / "headers.json").write_text("[]")
    assert "JSON object" in run(*args, "--payload", str(tmp_path / "body.json"), code=2).stderr


def test_trigger_signs_for_the_handler(run: Runner, sink: Sink) -> None:
    out = run("webhooks", "trigger", "order.created", "--forward-to", sink.url, "--secret", SECRET).stdout
    assert "HTTP 200" in out
    body, headers = sink.received[0]
    event = Webhook(SECRET).verify(body, headers)
    assert event.type == "order.created"
    run("webhooks", "trigger", "order.created", "--forward-to", sink.url, "--secret", SECRET, "--data", '{"id": "x"}')
    assert json.loads(sink.received[1][0])["data"] == {"id": "x"}
    assert (
        "unknown event"
        in run("webhooks", "trigger", "order.exploded", "--forward-to", sink.url, "--secret", SECRET, code=2).stderr
    )


def test_trigger_reports_handler_failure(run: Runner) -> None:
    failing = Sink(status=500)
    try:
        run("webhooks", "trigger", "order.created", "--forward-to", failing.url, "--secret", SECRET, code=1)
    finally:
        failing.close()


def _send_when_up(url: str, body: bytes, headers: dict[str, str], results: list[int]) -> None:
    for _ in range(200):
        try:
            results.append(httpx.post(url, content=body, headers=headers, timeout=5).status_code)
            return
        except httpx.TransportError:
            time.sleep(0.05)


def test_listen_verifies_and_forwards(run: Runner, sink: Sink) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    good = b'{"id": "evt_9", "type": "return.approved", "data": {}}'
    statuses: list[int] = []

    def deliver() -> None:
        _send_when_up(url, good, {"webhook-id": "x", "webhook-timestamp": "1", "webhook-signature": "v1,bad"}, statuses)
        _send_when_up(url, good, Webhook(SECRET).sign(good), statuses)

    thread = threading.Thread(target=deliver)
    thread.start()
    result = run(
        "webhooks",
        "listen",
        "--forward-to",
        sink.url,
        "--port",
        str(port),
        "--no-register",
        "--secret",
        SECRET,
        "--max-events",
        "1",
    )
    thread.join()
    assert statuses == [400, 204]
    assert "return.approved" in result.stdout
    assert "rejected delivery" in result.stderr
    body, headers = sink.received[0]
    assert Webhook(SECRET).verify(body, headers).type == "return.approved"


def test_listen_without_secret_forwards_json(run: Runner, sink: Sink) -> None:
    port = free_port()
    statuses: list[int] = []
    thread = threading.Thread(target=_send_when_up, args=(f"http://127.0.0.1:{port}/", b"{}", {}, statuses))
    thread.start()
    run("webhooks", "listen", "--forward-to", sink.url, "--port", str(port), "--no-register", "--max-events", "1")
    thread.join()
    assert statuses == [204]


def test_listen_registers_and_removes_an_endpoint(api: Runner, sink: Sink, sandbox_url: str) -> None:
    port = free_port()
    seen: list[Any] = []

    def watch() -> None:
        with Stateset(api_key=KEY, base_url=sandbox_url) as client:
            for _ in range(100):
                found = [e for e in client.webhook_endpoints.list() if str(port) in e.url]
                if found:
                    seen.extend(found)
                    return
                time.sleep(0.05)

    thread = threading.Thread(target=watch)
    thread.start()
    result = api(
        "webhooks",
        "listen",
        "--forward-to",
        sink.url,
        "--port",
        str(port),
        "--duration",
        "2",
        "--events",
        "order.created",
    )
    thread.join()
    assert "Registered webhook endpoint" in result.stdout
    assert seen
    assert list(seen[0].events) == ["order.created"]
    with Stateset(api_key=KEY, base_url=sandbox_url) as client:
        assert not [e for e in client.webhook_endpoints.list() if str(port) in e.url]
