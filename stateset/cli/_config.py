"""Profiles: named sets of connection settings in one TOML file.

::

    current = "staging"

    [profiles.production]
    base_url = "https://api.stateset.io"
    api_key_env = "STATESET_PROD_KEY"     # read the key from this environment variable

    [profiles.staging]
    base_url = "https://staging.stateset.io"
    api_key_keyring = true                # read the key from the OS keyring ("stateset", profile)

    [profiles.sandbox]
    base_url = "http://127.0.0.1:8080"
    api_key = "sk_test_sandbox"
    output = "json"

The file lives in the platform's config directory (``$STATESET_CONFIG`` overrides the
path), is written atomically with mode 0600 in a 0700 directory, and is parsed with the
standard library only, so the SDK itself can read it: :func:`profile_settings` is what
``resolve_config`` calls for ``Stateset(profile=...)`` and ``$STATESET_PROFILE``.

Precedence everywhere is: explicit flags or arguments, then the environment
(``STATESET_API_KEY``, ``STATESET_BASE_URL``), then the profile.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from stateset._errors import ConfigurationError, MissingDependencyError

__all__ = [
    "CONFIG_ENV",
    "KEYS",
    "PROFILE_ENV",
    "ConfigFile",
    "config_path",
    "mask",
    "profile_settings",
]

CONFIG_ENV = "STATESET_CONFIG"
PROFILE_ENV = "STATESET_PROFILE"
KEYRING_SERVICE = "stateset"

#: Settings a profile may hold, and the type each is stored as.
KEYS: Mapping[str, type] = {
    "base_url": str,
    "api_key": str,
    "api_key_env": str,
    "api_key_keyring": bool,
    "output": str,
    "timeout": float,
    "max_retries": int,
}
OUTPUTS = ("table", "json", "jsonl", "yaml")
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The config file: ``$STATESET_CONFIG`` or ``<user config dir>/stateset/config.toml``."""
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    try:
        from platformdirs import user_config_dir  # lazy: only needed when no override is set
    except ImportError:  # the SDK without the cli extra: the XDG location platformdirs uses on Linux
        base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        return base / "stateset" / "config.toml"
    return Path(user_config_dir("stateset", appauthor=False)) / "config.toml"


def mask(secret: str | None) -> str:
    """Show enough of a key to recognise it, never the whole: ``sk_test_…abcd``."""
    if not secret:
        return ""
    prefix = next((p for p in ("sk_test_", "sk_live_", "whsec_") if secret.startswith(p)), "")
    if len(secret) - len(prefix) < 8:
        return f"{prefix}…"
    return f"{prefix}…{secret[-4:]}"


def check_profile_name(name: str) -> str:
    """Profile names are TOML bare keys: letters, digits, ``_`` and ``-``."""
    if not _NAME.match(name):
        raise ConfigurationError(f"profile names use letters, digits, '_' and '-' only, not {name!r}")
    return name


def coerce(key: str, value: Any) -> Any:
    """Check (and convert from text) one setting's value."""
    kind = KEYS.get(key)
    if kind is None:
        raise ConfigurationError(f"unknown setting {key!r}; known: {', '.join(KEYS)}")
    if kind is bool and isinstance(value, str):
        if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ConfigurationError(f"{key} must be true or false, not {value!r}")
        value = value.lower() in ("true", "1", "yes")
    try:
        if kind is bool:
            ok = isinstance(value, bool)
        elif kind is int and isinstance(value, float):
            ok = False  # never truncate 1.7 to 1 (and int(inf) overflows)
        else:
            value = value if isinstance(value, kind) and not isinstance(value, bool) else kind(value)
            ok = not (kind is float and not math.isfinite(value))
    except (TypeError, ValueError, OverflowError):
        ok = False
    if not ok or (key in ("timeout", "max_retries") and value < 0):
        finite = "finite, " if kind is float else ""
        raise ConfigurationError(
            f"{key} must be a {finite}{'non-negative ' if kind is not str else ''}{kind.__name__}, not {value!r}"
        )
    if key == "output" and value not in OUTPUTS:
        raise ConfigurationError(f"output must be one of {', '.join(OUTPUTS)}, not {value!r}")
    return value


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    # A JSON string is a valid TOML basic string once DEL is escaped too.
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


