"""Receive Stateset webhooks in Starlette or FastAPI.

Example (FastAPI)::

    from fastapi import FastAPI, Request, Response
    from stateset.webhooks.adapters.starlette import handle_request

    @app.post("/webhooks/stateset")
    async def stateset_webhooks(request: Request) -> Response:
        return await handle_request(router, request)

or, in either framework, ``app.add_route("/webhooks/stateset",
webhook_endpoint(router), methods=["POST"])``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from stateset._optional import import_optional
from stateset.webhooks._router import WebhookRouter
from stateset.webhooks.adapters._common import process_async

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

_INSTALL = "pip install starlette"


async def handle_request(router: WebhookRouter, request: Request) -> Response:
    """Verify and dispatch one request with ``router.handle_async``; return the reply.

    Reads ``await request.body()``, the raw bytes that were signed: never
    hand a re-serialised ``await request.json()`` to the verifier.
    """
    responses: Any = import_optional(
        "starlette.responses", extra=None, feature="The Starlette adapter", install=_INSTALL
    )
    reply = await process_async(router, await request.body(), request.headers)
    response: Response = responses.JSONResponse(reply.body, status_code=reply.status)
    return response


def webhook_endpoint(router: WebhookRouter) -> Callable[[Request], Awaitable[Response]]:
    """Return an ``async`` endpoint for ``app.add_route(path, endpoint, methods=["POST"])``."""

    async def stateset_webhook(request: Request) -> Response:
        return await handle_request(router, request)

    return stateset_webhook


def webhook_route(router: WebhookRouter, path: str = "/webhooks/stateset") -> Route:
    """Return a POST-only Starlette ``Route`` for ``Starlette(routes=[...])``."""
    routing: Any = import_optional("starlette.routing", extra=None, feature="The Starlette adapter", install=_INSTALL)
    route: Route = routing.Route(path, webhook_endpoint(router), methods=["POST"])
    return route
