"""The CLI's view of the API: every operation of the contract, joined to its SDK method.

Commands are built from this catalog, never typed by hand, so a new operation in
``openapi/stateset-api.yaml`` (and the regenerated resources) is a new command. Parsing
the YAML takes most of a second, so the catalog is cached as JSON in the user cache
directory, keyed by a hash of the contract; a changed contract rebuilds it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import inspect
import json
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ._app import resource_names
from ._app import resources_dir as _resources_dir

__all__ = ["Catalog", "Field", "Operation", "contract_path", "load_catalog", "resource_names"]

CACHE_ENV = "STATESET_CLI_CACHE"
CONTRACT_ENV = "STATESET_CONTRACT"
#: Bump when the catalog's shape changes, so old caches are ignored.
CATALOG_VERSION = 1
_HTTP_METHODS = ("get", "post", "put", "patch", "delete")
_OPERATION_ID = re.compile(r"\(operation ``(\w+)``\)")
_SCALARS = ("string", "integer", "number", "boolean")


@dataclasses.dataclass(frozen=True)
class Field:
    """A path or query parameter, or a top-level body property."""

    name: str
    #: The SDK method's keyword for it (``from`` becomes ``from_``).
    py: str
    type: str
    required: bool = False
    enum: tuple[str, ...] = ()
    description: str = ""
    example: Any = None

    @property
    def option(self) -> str:
        """The command-line spelling: ``--sort-by``."""
        return "--" + self.name.replace("_", "-")


@dataclasses.dataclass(frozen=True)
class Operation:
    """One operation: where it lives in the SDK and what it takes."""

    operation_id: str
    resource: str
    method: str
    http_method: str
    path: str
    summary: str
    paginated: bool
    idempotent_key: bool
    args: tuple[Field, ...]
    options: tuple[Field, ...]
    #: None when the operation takes no body; else its top-level properties.
    body: tuple[Field, ...] | None = None
    body_required: bool = False
    body_type: str = "object"

    @property
    def group(self) -> str:
        """The command group: ``webhook-endpoints``."""
        return self.resource.replace("_", "-")

    @property
    def command(self) -> str:
        """The command name: ``update-status``."""
        return self.method.replace("_", "-")

    @property
    def dotted(self) -> str:
        """``orders.update_status``, as ``stateset snippet`` takes it."""
        return f"{self.resource}.{self.method}"


@dataclasses.dataclass(frozen=True)
class Catalog:
    """Every operation, in contract order."""

    operations: tuple[Operation, ...]
    webhook_events: tuple[str, ...] = ()

    def resources(self) -> dict[str, list[Operation]]:
        """Operations grouped by resource, sorted by method name."""
        groups: dict[str, list[Operation]] = {}
        for op in sorted(self.operations, key=lambda o: (o.resource, o.method)):
            groups.setdefault(op.resource, []).append(op)
        return groups

    def find(self, name: str) -> Operation:
        """An operation by ``resource.method``, ``group command`` or operationId."""
        wanted = name.replace("-", "_").replace(" ", ".")
        for op in self.operations:
            if wanted in (op.dotted, op.operation_id):
                return op
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form (the cache file)."""
        return {"version": CATALOG_VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Catalog:
        """Rebuild from :meth:`to_json`."""

        def fields(raw: Any) -> tuple[Field, ...]:
            return tuple(Field(**{**f, "enum": tuple(f["enum"])}) for f in raw)

        ops = tuple(
            Operation(
                **{
                    **op,
                    "args": fields(op["args"]),
                    "options": fields(op["options"]),
                    "body": None if op["body"] is None else fields(op["body"]),
                }
            )
            for op in doc["operations"]
        )
        return cls(ops, tuple(doc["webhook_events"]))


def contract_path() -> Path:
    """``$STATESET_CONTRACT``, the copy shipped with the sandbox, or the repository's."""
    if os.environ.get(CONTRACT_ENV):
        return Path(os.environ[CONTRACT_ENV])
    package = Path(__file__).resolve().parent.parent
    shipped = package / "sandbox" / "stateset-api.yaml"
    return shipped if shipped.exists() else package.parent / "openapi" / "stateset-api.yaml"


def _sdk_methods() -> dict[str, tuple[str, str, inspect.Signature]]:
    """Map operationId -> (resource attribute, method name, signature), read from the resources."""
    import stateset  # noqa: F401  (the generated package needs the SDK imported first)
    from stateset._resource import SyncAPIResource

    found: dict[str, tuple[str, str, inspect.Signature]] = {}
    for name in resource_names():
        module = importlib.import_module(f"stateset_client.resources.{name}")
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, SyncAPIResource) and cls.__module__ == module.__name__):
                continue
            for method_name, method in vars(cls).items():
                match = _OPERATION_ID.search(inspect.getdoc(method) or "") if callable(method) else None
                if match:
                    found[match.group(1)] = (name, method_name, inspect.signature(method))
    return found


