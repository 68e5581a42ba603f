"""``stateset config init|set|get|list|use|path``: manage profiles (see `._config`)."""

from __future__ import annotations

from typing import Any

import click

from stateset._errors import ConfigurationError

from ._config import KEYS, ConfigFile, coerce, config_path, key_of, keyring_set, mask

__all__ = ["command"]


@click.group("config", no_args_is_help=True)
def command() -> None:
    """Manage profiles: base URL, API key (file, env var or keyring) and defaults.

    The file is $STATESET_CONFIG or the platform's config dir (`stateset config path`).
    Precedence: flags > environment (STATESET_API_KEY, STATESET_BASE_URL) > profile.
    """


_profile_option = click.option("--profile", "-p", metavar="NAME", help="Profile (default: the current one).")


def _target(config: ConfigFile, profile: str | None) -> str:
    from ._app import settings

    name = profile or settings().profile or config.current
    if not name:
        raise ConfigurationError("no profile selected: pass --profile NAME or run `stateset config use NAME`")
    return name


@command.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
def init(force: bool) -> None:
    """Create the config file with a `production` and a `sandbox` profile."""
    path = config_path()
    if path.exists() and not force:
        raise ConfigurationError(f"{path} already exists (use --force to overwrite)")
    config = ConfigFile(
        path,
        "sandbox",
        {
            "production": {"base_url": "https://api.stateset.io", "api_key_env": "STATESET_API_KEY"},
            "sandbox": {"base_url": "http://127.0.0.1:8080", "api_key": "sk_test_sandbox"},
        },
    )
    config.save()
    click.echo(f"Wrote {path} (profiles: production, sandbox; current: sandbox)")


@command.command("set")
@click.argument("key", type=click.Choice(list(KEYS)), metavar="KEY")
@click.argument("value")
@_profile_option
@click.option("--keyring", is_flag=True, help="Store api_key in the OS keyring, not the file.")
def set_(key: str, value: str, profile: str | None, keyring: bool) -> None:
    """Set one setting of a profile (the profile is created if needed).

    KEY is one of: base_url, api_key, api_key_env, api_key_keyring, output, timeout, max_retries.
    """
    config = ConfigFile.load()
    name = _target(config, profile)
    from ._config import check_profile_name

    check_profile_name(name)
    settings = config.profiles.setdefault(name, {})
    if keyring:
        if key != "api_key":
            raise ConfigurationError("--keyring applies to api_key only")
        keyring_set(name, value)
        for other in ("api_key", "api_key_env"):
            settings.pop(other, None)
        settings["api_key_keyring"] = True
    else:
        settings[key] = coerce(key, value)
        if key in ("api_key", "api_key_env", "api_key_keyring"):
            # One key source per profile, so it is always clear which one is used.
            for other in {"api_key", "api_key_env", "api_key_keyring"} - {key}:
                settings.pop(other, None)
    if config.current is None:
        config.current = name
    config.save()
    shown = mask(value) if key == "api_key" else value
    click.echo(f"{name}.{key} = {shown}")


def _display(name: str, settings: dict[str, Any]) -> dict[str, Any]:
    import os

    shown = {k: (mask(v) if k == "api_key" else v) for k, v in settings.items()}
    try:
        key = key_of(name, settings, os.environ)
    except Exception:  # a missing keyring backend must not break listing
        key = None
    shown["key"] = mask(key) if key else "(not set)"
    return shown


@command.command("get")
@click.argument("key", type=click.Choice(list(KEYS)), metavar="KEY")
@_profile_option
def get(key: str, profile: str | None) -> None:
    """Print one setting (KEY as for `config set`) of a profile; an API key is masked."""
    config = ConfigFile.load()
    name = _target(config, profile)
    value = config.profile(name).get(key)
    if value is None:
        raise ConfigurationError(f"{key} is not set in profile {name!r}")
    click.echo(mask(value) if key == "api_key" else str(value).lower() if isinstance(value, bool) else str(value))


@command.command("list")
@click.option("--output", "-o", type=click.Choice(["table", "json", "jsonl", "yaml"]), help="Output format.")
def list_(output: str | None) -> None:
    """List profiles; `*` marks the current one. Keys are always masked."""
    from ._app import settings
    from ._output import render

    config = ConfigFile.load()
    rows = [
        {"profile": name, "current": name == config.current, **_display(name, config.profiles[name])}
        for name in sorted(config.profiles)
    ]
    fmt = output or settings().output or "table"
    if fmt == "table":
        if not rows:
            click.echo(f"No profiles in {config.path}; run `stateset config init`.")
            return
        for row in rows:
            star = "*" if row.pop("current") else " "
            name = row.pop("profile")
            details = "  ".join(f"{k}={v}" for k, v in row.items())
            click.echo(f"{star} {name:<14} {details}")
        return
    render(rows, fmt)


@command.command()
@click.argument("profile")
def use(profile: str) -> None:
    """Make a profile the current one."""
    config = ConfigFile.load()
    config.profile(profile)
    config.current = profile
    config.save()
    click.echo(f"Current profile: {profile}")


@command.command()
def path() -> None:
    """Print the config file's path."""
    click.echo(str(config_path()))
