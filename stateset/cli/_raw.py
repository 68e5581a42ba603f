"""``stateset api METHOD PATH``: any request, with the SDK's auth, retries and errors."""

from __future__ import annotations

from typing import Any

import click

__all__ = ["command", "raw_request"]

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


def _pairs(values: tuple[str, ...], sep: str, hint: str) -> list[tuple[str, str]]:
    pairs = []
    for text in values:
        key, found, value = text.partition(sep)
        if not found or not key.strip():
            raise click.BadParameter(f"expected KEY{sep}VALUE, got {text!r}", param_hint=hint)
        pairs.append((key.strip(), value.strip() if sep == ":" else value))
    return pairs


def raw_request(
    client: Any, method: str, path: str, params: list[tuple[str, str]], body: Any, headers: dict[str, str]
) -> Any:
    """Send one request through the client's transport stack; API errors raise as usual."""
    from stateset._base_client import CallOptions, Endpoint
    from stateset._errors import status_error_from_response

    if not path.startswith("/"):
        path = "/" + path
    if not path.startswith("/api/"):
        path = "/api/v1" + path
    kwargs: dict[str, Any] = {"method": method, "url": path, "params": params}
    if body is not None:
        kwargs["json"] = body
    endpoint = Endpoint(f"raw_{method.lower()}", method, path, "raw", envelope=False)
    response = client._send(endpoint, kwargs, CallOptions(extra_headers=headers or None))
    if response.status_code >= 400:
        raise status_error_from_response(response)
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


@click.command("api")
@click.argument("method", type=click.Choice(_METHODS, case_sensitive=False))
@click.argument("path")
@click.option("--query", "-q", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--data", "-d", metavar="JSON|@FILE|-", help="JSON body: text, @file.json or - (stdin).")
@click.option("--header", "-H", multiple=True, metavar="'NAME: VALUE'", help="Extra header (repeatable).")
@click.option("--output", "-o", type=click.Choice(["table", "json", "jsonl", "yaml"]), help="Output format.")
def command(
    method: str, path: str, query: tuple[str, ...], data: str | None, header: tuple[str, ...], output: str | None
) -> None:
    """Send a raw request: stateset api GET /api/v1/orders -q status=pending.

    PATH may omit the /api/v1 prefix. Auth, retries and error exit codes are the same as
    for every other command; the response body is printed as JSON (or --output).
    """
    from ._app import settings
    from ._operations import parse_json, read_data
    from ._output import render

    verb = method.upper()
    params = _pairs(query, "=", "--query")
    headers = dict(_pairs(header, ":", "--header"))
    body = parse_json(read_data(data), "--data") if data is not None else None
    state = settings()
    fmt = state.output_format(output)
    with state.client() as client:
        result = raw_request(client, verb, path, params, body, headers)
    if result is not None:
        render(result, fmt)
