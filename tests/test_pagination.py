"""The pure paging decisions, table-driven (the pagers themselves run against the sandbox)."""

from __future__ import annotations

import pytest

from stateset._pagination import Page, Paging, _cap, decode_page, first_page_args, next_page_args

PAGE = Paging("page", "page", "limit", "items", "total")
PER_PAGE = Paging("page", "page", "per_page", "items", "total")
OFFSET = Paging("offset", "offset", "limit", "products", "total")
NO_TOTAL = Paging("page", "page", "limit", "items", None)


@pytest.mark.parametrize(
    ("paging", "size", "expected"),
    [
        (PAGE, None, {"page": 1}),
        (PAGE, 50, {"page": 1, "limit": 50}),
        (PER_PAGE, 20, {"page": 1, "per_page": 20}),
        (OFFSET, 25, {"offset": 0, "limit": 25}),
    ],
)
def test_first_page_args(paging: Paging, size: int | None, expected: dict[str, int]) -> None:
    assert first_page_args(paging, size) == expected


@pytest.mark.parametrize(
    ("paging", "args", "count", "total", "seen", "expected"),
    [
        (PAGE, {"page": 1, "limit": 100}, 100, 250, 100, {"page": 2, "limit": 100}),
        (PAGE, {"page": 2, "limit": 100}, 100, 250, 200, {"page": 3, "limit": 100}),
        (PAGE, {"page": 3, "limit": 100}, 50, 250, 250, None),
        (PAGE, {"page": 1, "limit": 100}, 100, 100, 100, None),
        (PAGE, {"page": 1}, 20, 45, 20, {"page": 2}),  # server-chosen page size
        (PAGE, {"page": 3}, 5, 45, 45, None),
        (PAGE, {"page": 1, "limit": 10}, 0, 30, 0, None),  # an empty page always ends
        (NO_TOTAL, {"page": 1, "limit": 10}, 10, None, 10, {"page": 2, "limit": 10}),
        (NO_TOTAL, {"page": 2, "limit": 10}, 9, None, 19, None),
        (NO_TOTAL, {"page": 1}, 10, None, 10, {"page": 2}),  # unknown size: ask until empty
        (OFFSET, {"offset": 0, "limit": 25}, 25, 60, 25, {"offset": 25, "limit": 25}),
        (OFFSET, {"offset": 50, "limit": 25}, 10, 60, 60, None),
        (PER_PAGE, {"page": 1, "per_page": 2}, 2, 3, 2, {"page": 2, "per_page": 2}),
    ],
)
def test_next_page_args(
    paging: Paging, args: dict[str, int], count: int, total: int | None, seen: int, expected: dict[str, int] | None
) -> None:
    assert next_page_args(paging, args, count, total, seen) == expected


def test_decode_page_parses_items_and_total() -> None:
    page = decode_page(OFFSET, {"products": [1, 2], "total": 7}, lambda x: x * 10, {"offset": 0})
    assert page == Page([10, 20], 7, {"offset": 0})


@pytest.mark.parametrize("data", [{"products": "nope", "total": 1}, {"total": 1}])
def test_decode_page_rejects_malformed_pages(data: dict[str, object]) -> None:
    with pytest.raises((TypeError, KeyError)):
        decode_page(OFFSET, data, lambda x: x, {"offset": 0})


@pytest.mark.parametrize("total", ["many", "2", 1.5, True, -1, [3]])
def test_decode_page_refuses_a_total_that_is_not_a_count(total: object) -> None:
    """The caller turns the TypeError into ResponseValidationError; paging on a bad total could loop."""
    assert decode_page(NO_TOTAL, {"items": [], "total": total}, lambda x: x, {"page": 1}).total is None
    with pytest.raises(TypeError, match="not a count"):
        decode_page(PAGE, {"items": [], "total": total}, lambda x: x, {"page": 1})


@pytest.mark.parametrize(
    ("remaining", "expected_items", "expected_remaining", "done"),
    [(None, [1, 2, 3], None, False), (5, [1, 2, 3], 2, False), (3, [1, 2, 3], 0, True), (2, [1, 2], 0, True)],
)
def test_cap(remaining: int | None, expected_items: list[int], expected_remaining: int | None, done: bool) -> None:
    page, left, stop = _cap(Page([1, 2, 3], 9, {"page": 1}), remaining)
    assert (page.items, left, stop) == (expected_items, expected_remaining, done)
