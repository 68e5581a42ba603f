"""Reading and sniffing inputs: local files or ``git:REF:path``, YAML or JSON.

Every failure becomes an :class:`InputError` with a one-line message; the CLI turns it
into exit code 2.  Documents that are OpenAPI but defective are accepted here and the
defects are reported as warnings by later stages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, TextIO

import yaml

GIT_PREFIX = "git:"
# libyaml is ~10x faster on large exports; fall back to the pure-Python loader.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InputError(Exception):
    """An input is unreadable or is not an OpenAPI 3.x document (exit code 2)."""


class Diagnostics:
    """Writes de-duplicated warnings to stderr, prefixed with the input's role."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._seen: set[tuple[str, str]] = set()

    def warn(self, label: str, message: str) -> None:
        """Print ``message`` once for input ``label`` (``base`` or ``revision``)."""
        if (label, message) in self._seen:
            return
        self._seen.add((label, message))
        print(f"specdiff: warning: {label}: {message}", file=self._stream or sys.stderr)


def _one_line(text: str) -> str:
    """Collapse a multi-line tool message into its first non-empty line."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "unknown error")


def read_source(source: str) -> str:
    """Return the text of ``source``: a file path or ``git:REF:path`` (via ``git show``)."""
    if source.startswith(GIT_PREFIX):
        data = _read_git(source)
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read '{source}': {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"cannot read '{source}': not UTF-8 text") from None


def _read_git(source: str) -> bytes:
    ref, sep, path = source[len(GIT_PREFIX) :].partition(":")
    if not (ref and sep and path):
        raise InputError(f"'{source}' is not of the form git:REF:path")
    try:
        proc = subprocess.run(["git", "show", f"{ref}:{path}"], capture_output=True, check=False)
    except OSError as exc:
        raise InputError(f"cannot run git to read '{source}': {exc.strerror or exc}") from None
    if proc.returncode != 0:
        reason = _one_line(proc.stderr.decode("utf-8", "replace"))
        raise InputError(f"cannot read '{source}': {reason}")
    return proc.stdout


def parse_text(text: str, source: str) -> Any:
    """Parse JSON or YAML text; JSON goes through the fast stdlib parser first."""
    if text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text)
        except ValueError:
            pass  # YAML flow mappings also start with "{": let the YAML parser decide.
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or _one_line(str(exc))
        raise InputError(f"'{source}' is not valid YAML or JSON: {problem}{where}") from None


def check_openapi(document: Any, source: str) -> dict[str, Any]:
    """Return ``document`` if it is an OpenAPI 3.x document, else raise :class:`InputError`."""
    if not isinstance(document, dict):
        kind = type(document).__name__ if document is not None else "empty"
        raise InputError(f"'{source}' is not an OpenAPI document (top level is {kind})")
    version = document.get("openapi")
    if version is None:
        if "swagger" in document:
            raise InputError(f"'{source}' is Swagger 2.0; only OpenAPI 3.0/3.1 are supported")
        raise InputError(f"'{source}' is not an OpenAPI document (no 'openapi' field)")
    if not str(version).startswith("3."):
        raise InputError(f"'{source}' has unsupported OpenAPI version '{version}' (need 3.x)")
    return document


def load_document(source: str) -> dict[str, Any]:
    """Read, parse and sniff one input; raises :class:`InputError` on any failure."""
    return check_openapi(parse_text(read_source(source), source), source)
