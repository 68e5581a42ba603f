"""Out-of-range numbers and moments in request bodies are the client's 422, never a 500."""

from __future__ import annotations

import pytest

from stateset.sandbox._contract import load_contract

CONTRACT = load_contract()


@pytest.mark.parametrize(("value", "valid"), [(2**31 - 1, True), (2**31, False), (-(2**31), True), (1e30, False)])
def test_int32_is_checked_alike_by_the_fast_path_and_jsonschema(value: object, valid: bool) -> None:
    schema = {"$ref": "#/components/schemas/CreateOrderItem"}
    item = {"product_id": "p", "quantity": value}
    quick = CONTRACT.quick_check(schema)
    assert quick is not None
    assert quick(item) is valid
    assert CONTRACT.validator(schema).is_valid(item) is valid
