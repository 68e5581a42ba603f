"""One command per API operation, built at run time from the contract catalog.

``stateset orders list --status pending --max-items 20`` calls ``client.orders.list``:
path parameters are positional arguments, query parameters typed options (enums are
choices), and a body comes from ``--data JSON``, ``--data @file.json``, ``--data -``
(stdin), ``--field key=value`` / ``--field key:=json`` and the body's scalar fields as
options (``--reason``). Paginated operations walk every page up to ``--max-items``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from ._catalog import Field, Operation, load_catalog

__all__ = ["build_body", "operation_command", "parse_field", "read_data", "resource_group"]

_TYPES: dict[str, click.ParamType[Any]] = {"integer": click.INT, "number": click.FLOAT, "string": click.STRING}
#: Option names the commands use themselves; a body field with one of these is set via --field.
_RESERVED = {"data", "field", "output", "max_items", "page_size", "idempotency_key", "help"}


def read_data(value: str) -> str:
    """``@file`` reads a file (UTF-8, a BOM allowed), ``-`` reads stdin, anything else is the text itself."""
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        try:
            raw = Path(value[1:]).expanduser().read_bytes()
        except OSError as exc:
            raise click.BadParameter(f"cannot read {value[1:]}: {exc.strerror or exc}", param_hint="--data") from None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise click.BadParameter(f"{value[1:]}:{line}: not UTF-8 text", param_hint="--data") from None
    return value


def parse_json(text: str, hint: str) -> Any:
    """Parse JSON, as a usage error naming the option when it is malformed."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"not valid JSON: {exc}", param_hint=hint) from None


def parse_field(text: str) -> tuple[str, Any]:
    """``key=value`` (a string) or ``key:=json``; dotted keys nest (``address.city=Paris``)."""
    if ":=" in text and (text.find(":=") < text.find("=") + 1):
        key, raw = text.split(":=", 1)
        return key, parse_json(raw, f"--field {key}")
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"expected key=value or key:=json, got {text!r}", param_hint="--field")
    return key, value


