"""The request pipeline, independent of ASGI: route, authenticate, limit, fault, validate, handle.

Keeping the pipeline synchronous and socket-free lets the in-process transports call it
directly (no event loop or thread hop per request), while the ASGI app wraps the same
function for uvicorn.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._contract import Contract, Operation
from ._encode import canonical, dumps_bytes
from ._engine import HANDLERS, Ctx, Reply
from ._errors import ApiError, title
from ._faults import FaultPlan
from ._limits import Auth, RateLimiter
from ._schema import Shaper, now_iso
from ._store import Store
from ._validate import coerce_params, parse_body, return_preference

Json = Any
_MUTATING = {"POST", "PUT", "PATCH", "DELETE"}
_FALLBACK = (422, 409, 400, 404)
_MAX_KEY = 255
_log = logging.getLogger("stateset.sandbox")
EventHook = Callable[[str, dict[str, Json]], None]


@dataclass
class Outcome:
    """What the transport should do: send this response, maybe after a delay, maybe drop it."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    drop: bool = False


@dataclass
class Request:
    """A transport-neutral HTTP request."""

    method: str
    path: str
    query: dict[str, str]
    headers: Mapping[str, str]
    body: bytes = b""
    request_id: str = field(default_factory=lambda: "req_" + uuid.uuid4().hex[:24])


