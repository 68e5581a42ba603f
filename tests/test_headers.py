"""stateset._headers: httpx.Headers from lines normalised once, equal to httpx's own."""

from __future__ import annotations

import copy
import pickle

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stateset import _headers
from stateset._headers import HeaderLines, from_lines, from_raw

token = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=12)
value = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=20)


@given(st.lists(st.tuples(token, value), max_size=8))
def test_lines_build_what_httpx_builds(pairs: list[tuple[str, str]]) -> None:
    ours = HeaderLines.of(pairs).to_headers()
    last: dict[str, tuple[str, str]] = {}
    for name, text in pairs:  # a later name replaces an earlier one (and its spelling), in place
        last[name.lower()] = (name, text)
    reference = httpx.Headers(list(last.values()))
    assert ours.raw == reference.raw
    assert ours.multi_items() == reference.multi_items()
    assert dict(httpx.Headers(ours)) == dict(reference)


@given(st.lists(st.tuples(token, value), max_size=8))
def test_raw_pairs_build_what_httpx_builds(pairs: list[tuple[str, str]]) -> None:
    raw = tuple((name.encode(), text.encode()) for name, text in pairs)  # as aiohttp hands them over
    ours, reference = from_raw(raw), httpx.Headers(list(raw))
    assert ours.multi_items() == reference.multi_items()
    assert ours.raw == reference.raw
    assert ours == reference
    assert dict(ours) == dict(reference)
    assert ours.encoding == reference.encoding
    for name, _ in pairs:
        assert ours.get_list(name.upper()) == reference.get_list(name.upper())
    assert dict(httpx.Headers(ours)) == dict(reference)


def test_raw_headers_are_normalised_when_first_read_and_then_behave_as_httpx_headers() -> None:
    headers = from_raw(((b"X-Request-Id", b"req_1"), (b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2")))
    assert isinstance(headers, httpx.Headers)
    assert "_list" not in vars(headers)
    assert headers["x-request-id"] == "req_1"
    assert vars(headers)["_list"][0] == (b"X-Request-Id", b"x-request-id", b"req_1")
    headers["X-Extra"] = "1"
    del headers["set-cookie"]
    assert headers.raw == [(b"X-Request-Id", b"req_1"), (b"X-Extra", b"1")]
    assert pickle.loads(pickle.dumps(headers)) == headers
    assert copy.deepcopy(headers).raw == headers.raw
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        headers.missing  # noqa: B018 - only _list is built on demand


def test_a_second_first_read_returns_the_lines_already_kept() -> None:
    # What two threads reading unread headers at once do: the later one must not replace
    # the lines (and a write made to them) with a fresh build.
    headers = from_raw(((b"A", b"1"),))
    kept = headers.__getattr__("_list")
    headers["B"] = "2"
    assert headers.__getattr__("_list") is kept
    assert headers.raw == [(b"A", b"1"), (b"B", b"2")]


def test_raw_headers_print_as_httpx_headers_do() -> None:
    pairs = ((b"Content-Type", b"application/json"), (b"Authorization", b"Bearer secret"))
    assert repr(from_raw(pairs)) == repr(httpx.Headers(list(pairs)))
    assert "secret" not in repr(from_raw(pairs))


def test_raw_headers_unread_survive_copy_and_pickle() -> None:
    headers = from_raw(((b"Content-Type", b"application/json"),))
    assert pickle.loads(pickle.dumps(headers))["content-type"] == "application/json"
    assert copy.copy(headers).raw == [(b"Content-Type", b"application/json")]


def test_copies_are_independent_and_lookups_ignore_case() -> None:
    base = HeaderLines.of({"Accept": "application/json"})
    copy = base.copy()
    copy.set("ACCEPT", "text/plain")
    copy.set("X-Extra", "1")
    assert "accept" in base.to_headers()
    assert "x-extra" not in base.to_headers()
    assert base.to_headers()["accept"] == "application/json"
    assert copy.to_headers()["accept"] == "text/plain"


def test_non_ascii_is_refused_as_httpx_refuses_it() -> None:
    with pytest.raises(UnicodeEncodeError):
        httpx.Headers({"X-Name": "é"})
    with pytest.raises(UnicodeEncodeError):
        HeaderLines.of({"X-Name": "é"})


def test_httpx_builds_the_headers_when_its_internals_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_headers, "_DIRECT", False)
    built = from_lines([(b"X-A", b"x-a", b"1")])
    assert built.raw == [(b"X-A", b"1")]
    assert built["x-a"] == "1"
    received = from_raw(((b"X-A", b"1"),))
    assert type(received) is httpx.Headers
    assert received["x-a"] == "1"


def test_the_probe_accepts_this_httpx() -> None:
    assert _headers._lines_work() is True
    assert _headers._DIRECT is True


@pytest.mark.parametrize("works", [True, False])
def test_defaults_are_added_only_when_no_header_of_that_name_exists(
    works: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_headers, "_DIRECT", works)
    headers = HeaderLines.of({"Accept": "application/json", "x-api-key": "callers"}).to_headers()
    ours = [_headers.line_of("X-API-Key", "ours"), _headers.line_of("Authorization", "Bearer t")]
    _headers.add_defaults(headers, ours)
    assert headers.get_list("x-api-key") == ["callers"]
    assert headers["authorization"] == "Bearer t"
    assert [lower for _, lower, _ in _headers.lines_of(headers)] == [b"accept", b"x-api-key", b"authorization"]
