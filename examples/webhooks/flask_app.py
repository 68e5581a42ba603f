"""Receive Stateset webhooks with Flask.

Run it::

    STATESET_WEBHOOK_SECRET=whsec_... flask --app flask_app run --port 8000

(from ``examples/webhooks``), then point the webhook endpoint at
``http://<host>:8000/webhooks/stateset``.
"""

from __future__ import annotations

import os

from _handlers import build_router, secret_from_env
from flask import Flask

from stateset.webhooks import DedupStore
from stateset.webhooks.adapters.flask import webhook_view


def create_app(secret: str | list[str], *, dedup: DedupStore | None = None) -> Flask:
    """Build the app; ``app.extensions["stateset_webhooks"]`` holds ``(router, ledger)`` for tests."""
    router, ledger = build_router(secret, dedup=dedup)
    app = Flask(__name__)
    app.extensions["stateset_webhooks"] = (router, ledger)
    # The view reads request.get_data(): the raw, signed bytes (never request.json).
    app.add_url_rule("/webhooks/stateset", view_func=webhook_view(router), methods=["POST"])
    return app


if "STATESET_WEBHOOK_SECRET" in os.environ:  # pragma: no cover - for `flask --app flask_app run`
    app = create_app(secret_from_env().split(","))
