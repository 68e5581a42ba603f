"""The framework-neutral part of every adapter: run the router, choose the reply."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from stateset.webhooks._errors import WebhookPayloadError, WebhookVerificationError
from stateset.webhooks._headers import HeadersLike
from stateset.webhooks._router import HandleResult, HandleStatus, WebhookRouter

logger = logging.getLogger("stateset.webhooks")


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP status and a small JSON body that never reveals why a request failed."""

    status: int
    body: dict[str, str]


REJECTED = Reply(400, {"error": "invalid webhook"})
FAILED = Reply(500, {"error": "webhook processing failed"})


def process(router: WebhookRouter, body: bytes, headers: HeadersLike) -> Reply:
    """Run ``router.handle`` and map its outcome or exception to a ``Reply``."""
    try:
        result = router.handle(body, headers)
    except Exception as exc:
        return _failure(exc)
    return _success(result)


async def process_async(router: WebhookRouter, body: bytes, headers: HeadersLike) -> Reply:
    """Run ``router.handle_async`` and map its outcome or exception to a ``Reply``."""
    try:
        result = await router.handle_async(body, headers)
    except Exception as exc:
        return _failure(exc)
    return _success(result)


def _success(result: HandleResult) -> Reply:
    if result.status is HandleStatus.IN_PROGRESS:
        logger.info("webhook %s is being processed by another worker", result.dedup_key)
    return Reply(result.http_status, {"status": result.status.value})


def _failure(exc: Exception) -> Reply:
    if isinstance(exc, WebhookVerificationError):
        # The messages never repeat header values, so they are safe to log.
        logger.warning("rejected a webhook: %s: %s", type(exc).__name__, exc)
        return REJECTED
    if isinstance(exc, WebhookPayloadError):
        logger.error("an authentic webhook could not be read", exc_info=exc)
    else:
        logger.error("a webhook handler failed; the sender will retry", exc_info=exc)
    return FAILED