def _set_path(target: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise click.BadParameter(f"{part!r} is not an object", param_hint=f"--field {dotted}")
        target = child
    target[last] = value


def build_body(data: str | None, fields: Iterable[str], options: dict[str, Any]) -> dict[str, Any] | None:
    """Merge ``--data``, then ``--field``s, then body options (later wins)."""
    body: dict[str, Any] | None = None
    if data is not None:
        parsed = parse_json(read_data(data), "--data")
        if not isinstance(parsed, dict):
            raise click.BadParameter("the body must be a JSON object", param_hint="--data")
        body = parsed
    for text in fields:
        key, value = parse_field(text)
        body = body if body is not None else {}
        _set_path(body, key, value)
    for key, value in options.items():
        if value is not None:
            body = body if body is not None else {}
            body[key] = value
    return body


def _option(field: Field, *, prefix: str = "") -> click.Option:
    help_ = field.description.split("\n")[0] if field.description else ""
    dest = prefix + field.py
    if field.type == "boolean":
        name = field.option
        return click.Option([f"{name}/--no-{name[2:]}", dest], default=None, help=help_)
    kind: click.ParamType[Any] = click.Choice(field.enum) if field.enum else _TYPES.get(field.type, click.STRING)
    return click.Option([field.option, dest], type=kind, help=help_, metavar=None)


def _invoke(op: Operation, params: dict[str, Any]) -> None:
    from ._app import settings

    ctx = click.get_current_context()
    state = settings(ctx)
    fmt = state.output_format(params.pop("output"))
    args = [params.pop(field.py) for field in op.args]
    kwargs: dict[str, Any] = {f.py: params.pop(f.py) for f in op.options if params.get(f.py) is not None}
    for f in op.options:
        params.pop(f.py, None)
    if op.body is not None:
        data, fields = params.pop("data"), params.pop("field", ())
        if op.body_type != "object":
            from stateset_client.types import File

            text = read_data(data) if data is not None else ""
            kwargs["body"] = File(payload=_bytes_io(text), mime_type="text/plain")
        else:
            typed = {f.name: params.pop("body_" + f.py, None) for f in _body_options(op)}
            body = build_body(data, fields, typed)
            if body is None and op.body_required:
                raise click.UsageError("this operation needs a body: use --data JSON, --data @file or --field k=v")
            if body is not None:
                kwargs["body"] = body
    if op.idempotent_key and params.get("idempotency_key"):
        kwargs["idempotency_key"] = params.pop("idempotency_key")
    if op.paginated:
        for name in ("max_items", "page_size"):
            if params.get(name) is not None:
                kwargs[name] = params[name]
    with state.client() as client:
        method: Callable[..., Any] = getattr(getattr(client, op.resource), op.method)
        result = method(*args, **kwargs)
        from ._output import render, render_stream

        if op.paginated:
            render_stream(result, fmt)
        elif result is not None:
            render(result, fmt)


def _bytes_io(text: str) -> Any:
    import io

    return io.BytesIO(text.encode())


def _body_options(op: Operation) -> list[Field]:
    # Scalar body fields become typed options; objects and arrays go through --data/--field.
    taken = {f.py for f in (*op.args, *op.options)} | _RESERVED
    return [f for f in op.body or () if f.py.isidentifier() and f.py not in taken and f.type != "json"]


def operation_command(op: Operation) -> click.Command:
    """The click command for one operation."""
    params: list[click.Parameter] = [
        click.Argument([field.py], metavar=field.name.upper(), type=click.STRING) for field in op.args
    ]
    params += [_option(field) for field in op.options]
    if op.body is not None:
        params.append(
            click.Option(["--data", "-d"], metavar="JSON|@FILE|-", help="Body: JSON text, @file.json or - (stdin).")
        )
        if op.body_type == "object":
            params.append(
                click.Option(
                    ["--field", "-f"],
                    multiple=True,
                    metavar="KEY=VALUE",
                    help="Set one body field (key:=json for non-strings; dotted keys nest).",
                )
            )
            params += [_option(field, prefix="body_") for field in _body_options(op)]
    if op.idempotent_key:
        params.append(click.Option(["--idempotency-key"], metavar="KEY", help="Idempotency-Key to send."))
    if op.paginated:
        params.append(click.Option(["--max-items"], type=click.IntRange(min=0), help="Stop after this many items."))
        params.append(click.Option(["--page-size"], type=click.IntRange(min=1, max=100), help="Items per request."))
    params.append(
        click.Option(["--output", "-o"], type=click.Choice(["table", "json", "jsonl", "yaml"]), help="Output format.")
    )
    body_note = ""
    if op.body is not None and op.body_type == "object":
        required = [f.name for f in op.body if f.required]
        body_note = f"\n\nBody fields: {', '.join(f.name for f in op.body) or '(free-form)'}."
        if required:
            body_note += f" Required: {', '.join(required)}."
    return click.Command(
        op.command,
        params=params,
        callback=lambda **kwargs: _invoke(op, kwargs),
        help=f"{op.summary}\n\n{op.http_method} {op.path} (operation {op.operation_id}).{body_note}",
        short_help=op.summary,
        no_args_is_help=bool(op.args),
    )


class ResourceGroup(click.Group):
    """The commands of one resource, built on first use."""

    def __init__(self, resource: str) -> None:
        super().__init__(resource.replace("_", "-"), help=f"The {resource.replace('_', ' ')} operations.")
        self.resource = resource
        self._built: dict[str, click.Command] | None = None

    def _commands(self) -> dict[str, click.Command]:
        if self._built is None:
            ops = load_catalog().resources().get(self.resource, [])
            self._built = {op.command: operation_command(op) for op in ops}
        return self._built

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._commands())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._commands().get(cmd_name) or self._commands().get(cmd_name.replace("_", "-"))


def resource_group(resource: str) -> click.Group:
    """The ``stateset <resource>`` group."""
    return ResourceGroup(resource)
