from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _payloads import SECRET, body_of, event, signed

from stateset._errors import MissingDependencyError
from stateset.webhooks import ClaimStatus, MemoryDedupStore, TypedWebhookEvent, Webhook, WebhookRouter

pytest.importorskip("fastapi")
pytest.importorskip("flask")
pytest.importorskip("django")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "webhooks"
sys.path.insert(0, str(EXAMPLES))

import django_app  # noqa: E402
import fastapi_app  # noqa: E402
import flask_app  # noqa: E402
from _handlers import Ledger  # noqa: E402
from django.test import Client as DjangoClient  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

PATH = "/webhooks/stateset"


class App:
    """One example app behind its framework's own test client."""

    def __init__(self, router: WebhookRouter, ledger: Ledger, store: MemoryDedupStore) -> None:
        self.router, self.ledger, self.store = router, ledger, store

    def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        raise NotImplementedError

    def get(self) -> int:
        raise NotImplementedError


class FastAPIApp(App):
    def __init__(self, client: TestClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.client = client

    def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        response = self.client.post(PATH, content=body, headers={**headers, "content-type": "application/json"})
        return response.status_code, response.json()

    def get(self) -> int:
        return self.client.get(PATH).status_code


class FlaskApp(App):
    def __init__(self, client: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.client = client

    def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        response = self.client.post(PATH, data=body, headers=headers, content_type="application/json")
        return response.status_code, response.get_json()

    def get(self) -> int:
        return int(self.client.get(PATH).status_code)


class DjangoApp(App):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.client = DjangoClient(enforce_csrf_checks=True)  # the view must be csrf_exempt

    def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        response = self.client.post(PATH, data=body, content_type="application/json", headers=headers)
        return response.status_code, json.loads(response.content)

    def get(self) -> int:
        return int(self.client.get(PATH).status_code)


@pytest.fixture(params=["fastapi", "flask", "django"])
def app(request: pytest.FixtureRequest) -> Iterator[App]:
    store = MemoryDedupStore()
    if request.param == "fastapi":
        fastapi = fastapi_app.create_app(SECRET, dedup=store)
        with TestClient(fastapi) as client:
            yield FastAPIApp(client, router=fastapi.state.router, ledger=fastapi.state.ledger, store=store)
    elif request.param == "flask":
        flask = flask_app.create_app(SECRET, dedup=store)
        router, ledger = flask.extensions["stateset_webhooks"]
        yield FlaskApp(flask.test_client(), router=router, ledger=ledger, store=store)
    else:
        urlconf = django_app.create_urlconf(SECRET, dedup=store)
        with override_settings(ROOT_URLCONF=urlconf):
            yield DjangoApp(router=urlconf.router, ledger=urlconf.ledger, store=store)


def test_signed_request_is_handled(app: App) -> None:
    status, reply = app.post(*signed("order.created"))
    assert (status, reply) == (200, {"status": "handled"})
    assert app.ledger.orders == ["ORD-1001"]
    assert app.ledger.other == ["order.created"]


def test_rotated_secrets_and_the_stateset_scheme_are_accepted(app: App) -> None:
    body = body_of(event("payment.succeeded", event_id="evt_pay"))
    status, _ = app.post(body, Webhook(SECRET).sign(body, scheme="stateset"))
    assert status == 200
    assert app.ledger.payments == ["19.00"]


def test_tampered_body_is_rejected_without_detail(app: App, caplog: pytest.LogCaptureFixture) -> None:
    body, headers = signed("order.created")
    with caplog.at_level(logging.WARNING, logger="stateset.webhooks"):
        status, reply = app.post(body.replace(b"ORD-1001", b"ORD-6666"), headers)
    assert (status, reply) == (400, {"error": "invalid webhook"})
    assert app.ledger.orders == []
    assert "WebhookSignatureMismatchError" in caplog.text
    assert headers["webhook-signature"] not in caplog.text


def test_unsigned_and_wrong_secret_requests_are_rejected(app: App) -> None:
    body, _ = signed("order.created")
    assert app.post(body, {})[0] == 400
    other = Webhook("whsec_" + "B" * 32)
    assert app.post(*signed("order.created", webhook=other))[0] == 400
    assert app.ledger.other == []


def test_replay_is_acknowledged_but_not_run_again(app: App) -> None:
    body, headers = signed("order.created")
    assert app.post(body, headers) == (200, {"status": "handled"})
    assert app.post(body, headers) == (200, {"status": "duplicate"})
    assert app.ledger.orders == ["ORD-1001"]


def test_handler_error_is_500_then_redelivery_succeeds(app: App, caplog: pytest.LogCaptureFixture) -> None:
    failures = [RuntimeError("database down")]

    @app.router.on("order.created")
    def flaky(event: TypedWebhookEvent[Any]) -> None:
        if failures:
            raise failures.pop()

    body, headers = signed("order.created", msg_id="msg_flaky")
    with caplog.at_level(logging.ERROR, logger="stateset.webhooks"):
        assert app.post(body, headers) == (500, {"error": "webhook processing failed"})
    assert "database down" in caplog.text  # logged for the operator, not sent to the caller
    redelivery = signed("order.created", msg_id="msg_flaky")  # re-signed later, same id
    assert app.post(*redelivery) == (200, {"status": "handled"})
    assert app.post(*redelivery) == (200, {"status": "duplicate"})


def test_unknown_event_types_are_acknowledged(app: App) -> None:
    status, reply = app.post(*signed("brand.new.event"))
    assert (status, reply) == (200, {"status": "handled"})  # the example audits everything
    assert app.ledger.other == ["brand.new.event"]


def test_message_in_progress_elsewhere_gets_409(app: App) -> None:
    assert app.store.claim("m:msg_busy") is ClaimStatus.ACQUIRED
    status, reply = app.post(*signed("order.created", msg_id="msg_busy"))
    assert (status, reply) == (409, {"status": "in_progress"})


def test_authentic_but_unreadable_payload_is_500(app: App) -> None:
    body = b"not json"
    assert app.post(body, Webhook(SECRET).sign(body))[0] == 500


def test_only_post_is_routed(app: App) -> None:
    assert app.get() == 405


# --- adapters without the example apps ------------------------------------------------------------


def test_starlette_route_and_endpoint_helpers() -> None:
    from starlette.applications import Starlette
    from starlette.testclient import TestClient as StarletteClient

    from stateset.webhooks.adapters.starlette import webhook_endpoint, webhook_route

    router = WebhookRouter(Webhook(SECRET))
    seen: list[str] = []
    router.on("*")(lambda e: seen.append(e.type))
    app = Starlette(routes=[webhook_route(router)])
    app.add_route("/other", webhook_endpoint(router), methods=["POST"])
    with StarletteClient(app) as client:
        assert client.post(PATH, content=signed("payment.succeeded")[0], headers=signed()[1]).status_code == 400
        body, headers = signed("order.created")
        assert client.post(PATH, content=body, headers=headers).status_code == 200
        assert client.post("/other", content=body, headers=headers).status_code == 200  # no dedup configured
    assert seen == ["order.created", "order.created"]


def test_flask_handle_request_accepts_an_explicit_request() -> None:
    import flask

    from stateset.webhooks.adapters.flask import handle_request

    router = WebhookRouter(Webhook(SECRET))
    router.on("*")(lambda e: None)
    body, headers = signed("order.created")
    app = flask.Flask("explicit")
    with app.test_request_context(PATH, method="POST", data=body, headers=headers):
        response = handle_request(router, flask.request)
    assert response.status_code == 200
    assert response.mimetype == "application/json"


@pytest.mark.parametrize(
    ("module", "blocked", "call"),
    [
        ("stateset.webhooks.adapters.flask", "flask", lambda m, r: m.webhook_view(r)),
        ("stateset.webhooks.adapters.django", "django.http", lambda m, r: m.webhook_view(r)),
        ("stateset.webhooks.adapters.starlette", "starlette.routing", lambda m, r: m.webhook_route(r)),
    ],
)
def test_missing_framework_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, module: str, blocked: str, call: Any
) -> None:
    import importlib

    adapter = importlib.import_module(module)
    monkeypatch.setitem(sys.modules, blocked, None)
    with pytest.raises(MissingDependencyError, match="pip install"):
        call(adapter, WebhookRouter(Webhook(SECRET)))