class Core:
    """Serves the contract's operations against a :class:`Store`."""

    def __init__(
        self,
        store: Store,
        contract: Contract,
        auth: Auth,
        limiter: RateLimiter | None,
        faults: FaultPlan,
    ) -> None:
        self.store = store
        self.contract = contract
        self.shaper = Shaper(contract)
        self.auth = auth
        self.limiter = limiter
        self.faults = faults
        self.hooks: list[EventHook] = []
        # Called once after each commit that emitted events (however many it emitted).
        self.commit_hooks: list[Callable[[], None]] = []
        self.operator: Callable[[Request], Outcome] | None = None
        self.stats: dict[str, int] = {"requests": 0, "replays": 0, "errors": 0}
        self._stats_lock = threading.Lock()
        # Bucket by segment count, most literal segments first, so that
        # /orders/by-number/{n} wins over /orders/{id} and few regexes are tried.
        self._ops: dict[int, list[Operation]] = {}
        for op in sorted(contract.operations, key=lambda o: -o.literal_segments):
            self._ops.setdefault(op.path.count("/"), []).append(op)

    def handle(self, req: Request) -> Outcome:
        """Serve one request and return the outcome (never raises for request errors)."""
        if req.path.startswith("/_sandbox/") and self.operator is not None:
            return self.operator(req)
        self._count("requests")
        rate_headers: dict[str, str] = {}
        op: Operation | None = None
        try:
            op = self._route(req)
            principal, customer = self._authenticate(op, req)
            rate_headers = self._limit(op, principal)
            return self._run(op, req, principal, customer, rate_headers)
        except ApiError as exc:
            self._count("errors")
            status = _declared(op, exc.status)
            return self._error(req, status, exc, {**rate_headers, **exc.headers})
        except Exception as exc:  # a sandbox bug: still answer with the envelope
            _log.exception("sandbox handler failed for %s %s", req.method, req.path)
            self._count("errors")
            return self._error(req, 500, ApiError(500, "internal sandbox error", repr(exc)), rate_headers)

    def _count(self, name: str) -> None:
        with self._stats_lock:
            self.stats[name] += 1

    def _route(self, req: Request) -> Operation:
        matched: list[Operation] = []
        for op in self._ops.get(req.path.rstrip("/").count("/"), ()):
            m = op.pattern.match(req.path)
            if m is None:
                continue
            if op.method == req.method:
                return op
            matched.append(op)
        if matched:
            allow = ", ".join(sorted({o.method for o in matched}))
            raise ApiError(405, f"method {req.method} not allowed on {req.path}", headers={"Allow": allow})
        raise ApiError(404, f"no route for {req.method} {req.path}")

    def _authenticate(self, op: Operation, req: Request) -> tuple[str, str | None]:
        if not op.needs_auth:
            return "anonymous", None
        key, bearer = self.auth.credentials(req.headers)
        customer = self._customer_for(bearer)
        if self.auth.valid_key(key):
            principal = str(key)
        elif self.auth.valid_key(bearer):
            principal = str(bearer)
        elif customer is not None:
            principal = f"customer:{customer}"
        else:
            raise ApiError(401, "missing or invalid API key" if (key or bearer) else "authentication required")
        if op.path.startswith("/api/v1/customers/me") and customer is None:
            raise ApiError(401, "a customer session token is required (Authorization: Bearer <token>)")
        return principal, customer

    def _customer_for(self, token: str | None) -> str | None:
        if not token or token.startswith("sk_"):
            return None
        session = self.store.get("session", token)
        return None if session is None else str(session["customer_id"])

    def _limit(self, op: Operation, principal: str) -> dict[str, str]:
        if self.limiter is None or not op.needs_auth:
            return {}
        return self.limiter.hit(principal)

    def _run(self, op: Operation, req: Request, principal: str, customer: str | None, rate: dict[str, str]) -> Outcome:
        fault = self.faults.next()
        if fault in ("500", "503"):
            raise ApiError(int(str(fault)), "injected fault", "sandbox fault injection")
        if fault == "drop":
            return Outcome(500, [], b"", drop=True)
        params = coerce_params(self.contract, op, _path_args(op, req.path), req.query)
        body = parse_body(self.contract, op, req.body, req.headers.get("content-type", ""))
        ctx = Ctx(self.store, self.contract, self.shaper, op, params, {} if body is None else body, principal, customer)
        ctx.minimal = op.param("Prefer") is not None and return_preference(req.headers.get("prefer", "")) == "minimal"
        # An empty key is allowed by the contract's schema and means "no key".
        idem = (req.headers.get("idempotency-key") or None) if req.method in _MUTATING else None
        if idem is not None and len(idem) > _MAX_KEY:
            raise ApiError(400, "invalid Idempotency-Key", f"Idempotency-Key: at most {_MAX_KEY} characters")
        outcome = self._transact(ctx, req, idem, rate)
        self._dispatch(ctx.events)
        outcome.drop = fault == "commit_then_drop"
        outcome.delay = self.faults.latency if fault == "latency" else 0.0
        return outcome

    def _dispatch(self, events: list[tuple[str, dict[str, Json]]]) -> None:
        # After the commit: a failing hook is logged and never turns a success into an error.
        for commit_hook in list(self.commit_hooks) if events else ():
            try:
                commit_hook()
            except Exception:
                _log.exception("sandbox commit hook failed")
        for event_type, obj in events:
            for hook in list(self.hooks):
                try:
                    hook(event_type, obj)
                except Exception:
                    _log.exception("sandbox event hook failed for %s", event_type)

    def _transact(self, ctx: Ctx, req: Request, idem: str | None, rate: dict[str, str]) -> Outcome:
        fingerprint = _fingerprint(req, ctx.body) if idem else ""
        with self.store.transaction():
            if idem:
                stored = self.store.idem_get(ctx.principal, idem)
                if stored is not None:
                    return self._replay(req, stored, fingerprint, rate)
            result = HANDLERS[ctx.op.op_id](ctx)
            status, data = (
                (result.status, result.data) if isinstance(result, Reply) else (ctx.op.success_status, result)
            )
            has_body = status != 204 and ctx.op.success_schema is not None
            body = self._body(ctx.op, data, req.request_id) if has_body else b""
            # Stored with the body, so that a replay says which representation it carries.
            applied = {"Preference-Applied": "return=minimal"} if ctx.minimal else {}
            if idem:
                self.store.idem_put(ctx.principal, idem, fingerprint, status, json.dumps(applied), body)
        return Outcome(status, self._headers(req, rate, bool(body)) + list(applied.items()), body)

    def _replay(
        self, req: Request, stored: tuple[str, int, str, bytes], fingerprint: str, rate: dict[str, str]
    ) -> Outcome:
        if stored[0] != fingerprint:
            raise ApiError(
                409,
                "Idempotency-Key reused with a different request",
                "the key was first used with another method, path or body",
            )
        self._count("replays")
        headers = self._headers(req, rate, bool(stored[3])) + list(json.loads(stored[2]).items())
        headers.append(("Idempotent-Replayed", "true"))
        return Outcome(stored[1], headers, stored[3])

    def _body(self, op: Operation, data: Json, request_id: str) -> bytes:
        schema = self.contract.resolve(op.success_schema or {})
        props = schema.get("properties", {})
        if "success" in props and "data" in props:
            doc: Json = {"success": True, "data": data, "meta": {"request_id": request_id, "timestamp": now_iso()}}
        else:
            doc = data
        if op.success_schema is not None:
            doc = self.shaper.conform(op.success_schema, doc)
        return dumps_bytes(doc)

    def _headers(self, req: Request, rate: dict[str, str], has_body: bool) -> list[tuple[str, str]]:
        headers = [("X-Request-Id", req.request_id)]
        headers += list((rate or self._nominal_rate()).items())
        if has_body:
            headers.append(("Content-Type", "application/json"))
        return headers

    def _nominal_rate(self) -> dict[str, str]:
        return {"X-RateLimit-Limit": "1000000", "X-RateLimit-Remaining": "1000000", "X-RateLimit-Reset": "60"}

    def _error(self, req: Request, status: int, exc: ApiError, extra: dict[str, str]) -> Outcome:
        doc = {
            "error": title(status),
            "message": exc.message,
            "timestamp": now_iso(),
            "details": exc.details,
            "request_id": req.request_id,
        }
        body = dumps_bytes(doc)
        headers = self._headers(req, {k: v for k, v in extra.items() if k.startswith("X-RateLimit")}, True)
        headers += [(k, v) for k, v in extra.items() if not k.startswith("X-RateLimit")]
        return Outcome(status, headers, body)


def _declared(op: Operation | None, status: int) -> int:
    """Map a refusal onto a status the operation declares (e.g. 404 → 422 on creates)."""
    if op is None or status in op.declared or status not in _FALLBACK:
        return status
    return next((s for s in _FALLBACK if s in op.declared), status)


def _path_args(op: Operation, path: str) -> dict[str, str]:
    m = op.pattern.match(path)
    return dict(m.groupdict()) if m else {}


def _fingerprint(req: Request, body: Json) -> str:
    """Hash method, path, query and the parsed body (so whitespace and key order don't matter)."""
    digest = hashlib.sha256(json.dumps([req.method, req.path, sorted(req.query.items())]).encode())
    digest.update(b"\n" + canonical(body))
    return digest.hexdigest()