class _Contract:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def resolve(self, node: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 32:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node, seen = target, seen + 1
        return node if isinstance(node, dict) else {}

    def describe(self, schema: Any) -> tuple[str, tuple[str, ...], Any]:
        """(scalar type or 'json', enum values, example) of a schema."""
        schema = self.resolve(schema)
        variants = [self.resolve(s) for s in schema.get("oneOf") or schema.get("anyOf") or []]
        non_null = [v for v in variants if v.get("type") != "null"]
        if len(non_null) == 1:
            schema = non_null[0]
        kind = schema.get("type", "json")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else "json"
        if kind not in _SCALARS:
            kind = "json"
        enum = tuple(str(v) for v in schema.get("enum", ()) if v is not None)
        return kind, enum, schema.get("example")


def _py_name(name: str, keywords: set[str]) -> str | None:
    snake = re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower().strip("_")
    for candidate in (name, snake, f"{snake}_"):
        if candidate in keywords:
            return candidate
    return None


def _operations(doc: dict[str, Any], methods: Mapping[str, tuple[str, str, inspect.Signature]]) -> Iterator[Operation]:
    contract = _Contract(doc)
    for path, item in doc["paths"].items():
        for http in _HTTP_METHODS:
            raw = item.get(http)
            if raw is None:
                continue
            op_id = raw["operationId"]
            if op_id not in methods:
                raise RuntimeError(f"operation {op_id} has no SDK method; regenerate the resources")
            resource, method, sig = methods[op_id]
            keywords = {p.name for p in sig.parameters.values()}
            args: list[Field] = []
            options: list[Field] = []
            for param in [contract.resolve(p) for p in [*item.get("parameters", []), *raw.get("parameters", [])]]:
                py = _py_name(param["name"], keywords)
                if py is None or param["in"] not in ("path", "query"):
                    continue  # paging, headers: the SDK handles them
                kind, enum, example = contract.describe(param.get("schema", {}))
                field = Field(
                    param["name"],
                    py,
                    kind,
                    bool(param.get("required")),
                    enum,
                    param.get("description", ""),
                    example,
                )
                (args if param["in"] == "path" else options).append(field)
            body: tuple[Field, ...] | None = None
            body_type = "object"
            request = raw.get("requestBody")
            if request:
                media = next(iter(request["content"].values()))
                schema = contract.resolve(media.get("schema", {}))
                body_type = "object" if schema.get("type", "object") == "object" else "string"
                required = set(schema.get("required", ()))
                props = []
                for name, prop in schema.get("properties", {}).items():
                    kind, enum, example = contract.describe(prop)
                    described = contract.resolve(prop).get("description", "")
                    props.append(Field(name, name, kind, name in required, enum, described, example))
                body = tuple(props)
            yield Operation(
                operation_id=op_id,
                resource=resource,
                method=method,
                http_method=http.upper(),
                path=path,
                summary=(raw.get("summary") or "").strip(),
                paginated="max_items" in keywords,
                idempotent_key="idempotency_key" in keywords,
                args=tuple(args),
                options=tuple(options),
                body=body,
                body_required=bool(request and request.get("required")),
                body_type=body_type,
            )


def build_catalog(path: Path) -> Catalog:
    """Parse the contract and join it to the SDK's methods."""
    import yaml

    with path.open("rb") as fh:
        doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        from stateset._errors import ConfigurationError

        raise ConfigurationError(f"{path} is not an OpenAPI document (no paths)")
    return Catalog(tuple(_operations(doc, _sdk_methods())), tuple(doc.get("webhooks", {})))


def _cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stateset", appauthor=False))


@cache
def load_catalog() -> Catalog:
    """The catalog of the installed contract, from the cache when it is current."""
    path = contract_path()
    try:
        content = path.read_bytes()
    except OSError as exc:
        from stateset._errors import ConfigurationError

        raise ConfigurationError(f"cannot read the API contract {path}: {exc.strerror or exc}") from None
    # The SDK's methods are read from the generated resources, so they key the cache too.
    resources = sorted(_resources_dir().glob("*.py"))
    stamp = "".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns};" for p in resources)
    digest = hashlib.sha256(content + f"v{CATALOG_VERSION}{stamp}".encode()).hexdigest()[:20]
    cached = _cache_dir() / f"cli-catalog-{digest}.json"
    try:
        return Catalog.from_json(json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # missing or stale: rebuild below
    catalog = build_catalog(path)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(catalog.to_json(), fh)
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only cache dir only costs speed
    return catalog
