"""The compiled Shaper gives exactly what walking the schema per value gave."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal
from typing import Any

import pytest
from schema_values import PROBES, mutations, ref

from stateset.sandbox._contract import Contract, load_contract
from stateset.sandbox._schema import _MISSING, Shaper, _default_string, _types, decimal_str, deterministic

CONTRACT = load_contract()
SHAPER = Shaper(CONTRACT)
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class WalkingShaper:
    """The Shaper as it was before compilation: the oracle for the compiled one."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract

    def conform(self, schema: dict[str, Any], value: Any) -> Any:
        schema = self.contract.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choice(schema[key], value)
        if "allOf" in schema:
            for sub in schema["allOf"]:
                value = self.conform(sub, value)
            return value
        types = _types(schema)
        if (value is None or value is _MISSING) and ("null" in types or not types):
            return None
        main = next((t for t in types if t != "null"), None)
        if main is None:
            return value
        return getattr(self, "_" + main)(schema, value)

    def _choice(self, options: list[dict[str, Any]], value: Any) -> Any:
        resolved = [self.contract.resolve(o) for o in options]
        if (value is None or value is _MISSING) and any("null" in _types(o) for o in resolved):
            return None
        branch = next((o for o in resolved if "null" not in _types(o) or len(_types(o)) > 1), resolved[0])
        return self.conform(branch, value)

    def _object(self, schema: dict[str, Any], value: Any) -> Any:
        src = value if isinstance(value, dict) else {}
        props: dict[str, Any] = schema.get("properties", {})
        closed = schema.get("additionalProperties") is False
        out: dict[str, Any] = {}
        for k, v in src.items():
            if k.startswith("_"):
                continue
            if k in props:
                out[k] = self.conform(props[k], v)
            elif not closed:
                out[k] = v
        for k in schema.get("required", ()):
            if k not in out:
                out[k] = self.conform(props.get(k, {}), _MISSING)
        return out

    def _array(self, schema: dict[str, Any], value: Any) -> Any:
        items = schema.get("items", {})
        out = [self.conform(items, v) for v in (value if isinstance(value, list) else [])]
        while len(out) < schema.get("minItems", 0):
            out.append(self.conform(items, _MISSING))
        return out

    def _string(self, schema: dict[str, Any], value: Any) -> Any:
        enum = schema.get("enum")
        if isinstance(value, bool) or value is _MISSING or value is None or isinstance(value, dict | list):
            value = _default_string(schema)
        elif isinstance(value, int | float | Decimal):
            value = decimal_str(value)
        if enum and value not in enum:
            return enum[0]
        return value

    def _integer(self, schema: dict[str, Any], value: Any) -> Any:
        try:
            out = int(value)
        except (TypeError, ValueError, OverflowError):
            out = 0
        return max(out, int(schema.get("minimum", out)))

    def _number(self, schema: dict[str, Any], value: Any) -> Any:
        try:
            return float(value)
        except (TypeError, ValueError):
            return 0.0

    def _boolean(self, schema: dict[str, Any], value: Any) -> Any:
        return bool(value) if value is not _MISSING else False


WALKER = WalkingShaper(CONTRACT)


def same(schema: dict[str, Any], value: Any) -> None:
    # Both under the same pinned clock, so synthesised timestamps must match call for call.
    with deterministic(1, START):
        expected = json.dumps(WALKER.conform(schema, value), default=repr)
    with deterministic(1, START):
        assert json.dumps(SHAPER.conform(schema, value), default=repr) == expected, value


@pytest.mark.parametrize("name", sorted(CONTRACT.schemas))
def test_compiled_shapes_match_the_walking_shaper(name: str) -> None:
    schema = ref(name)
    with deterministic(1, START):
        full = WALKER.conform(schema, _MISSING)
    full = {**full, "_internal": 1, "extra": "kept unless closed"} if isinstance(full, dict) else full
    for value in [*mutations(full), *PROBES, _MISSING, Decimal("2.5"), 3, "7"]:
        same(schema, value)


def test_response_envelopes_match() -> None:
    for op in CONTRACT.operations:
        if op.success_schema is not None:
            same(op.success_schema, {"success": True, "data": {"id": 1, "items": [{"a": 2}]}, "meta": None})


def test_recursive_schemas_compile_and_shape() -> None:
    node: dict[str, Any] = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    node["properties"]["child"] = {"oneOf": [{"type": "null"}, node]}
    for value in [{}, {"child": {"child": {"name": 3}}}, {"child": None, "name": "a", "_x": 1}]:
        same(node, value)


def test_threads_compiling_at_once_all_get_finished_shapes() -> None:
    shaper = Shaper(CONTRACT)
    schema = ref("BatchOrderResponse")
    with deterministic(1, START):
        expected = WALKER.conform(schema, {"results": [{"data": {"items": [{}]}}]})
    barrier = threading.Barrier(4)
    results: list[Any] = []

    def work() -> None:
        barrier.wait()
        with deterministic(1, START):
            results.append(shaper.conform(schema, {"results": [{"data": {"items": [{}]}}]}))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4
