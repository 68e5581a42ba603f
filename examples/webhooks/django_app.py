"""Receive Stateset webhooks with Django, as a one-file project.

Run it::

    STATESET_WEBHOOK_SECRET=whsec_... python django_app.py runserver 8000

(from ``examples/webhooks``), then point the webhook endpoint at
``http://<host>:8000/webhooks/stateset``. In a real project, put the
``path(...)`` line in ``urls.py`` and build the router at import time.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

import django
from _handlers import build_router, secret_from_env
from django.conf import settings
from django.urls import path

from stateset.webhooks import DedupStore
from stateset.webhooks.adapters.django import webhook_view

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="example-only-not-secret",
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["*"],
        # CSRF stays on for the site; the webhook view is exempt (it is signed).
        MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
        INSTALLED_APPS=[],
        LOGGING_CONFIG=None,
    )
    django.setup()


def create_urlconf(secret: str | list[str], *, dedup: DedupStore | None = None) -> ModuleType:
    """Return a URLconf module (``urlpatterns``, plus ``router`` and ``ledger`` for tests)."""
    router, ledger = build_router(secret, dedup=dedup)
    urlconf = ModuleType("stateset_webhook_urls")
    # The view reads request.body: the raw, signed bytes.
    urlconf.urlpatterns = [path("webhooks/stateset", webhook_view(router))]  # type: ignore[attr-defined]
    urlconf.router = router  # type: ignore[attr-defined]
    urlconf.ledger = ledger  # type: ignore[attr-defined]
    return urlconf


urlpatterns = (
    create_urlconf(secret_from_env().split(",")).urlpatterns if "STATESET_WEBHOOK_SECRET" in os.environ else []
)

if __name__ == "__main__":  # pragma: no cover
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
