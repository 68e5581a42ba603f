"""Facts about each operation, read from the contract: names, paging, return shapes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

# Both number forms of each tag's noun, so `list_orders` and `get_order` both drop it.
_NOUNS: dict[str, tuple[tuple[str, ...], ...]] = {}


def load_contract(path: Path) -> dict[str, Any]:
    """Parse the contract YAML."""
    with path.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def noun_forms(tag: str) -> tuple[tuple[str, ...], ...]:
    """The token sequences that name a tag's resource, longest first."""
    if tag not in _NOUNS:
        plural = tuple(tag.split("_"))
        singular = (*plural[:-1], _singular(plural[-1]))
        _NOUNS[tag] = tuple(sorted({plural, singular}, key=len, reverse=True))
    return _NOUNS[tag]


def method_name(operation_id: str, tag: str, override: str | None = None) -> str:
    """The facade method for an operation: its operationId without the resource noun.

    >>> method_name("list_orders", "orders"), method_name("approve_return", "returns")
    ('list', 'approve')
    """
    if override:
        return override
    tokens = operation_id.split("_")
    for noun in noun_forms(tag):
        for start in range(len(tokens) - len(noun) + 1):
            if tuple(tokens[start : start + len(noun)]) == noun:
                rest = tokens[:start] + tokens[start + len(noun) :]
                if rest:
                    return "_".join(rest)
    return operation_id


def schema_name(schema: Mapping[str, Any] | None) -> str | None:
    """The component name a `$ref` schema points at."""
    if schema and "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


@dataclass(frozen=True)
class Paging:
    """How a list operation pages: by page number or by offset."""

    style: str  # "page" or "offset"
    start_param: str  # "page" or "offset"
    size_param: str  # "limit" or "per_page"
    items_key: str
    total_key: str | None


@dataclass(frozen=True)
class Returns:
    """What an operation's success response decodes to."""

    kind: str  # "model", "list", "page", "any", "none"
    model: str | None  # component schema name of the model (or of the list/page item)
    envelope: bool
    status: int


@dataclass(frozen=True)
class OperationFacts:
    """Everything the emitter needs about one operation."""

    operation_id: str
    tag: str
    method: str
    http_method: str
    path: str
    summary: str
    preview: bool
    source: str | None
    returns: Returns
    paging: Paging | None
    body_schema: str | None


def _success(op: Mapping[str, Any]) -> tuple[int, Mapping[str, Any] | None]:
    for code, resp in op["responses"].items():
        if str(code).startswith("2"):
            content = resp.get("content") or {}
            media = content.get("application/json")
            return int(code), (media or {}).get("schema")
    raise ValueError(f"{op['operationId']}: no success response")


def _returns(doc: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[Returns, Mapping[str, Any] | None]:
    schemas = doc["components"]["schemas"]
    status, schema = _success(op)
    name = schema_name(schema)
    if name is None:
        return Returns("none" if schema is None else "any", None, False, status), None
    body = schemas[name]
    data = body.get("properties", {}).get("data") if name.startswith("ApiResponse_") else None
    if data is None:
        return Returns("model", name, False, status), None
    if data.get("type") == "array":
        return Returns("list", schema_name(data["items"]), True, status), None
    inner = schema_name(data)
    if inner is None:
        return Returns("any", None, True, status), None
    return Returns("model", inner, True, status), schemas[inner]


def _paging(op: Mapping[str, Any], data_schema: Mapping[str, Any] | None) -> Paging | None:
    if data_schema is None:
        return None
    props = data_schema.get("properties", {})
    arrays = [k for k, v in props.items() if v.get("type") == "array" and schema_name(v.get("items"))]
    if len(arrays) != 1 or "total" not in props:
        return None
    params = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
    if "page" in params:
        size = "limit" if "limit" in params else "per_page"
        return Paging("page", "page", size, arrays[0], "total")
    if "offset" in params:
        return Paging("offset", "offset", "limit", arrays[0], "total")
    return None


def operations(doc: Mapping[str, Any]) -> Iterator[OperationFacts]:
    """Every operation of the contract, in path order."""
    for path, item in doc["paths"].items():
        for http_method in HTTP_METHODS:
            op = item.get(http_method)
            if op is None:
                continue
            tag = op["tags"][0]
            returns, data_schema = _returns(doc, op)
            paging = _paging(op, data_schema)
            if paging is not None:
                item_schema = data_schema["properties"][paging.items_key]["items"]  # type: ignore[index]
                returns = Returns("page", schema_name(item_schema), True, returns.status)
            body = (op.get("requestBody") or {}).get("content", {})
            body_schema = schema_name((body.get("application/json") or {}).get("schema"))
            yield OperationFacts(
                operation_id=op["operationId"],
                tag=tag,
                method=method_name(op["operationId"], tag, op.get("x-stateset-method")),
                http_method=http_method.upper(),
                path=path,
                summary=op.get("summary", "").strip(),
                preview=bool(op.get("x-stateset-preview")),
                source=op.get("x-stateset-source"),
                returns=returns,
                paging=paging,
                body_schema=body_schema,
            )


def snake(name: str) -> str:
    """The generator's module name for an operationId or schema name."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    """The Python class name for a tag, e.g. `work_orders` -> `WorkOrders`."""
    return "".join(part.capitalize() for part in name.split("_"))
