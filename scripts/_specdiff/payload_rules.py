"""Request body and response rules (statuses, media types, headers, schemas)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .op_rules import SpecPair
from .operations import Operation
from .registry import Finding
from .resolver import OPAQUE, Resolver, as_dict
from .schema_diff import Site


def _deref(resolver: Resolver, node: Any) -> dict[str, Any] | None:
    """Resolve a (possibly absent or unresolvable) body/response/header object."""
    if node is None:
        return None
    node = resolver.deref(node)
    return None if node is OPAQUE else as_dict(node)


def media_types(node: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``content`` keyed by bare lower-case media type (parameters such as charset dropped)."""
    return {
        str(name).split(";")[0].strip().lower(): as_dict(media) for name, media in as_dict(node.get("content")).items()
    }


def _content_rules(
    old: dict[str, Any],
    new: dict[str, Any],
    pair: SpecPair,
    site_for: Callable[[str], Site],
    prefix: str,
    where: str,
) -> Iterator[Finding]:
    """Media types removed/added, then a schema diff per shared media type."""
    b_media, r_media = media_types(old), media_types(new)
    for media, b_obj in b_media.items():
        if media not in r_media:
            yield Finding(f"{prefix}-media-type-removed", f"{where}media type {media} was removed")
            continue
        b_schema, r_schema = b_obj.get("schema"), r_media[media].get("schema")
        if b_schema is not None and r_schema is not None:
            yield from pair.schema_diff(site_for(media)).run(b_schema, r_schema)
    for media in r_media:
        if media not in b_media:
            yield Finding(f"{prefix}-media-type-added", f"{where}media type {media} was added")


def request_body_rules(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Body added/removed, required-ness, media types and body schemas."""
    old = _deref(pair.base.resolver, b.node.get("requestBody"))
    new = _deref(pair.rev.resolver, r.node.get("requestBody"))
    if old is None or new is None:
        if new is not None:
            kind = "required" if new.get("required") is True else "optional"
            yield Finding(f"request-body-added-{kind}", f"a {kind} request body was added")
        elif old is not None:
            yield Finding("request-body-removed", "the request body was removed")
        return
    if (old.get("required") is True) != (new.get("required") is True):
        kind = "required" if new.get("required") is True else "optional"
        yield Finding(f"request-body-became-{kind}", f"request body became {kind}")

    def site(media: str) -> Site:
        return Site("request", "request-body", f"request body ({media})", f"({media})")

    yield from _content_rules(old, new, pair, site, "request-body", "request body ")


def _status_key(status: Any) -> str:
    return str(status).upper()  # YAML reads `200:` as an int; "2xx" ranges as text


def _is_success(status: str) -> bool:
    return status.startswith("2")


def response_rules(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Status codes removed/added, then headers and content of each shared status."""
    b_resp = {_status_key(k): v for k, v in as_dict(b.node.get("responses")).items()}
    r_resp = {_status_key(k): v for k, v in as_dict(r.node.get("responses")).items()}
    for status, raw in b_resp.items():
        kind = "success" if _is_success(status) else "non-success"
        if status not in r_resp:
            yield Finding(f"response-{kind}-status-removed", f"response status {status} was removed")
            continue
        old = _deref(pair.base.resolver, raw)
        new = _deref(pair.rev.resolver, r_resp[status])
        if old is not None and new is not None:
            yield from _header_rules(status, old, new, pair)
            yield from _response_content(status, old, new, pair)
    for status in r_resp:
        if status not in b_resp:
            kind = "success" if _is_success(status) else "non-success"
            yield Finding(f"response-{kind}-status-added", f"response status {status} was added")


def _response_content(status: str, old: dict[str, Any], new: dict[str, Any], pair: SpecPair) -> Iterator[Finding]:
    def site(media: str) -> Site:
        where = f"({status} {media})"
        return Site("response", "response-body", f"response body {where}", where)

    yield from _content_rules(old, new, pair, site, "response", f"response {status}: ")


def _headers(resolver: Resolver, response: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Headers keyed case-insensitively; Content-Type is ignored as the spec says."""
    headers = {}
    for name, raw in as_dict(response.get("headers")).items():
        node = _deref(resolver, raw)
        if node is not None and str(name).lower() != "content-type":
            headers[str(name).lower()] = (str(name), node)
    return headers


def _header_rules(status: str, old: dict[str, Any], new: dict[str, Any], pair: SpecPair) -> Iterator[Finding]:
    b_headers = _headers(pair.base.resolver, old)
    r_headers = _headers(pair.rev.resolver, new)
    for key, (name, b_node) in b_headers.items():
        required = b_node.get("required") is True
        if key not in r_headers:
            kind = "required" if required else "optional"
            yield Finding(
                f"response-{kind}-header-removed",
                f"{kind} response header '{name}' was removed from {status}",
            )
            continue
        r_node = r_headers[key][1]
        if required and r_node.get("required") is not True:
            yield Finding(
                "response-header-became-optional",
                f"response header '{name}' became optional in {status}",
            )
        b_schema, r_schema = b_node.get("schema"), r_node.get("schema")
        if b_schema is not None and r_schema is not None:
            subject = f"response header '{name}' ({status})"
            site = Site("response", "response-header", subject, f"in {subject}")
            yield from pair.schema_diff(site).run(b_schema, r_schema)
