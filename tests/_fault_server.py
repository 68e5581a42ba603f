"""A real HTTP/1.1 server on 127.0.0.1 whose misbehaviour tests script in advance.

Runs in a background thread (``http.server``, because it lets a handler drop or reset
the TCP connection mid-exchange, which ASGI servers cannot). Use the ``fault_server``
fixture from ``tests/conftest.py``::

    def test_retry(fault_server):
        fault_server.script("/api/v1/orders", reply(503), drop(commit=True))
        ...  # POST f"{fault_server.url}/api/v1/orders" three times
        assert len(fault_server.orders) == 1
        assert [r.method for r in fault_server.requests] == ["POST"] * 3

Scripted faults are consumed in order, one per matching request; when a path's script
is empty the default routes answer:

* ``POST /api/v1/orders``: create a contract-shaped order (``id`` ``ord_N``, the body's fields
  kept) and answer 201 with the API's envelope. Idempotent per ``Idempotency-Key``: a
  repeated key returns the stored reply with ``Idempotent-Replayed: true``, creating nothing.
* ``GET /api/v1/orders`` -> one enveloped page; ``GET /api/v1/orders/<id>`` -> 200 or 404.
* ``/echo`` (any method) -> JSON of the received method, path, query, headers and body.
* anything else -> 404 with the API error body.

Every response carries ``X-Request-Id: req_N``. Errors use the API's error shape.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

import httpx

__all__ = ["Fault", "FaultServer", "RecordedRequest", "drop", "reply", "slow"]

Body = bytes | str | Mapping[str, Any] | list[Any] | None


@dataclass(frozen=True)
class Fault:
    """One scripted behaviour: wait ``delay`` s, then answer, drop, or defer to the route.

    ``status=None`` lets the default route answer (after the delay). ``drop`` closes the
    connection without answering: ``"close"`` (FIN: "server disconnected") or ``"reset"``
    (RST). With ``commit=True`` the default route runs first, so its side effect (e.g. a
    stored order) happens even though the client never sees the answer.
    """

    status: int | None = None
    body: Body = None
    #: Extra/overriding response headers; a None value removes one (e.g. X-Request-Id).
    headers: Mapping[str, str | None] = field(default_factory=dict)
    delay: float = 0.0
    drop: Literal["close", "reset"] | None = None
    commit: bool = False


def reply(
    status: int,
    body: Body = None,
    headers: Mapping[str, str | None] | None = None,
    *,
    delay: float = 0.0,
) -> Fault:
    """Answer with ``status``; a dict/list body is sent as JSON."""
    return Fault(status=status, body=body, headers=dict(headers or {}), delay=delay)


def slow(seconds: float) -> Fault:
    """Let the default route answer, but only after ``seconds``."""
    return Fault(delay=seconds)


def drop(*, commit: bool = False, reset: bool = True, delay: float = 0.0) -> Fault:
    """Close the connection without answering (RST, or FIN with ``reset=False``)."""
    return Fault(drop="reset" if reset else "close", commit=commit, delay=delay)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it."""

    method: str
    path: str
    query: str
    headers: httpx.Headers
    body: bytes
    #: ``time.monotonic()`` when the request had been read.
    at: float

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


@dataclass
class _Answer:
    status: int
    body: bytes
    headers: Mapping[str, str | None]


