"""The root ``stateset`` command: global options, lazy sub-commands, errors to exit codes.

Only click is imported to answer ``stateset --help``: the built-in command groups are
named in a table and imported when used, and the resource groups (``orders``,
``returns``…) are listed from the generated resources' file names and built from the
contract catalog only when one of them runs.

Exit codes (one per error class, so scripts can branch on them):

====  ==========================================================
0     success
1     an unexpected error, or some items of a bulk run failed
2     usage or configuration error (bad flag, broken config file)
3     authentication or permission (HTTP 401, 403)
4     not found (HTTP 404)
5     rejected request: 400, 409 (conflict, illegal transition), 422
6     rate limited (HTTP 429)
7     server error (HTTP 5xx)
8     connection failure or timeout
9     webhook signature verification failed
130   interrupted (Ctrl-C)
====  ==========================================================
"""

from __future__ import annotations

import importlib
import math
import os
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from stateset import Stateset

__all__ = ["EXIT_CODES", "Settings", "cli", "exit_code_for", "fail", "main", "resource_names", "resources_dir"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_CODES: dict[str, int] = {
    "AuthenticationError": 3,
    "PermissionDeniedError": 3,
    "NotFoundError": 4,
    "BadRequestError": 5,
    "ConflictError": 5,
    "UnprocessableEntityError": 5,
    "RateLimitError": 6,
    "InternalServerError": 7,
    "APIConnectionError": 8,
    "APITimeoutError": 8,
    "WebhookVerificationError": 9,
    "ConfigurationError": 2,
    "MissingDependencyError": 2,
}
EXIT_INTERRUPTED = 130

#: Built-in groups: name -> (module, attribute, one-line help). Imported on first use.
BUILTINS: dict[str, tuple[str, str, str]] = {
    "api": ("stateset.cli._raw", "command", "Send a raw request: stateset api GET /api/v1/orders -q status=pending."),
    "bulk": ("stateset.cli._bulk", "command", "Create many objects from a JSONL or CSV file, resumably."),
    "config": ("stateset.cli._config_commands", "command", "Manage profiles (base URL, API key, defaults)."),
    "explore": ("stateset.cli._explore", "command", "An interactive shell with completion of every operation."),
    "sandbox": ("stateset.cli._sandbox", "command", "Run the local sandbox API server."),
    "snippet": ("stateset.cli._snippets", "command", "Print a runnable Python snippet for an operation."),
    "spec": ("stateset.cli._spec", "command", "Contract tools: diff two versions of the OpenAPI spec."),
    "webhooks": ("stateset.cli._webhooks", "command", "Verify, trigger and forward webhooks."),
}


def resources_dir() -> Path:
    """The generated resources' directory, found without importing the package."""
    spec = find_spec("stateset_client")
    assert spec is not None  # installed with the SDK
    assert spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def resource_names() -> list[str]:
    """The generated resource modules' names, found without importing them (for ``--help``)."""
    return sorted(p.stem for p in resources_dir().glob("*.py") if not p.stem.startswith("_"))


def exit_code_for(error: BaseException) -> int:
    """The exit code for an error: the nearest class in `EXIT_CODES` along its MRO."""
    for cls in type(error).__mro__:
        if cls.__name__ in EXIT_CODES:
            return EXIT_CODES[cls.__name__]
    status = getattr(error, "status_code", None)
    if isinstance(status, int) and status >= 500:
        return 7
    return EXIT_ERROR


class Settings:
    """The global options, resolved lazily: flags > environment > profile."""

    def __init__(
        self,
        profile: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        output: str | None = None,
        verbose: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        self.profile = profile
        self.base_url = base_url
        self.api_key = api_key
        self.output = output
        self.verbose = verbose
        self.timeout = timeout
        self.max_retries = max_retries
        self._resolved: dict[str, Any] | None = None

    def __repr__(self) -> str:
        key = "set" if self.api_key else "unset"
        return f"Settings(profile={self.profile!r}, base_url={self.base_url!r}, api_key=<{key}>)"

    def resolved(self) -> dict[str, Any]:
        """base_url, api_key, timeout, max_retries, output and profile after precedence."""
        if self._resolved is None:
            from ._config import profile_settings

            env = os.environ
            values = profile_settings(self.profile, environ=env)
            for key, flag, env_name in (
                ("api_key", self.api_key, "STATESET_API_KEY"),
                ("base_url", self.base_url, "STATESET_BASE_URL"),
            ):
                chosen = flag or env.get(env_name) or values.get(key)
                if chosen:
                    values[key] = chosen
            for key in ("timeout", "max_retries", "output"):
                if getattr(self, key) is not None:
                    values[key] = getattr(self, key)
            self._resolved = values
        return self._resolved

    def secrets(self) -> tuple[str, ...]:
        """Values never to print."""
        from stateset._errors import StatesetError

        try:
            key = self.resolved().get("api_key")
        except StatesetError:
            key = self.api_key
        return tuple(s for s in (key, self.api_key, os.environ.get("STATESET_API_KEY")) if s)

    def output_format(self, flag: str | None = None) -> str:
        """``--output`` on the command, else the global flag or profile, else by TTY."""
        from ._output import default_format

        return flag or self.resolved().get("output") or default_format()

    def client(self) -> Stateset:
        """A client configured from the resolved settings."""
        from stateset import Hooks, Stateset

        values = self.resolved()
        options: dict[str, Any] = {"api_key": values.get("api_key"), "base_url": values.get("base_url")}
        if "timeout" in values:
            options["timeout"] = values["timeout"]
        if "max_retries" in values:
            options["max_retries"] = values["max_retries"]
        if self.verbose:
            options["hooks"] = Hooks(on_request=[_log_request], on_response=[_log_response], on_retry=[_log_retry])
        return Stateset(**options)


def _log_request(event: Any) -> None:
    click.echo(f"> {event.method} {event.url} (attempt {event.attempt})", err=True)


def _log_response(event: Any) -> None:
    rid = f", request id {event.request_id}" if event.request_id else ""
    click.echo(f"< {event.status_code} in {event.elapsed * 1000:.0f} ms{rid}", err=True)


def _log_retry(event: Any) -> None:
    click.echo(f"  retrying in {event.delay:.2f} s ({event.reason})", err=True)


def settings(ctx: click.Context | None = None) -> Settings:
    """The `Settings` of the running command (defaults outside the root group)."""
    ctx = ctx or click.get_current_context()
    found = ctx.find_object(Settings)
    return found if found is not None else ctx.ensure_object(Settings)


def describe_error(error: BaseException, secrets: tuple[str, ...] = ()) -> str:
    """One line for stderr: the API's message, status and request id, without secrets."""
    from stateset._instrumentation import redact

    message = getattr(error, "message", None) or str(error) or type(error).__name__
    details = []
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        details.append(f"HTTP {status}")
    request_id = getattr(error, "request_id", None)
    if request_id:
        details.append(f"request id {request_id}")
    extra = getattr(error, "details", None)
    text = f"{type(error).__name__}: {message}"
    if extra and isinstance(extra, str | list | dict) and str(extra) not in text:
        text += f" — {extra}"
    if details:
        text += f" ({', '.join(details)})"
    return redact(text, secrets)


def fail(error: BaseException, ctx: click.Context | None = None) -> NoReturn:
    """Report ``error`` on stderr and exit with its code."""
    ctx = ctx or click.get_current_context()
    click.echo(f"Error: {describe_error(error, settings(ctx).secrets())}", err=True)
    ctx.exit(exit_code_for(error))


class RootGroup(click.Group):
    """Lists built-in and resource groups without importing them; maps errors to exit codes."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*BUILTINS, *(name.replace("_", "-") for name in resource_names())})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            module, attr, _ = BUILTINS[cmd_name]
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        resource = cmd_name.replace("-", "_")
        if resource not in resource_names():
            return None
        from ._operations import resource_group

        return resource_group(resource)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        builtin = [(name, help_) for name, (_, _, help_) in sorted(BUILTINS.items())]
        resources = [(name.replace("_", "-"), f"The {name.replace('_', ' ')} operations.") for name in resource_names()]
        with formatter.section("Commands"):
            formatter.write_dl(builtin)
        with formatter.section("Resources (one command per API operation)"):
            formatter.write_dl(resources)

    def invoke(self, ctx: click.Context) -> Any:
        # Imported here, not at the top: `stateset --help` must not pay for httpx.
        from stateset._errors import StatesetError

        try:
            return super().invoke(ctx)
        except StatesetError as error:
            fail(error, ctx)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Refuse nan and inf, which FloatRange lets through."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a finite number of seconds")
    return value


@click.group(
    cls=RootGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    epilog="Exit codes: 0 ok, 1 error, 2 usage/config, 3 auth, 4 not found, 5 rejected (400/409/422), "
    "6 rate limited, 7 server error, 8 connection/timeout, 9 bad webhook signature.",
)
@click.option("--profile", "-p", metavar="NAME", help="Use this profile (default: $STATESET_PROFILE or `current`).")
@click.option("--base-url", metavar="URL", help="API origin (overrides $STATESET_BASE_URL and the profile).")
@click.option("--api-key", metavar="KEY", help="API key (prefer $STATESET_API_KEY or a profile; flags show in ps).")
@click.option(
    "--output", "-o", type=click.Choice(["table", "json", "jsonl", "yaml"]), help="Output format (default: by TTY)."
)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), callback=_finite, help="Seconds per request.")
@click.option("--max-retries", type=click.IntRange(min=0), help="Retries for failed requests.")
@click.option("--verbose", "-v", is_flag=True, help="Log each HTTP exchange to stderr (credentials redacted).")
@click.version_option("0.1.0", prog_name="stateset")
@click.pass_context
def cli(
    ctx: click.Context,
    profile: str | None,
    base_url: str | None,
    api_key: str | None,
    output: str | None,
    timeout: float | None,
    max_retries: int | None,
    verbose: bool,
) -> None:
    r"""The Stateset command line: every API operation, profiles, raw requests, bulk loads and a sandbox.

    \b
    stateset config init                    # profiles for production and a local sandbox
    stateset sandbox --seed demo &          # a local API on http://127.0.0.1:8080
    stateset orders list --status pending --max-items 20
    stateset orders get ORDER_ID -o yaml
    stateset returns approve RETURN_ID
    """
    ctx.obj = Settings(profile, base_url, api_key, output, verbose, timeout, max_retries)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``stateset`` console script."""
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="stateset")
