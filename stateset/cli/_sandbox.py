"""``stateset sandbox``: serve the local sandbox API (needs ``stateset[sandbox]``)."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command("sandbox")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="TCP port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--db", default=":memory:", show_default=True, help="SQLite file that keeps state across restarts.")
@click.option("--seed", type=click.Choice(["demo"]), help="Load a dataset into an empty database.")
@click.option("--api-key", multiple=True, help="Accept only this key (repeatable; default: any sk_test_ key).")
@click.option("--log-level", default="info", show_default=True, help="uvicorn log level.")
def command(port: int, host: str, db: str, seed: str | None, api_key: tuple[str, ...], log_level: str) -> None:
    """Run the local sandbox API server until Ctrl-C (needs stateset[sandbox])."""
    from stateset._optional import import_optional

    serve = import_optional("stateset.sandbox", extra="sandbox", feature="The sandbox").serve
    click.echo(f"Sandbox on http://{host}:{port} (db {db}{', seeded: ' + seed if seed else ''}); Ctrl-C stops it.")
    serve(host, port, db=db, seed=seed, api_keys=list(api_key) or None, log_level=log_level)
