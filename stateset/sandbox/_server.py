"""Serving the sandbox over HTTP with uvicorn (imported lazily)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._asgi import silence_drops

if TYPE_CHECKING:
    import uvicorn
    from starlette.applications import Starlette


def _config(app: Starlette, log_level: str) -> uvicorn.Config:
    import uvicorn

    logging.getLogger("uvicorn.error").addFilter(silence_drops)
    return uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off")


def start_in_thread(
    app: Starlette, host: str, port: int
) -> tuple[uvicorn.Server, threading.Thread, str, socket.socket]:
    """Start uvicorn on ``host:port`` (0 = any free port) in a daemon thread; wait until it listens."""
    import uvicorn

    # asyncio turns Nagle off only on connections whose socket says IPPROTO_TCP; with the
    # default proto 0, each response (headers, then body) stalls ~40 ms on delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    server = uvicorn.Server(_config(app, "warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="stateset-sandbox")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.01)
    bound_host, bound_port = sock.getsockname()[:2]
    return server, thread, f"http://{bound_host}:{bound_port}", sock


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    db: str = ":memory:",
    seed: str | None = None,
    api_keys: Sequence[str] | None = None,
    faults: float | dict[str, Any] | None = None,
    rate_limit: tuple[int, float] | None = None,
    log_level: str = "info",
) -> None:
    """Run the sandbox over HTTP until interrupted (what ``python -m stateset.sandbox`` calls)."""
    import uvicorn

    from ._sandbox import Sandbox

    with Sandbox(db=db, api_keys=api_keys or None, faults=faults, rate_limit=rate_limit, seed=seed) as sandbox:
        config = _config(sandbox.app, log_level)
        config.host, config.port = host, port
        uvicorn.Server(config).run()
