"""Request validation: coerce path/query parameters and check JSON bodies against the contract."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import ValidationError

from ._contract import INT_BITS, Contract, Operation, Param
from ._errors import ApiError

Json = Any
_TRUE = {"true", "1"}
_FALSE = {"false", "0"}
_BATCH_ENVELOPE: dict[str, Json] = {
    "type": "object",
    "required": ["items"],
    "properties": {"items": {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "object"}}},
}


def coerce_params(
    contract: Contract, op: Operation, path_args: dict[str, str], query: dict[str, str]
) -> dict[str, Json]:
    """Return the operation's parameters as typed values; 400 with details on a bad one."""
    out: dict[str, Json] = {}
    for param in op.params:
        if param.location == "path":
            raw = path_args.get(param.name)
        elif param.location == "query":
            raw = query.get(param.name)
        else:
            continue
        if raw is None:
            if param.required:
                raise ApiError(400, f"missing required parameter '{param.name}'", param.name)
            continue
        out[param.name] = _coerce_one(contract, param, raw)
    return out


def _coerce_one(contract: Contract, param: Param, raw: str) -> Json:
    schema = contract.resolve(param.schema)
    types = schema.get("type", "string")
    types = types if isinstance(types, list) else [types]
    value: Json = raw
    try:
        if "integer" in types:
            value = int(raw)
        elif "number" in types:
            value = float(raw)
        elif "boolean" in types:
            low = raw.lower()
            if low not in _TRUE | _FALSE:
                raise ValueError(raw)
            value = low in _TRUE
    except ValueError:
        raise ApiError(
            400, f"invalid value for parameter '{param.name}'", f"{param.name}: expected {types[0]}"
        ) from None
    bits = INT_BITS.get(str(schema.get("format")))
    if bits and isinstance(value, int) and not -(2**bits) <= value < 2**bits:
        raise ApiError(
            400, f"invalid value for parameter '{param.name}'", f"{param.name}: out of {schema['format']} range"
        )
    error = _first_error(contract, param.schema, value)
    if error is not None:
        raise ApiError(400, f"invalid value for parameter '{param.name}'", f"{param.name}: {error}")
    return value


def parse_body(contract: Contract, op: Operation, raw: bytes, content_type: str) -> Json:
    """Decode and validate the request body; 400 if malformed, 422 if it breaks the schema."""
    if op.body_schema is None:
        return None
    if not op.body_json:
        return raw.decode("utf-8", "replace")
    if not raw.strip():
        if op.body_required:
            raise ApiError(400, "request body is required", "body: missing")
        return None
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "malformed JSON body", str(exc)) from None
    # Batch items are validated one by one by the handler, so that one bad item fails
    # alone; here only the envelope (1..100 items) is checked.
    schema = _BATCH_ENVELOPE if op.op_id.startswith("batch_create") else op.body_schema
    error = _first_error(contract, schema, body, with_path=True)
    if error is not None:
        raise ApiError(422, "request body failed validation", error)
    return body


def return_preference(header: str) -> str | None:
    """The ``return`` preference of a ``Prefer`` header (RFC 7240), lower-cased, or None.

    Preferences are comma-separated ``token[=value][; parameters]``; tokens are
    case-insensitive and a value may be quoted. Only the first ``return`` counts, and
    a server ignores what it does not understand, so nothing here is ever an error.
    """
    for preference in header.split(","):
        name, _, value = preference.split(";", 1)[0].partition("=")
        if name.strip().lower() == "return":
            return value.strip().strip('"').lower() or None
    return None


def check(contract: Contract, schema: dict[str, Json], value: Json) -> str | None:
    """Return a description of the first way ``value`` breaks ``schema``, or None."""
    return _first_error(contract, schema, value, with_path=True)


def checker(contract: Contract, schema: dict[str, Json]) -> Callable[[Json], str | None]:
    """:func:`check` for one schema, with its compiled check looked up once (for a batch's items)."""
    quick = contract.quick_check(schema)

    def check_one(value: Json) -> str | None:
        if quick is not None:
            try:
                if quick(value):
                    return None
            except Exception:  # Unsure, or a value the closures trip over: jsonschema decides
                pass
        return _first_error(contract, schema, value, with_path=True)

    return check_one


def _first_error(contract: Contract, schema: dict[str, Json], value: Json, *, with_path: bool = False) -> str | None:
    if _surely_valid(contract, schema, value):
        return None
    validator = contract.validator(schema)
    errors = sorted(validator.iter_errors(value), key=_error_key)
    if not errors:
        return None
    return "; ".join(_describe(e, with_path) for e in errors[:5])


def _surely_valid(contract: Contract, schema: dict[str, Json], value: Json) -> bool:
    """The compiled check's verdict when it is a clear yes; jsonschema judges everything else."""
    quick = contract.quick_check(schema)
    if quick is None:
        return False
    try:
        return quick(value)
    except Exception:  # Unsure, or a value the closures trip over: jsonschema decides
        return False


def _error_key(error: ValidationError) -> tuple[int, str]:
    return (len(error.absolute_path), error.message)


def _describe(error: ValidationError, with_path: bool) -> str:
    best = error
    if error.context:
        best = min(error.context, key=lambda e: len(e.absolute_path))
    where = ".".join(str(p) for p in best.absolute_path) or "body"
    return f"{where}: {best.message}" if with_path else best.message
