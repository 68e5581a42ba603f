"""The compiled validation fast path agrees with jsonschema wherever it answers."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from schema_values import PROBES, mutations, ref

from stateset.sandbox._contract import load_contract
from stateset.sandbox._fastcheck import Unsure, compile_check
from stateset.sandbox._schema import Shaper
from stateset.sandbox._validate import check

CONTRACT = load_contract()
SHAPER = Shaper(CONTRACT)
NAMES = sorted(CONTRACT.schemas)


def agree(schema: dict[str, Any], value: Any) -> bool | None:
    """Return the fast verdict after checking it against jsonschema (None when it is unsure)."""
    quick = CONTRACT.quick_check(schema)
    assert quick is not None
    try:
        verdict = quick(value)
    except Unsure:
        return None
    assert verdict == CONTRACT.validator(schema).is_valid(value), value
    return verdict


def test_most_contract_schemas_compile() -> None:
    compiled = [n for n in NAMES if CONTRACT.quick_check(ref(n)) is not None]
    assert len(compiled) == len(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_agrees_with_jsonschema_on_mutations(name: str) -> None:
    schema = ref(name)
    verdicts = {agree(schema, v) for v in mutations(SHAPER.synth(schema))}
    for probe in PROBES:
        verdicts.add(agree(schema, probe))
    assert True in verdicts or False in verdicts


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.sampled_from(PROBES[9:18]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b", "city"]), inner),
    max_leaves=8,
)
ITEM = st.fixed_dictionaries(
    {"product_id": st.text(max_size=3) | JSON},
    optional={"quantity": st.integers(-2, 3) | JSON, "unit_price": st.none() | JSON, "tax_rate": JSON},
)
ADDRESS = st.none() | st.fixed_dictionaries(
    {k: st.text(max_size=2) for k in ("street", "city", "state", "postal_code")},
    optional={"country": st.text(max_size=2) | JSON, "zz": JSON},
)
ORDER = st.fixed_dictionaries(
    {"items": st.lists(ITEM, max_size=2) | JSON},
    optional={"customer_id": st.text(max_size=3) | JSON, "shipping_address": ADDRESS, "notes": JSON},
)


@settings(max_examples=300, deadline=None)
@given(ORDER)
def test_agrees_with_jsonschema_on_random_orders(body: dict[str, Any]) -> None:
    agree(ref("CreateOrderRequest"), body)


def test_unsure_and_unsupported_defer_to_jsonschema() -> None:
    def lookup(ref: str) -> dict[str, Any]:
        return {}

    formats = CONTRACT._formats
    assert compile_check({"type": "string", "pattern": "^a"}, lookup, formats) is None
    assert compile_check({"$ref": "https://elsewhere"}, lookup, formats) is None
    assert compile_check({"type": "decimal"}, lookup, formats) is None
    enum = compile_check({"enum": [1, "a", None]}, lookup, formats)
    assert enum is not None
    assert enum("a") is True
    assert enum(None) is True
    with pytest.raises(Unsure):
        enum(1)
    # check() still names the first problem exactly as jsonschema words it.
    assert check(CONTRACT, {"enum": [1, 2]}, True) == "body: True is not one of [1, 2]"
    assert check(CONTRACT, {"enum": [1, 2]}, 1.0) is None


def test_recursive_refs_compile() -> None:
    tree = {"type": "object", "properties": {"child": {"oneOf": [{"type": "null"}, {"$ref": "#/tree"}]}}}
    quick = compile_check({"$ref": "#/tree"}, lambda ref: tree, CONTRACT._formats)
    assert quick is not None
    assert quick({"child": {"child": None}}) is True
    assert quick({"child": {"child": 3}}) is False


def test_a_batch_checker_answers_as_check_does() -> None:
    from stateset.sandbox._validate import checker

    schema = ref("CreateOrderRequest")
    check_one = checker(CONTRACT, schema)
    good = {"customer_id": "c", "items": [{"product_id": "p", "quantity": 1}]}
    for value in (good, {"customer_id": "c"}, {**good, "notes": 5}, {**good, "items": [{"quantity": "x"}]}):
        assert check_one(value) == check(CONTRACT, schema, value)
    enum_schema = {"enum": ["a", 1]}  # the compiled check is unsure of non-strings: jsonschema answers
    assert checker(CONTRACT, enum_schema)(1) is None
    assert checker(CONTRACT, enum_schema)(2) == check(CONTRACT, enum_schema, 2) is not None
    uncompiled = {"type": "string", "pattern": "^a"}  # a keyword the fast path does not cover
    assert checker(CONTRACT, uncompiled)("b") == check(CONTRACT, uncompiled, "b") is not None
