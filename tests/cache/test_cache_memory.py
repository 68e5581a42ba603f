"""MemoryCache's hit path: one-lock lookups and entries kept decoded after their first hit."""

from __future__ import annotations

import time

import httpx

from stateset import MemoryCache, Stateset
from stateset.cache._keys import entry_key
from stateset.cache._serialization import DecodedEntry, Entry, decode_entry, encode_entry

SIGN = b"s" * 32


def make_entry(stored_at: float | None = None, ttl: float = 60.0) -> Entry:
    stored = time.time() if stored_at is None else stored_at
    return Entry(200, (("content-type", "application/json"),), b'{"ok":true}', stored, ttl)


def test_lookup_matches_get_many_then_get() -> None:
    cache = MemoryCache()
    counters = ("g", "g:e:orders", "g:o:orders:1")
    cache.incr("g:e:orders", 60)
    key = entry_key("e:base", cache.get_many(counters))
    assert cache.lookup(counters, "e:base") == (key, None)
    cache.set(key, b"value", 60)
    assert cache.lookup(counters, "e:base") == (key, b"value")
    cache.incr("g:o:orders:1", 60)
    assert cache.lookup(counters, "e:base")[1] is None  # a new generation selects a new key


def test_decoded_entries_still_read_as_bytes() -> None:
    cache = MemoryCache(signing_key=SIGN)
    raw = encode_entry(make_entry(), "k", SIGN)
    cache.set("k", raw, 60)
    decoded = DecodedEntry(decode_entry(raw, "k", SIGN, time.time()))
    cache.keep_decoded("k", b"other bytes", decoded)  # not what is stored: ignored
    assert cache.lookup((), "k")[1] is raw
    cache.keep_decoded("k", raw, decoded)
    assert cache.lookup((), "k")[1] is decoded
    for value in (cache.get("k"), cache.get_many(["k"])[0]):
        assert isinstance(value, bytes)
        assert decode_entry(value, "k", SIGN, time.time()) == decoded.entry


def test_decoded_responses_update_age_and_are_independent() -> None:
    request = httpx.Request("GET", "https://api.example/x")
    stored = time.time() - 5
    decoded = DecodedEntry(make_entry(stored_at=stored))
    first = decoded.to_response(request, stored + 5.5)
    first.headers["x-mutated"] = "1"
    second = decoded.to_response(request, stored + 5.9)
    assert "x-mutated" not in second.headers
    assert second.headers["age"] == "5"
    assert decoded.to_response(request, stored + 7).headers["age"] == "7"
    assert second.read() == b'{"ok":true}'
    assert second.headers["x-stateset-cache"] == "hit"
    assert second.headers["content-length"] == "11"


def test_layer_serves_decoded_entries_until_they_expire() -> None:
    calls: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"n": len(calls)})

    cache = MemoryCache(signing_key=SIGN)
    client = Stateset(api_key="sk_test_x", base_url="https://h", cache=cache, transport=httpx.MockTransport(upstream))
    client._http.get("/api/v1/things/1")
    assert client._http.get("/api/v1/things/1").headers["x-stateset-cache"] == "hit"
    (key,) = cache._entries
    value = cache._entries[key][1]
    assert isinstance(value, DecodedEntry)
    assert client._http.get("/api/v1/things/1").json() == {"n": 1}
    # Past its wall-clock life (here: pushed into the past) a decoded entry is a miss.
    value.expires_at = time.time() - 1
    assert client._http.get("/api/v1/things/1").headers.get("x-stateset-cache") is None
    assert len(calls) == 2
    stats = client.cache.stats()
    assert (stats.hits, stats.misses, stats.rejected) == (2, 2, 1)
    client.close()
