"""Receive Stateset webhooks with FastAPI.

Run it::

    STATESET_WEBHOOK_SECRET=whsec_... uvicorn fastapi_app:app --port 8000

(from ``examples/webhooks``), then point the webhook endpoint at
``http://<host>:8000/webhooks/stateset``.
"""

from __future__ import annotations

import os

from _handlers import build_router, secret_from_env
from fastapi import FastAPI, Request, Response

from stateset.webhooks import DedupStore
from stateset.webhooks.adapters.starlette import handle_request


def create_app(secret: str | list[str], *, dedup: DedupStore | None = None) -> FastAPI:
    """Build the app; ``app.state.router`` and ``app.state.ledger`` are exposed for tests."""
    router, ledger = build_router(secret, dedup=dedup)
    app = FastAPI()
    app.state.router = router
    app.state.ledger = ledger

    @app.post("/webhooks/stateset")
    async def stateset_webhooks(request: Request) -> Response:
        # handle_request reads `await request.body()`: the raw, signed bytes.
        return await handle_request(router, request)

    return app


if "STATESET_WEBHOOK_SECRET" in os.environ:  # pragma: no cover - for `uvicorn fastapi_app:app`
    app = create_app(secret_from_env().split(","))