class ConfigFile:
    """The parsed config file: the current profile's name and each profile's settings."""

    def __init__(self, path: Path, current: str | None, profiles: dict[str, dict[str, Any]]) -> None:
        self.path = path
        self.current = current
        self.profiles = profiles

    @classmethod
    def load(cls, path: Path | None = None) -> ConfigFile:
        """Read the file (a missing file is an empty config); a broken one names file and line."""
        path = path or config_path()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path, None, {})
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"cannot read config file {path}: {exc}") from None
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"config file {path} is not valid TOML: {exc}") from None
        return cls.from_document(path, doc)

    @classmethod
    def from_document(cls, path: Path, doc: dict[str, Any]) -> ConfigFile:
        """Validate a parsed document."""
        current = doc.get("current")
        raw = doc.get("profiles", {})
        if (current is not None and not isinstance(current, str)) or not isinstance(raw, dict):
            raise ConfigurationError(f"config file {path}: 'current' must be a string and [profiles] a table")
        profiles: dict[str, dict[str, Any]] = {}
        for name, settings in raw.items():
            if not isinstance(settings, dict):
                raise ConfigurationError(f"config file {path}: [profiles.{name}] must be a table")
            try:
                profiles[name] = {key: coerce(key, value) for key, value in settings.items()}
            except ConfigurationError as exc:
                raise ConfigurationError(f"config file {path}, profile {name!r}: {exc}") from None
        return cls(path, current, profiles)

    def dumps(self) -> str:
        """The file's text."""
        lines = ["# Stateset CLI profiles; edit with `stateset config set`.", ""]
        if self.current:
            lines += [f"current = {_toml_value(self.current)}", ""]
        for name in sorted(self.profiles):
            lines.append(f"[profiles.{check_profile_name(name)}]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in self.profiles[name].items()]
            lines.append("")
        return "\n".join(lines)

    def save(self) -> None:
        """Write atomically (temp file + rename) with mode 0600, in a 0700 directory."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.dumps())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def profile(self, name: str) -> dict[str, Any]:
        """One profile's settings; an unknown name is an error that lists the known ones."""
        if name not in self.profiles:
            known = ", ".join(sorted(self.profiles)) or "none; run `stateset config init`"
            raise ConfigurationError(f"no profile {name!r} in {self.path} (profiles: {known})")
        return self.profiles[name]


def selected_profile(config: ConfigFile, flag: str | None, environ: Mapping[str, str]) -> str | None:
    """``--profile``, else ``$STATESET_PROFILE``, else the file's ``current``."""
    return flag or environ.get(PROFILE_ENV) or config.current


def key_of(profile: str, settings: Mapping[str, Any], environ: Mapping[str, str]) -> str | None:
    """A profile's API key: from the file, a named environment variable, or the keyring."""
    if settings.get("api_key_env"):
        return environ.get(settings["api_key_env"]) or None
    if settings.get("api_key_keyring"):
        return keyring_get(profile)
    key = settings.get("api_key")
    return str(key) if key else None


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise MissingDependencyError(
            "Storing API keys in the OS keyring needs the keyring package.",
            module="keyring",
            extra=None,
            install_command="pip install keyring",
        ) from None
    return keyring


def keyring_get(profile: str) -> str | None:
    """Read a profile's key from the OS keyring."""
    value = _keyring().get_password(KEYRING_SERVICE, profile)
    return str(value) if value else None


def keyring_set(profile: str, secret: str) -> None:
    """Store a profile's key in the OS keyring."""
    _keyring().set_password(KEYRING_SERVICE, profile, secret)


def profile_settings(
    profile: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> dict[str, Any]:
    """The selected profile's settings with its key resolved: what the SDK reads.

    ``profile`` (an argument), else ``$STATESET_PROFILE``, else the file's ``current``
    profile; none at all gives ``{}``. Returns ``base_url``, ``api_key`` (resolved
    from the file, ``api_key_env`` or the keyring), ``timeout``, ``max_retries`` and
    ``output`` where set. Naming a profile that does not exist raises
    `ConfigurationError`, as does a broken file.
    """
    env = os.environ if environ is None else environ
    config = ConfigFile.load(path or config_path(env))
    name = selected_profile(config, profile, env)
    if name is None:
        return {}
    settings = dict(config.profile(name))
    resolved = {k: v for k, v in settings.items() if k not in ("api_key", "api_key_env", "api_key_keyring")}
    key = key_of(name, settings, env)
    if key:
        resolved["api_key"] = key
    resolved["profile"] = name
    return resolved
