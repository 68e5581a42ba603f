"""Load the OpenAPI contract once and index its operations for routing and validation."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._fastcheck import Check, compile_check

_METHODS = ("get", "post", "put", "patch", "delete")
_CONTRACT_URI = "urn:stateset:contract"
INT_BITS = {"int32": 31, "int64": 63}
"""The contract's integer formats and their width, sign bit excluded."""
Json = Any


def default_contract_path() -> Path:
    """Return where the contract lives: inside the package if shipped there, else the repo copy."""
    here = Path(__file__).resolve().parent
    shipped = here / "stateset-api.yaml"
    if shipped.is_file():
        return shipped
    return here.parent.parent / "openapi" / "stateset-api.yaml"


@dataclass(frozen=True)
class Param:
    """One declared path or query parameter."""

    name: str
    location: str
    required: bool
    schema: dict[str, Json]


@dataclass(frozen=True)
class Operation:
    """One path + method of the contract, with everything the app needs to serve it."""

    op_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    literal_segments: int
    params: tuple[Param, ...]
    body_schema: dict[str, Json] | None
    body_required: bool
    body_json: bool
    success_status: int
    success_schema: dict[str, Json] | None
    declared: frozenset[int]
    needs_auth: bool
    preview: bool
    raw: dict[str, Json] = field(repr=False, compare=False)

    def param(self, name: str) -> Param | None:
        """Return the declared parameter called ``name``, if any."""
        return next((p for p in self.params if p.name == name), None)


class Contract:
    """The parsed contract: operations, schemas and cached validators."""

    def __init__(self, doc: dict[str, Json]) -> None:
        self.doc = doc
        self.schemas: dict[str, Json] = doc["components"]["schemas"]
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_CONTRACT_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._formats = _format_checker()
        self._checks: dict[str, Check | None] = {}
        self._refs: dict[str, dict[str, Json]] = {}
        self.operations = tuple(self._build_ops())
        self.webhook_events = tuple(doc.get("webhooks", {}))

    def resolve(self, schema: dict[str, Json]) -> dict[str, Json]:
        """Follow ``$ref`` chains to the referenced schema."""
        while "$ref" in schema:
            schema = self._lookup(schema["$ref"])
        return schema

    def _lookup(self, ref: str) -> dict[str, Json]:
        found = self._refs.get(ref)
        if found is None:
            node: Json = self.doc
            for part in ref.lstrip("#/").split("/"):
                node = node[part]
            found = self._refs[ref] = node
        return found

    def validator(self, schema: dict[str, Json]) -> Draft202012Validator:
        """Return a Draft 2020-12 validator for ``schema`` that resolves the contract's refs."""
        key = repr(schema)
        found = self._validators.get(key)
        if found is None:
            wrapped = _rebase(schema)
            found = Draft202012Validator(wrapped, registry=self._registry, format_checker=self._formats)
            self._validators[key] = found
        return found

    def quick_check(self, schema: dict[str, Json]) -> Check | None:
        """Return the compiled fast check for ``schema`` (see :mod:`._fastcheck`), or None.

        It agrees with :meth:`validator` wherever it answers; None means the schema uses
        keywords it does not cover, so only the validator can judge.
        """
        key = repr(schema)
        if key not in self._checks:
            self._checks[key] = compile_check(schema, self._lookup, self._formats)
        return self._checks[key]

    def _build_ops(self) -> list[Operation]:
        ops = []
        for path, item in self.doc["paths"].items():
            for method in _METHODS:
                if method in item:
                    ops.append(self._build_op(path, method, item[method], item))
        return ops

    def _build_op(self, path: str, method: str, raw: dict[str, Json], item: dict[str, Json]) -> Operation:
        params = []
        for p in [*item.get("parameters", []), *raw.get("parameters", [])]:
            p = self.resolve(p)
            params.append(Param(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})))
        body = raw.get("requestBody")
        body_schema, body_json = None, True
        if body is not None:
            content = body.get("content", {})
            body_json = "application/json" in content
            body_media: dict[str, Json] = content.get("application/json") or next(iter(content.values()), {})
            body_schema = body_media.get("schema")
        codes = sorted(int(c) for c in raw["responses"] if c.isdigit())
        success = next(c for c in codes if 200 <= c < 300)
        if success == 200 and 201 in codes and method == "post":
            success = 201
        resp = self.resolve(raw["responses"][str(success)])
        media: dict[str, Json] | None = resp.get("content", {}).get("application/json")
        regex, literals = _compile_path(path)
        return Operation(
            op_id=raw["operationId"],
            method=method.upper(),
            path=path,
            pattern=regex,
            literal_segments=literals,
            params=tuple(params),
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            body_json=body_json,
            success_status=success,
            success_schema=media.get("schema") if media else None,
            declared=frozenset(codes),
            needs_auth=raw.get("security", self.doc.get("security")) != [],
            preview=bool(raw.get("x-stateset-preview")),
            raw=raw,
        )


def _format_checker() -> FormatChecker:
    """Jsonschema's format checks plus the contract's integer formats, which it does not know.

    Without them an int32 field of a body takes any integer, and handlers do arithmetic
    on it that it then overflows (a 500 for what is the client's mistake).
    """
    checker = FormatChecker()
    for name, bits in INT_BITS.items():
        checker.checks(name)(_fits(bits))
    return checker


def _fits(bits: int) -> Callable[[Json], bool]:
    low, high = -(2**bits), 2**bits

    def fits(value: Json) -> bool:
        if type(value) is not int and (not isinstance(value, int | float) or isinstance(value, bool)):
            return True  # the format constrains numbers only (a bool is not one)
        within: bool = low <= value < high
        return within

    return fits


def _rebase(node: Json) -> Json:
    """Point local ``#/components`` refs at the registered contract resource."""
    if isinstance(node, dict):
        return {
            k: (_CONTRACT_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#/") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _compile_path(path: str) -> tuple[re.Pattern[str], int]:
    parts, literals = [], 0
    for seg in path.strip("/").split("/"):
        if seg.startswith("{") and seg.endswith("}"):
            parts.append(f"(?P<{seg[1:-1]}>[^/]+)")
        else:
            parts.append(re.escape(seg))
            literals += 1
    return re.compile("^/" + "/".join(parts) + r"/?\Z"), literals


@functools.lru_cache(maxsize=8)
def load_contract(path: str | None = None) -> Contract:
    """Parse the contract at ``path`` (default: :func:`default_contract_path`), once per path."""
    source = Path(path) if path else default_contract_path()
    with source.open("rb") as fh:
        doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Contract(doc)
