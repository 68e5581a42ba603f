"""Components: security schemes, undefined schemas, and bodies the generator cannot type."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .report import Fix, collect, operations

API_KEY, BEARER = "ApiKeyAuth", "BearerAuth"
SCHEMES: dict[str, dict[str, Any]] = {
    API_KEY: {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "A secret API key (`sk_live_…` or `sk_test_…`).",
    },
    BEARER: {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": "A JWT access token."},
}
# Scheme names the export references (lower-cased) -> ours.
SCHEME_ALIASES: dict[str, str] = {
    "apikey": API_KEY,
    "api_key": API_KEY,
    "apikeyauth": API_KEY,
    "bearer": BEARER,
    "bearer_auth": BEARER,
    "bearerauth": BEARER,
    "jwt": BEARER,
}
SCHEMA_REF = "#/components/schemas/"
# "Sort field (created_at, order_date)" -> the parenthesised, comma-separated identifiers.
_CHOICES = re.compile(r"\(([A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)+)\)")


def _components(doc: dict[str, Any], key: str) -> dict[str, Any]:
    components = doc.setdefault("components", {})
    return components.setdefault(key, {})  # type: ignore[no-any-return]


def _rewrite_requirements(
    requirements: Any, defined: dict[str, Any], where: str, rewritten: list[str], unknown: list[str]
) -> set[str]:
    """Rename undefined scheme names in a security requirement list; return our names used."""
    used: set[str] = set()
    if not isinstance(requirements, list):
        return used
    changed = False
    for i, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            continue
        new: dict[str, Any] = {}
        for name, scopes in requirement.items():
            target = name if name in defined else SCHEME_ALIASES.get(name.lower())
            if target is None:
                unknown.append(f"{where} {name}")
                target = name
            elif target in SCHEMES:
                used.add(target)
            changed |= target != name
            new[target] = scopes
        requirements[i] = new
    if changed:
        rewritten.append(where)
    return used


def fix_security(doc: dict[str, Any]) -> list[Fix]:
    """Define the schemes the export references but lacks, and use our names for them."""
    defined = dict(doc.get("components", {}).get("securitySchemes") or {})
    rewritten: list[str] = []
    unknown: list[str] = []
    used = _rewrite_requirements(doc.get("security"), defined, "(top level)", rewritten, unknown)
    for path, method, op in operations(doc):
        where = str(op.get("operationId") or f"{method.upper()} {path}")
        used |= _rewrite_requirements(op.get("security"), defined, where, rewritten, unknown)
    added = [name for name in (API_KEY, BEARER) if name in used and name not in defined]
    if added:
        schemes = _components(doc, "securitySchemes")
        for name in added:
            schemes[name] = dict(SCHEMES[name])
    return [
        *collect("security-schemes", "missing security schemes defined", added),
        *collect("security-requirements", "security requirements renamed to ApiKeyAuth/BearerAuth", rewritten),
        *collect("security-unknown", "security requirements naming an undefined, unknown scheme", unknown, "note"),
    ]


def _walk(node: Any, parent: Any = None) -> Iterator[tuple[Any, Any]]:
    """Every (node, parent) pair of a JSON tree, depth first."""
    yield node, parent
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value, node)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value, node)


def fix_undefined_schemas(doc: dict[str, Any]) -> list[Fix]:
    """Define schemas that are referenced but missing, as string enums where a description lists values."""
    schemas = _components(doc, "schemas") if "components" in doc or doc.get("paths") else {}
    hints: dict[str, list[str]] = {}
    for node, parent in _walk(doc):
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if not (isinstance(ref, str) and ref.startswith(SCHEMA_REF)):
            continue
        name = ref[len(SCHEMA_REF) :]
        if name in schemas:
            continue
        text = parent.get("description") if isinstance(parent, dict) else None
        hints.setdefault(name, [])
        if isinstance(text, str):
            hints[name].append(text)
    enums: list[str] = []
    opened: list[str] = []
    for name, texts in hints.items():
        values = next((_CHOICES.findall(t)[-1] for t in texts if _CHOICES.search(t)), None)
        if values is None:
            schemas[name] = {"type": "string", "description": "Undefined in the export; an open string."}
            opened.append(name)
            continue
        enum = [v.strip() for v in values.split(",")]
        schemas[name] = {
            "type": "string",
            "enum": enum,
            "description": "Values inferred from the export's descriptions.",
        }
        enums.append(f"{name} [{', '.join(enum)}]")
    return [
        *collect(
            "undefined-schema-enum", "undefined schemas defined as string enums (values from descriptions)", enums
        ),
        *collect("undefined-schema-open", "undefined schemas defined as open strings (no values found)", opened),
    ]


def _media(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, media type, media object) for every request and response body of every operation."""
    for path, method, op in operations(doc):
        name = str(op.get("operationId") or f"{method.upper()} {path}")
        bodies: list[tuple[str, Any]] = [("request", op.get("requestBody"))]
        responses = op.get("responses")
        if isinstance(responses, dict):
            bodies += [(f"response {code}", r) for code, r in responses.items()]
        for label, body in bodies:
            content = body.get("content") if isinstance(body, dict) else None
            if isinstance(content, dict):
                for media_type, media in content.items():
                    if isinstance(media, dict):
                        yield f"{name} {label}", media_type, media


def fix_bodies(doc: dict[str, Any]) -> list[Fix]:
    """Raw ``text/plain`` request bodies become ``format: binary`` (sent as bytes); note the rest."""
    binary: list[str] = []
    text_responses: list[str] = []
    for where, media_type, media in _media(doc):
        if not media_type.startswith("text/"):
            continue
        schema = media.get("schema")
        if where.endswith(" request") and isinstance(schema, dict) and schema.get("type") == "string":
            if "format" not in schema:
                schema["format"] = "binary"
                binary.append(f"{where} {media_type}")
        else:
            text_responses.append(f"{where} {media_type}")
    return [
        *collect("text-body-binary", "`text/plain` string request bodies marked `format: binary` (raw bytes)", binary),
        *collect("text-body", "other `text/*` bodies (left as they are)", text_responses, "note"),
    ]


def note_empty_schemas(doc: dict[str, Any]) -> list[Fix]:
    """Note ``{}`` schemas: the generator types them as ``Any`` (the document is unchanged)."""
    found = [f"{where} {media_type}" for where, media_type, media in _media(doc) if media.get("schema") == {}]
    schemas = doc.get("components", {}).get("schemas")
    for name, schema in (schemas or {}).items():
        if not isinstance(schema, dict):
            continue
        for prop, sub in (schema.get("properties") or {}).items():
            if sub == {}:
                found.append(f"{name}.{prop}")
            elif isinstance(sub, dict) and sub.get("items") == {}:
                found.append(f"{name}.{prop}[]")
    return collect("empty-schema", "empty `{}` schemas the generator can only type as Any", found, "note")
