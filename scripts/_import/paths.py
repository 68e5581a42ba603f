"""Paths: axum ``:param`` templates, stray braces, the ``/api/v1`` prefix, servers, parameters."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .report import Fix, collect, operations

PREFIX = "/api/v1"
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


def _segment(segment: str) -> tuple[str, bool, bool]:
    """Normalize one path segment; returns (segment, had an axum param, had a stray ``}``)."""
    if segment.startswith(":"):
        name = segment[1:]
        return "{" + name.replace("}", "") + "}", True, "}" in name
    extra = segment.count("}") - segment.count("{")
    if extra > 0:
        return segment[::-1].replace("}", "", extra)[::-1], False, True
    return segment, False, False


def normalize_path(path: str) -> tuple[str, bool, bool, bool]:
    """Return (new path, converted axum params, removed stray braces, added the prefix)."""
    parts = [_segment(s) for s in path.split("/")]
    new = "/".join(p[0] for p in parts)
    prefixed = not (new == PREFIX or new.startswith(PREFIX + "/"))
    if prefixed:
        new = PREFIX + (new if new.startswith("/") else "/" + new)
    return new, any(p[1] for p in parts), any(p[2] for p in parts), prefixed


def fix_paths(doc: dict[str, Any]) -> list[Fix]:
    """Rewrite path keys: ``:id`` -> ``{id}``, drop stray ``}``, add a missing ``/api/v1``."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return []
    axum: list[str] = []
    stray: list[str] = []
    prefixed: list[str] = []
    merged: list[str] = []
    rebuilt: dict[str, Any] = {}
    for path, item in paths.items():
        new, had_axum, had_stray, had_prefix = normalize_path(path)
        for flag, bucket in ((had_axum, axum), (had_stray, stray), (had_prefix, prefixed)):
            if flag:
                bucket.append(path)
        if new in rebuilt and isinstance(rebuilt[new], dict) and isinstance(item, dict):
            merged.append(f"{path} -> {new}")
            for key, value in item.items():
                rebuilt[new].setdefault(key, value)
        else:
            rebuilt[new] = item
    doc["paths"] = rebuilt
    return [
        *collect("axum-path-params", "axum `:name` path segments rewritten as `{name}` templates", axum),
        *collect("stray-brace", "stray `}` removed from path segments", stray),
        *collect("api-prefix", f"paths without the `{PREFIX}` prefix prefixed", prefixed),
        *collect("paths-merged", "paths that became equal after normalization merged (first wins)", merged, "note"),
    ]


def fix_servers(doc: dict[str, Any]) -> list[Fix]:
    """Reduce server URLs to their origin: every path already carries ``/api/v1``."""
    servers = doc.get("servers")
    if not isinstance(servers, list):
        return []
    changed: list[str] = []
    seen: set[str] = set()
    kept: list[Any] = []
    for server in servers:
        url = server.get("url") if isinstance(server, dict) else None
        if not isinstance(url, str):
            kept.append(server)
            continue
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else url
        if origin != url:
            changed.append(f"{url} -> {origin}")
            server = {**server, "url": origin}
        if origin not in seen:
            seen.add(origin)
            kept.append(server)
    doc["servers"] = kept
    return collect("server-origin", "server URLs reduced to their origin", changed)


def _move_to_query(params: Any, templates: set[str], where: str, moved: list[str]) -> None:
    if not isinstance(params, list):
        return
    for param in params:
        if isinstance(param, dict) and param.get("in") == "path" and param.get("name") not in templates:
            param["in"] = "query"
            param.pop("required", None)  # path parameters must be required; query ones here are not
            moved.append(f"{where} {param.get('name')}")


def fix_parameter_locations(doc: dict[str, Any]) -> list[Fix]:
    """``in: path`` parameters that the path has no template for become ``in: query``."""
    moved: list[str] = []
    paths = doc.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if isinstance(item, dict):
                _move_to_query(item.get("parameters"), set(_TEMPLATE.findall(path)), path, moved)
    for path, _method, op in operations(doc):
        _move_to_query(op.get("parameters"), set(_TEMPLATE.findall(path)), str(op.get("operationId", path)), moved)
    return collect("path-param-to-query", "`in: path` parameters with no path template moved to `in: query`", moved)
