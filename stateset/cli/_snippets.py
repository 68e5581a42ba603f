"""``stateset snippet orders.create [--async]``: a runnable Python snippet for an operation.

Arguments are filled from the contract's examples where it has them, else with
placeholders of the right type, so the snippet runs (against the sandbox) as printed.
"""

from __future__ import annotations

from typing import Any

import click

from ._catalog import Field, Operation, load_catalog

__all__ = ["command", "snippet_for"]

_PLACEHOLDERS: dict[str, Any] = {"string": "...", "integer": 1, "number": 1.0, "boolean": True, "json": {}}


def _example(field: Field) -> Any:
    if field.example is not None:
        return field.example
    if field.enum:
        return field.enum[0]
    if field.type == "string" and (field.name == "id" or field.name.endswith("_id")):
        return f"<{field.name}>"
    if field.type == "string":
        return f"<{field.name}>"
    return _PLACEHOLDERS[field.type]


def snippet_for(op: Operation, *, use_async: bool = False) -> str:
    """The Python source of a snippet calling ``op``."""
    args = [repr(_example(f)) for f in op.args]
    if op.body is not None and op.body_type != "object":
        args.append('File(payload=io.BytesIO(b"..."), mime_type="text/plain")')
    kwargs = [f"{f.py}={_example(f)!r}" for f in op.options if f.required or f.enum]
    if op.body is not None and op.body_type == "object":
        kwargs += [f"{f.py}={_example(f)!r}" for f in op.body if f.required]
    if op.paginated:
        kwargs.append("max_items=20")
    call = f"client.{op.resource}.{op.method}({', '.join(args + kwargs)})"
    imports = ["from stateset import AsyncStateset" if use_async else "from stateset import Stateset"]
    if op.body is not None and op.body_type != "object":
        imports = ["import io", "", "from stateset_client.types import File", *imports]
    lines = [f'"""{op.summary.rstrip(".")} ({op.http_method} {op.path})."""', "", *imports, ""]
    if use_async:
        lines += ["import asyncio", "", "", "async def main() -> None:", "    async with AsyncStateset() as client:"]
        if op.paginated:
            lines += [f"        async for item in {call}:", "            print(item)"]
        else:
            lines += [f"        result = await {call}", "        print(result)"]
        lines += ["", "", "asyncio.run(main())"]
    else:
        lines += ["with Stateset() as client:  # reads STATESET_API_KEY and STATESET_BASE_URL"]
        if op.paginated:
            lines += [f"    for item in {call}:", "        print(item)"]
        else:
            lines += [f"    result = {call}", "    print(result)"]
    return "\n".join(lines) + "\n"


@click.command("snippet")
@click.argument("operation")
@click.option("--async", "use_async", is_flag=True, help="Use AsyncStateset.")
def command(operation: str, use_async: bool) -> None:
    """Print a runnable Python snippet for OPERATION (orders.create, returns.approve, or an operationId)."""
    catalog = load_catalog()
    try:
        op = catalog.find(operation)
    except KeyError:
        import difflib

        names = [o.dotted for o in catalog.operations]
        close = difflib.get_close_matches(operation.replace("-", "_"), names, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise click.BadParameter(f"no operation {operation!r}.{hint}", param_hint="OPERATION") from None
    click.echo(snippet_for(op, use_async=use_async), nl=False)
