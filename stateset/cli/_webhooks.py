"""``stateset webhooks verify|trigger|listen``: check signatures and exercise handlers locally.

* ``verify`` checks a captured delivery (body + headers) and exits 0, or 9 when the
  signature is wrong (the error class is printed).
* ``trigger EVENT --forward-to URL`` sends a signed sample event to your handler.
* ``listen --forward-to URL`` starts a local receiver, subscribes it to the API's
  ``webhook-endpoints`` (``--no-register`` skips that), checks each delivery's signature
  and forwards it, headers and all, to your handler.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import click

__all__ = ["Receiver", "command", "sample_event"]


def sample_event(event_type: str) -> dict[str, Any]:
    """A plausible event body of ``event_type`` (``order.created``)."""
    kind = event_type.split(".")[0]
    return {
        "id": f"evt_{uuid.uuid4().hex}",
        "type": event_type,
        "created_at": datetime.now(UTC).isoformat(),
        "data": {"id": str(uuid.uuid4()), "object": kind, "status": event_type.split(".")[-1], "livemode": False},
    }


def _post(url: str, body: bytes, headers: Mapping[str, str]) -> int:
    import httpx

    response = httpx.post(url, content=body, headers={"Content-Type": "application/json", **headers}, timeout=10)
    return response.status_code


class Receiver:
    """A local HTTP server that verifies each POST and hands it to ``on_event``."""

    def __init__(
        self,
        host: str,
        port: int,
        verify: Callable[[bytes, Mapping[str, str]], Any] | None,
        on_event: Callable[[bytes, dict[str, str], Any], None],
    ) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    event = verify(body, headers) if verify else json.loads(body)
                except Exception as exc:  # every verification failure is the sender's problem: 400
                    click.echo(f"rejected delivery: {type(exc).__name__}: {exc}", err=True)
                    self.send_response(400)
                    self.end_headers()
                    return
                self.send_response(204)
                self.end_headers()
                on_event(body, headers, event)
                receiver.count += 1

            def log_message(self, format: str, *args: Any) -> None:
                pass  # one line per event is printed by on_event instead

        self.count = 0
        self.server = ThreadingHTTPServer((host, port), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}/"

    def serve(self, max_events: int | None, duration: float | None = None) -> None:
        """Handle requests until interrupted, ``max_events`` were accepted or ``duration`` s passed."""
        import time

        deadline = None if duration is None else time.monotonic() + duration
        thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        stop = threading.Event()
        try:
            while not stop.wait(0.05):
                if max_events is not None and self.count >= max_events:
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    break
        finally:
            self.server.shutdown()
            self.server.server_close()


@click.group("webhooks", no_args_is_help=True)
def command() -> None:
    """Verify, trigger and forward webhooks."""


@command.command()
@click.option("--secret", required=True, envvar="STATESET_WEBHOOK_SECRET", help="whsec_… (or env).")
@click.option("--headers", "headers_file", required=True, type=click.Path(exists=True, dir_okay=False), help="JSON.")
@click.option("--payload", required=True, type=click.Path(exists=True, dir_okay=False), help="The raw body file.")
@click.option("--tolerance", type=click.IntRange(min=0), default=300, show_default=True, help="Max age (s).")
def verify(secret: str, headers_file: str, payload: str, tolerance: int) -> None:
    """Check a delivery's signature: exit 0 and print the event, or exit 9 naming the error."""
    from stateset.webhooks import Webhook

    headers = json.loads(Path(headers_file).read_text(encoding="utf-8"))
    if not isinstance(headers, dict):
        raise click.BadParameter("must be a JSON object of header names to values", param_hint="--headers")
    event = Webhook(secret, tolerance).verify(Path(payload).read_bytes(), headers)
    click.echo(json.dumps({"valid": True, "id": event.id, "type": event.type}))


@command.command()
@click.argument("event_type", metavar="EVENT")
@click.option("--forward-to", required=True, metavar="URL", help="Your webhook handler.")
@click.option("--secret", envvar="STATESET_WEBHOOK_SECRET", required=True, help="Signing secret (whsec_…).")
@click.option("--data", metavar="JSON", help="Replace the sample event's data object.")
def trigger(event_type: str, forward_to: str, secret: str, data: str | None) -> None:
    """Send a signed sample EVENT (e.g. order.created) to a local handler."""
    from stateset.webhooks import Webhook

    from ._catalog import load_catalog
    from ._operations import parse_json

    known = load_catalog().webhook_events
    if known and event_type not in known:
        raise click.BadParameter(f"unknown event; known: {', '.join(known)}", param_hint="EVENT")
    event = sample_event(event_type)
    if data is not None:
        event["data"] = parse_json(data, "--data")
    body = json.dumps(event).encode()
    status = _post(forward_to, body, Webhook(secret).sign(body, msg_id=event["id"]))
    click.echo(f"{event_type} {event['id']} -> {forward_to}: HTTP {status}")
    if status >= 300:
        raise click.exceptions.Exit(1)


@command.command()
@click.option("--forward-to", required=True, metavar="URL", help="Where to forward verified events.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Receiver port (default: any free one).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--events", default="*", show_default=True, help="Comma-separated event types to subscribe to.")
@click.option("--secret", envvar="STATESET_WEBHOOK_SECRET", help="Verify with this secret (with --no-register).")
@click.option("--register/--no-register", default=True, help="Create a webhook endpoint for the receiver.")
@click.option("--max-events", type=click.IntRange(min=1), help="Stop after this many events.")
@click.option("--duration", type=click.FloatRange(min=0), help="Stop after this many seconds.")
def listen(
    forward_to: str,
    port: int,
    host: str,
    events: str,
    secret: str | None,
    register: bool,
    max_events: int | None,
    duration: float | None,
) -> None:
    """Receive webhooks locally, verify them and forward them to your handler."""
    from ._app import settings

    endpoint_id = None
    holder: dict[str, Any] = {}

    def check(body: bytes, headers: Mapping[str, str]) -> Any:
        return holder["webhook"].verify(body, headers) if "webhook" in holder else json.loads(body)

    def forward(body: bytes, headers: dict[str, str], event: Any) -> None:
        keep = {k: v for k, v in headers.items() if k.startswith(("webhook-", "svix-")) or k in ("timestamp",)}
        keep.update({k: v for k, v in headers.items() if k == "merchant-signature"})
        status = _post(forward_to, body, keep)
        click.echo(f"{getattr(event, 'type', None) or 'event'} -> {forward_to}: HTTP {status}")

    receiver = Receiver(host, port, check, forward)
    client = None
    if register:
        client = settings().client()
        endpoint = client.webhook_endpoints.create(url=receiver.url, events=events.split(","))
        endpoint_id, secret = endpoint.id, endpoint.secret if isinstance(endpoint.secret, str) else None
        click.echo(f"Registered webhook endpoint {endpoint_id} for {receiver.url}")
    if secret:
        from stateset.webhooks import Webhook

        holder["webhook"] = Webhook(secret)
    click.echo(f"Listening on {receiver.url}, forwarding to {forward_to} (Ctrl-C stops)")
    try:
        receiver.serve(max_events, duration)
    finally:
        if client is not None:
            client.webhook_endpoints.delete(str(endpoint_id))
            client.close()
