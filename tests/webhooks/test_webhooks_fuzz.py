"""Fuzzing: mutate validly signed messages and check every outcome.

Each mutation is labelled as preserving the signed content (header-name case,
bytes vs str, identical duplicates, unrelated headers, extra signature
entries, reordering) or changing it (body bytes, the id, the timestamp, the
genuine signature, dropped or renamed headers, conflicting duplicates). Then:

* a message with any changing mutation must be rejected (no false accepts);
* a message with only preserving mutations must be accepted;
* nothing but ``WebhookVerificationError`` subclasses may be raised.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from stateset.webhooks import Webhook, WebhookVerificationError

NOW = datetime(2024, 12, 9, 10, 30, tzinfo=UTC)
SECRETS = ["whsec_" + base64.b64encode(b"k" * 32).decode(), "rotated-raw-secret"]
ITERATIONS = 15_000
RELEVANT = {
    "standard": ("webhook-id", "webhook-timestamp", "webhook-signature"),
    "stateset": ("timestamp", "merchant-signature"),
}
UNRELATED = ["content-type", "user-agent", "x-forwarded-for", "x-request-id", "\u212a"]
ODD_VALUES: list[Any] = [None, 7, b"\xff\xfe", "é", "", " ", "x" * 9000, ["v1,x"]]

Pairs = list[list[Any]]
Mutation = Callable[[random.Random, str, Pairs, bytes, str], tuple[Pairs, bytes, bool]]


def _text(value: Any) -> Any:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _indexes(pairs: Pairs, name: str) -> list[int]:
    return [i for i, (n, _) in enumerate(pairs) if isinstance(_text(n), str) and _text(n).lower() == name]


def _random_body(rng: random.Random) -> bytes:
    document = {
        "id": f"evt_{rng.getrandbits(48):x}",
        "type": rng.choice(["order.created", "return.updated"]),
        "data": {"note": "".join(rng.choices('ab.{}"\\é\n ', k=rng.randint(0, 30)))},
    }
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode()


def _other_char(rng: random.Random, old: str) -> str:
    while True:
        new = rng.choice(string.printable + "é\u0660")
        if new != old:
            return new


# --- preserving mutations -------------------------------------------------------


def p_name_case(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    if not pairs:  # every header was dropped earlier
        return pairs, body, True
    pair = rng.choice(pairs)
    name = _text(pair[0])
    pair[0] = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in name)
    return pairs, body, True


def p_bytes(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    if not pairs:  # every header was dropped earlier
        return pairs, body, True
    pair = rng.choice(pairs)
    if all(isinstance(x, str) and x.isascii() for x in pair):
        pair[:] = [pair[0].encode(), pair[1].encode()]
    return pairs, body, True


def p_identical_duplicate(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    if not pairs:  # every header was dropped earlier
        return pairs, body, True
    pairs.append(list(rng.choice(pairs)))
    return pairs, body, True


def p_unrelated(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    pairs.insert(rng.randint(0, len(pairs)), [rng.choice(UNRELATED), rng.choice(ODD_VALUES)])
    return pairs, body, True


def p_extra_signature(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    if scheme == "stateset":
        # Junk Stateset headers beside Standard ones are ignored; the reverse is tested below.
        return pairs, body, True
    extra = rng.choice(["v1a,", "v2,"]) + base64.b64encode(rng.randbytes(32)).decode()
    first = rng.random() < 0.5  # same placement in every copy, or they would conflict
    for i in _indexes(pairs, "webhook-signature"):
        value = _text(pairs[i][1])
        pairs[i][1] = f"{extra} {value}" if first else f"{value} {extra}"
    return pairs, body, True


def p_reorder(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    rng.shuffle(pairs)
    return pairs, body, True


# --- changing mutations -----------------------------------------------------------


def c_body_bytes(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    data = bytearray(body)
    op = rng.randrange(5)
    at = rng.randrange(len(data))
    if op == 0:
        data[at] ^= 1 << rng.randrange(8)
    elif op == 1:
        data.insert(at, rng.randrange(256))
    elif op == 2:
        del data[at]
    elif op == 3:
        data += rng.choice([b"\n", b" ", b"\r\n", b"\x00"])
    else:
        data = bytearray(_random_body(rng))
    return pairs, bytes(data), bytes(data) == body


def c_value(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    name = rng.choice(RELEVANT[scheme])
    targets = _indexes(pairs, name)
    if not targets:  # already dropped or renamed by an earlier changing mutation
        return pairs, body, False
    i = rng.choice(targets)
    value = _text(pairs[i][1])
    if not isinstance(value, str) or not value:
        pairs[i][1] = "x"
        return pairs, body, False
    if name.endswith("signature") and sig and sig in value:
        # Only the genuine entry: editing an extra, unknown-version entry changes nothing.
        start = value.index(sig)
        value, prefix, suffix = sig, value[:start], value[start + len(sig) :]
    else:
        prefix = suffix = ""
    op = rng.randrange(6)
    at = rng.randrange(len(value))
    if op == 0:
        new: Any = value[:at] + _other_char(rng, value[at]) + value[at + 1 :]
    elif op == 1:
        new = value[:at] + value[at + 1 :]
    elif op == 2:
        new = value[:at] + rng.choice(string.printable) + value[at:]
    elif op == 3:
        new = rng.choice([" ", "\t", "\n"]) + value if rng.random() < 0.5 else value + " "
    elif op == 4:
        new = rng.choice(ODD_VALUES)
    else:
        new = value.upper() if value != value.upper() else value.lower() + "x"
    pairs[i][1] = prefix + new + suffix if isinstance(new, str) else new
    return pairs, body, False


def c_equivalent_timestamp(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    # Same instant, different spelling: the signed string changes, so it must fail.
    name = RELEVANT[scheme][1 if scheme == "standard" else 0]
    for i in _indexes(pairs, name):
        value = _text(pairs[i][1])
        if isinstance(value, str):
            pairs[i][1] = "0" + value if scheme == "standard" else value.replace("Z", "+00:00")
    return pairs, body, False


def c_drop(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    name = rng.choice(RELEVANT[scheme])
    return [p for i, p in enumerate(pairs) if i not in _indexes(pairs, name)], body, False


def c_rename(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    name = rng.choice(RELEVANT[scheme])
    for i in _indexes(pairs, name):
        at = rng.randrange(len(name))
        replacement = _other_char(rng, name[at])
        while replacement.lower() == name[at]:
            replacement = _other_char(rng, name[at])
        pairs[i][0] = name[:at] + replacement + name[at + 1 :]
    return pairs, body, False


def c_conflict(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    name = rng.choice(RELEVANT[scheme])
    targets = _indexes(pairs, name)
    value = _text(pairs[rng.choice(targets)][1]) if targets else None
    pairs.append([name, value + "0" if isinstance(value, str) else "x"])
    return pairs, body, False


def c_other_scheme(rng: random.Random, scheme: str, pairs: Pairs, body: bytes, sig: str) -> Any:
    if scheme == "standard":
        return c_drop(rng, scheme, pairs, body, sig)
    # Any Standard Webhooks header wins, so a Stateset message then fails.
    pairs.append([rng.choice(["webhook-id", "Webhook-Timestamp", "svix-signature"]), "x"])
    return pairs, body, False


PRESERVING: list[Mutation] = [
    p_name_case,
    p_bytes,
    p_identical_duplicate,
    p_unrelated,
    p_extra_signature,
    p_reorder,
]
CHANGING: list[Mutation] = [
    c_body_bytes,
    c_value,
    c_equivalent_timestamp,
    c_drop,
    c_rename,
    c_conflict,
    c_other_scheme,
]


def _payload(rng: random.Random, body: bytes) -> Any:
    kind = rng.randrange(4)
    if kind == 1:
        return bytearray(body)
    if kind == 2:
        return memoryview(body)
    if kind == 3:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return body
    return body


def test_mutated_messages_never_falsely_verify() -> None:
    rng = random.Random(20241209)
    verifier = Webhook(SECRETS, clock=lambda: NOW)
    signers = [Webhook(secret, clock=lambda: NOW) for secret in SECRETS]
    outcomes: Counter[str] = Counter()
    for _ in range(ITERATIONS):
        scheme = rng.choice(["standard", "stateset"])
        body = _random_body(rng)
        when = NOW + timedelta(seconds=rng.randint(-299, 299))
        if scheme == "stateset":
            when += timedelta(microseconds=rng.choice([0, rng.randrange(1, 10**6)]))
        headers = rng.choice(signers).sign(body, timestamp=when, scheme=scheme)  # type: ignore[arg-type]
        sig = headers.get("webhook-signature", "")
        pairs: Pairs = [[k, v] for k, v in headers.items()]
        preserving = True
        for _ in range(rng.randint(1, 3)):
            mutation = rng.choice(PRESERVING if rng.random() < 0.5 else CHANGING)
            pairs, body_after, kept = mutation(rng, scheme, pairs, body, sig)
            preserving = preserving and kept
            outcomes[mutation.__name__] += 1
            body = body_after
        try:
            event = verifier.verify(_payload(rng, body), [tuple(p) for p in pairs])
        except WebhookVerificationError as exc:
            event, rejection = None, exc
        if event is None:
            assert not preserving, f"false reject {rejection!r}: {pairs!r}"
            outcomes["rejected"] += 1
        else:
            assert preserving, f"false accept: {pairs!r} {body!r}"
            assert event.raw == json.loads(body)
            outcomes["accepted"] += 1
    assert outcomes["accepted"] > ITERATIONS // 10
    assert outcomes["rejected"] > ITERATIONS // 2
    assert all(outcomes[m.__name__] > 100 for m in PRESERVING + CHANGING)


HEADER_NAMES = st.sampled_from(
    [n for names in RELEVANT.values() for n in names] + ["svix-id", "svix-timestamp", "x-other"]
).map(lambda n: n.upper() if len(n) % 2 else n)
# Built from cheap strategies (from_regex is slow) to look almost right.
_MAC = st.binary(min_size=32, max_size=32)
_NEAR_NOW = st.integers(-400, 400).map(lambda s: NOW + timedelta(seconds=s))
HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=80),
    st.lists(_MAC.map(lambda m: "v1," + base64.b64encode(m).decode()), min_size=1, max_size=3).map(" ".join),
    st.integers(-1, 10**14).map(str),
    _NEAR_NOW.map(lambda d: str(int(d.timestamp()))),
    _NEAR_NOW.map(lambda d: d.isoformat().replace("+00:00", "Z")),
    _MAC.map(bytes.hex),
    st.integers(),
    st.none(),
)


@settings(max_examples=500, deadline=None, database=None)
@given(
    pairs=st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=8),
    body=st.one_of(st.binary(max_size=200), st.text(max_size=200)),
)
def test_arbitrary_headers_raise_only_verification_errors(pairs: list[tuple[str, Any]], body: bytes | str) -> None:
    # Random headers essentially never carry a valid MAC, so every call fails.
    try:
        Webhook(SECRETS, clock=lambda: NOW).verify(body, pairs)
    except WebhookVerificationError:
        pass
    else:  # pragma: no cover - would be a forged signature
        raise AssertionError("random headers verified")