class FaultServer:
    """The server; a context manager. See the module docstring for the routes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scripts: dict[tuple[str | None, str], deque[Fault]] = {}
        self._requests: list[RecordedRequest] = []
        self._orders: dict[str, dict[str, Any]] = {}
        self._replies: dict[str, _Answer] = {}  # Idempotency-Key -> first answer
        self._counter = 0
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler, self)
        host, port = self._httpd.server_address[:2]
        #: Base URL, e.g. ``http://127.0.0.1:54321``.
        self.url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True, kwargs={"poll_interval": 0.05})

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop serving, wake sleeping handlers and close every connection."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.close_all()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # -- scripting -------------------------------------------------------------------

    def script(self, path: str, *faults: Fault, method: str | None = None) -> None:
        """Queue ``faults`` for the next requests to ``path`` (any method, or ``method``)."""
        with self._lock:
            queue = self._scripts.setdefault((method and method.upper(), path), deque())
            queue.extend(faults)

    def next_fault(self, method: str, path: str) -> Fault | None:
        """Pop the fault for this request, method-specific scripts first."""
        with self._lock:
            for key in ((method, path), (None, path)):
                queue = self._scripts.get(key)
                if queue:
                    return queue.popleft()
        return None

    # -- inspection ------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """The received requests for ``path`` (and ``method``, if given)."""
        return [r for r in self.requests if r.path == path and (method is None or r.method == method.upper())]

    @property
    def orders(self) -> list[dict[str, Any]]:
        """Orders stored by ``POST /api/v1/orders`` (a copy)."""
        with self._lock:
            return list(self._orders.values())

    # -- used by the handler ---------------------------------------------------------

    def record(self, request: RecordedRequest) -> str:
        """Store ``request`` and return a fresh request id."""
        with self._lock:
            self._requests.append(request)
            self._counter += 1
            return f"req_{self._counter}"

    def route(self, request: RecordedRequest, request_id: str) -> _Answer:
        """The default routes."""
        if request.path == "/echo":
            return _json(
                200,
                {
                    "method": request.method,
                    "path": request.path,
                    "query": request.query,
                    "headers": dict(request.headers),
                    "body": request.body.decode("utf-8", "replace"),
                },
            )
        if request.path == "/api/v1/orders" and request.method == "POST":
            return self._create_order(request)
        if request.path == "/api/v1/orders" and request.method == "GET":
            orders = self.orders
            page = {"items": orders, "total": len(orders), "page": 1, "limit": 100, "total_pages": 1}
            return _json(200, envelope(page, request_id))
        if request.path.startswith("/api/v1/orders/") and request.method == "GET":
            with self._lock:
                order = self._orders.get(request.path.rsplit("/", 1)[1])
            if order is not None:
                return _json(200, envelope(order, request_id))
        return _json(404, error_body("not_found", f"No {request.method} {request.path}", request_id))

    def _create_order(self, request: RecordedRequest) -> _Answer:
        try:
            fields = json.loads(request.body or b"{}")
        except ValueError:
            return _json(400, error_body("invalid_json", "Body is not JSON", None))
        key = request.headers.get("idempotency-key")
        with self._lock:
            if key is not None and key in self._replies:
                first = self._replies[key]
                return _Answer(first.status, first.body, {**first.headers, "Idempotent-Replayed": "true"})
            order = contract_order(len(self._orders) + 1, fields if isinstance(fields, dict) else {})
            self._orders[order["id"]] = order
            answer = _json(201, envelope(order, None))
            if key is not None:
                self._replies[key] = answer
            return answer


def envelope(data: Any, request_id: str | None) -> dict[str, Any]:
    """The API's success envelope."""
    return {"success": True, "data": data, "meta": {"request_id": request_id, "timestamp": _now()}}


def contract_order(number: int, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A complete order as the contract's OrderResponse describes it, from a create body."""
    now = _now()
    items = [
        {
            "id": f"item_{number}_{i}",
            "product_id": str(item.get("product_id", "SKU")),
            "product_name": str(item.get("product_id", "SKU")),
            "quantity": int(item.get("quantity", 1)),
            "unit_price": str(item.get("unit_price", "0.00")),
            "total_price": str(item.get("unit_price", "0.00")),
        }
        for i, item in enumerate(fields.get("items") or [])
        if isinstance(item, dict)
    ]
    return {
        **fields,
        "id": f"ord_{number}",
        "order_number": f"ORD-{1000 + number}",
        "customer_id": str(fields.get("customer_id", "cus_1")),
        "status": "pending",
        "order_date": now,
        "payment_status": "unpaid",
        "fulfillment_status": "unfulfilled",
        "items": items,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def error_body(error: str, message: str, request_id: str | None) -> dict[str, Any]:
    """An error body in the API's shape."""
    body = {"error": error, "message": message, "timestamp": datetime.now(UTC).isoformat()}
    if request_id:
        body["request_id"] = request_id
    return body


def _json(status: int, payload: Any) -> _Answer:
    return _Answer(status, json.dumps(payload).encode(), {"Content-Type": "application/json"})


def _encode(body: Body) -> tuple[bytes, dict[str, str]]:
    if body is None:
        return b"", {}
    if isinstance(body, bytes):
        return body, {}
    if isinstance(body, str):
        return body.encode(), {"Content-Type": "text/plain; charset=utf-8"}
    return json.dumps(body).encode(), {"Content-Type": "application/json"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], owner: FaultServer) -> None:
        self.owner = owner
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_all(self) -> None:
        """Unblock keep-alive handler threads so they exit and close their sockets."""
        with self.connections_lock:
            for sock in list(self.connections):
                with contextlib.suppress(OSError):  # already closed by its handler
                    sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], OSError):
            return  # the client went away (timeout test, reset): expected here
        super().handle_error(request, client_address)  # pragma: no cover - a real bug


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        owner = self.server.owner
        path, _, query = self.path.partition("?")
        headers = httpx.Headers(list(self.headers.items()))
        request = RecordedRequest(self.command, path, query, headers, self._read_body(), time.monotonic())
        request_id = owner.record(request)
        fault = owner.next_fault(self.command, path) or Fault()
        if fault.delay and owner.stopping.wait(fault.delay):
            self.close_connection = True
            return
        if fault.drop is not None:
            if fault.commit:
                owner.route(request, request_id)
            self._drop(fault.drop)
            return
        if fault.status is None:
            answer = owner.route(request, request_id)
        else:
            body, content_type = _encode(fault.body)
            answer = _Answer(fault.status, body, {**content_type, **fault.headers})
        self._send(answer, request_id)

    def _drop(self, how: str) -> None:
        self.close_connection = True
        if how == "reset":  # SO_LINGER 0 makes close() send RST instead of FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    def _send(self, answer: _Answer, request_id: str) -> None:
        self.send_response(answer.status)
        headers = {"X-Request-Id": request_id, **answer.headers}
        for name, value in headers.items():
            if value is not None:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle
