"""Interoperability with the reference ``standardwebhooks`` package (a test-only oracle).

The reference ``verify`` reads the real clock, so everything here is signed
near the current time.
"""

from __future__ import annotations

import base64
import json
import random
import string
from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks.webhooks import Webhook as ReferenceWebhook
from standardwebhooks.webhooks import WebhookVerificationError as ReferenceError

from stateset.webhooks import Webhook, WebhookSignatureMismatchError

RNG_SEED = 1614265330
ROUNDS = 50


def _random_case(rng: random.Random) -> tuple[str, str, bytes, datetime]:
    secret = "whsec_" + base64.b64encode(rng.randbytes(rng.choice([24, 32, 64]))).decode()
    msg_id = "msg_" + "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(1, 40)))
    document = {
        "type": rng.choice(["order.created", "return.updated", "ping"]),
        "data": {
            "text": "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(0, 60))),
            "n": rng.randint(-(10**12), 10**12),
        },
    }
    body = json.dumps(document, ensure_ascii=rng.random() < 0.5).encode()
    when = datetime.now(UTC) + timedelta(seconds=rng.randint(-200, 200))
    return secret, msg_id, body, when


def test_reference_signs_we_verify() -> None:
    rng = random.Random(RNG_SEED)
    for _ in range(ROUNDS):
        secret, msg_id, body, when = _random_case(rng)
        signature = ReferenceWebhook(secret).sign(msg_id, when, body.decode())
        headers = {
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(when.timestamp())),
            "webhook-signature": signature,
        }
        event = Webhook(secret).verify(body, headers)
        assert event.raw == json.loads(body)
        assert event.msg_id == msg_id


def test_we_sign_reference_verifies() -> None:
    rng = random.Random(RNG_SEED + 1)
    for _ in range(ROUNDS):
        secret, msg_id, body, when = _random_case(rng)
        headers = Webhook(secret).sign(body, msg_id=msg_id, timestamp=when)
        assert ReferenceWebhook(secret).verify(body, headers) == json.loads(body)


def test_both_reject_the_other_secret() -> None:
    rng = random.Random(RNG_SEED + 2)
    secret, msg_id, body, when = _random_case(rng)
    other, *_ = _random_case(rng)
    headers = Webhook(secret).sign(body, msg_id=msg_id, timestamp=when)
    with pytest.raises(ReferenceError):
        ReferenceWebhook(other).verify(body, headers)
    with pytest.raises(WebhookSignatureMismatchError):
        Webhook(other).verify(body, headers)
