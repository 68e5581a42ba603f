"""Webhook delivery: sign each pending delivery, POST it, log the outcome and retry failures.

The decisions are pure functions: which event types an endpoint receives for an emitted
event (:func:`delivered_types`), the event payload (:func:`build_event`), what changed
(:func:`previous_attributes`), the backoff schedule (:class:`RetryPolicy`), what a
response does to the delivery row (:func:`record_attempt`) and which deliveries are due
(:func:`due_deliveries`). The :class:`Deliverer` only drives them: it reads the pending
deliveries under the store lock, sends them without it, and records each outcome under it
again, so a slow receiver never stalls the API.

Ordering: per endpoint, deliveries go out in the order their events were recorded. A
delivery waiting out a backoff holds back the later ones of its endpoint until it
succeeds or gives up after the last attempt. A disabled endpoint gets nothing; its
deliveries stay ``pending`` and go out once it is enabled again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._schema import iso, utcnow
from ._store import Store

Json = Any
Doc = dict[str, Json]

ENDPOINT_KIND = "webhook_endpoint"
DELIVERY_KIND = "webhook_delivery"
TIMEOUT = 2.0
"""Seconds a receiver gets to answer one delivery (connect, write and read)."""
IDLE_POLL = 1.0
"""Longest the background thread sleeps between passes when nothing wakes it."""
USER_AGENT = "stateset-sandbox-webhooks/1"
_MIN_WAIT = 0.005
_log = logging.getLogger("stateset.sandbox")


@dataclass(frozen=True)
class RetryPolicy:
    """How often a delivery is attempted and how long to wait between attempts.

    The n-th retry waits ``first_delay * factor ** (n - 1)`` seconds, capped at
    ``max_delay``; after ``attempts`` attempts in all the delivery is ``failed``.
    The sandbox defaults are short (0.2 s doubling, 5 attempts) so tests stay fast.
    """

    attempts: int = 5
    first_delay: float = 0.2
    factor: float = 2.0
    max_delay: float = 60.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.first_delay < 0:
            raise ValueError("first_delay must not be negative")

    def delay_after(self, attempts: int) -> float | None:
        """Return the seconds to wait after ``attempts`` failed attempts, or None to give up."""
        if attempts >= self.attempts:
            return None
        return min(self.first_delay * self.factor ** max(attempts - 1, 0), self.max_delay)


def event_id_for(outbox_id: str, event_type: str) -> str:
    """Return the stable ``evt_…`` id of ``event_type`` emitted by outbox item ``outbox_id``.

    It is the ``webhook-id`` of every attempt, to every endpoint, so receivers can
    deduplicate retries; an implied ``….updated`` gets an id of its own.
    """
    try:
        base = uuid.UUID(outbox_id)
    except ValueError:
        base = uuid.uuid5(uuid.NAMESPACE_URL, outbox_id)
    return "evt_" + uuid.uuid5(base, event_type).hex


def delivered_types(event_type: str, subscribed: Iterable[str], known: Iterable[str]) -> list[str]:
    """Return the event types an endpoint subscribed to ``subscribed`` receives for ``event_type``.

    A lifecycle event such as ``order.cancelled`` also changes the object, so an endpoint
    subscribed to ``order.updated`` receives an ``order.updated`` for it too (when the
    contract declares that type); ``*`` subscribes to everything. Types the contract does
    not declare are never delivered, since they have no payload schema.
    """
    wanted, declared = set(subscribed), set(known)

    def wants(name: str) -> bool:
        return "*" in wanted or name in wanted

    out = [event_type] if event_type in declared and wants(event_type) else []
    noun, _, verb = event_type.rpartition(".")
    implied = f"{noun}.updated"
    if noun and verb not in ("created", "updated") and implied in declared and wants(implied):
        out.append(implied)
    return out


def previous_attributes(before: Mapping[str, Json] | None, after: Mapping[str, Json]) -> Doc | None:
    """Return the public fields of ``before`` whose values differ in ``after`` (None if unknown)."""
    if before is None:
        return None
    keys = [k for k in {**before, **after} if not k.startswith("_")]
    return {k: before.get(k) for k in keys if before.get(k) != after.get(k)}


def build_event(event_id: str, event_type: str, created_at: str, obj: Doc, previous: Doc | None) -> Doc:
    """Return the webhook payload ``{id, type, created_at, data: {object, previous_attributes}}``."""
    return {
        "id": event_id,
        "type": event_type,
        "created_at": created_at,
        "data": {"object": obj, "previous_attributes": previous},
    }


def encode(event: Doc) -> bytes:
    """Return the exact bytes that are signed and sent (compact JSON, stable across retries)."""
    return json.dumps(event, separators=(",", ":"), sort_keys=True).encode()


def record_attempt(
    delivery: Doc, response_status: int | None, error: str | None, now: dt.datetime, policy: RetryPolicy
) -> Doc:
    """Return ``delivery`` updated with one attempt's outcome (2xx succeeds; else retry or fail)."""
    attempts = int(delivery.get("attempts", 0)) + 1
    ok = error is None and response_status is not None and 200 <= response_status < 300
    out = {**delivery, "attempts": attempts, "response_status": response_status}
    if ok:
        return {**out, "status": "succeeded", "last_error": None, "next_attempt_at": None, "delivered_at": iso(now)}
    delay = policy.delay_after(attempts)
    out["last_error"] = error or f"HTTP {response_status}"
    if delay is None:
        return {**out, "status": "failed", "next_attempt_at": None}
    return {**out, "status": "pending", "next_attempt_at": iso(now + dt.timedelta(seconds=delay))}


