"""Receive Stateset webhooks in Flask.

Example::

    from stateset.webhooks.adapters.flask import webhook_view

    app.add_url_rule("/webhooks/stateset", view_func=webhook_view(router), methods=["POST"])
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from stateset._optional import import_optional
from stateset.webhooks._router import WebhookRouter
from stateset.webhooks.adapters._common import process


def _flask() -> Any:
    return import_optional("flask", extra=None, feature="The Flask adapter", install="pip install flask")


def handle_request(router: WebhookRouter, request: Any = None) -> Any:
    """Verify and dispatch one request with ``router.handle``; return a ``flask.Response``.

    ``request`` defaults to ``flask.request``. The body is read with
    ``request.get_data()``, the raw bytes that were signed, never
    ``request.json``.
    """
    flask = _flask()
    request = flask.request if request is None else request
    reply = process(router, request.get_data(), request.headers)
    return flask.Response(json.dumps(reply.body), status=reply.status, mimetype="application/json")


def webhook_view(router: WebhookRouter, name: str = "stateset_webhook") -> Callable[[], Any]:
    """Return a view function for ``app.add_url_rule(..., view_func=..., methods=["POST"])``.

    ``name`` becomes the function's ``__name__``, which Flask uses as the
    endpoint name; give each router's view its own.
    """
    _flask()  # fail now, not on the first request, if Flask is missing

    def view() -> Any:
        return handle_request(router)

    view.__name__ = view.__qualname__ = name
    return view
