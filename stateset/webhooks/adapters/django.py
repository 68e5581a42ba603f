"""Receive Stateset webhooks in Django.

Example (``urls.py``)::

    from django.urls import path
    from stateset.webhooks.adapters.django import webhook_view

    urlpatterns = [path("webhooks/stateset", webhook_view(router))]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from stateset._optional import import_optional
from stateset.webhooks._router import WebhookRouter
from stateset.webhooks.adapters._common import process

_INSTALL = "pip install django"


def webhook_view(router: WebhookRouter) -> Callable[[Any], Any]:
    """Return a CSRF-exempt, POST-only view that runs ``router.handle``.

    The view reads ``request.body``, the raw bytes that were signed, and
    ``request.headers``. The sender authenticates by signature, not by a CSRF
    token, hence the exemption. Other methods get 405.
    """
    http: Any = import_optional("django.http", extra=None, feature="The Django adapter", install=_INSTALL)
    csrf: Any = import_optional(
        "django.views.decorators.csrf", extra=None, feature="The Django adapter", install=_INSTALL
    )

    def stateset_webhook(request: Any) -> Any:
        if request.method != "POST":
            return http.HttpResponseNotAllowed(["POST"])
        reply = process(router, request.body, request.headers)
        return http.JsonResponse(reply.body, status=reply.status)

    view: Callable[[Any], Any] = csrf.csrf_exempt(stateset_webhook)
    return view