def parse_time(value: str | None) -> dt.datetime | None:
    """Parse an RFC 3339 timestamp the sandbox wrote (None stays None)."""
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Plan:
    """One pass's work: deliveries to send now, orphans to fail, and the next wake-up."""

    send: list[tuple[Doc, Doc]]
    orphans: list[Doc]
    next_due: dt.datetime | None


def due_deliveries(
    pending: Iterable[Doc], endpoints: Mapping[str, Doc], now: dt.datetime, *, force: bool = False
) -> Plan:
    """Pick, per endpoint, the oldest pending delivery if it is due (``force``: even if not).

    ``pending`` must be in creation order. Only each endpoint's head is sent in a pass so a
    failure can hold back the rest; deliveries of a deleted endpoint are orphans.
    """
    send: list[tuple[Doc, Doc]] = []
    orphans: list[Doc] = []
    seen: set[str] = set()
    next_due: dt.datetime | None = None
    for delivery in pending:
        endpoint_id = str(delivery["endpoint_id"])
        endpoint = endpoints.get(endpoint_id)
        if endpoint is None:
            orphans.append(delivery)
            continue
        if endpoint_id in seen or not endpoint.get("enabled", True):
            continue
        seen.add(endpoint_id)
        when = parse_time(delivery.get("next_attempt_at")) or now
        if force or when <= now:
            send.append((delivery, endpoint))
        elif next_due is None or when < next_due:
            next_due = when
    return Plan(send, orphans, next_due)


