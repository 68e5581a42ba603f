"""stateset._clone.clone: equal copies that share nothing mutable."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from stateset_client.models.order_response import OrderResponse
from stateset_client.types import UNSET

from stateset._clone import clone, copier_for
from stateset.sandbox import Sandbox

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


def mutable_parts(value: Any) -> list[Any]:
    """Every list, dict and attrs instance reachable from ``value``."""
    found: list[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            found.append(item)
            stack.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif attrs.has(type(item)):
            found.append(item)
            stack.extend(getattr(item, f.name) for f in attrs.fields(type(item)))
    return found


def assert_independent(original: Any, copied: Any) -> None:
    assert copied == original
    ids = {id(part) for part in mutable_parts(original)}
    assert not any(id(part) in ids for part in mutable_parts(copied))


@given(json_values)
def test_json_values_copy_deeply(value: Any) -> None:
    assert_independent(value, clone(value))


@pytest.fixture(scope="module")
def orders() -> list[OrderResponse]:
    with Sandbox(seed="demo") as sb, sb.client() as client:
        return [client.orders.get(o.id) for o in client.orders.list(max_items=20)]


def test_decoded_models_copy_deeply(orders: list[OrderResponse]) -> None:
    for order in orders:
        order.additional_properties["extra"] = {"tags": ["a", {"b": [1]}]}
        assert_independent(order, clone(order))


def test_immutable_values_and_markers_are_shared() -> None:
    class Color(enum.Enum):
        RED = "red"

    when = datetime.datetime(2026, 11, 26, tzinfo=datetime.UTC)
    for value in ("text", 3, 2.5, True, None, when, UNSET, Color.RED):
        assert clone(value) is value


def test_classes_it_cannot_copy_field_by_field_fall_back_to_deepcopy() -> None:
    @attrs.define
    class Converted:
        tags: list[str] = attrs.field(converter=list)

    @attrs.define
    class KeywordOnly:
        tags: list[str] = attrs.field(kw_only=True)

    class Plain:
        def __init__(self) -> None:
            self.tags = ["a"]

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Plain) and other.tags == self.tags

    for value in (Converted(["a"]), KeywordOnly(tags=["a"]), Plain()):
        copied = clone(value)
        assert copied == value
        assert copied is not value
        assert copied.tags is not value.tags


def test_fields_set_after_init_are_copied() -> None:
    @attrs.define
    class WithExtras:
        name: str
        extras: dict[str, Any] = attrs.field(init=False, factory=dict)

    value = WithExtras("a")
    value.extras["k"] = [1]
    assert_independent(value, clone(value))


def test_frozen_and_hooked_classes_are_copied_through_init() -> None:
    @attrs.frozen
    class Frozen:
        tags: list[str]

    made: list[object] = []

    @attrs.define
    class Hooked:
        tags: list[str]

        def __attrs_post_init__(self) -> None:
            made.append(self)

    for value in (Frozen(["a"]), Hooked(["a"])):
        assert_independent(value, clone(value))
        assert_independent(value, copier_for(value)(value))
    assert len(made) == 3  # the hook ran for each copy, as attrs promises


def test_cached_models_get_the_trusted_copier(orders: list[OrderResponse]) -> None:
    for order in orders:
        copy_of = copier_for(order)
        assert copy_of is not clone
        for _ in range(2):
            assert_independent(order, copy_of(order))


def test_a_model_holding_a_list_where_a_string_is_declared_is_copied_checked(orders: list[OrderResponse]) -> None:
    # from_dict keeps what the server sent, so a declared `str` can hold a list.
    for hostile in (OrderResponse.from_dict({**orders[0].to_dict(), "notes": ["shared"]}), clone(orders[0])):
        hostile.items[0].sku = {"nested": ["x"]}  # type: ignore[assignment]
        copy_of = copier_for(hostile)
        assert copy_of is clone
        assert_independent(hostile, copy_of(hostile))


@given(st.lists(json_values, max_size=3))
def test_json_values_have_a_copier_too(value: list[Any]) -> None:
    assert_independent(value, copier_for(value)(value))
