"""The :class:`Sandbox`: storage, pipeline, ASGI app, transports and operator endpoints."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _handlers  # noqa: F401  (registers every operation's handler)
from ._asgi import AsyncSandboxTransport, SandboxTransport, build_app
from ._contract import load_contract
from ._core import Core, EventHook, Outcome, Request
from ._delivery import Deliverer, RetryPolicy
from ._engine import HANDLERS, layouts
from ._faults import FaultPlan
from ._limits import Auth, RateLimiter
from ._seed import seed as run_seed
from ._store import Store

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

    from stateset import AsyncStateset, Stateset

FaultConfig = dict[str, Any] | float | None


class Sandbox:
    """A local, stateful implementation of the Stateset API contract.

    ``db`` is ``":memory:"`` (default) or a SQLite file that survives restarts;
    ``api_keys`` restricts authentication to those keys (default: any ``sk_test_…``);
    ``rate_limit=(requests, seconds)`` enables per-key limiting; ``faults`` injects
    failures (``{"rate": 0.2}``, ``{"script": [...]}``, ``{"seed": 1}``); ``seed`` loads a
    dataset (``"demo"``) into an empty database.

    Webhooks: registered endpoints receive real, signed deliveries (Standard Webhooks v1)
    from a background thread that starts with the first pending delivery and stops on
    :meth:`close`. ``deliver_webhooks=False`` leaves deliveries ``pending`` until
    :meth:`deliver_pending` sends them (deterministic tests); ``webhook_retry=(attempts,
    first_delay)`` sets the backoff (default ``(5, 0.2)``: 0.2 s doubling);
    ``webhook_transport`` sends through an ``httpx`` transport instead of the network
    (``httpx.WSGITransport(app=flask_app)`` delivers to an in-process app).
    """

    def __init__(
        self,
        *,
        db: str | Path = ":memory:",
        contract_path: str | Path | None = None,
        api_keys: Iterable[str] | None = None,
        rate_limit: tuple[int, float] | None = None,
        faults: FaultConfig = None,
        seed: str | None = None,
        deliver_webhooks: bool = True,
        webhook_retry: tuple[int, float] = (5, 0.2),
        webhook_transport: httpx.BaseTransport | None = None,
    ) -> None:
        contract = load_contract(str(contract_path) if contract_path else None)
        missing = {op.op_id for op in contract.operations} - set(HANDLERS)
        if missing:
            raise RuntimeError(f"no sandbox handler for: {', '.join(sorted(missing))}")
        self.store = Store(str(db), layouts())
        limiter = RateLimiter(*rate_limit) if rate_limit else None
        self.core = Core(self.store, contract, Auth(api_keys), limiter, FaultPlan(faults))
        self.core.operator = self._operator
        self.app: Starlette = build_app(self.core)
        policy = RetryPolicy(attempts=webhook_retry[0], first_delay=webhook_retry[1])
        self.deliverer = Deliverer(self.store, policy, transport=webhook_transport)
        if deliver_webhooks:
            # Woken after each commit (once, however many events a batch emitted); the
            # thread starts only once a delivery is pending.
            self.core.commit_hooks.append(self.deliverer.notify)
            self.deliverer.notify()  # a database file may hold deliveries from a previous run
        if seed and self.store.count("order") == 0:
            self.seed(seed)

    # --- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop webhook delivery (waiting for an attempt in flight), then close the database."""
        self.deliverer.stop()
        self.store.close()

    # --- clients and transports --------------------------------------------------------

    def transport(self) -> SandboxTransport:
        """Return a sync ``httpx`` transport serving this sandbox in-process."""
        return SandboxTransport(self.core)

    def async_transport(self) -> AsyncSandboxTransport:
        """Return an async ``httpx`` transport serving this sandbox in-process."""
        return AsyncSandboxTransport(self.core)

    def client(self, **options: Any) -> Stateset:
        """Return a ``stateset.Stateset`` client wired to this sandbox (no socket)."""
        from stateset import Stateset  # lazy: importing the SDK never imports the sandbox

        options.setdefault("api_key", "sk_test_sandbox")
        options.setdefault("base_url", "http://sandbox.local")
        return Stateset(transport=self.transport(), **options)

    def async_client(self, **options: Any) -> AsyncStateset:
        """Return a ``stateset.AsyncStateset`` client wired to this sandbox (no socket)."""
        from stateset import AsyncStateset

        options.setdefault("api_key", "sk_test_sandbox")
        options.setdefault("base_url", "http://sandbox.local")
        return AsyncStateset(transport=self.async_transport(), **options)

    @contextlib.contextmanager
    def serve_in_thread(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve over HTTP with uvicorn in a background thread; yield the base URL."""
        from ._server import start_in_thread

        server, thread, url, sock = start_in_thread(self.app, host, port)
        try:
            yield url
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()

    # --- operator API ------------------------------------------------------------------

    def on_event(self, hook: EventHook) -> EventHook:
        """Register ``hook(event_type, object)``, called after each committed state change."""
        self.core.hooks.append(hook)
        return hook

    def deliver_pending(self, *, force: bool = False) -> int:
        """Send due webhook deliveries now, in this thread; return how many were attempted.

        Each endpoint's deliveries go out in order until one fails (it is then scheduled for
        a retry); ``force=True`` also attempts deliveries waiting out a backoff. Useful with
        ``deliver_webhooks=False`` for tests that must not depend on a background thread.
        """
        return self.deliverer.deliver_pending(force=force)

    def reset(self) -> None:
        """Delete every object (the schema stays)."""
        self.store.wipe()

    def seed(self, dataset: str = "demo") -> dict[str, int]:
        """Load a dataset through the API pipeline (deterministic ids and timestamps)."""
        return run_seed(dataset, self._internal_call)

    def set_faults(self, faults: FaultConfig) -> None:
        """Replace the fault plan (``None`` clears it)."""
        self.core.faults = FaultPlan(faults)

    def stats(self) -> dict[str, Any]:
        """Return request counters, object counts per kind and the fault plan."""
        counts = {kind: self.store.count(kind) for kind in self.store.kinds()}
        return {**self.core.stats, "objects": counts, "faults": self.core.faults.describe()}

    def _internal_call(self, method: str, path: str, body: Any) -> Any:
        # Seeding bypasses faults and limits but runs the same validation and handlers.
        faults, limiter = self.core.faults, self.core.limiter
        self.core.faults, self.core.limiter = FaultPlan(None), None
        try:
            raw = b"" if body is None else json.dumps(body).encode()
            headers = {"x-api-key": "sk_test_internal", "content-type": "application/json"}
            if self.core.auth.keys:
                headers["x-api-key"] = next(iter(self.core.auth.keys))
            out = self.core.handle(Request(method, path, {}, headers, raw))
        finally:
            self.core.faults, self.core.limiter = faults, limiter
        doc = json.loads(out.body) if out.body else None
        if out.status >= 400:
            raise RuntimeError(f"seed call {method} {path} failed: {out.status} {doc}")
        return doc["data"] if isinstance(doc, dict) and "data" in doc else doc

    def _operator(self, req: Request) -> Outcome:
        action = req.path[len("/_sandbox/") :].strip("/")
        try:
            body = json.loads(req.body) if req.body.strip() else {}
            result = self._operate(req.method, action, body)
        except (ValueError, TypeError) as exc:
            return _json(req, 400, {"error": "Bad Request", "message": str(exc)})
        if result is None:
            return _json(req, 404, {"error": "Not Found", "message": f"no operator endpoint {req.method} {req.path}"})
        return _json(req, 200, result)

    def _operate(self, method: str, action: str, body: Any) -> dict[str, Any] | None:
        if (method, action) == ("POST", "reset"):
            self.reset()
            return {"reset": True}
        if (method, action) == ("POST", "seed"):
            return {"seeded": self.seed(str(body.get("dataset", "demo")))}
        if action == "faults" and method in ("POST", "PUT", "DELETE"):
            self.set_faults(None if method == "DELETE" else (body or None))
            return self.core.faults.describe()
        if (method, action) == ("GET", "faults"):
            return self.core.faults.describe()
        if (method, action) == ("GET", "stats"):
            return self.stats()
        return None


def _json(req: Request, status: int, doc: dict[str, Any]) -> Outcome:
    headers = [("Content-Type", "application/json"), ("X-Request-Id", req.request_id)]
    return Outcome(status, headers, json.dumps(doc).encode())