class Deliverer:
    """Sends a sandbox's pending webhook deliveries, on demand or from a background thread.

    ``deliver_pending()`` runs one pass in the caller's thread (deterministic tests);
    ``start()`` runs passes in a daemon thread woken by ``notify()`` after each committed
    event and by retry deadlines; ``stop()`` ends it and closes the HTTP client.
    """

    def __init__(
        self,
        store: Store,
        policy: RetryPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = TIMEOUT,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.store = store
        self.policy = policy or RetryPolicy()
        self.timeout = timeout
        self._transport = transport
        self._clock = clock
        self._client: httpx.Client | None = None
        self._pass_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether the background thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the background thread (idempotent; a stopped deliverer stays stopped)."""
        with self._state_lock:
            if self._thread is not None or self._stopped.is_set():
                return
            self._thread = threading.Thread(target=self._run, daemon=True, name="stateset-sandbox-webhooks")
            self._thread.start()

    def notify(self) -> None:
        """Wake the thread after a commit, starting it the first time there is work."""
        if self._thread is None:
            if self._stopped.is_set() or not self.has_pending():
                return
            self.start()
        self._wake.set()

    def has_pending(self) -> bool:
        """Return whether any delivery is still pending."""
        (count,) = self.store.aggregate(DELIVERY_KIND, "COUNT(*)", "status = ?", ("pending",))
        return bool(count)

    def stop(self) -> None:
        """Stop the thread (waiting for an attempt in flight) and close the HTTP client."""
        self._stopped.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout=self.timeout + 5)
        with self._pass_lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def deliver_pending(self, *, force: bool = False) -> int:
        """Attempt each endpoint's next due delivery, in order; return how many were attempted.

        An endpoint whose delivery succeeds moves on to its next one in the same pass.
        ``force`` also attempts deliveries that are waiting out a backoff.
        """
        return self._pass(force)[0]

    def _pass(self, force: bool) -> tuple[int, dt.datetime | None]:
        with self._pass_lock:
            # An endpoint whose attempt fails is blocked for the rest of the pass, so the
            # loop ends: every round either succeeds (a row leaves ``pending``) or blocks one.
            attempted, blocked = 0, set[str]()
            while True:
                plan = self._plan(force, blocked)
                for orphan in plan.orphans:
                    self._save_outcome(orphan, None, "endpoint deleted", give_up=True)
                if not plan.send:
                    return attempted, plan.next_due
                for delivery, endpoint in plan.send:
                    attempted += 1
                    if not self._attempt(delivery, endpoint):
                        blocked.add(str(endpoint["id"]))

    def _plan(self, force: bool, blocked: set[str]) -> Plan:
        with self.store.lock:
            pending = self.store.query(DELIVERY_KIND, "status = ?", ["pending"], "seq", None, 0)[0]
            endpoints = {str(e["id"]): e for e in self.store.all(ENDPOINT_KIND)}
        plan = due_deliveries(pending, endpoints, self._clock(), force=force)
        return Plan([(d, e) for d, e in plan.send if str(e["id"]) not in blocked], plan.orphans, plan.next_due)

    def _attempt(self, delivery: Doc, endpoint: Doc) -> bool:
        from stateset.webhooks import Webhook  # lazy: the sandbox imports no SDK module up front

        body = encode(delivery["_event"])
        headers = Webhook(endpoint["_secret"]).sign(body, msg_id=str(delivery["event_id"]), timestamp=self._clock())
        headers.update({"content-type": "application/json", "user-agent": USER_AGENT})
        status: int | None = None
        error: str | None = None
        try:
            status = self._http().post(str(endpoint["url"]), content=body, headers=headers).status_code
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return self._save_outcome(delivery, status, error)

    def _save_outcome(self, delivery: Doc, status: int | None, error: str | None, *, give_up: bool = False) -> bool:
        policy = RetryPolicy(attempts=1) if give_up else self.policy
        with self.store.transaction():
            current = self.store.get(DELIVERY_KIND, str(delivery["id"]))
            if current is None:  # wiped or reset while the request was in flight
                return False
            updated = record_attempt(current, status, error, self._clock(), policy)
            self.store.put(DELIVERY_KIND, updated)
        return bool(updated["status"] == "succeeded")

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(transport=self._transport, timeout=self.timeout, follow_redirects=False)
        return self._client

    def _run(self) -> None:
        while not self._stopped.is_set():
            self._wake.clear()
            wait = IDLE_POLL
            try:
                _, next_due = self._pass(False)
            except Exception:  # the thread must outlive a bad pass; the next one retries
                _log.exception("sandbox webhook delivery pass failed")
            else:
                if next_due is not None:
                    wait = (next_due - self._clock()).total_seconds()
            self._wake.wait(min(max(wait, _MIN_WAIT), IDLE_POLL))
