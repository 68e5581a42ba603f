#!/usr/bin/env python3
"""``make check-spec``: validate the contract, gate breaking changes, check generated/, write the changelog.

Usage::

    scripts/check_spec.py [--root DIR] [--contract FILE] [--base PATH|git:REF:path]
                          [--base-version X.Y.Z] [--api-base FILE] [--no-write] [--skip-generated]
    scripts/check_spec.py --release [--version X.Y.Z] [--root DIR]

Steps, each printed as PASS/FAIL/SKIP with what to do on failure:

1. validate   -- the contract is valid OpenAPI (openapi-spec-validator).
2. diff       -- specdiff against the last released contract: the newest
                 ``openapi/releases/<version>.yaml`` (or ``--base``).
3. python-api -- the public Python API (griffe) against ``openapi/releases/<version>.api.json``.
4. version    -- breaking changes (ERR in 2, breaking in 3) fail unless ``[project] version``
                 in pyproject.toml has a greater major version than the release.
5. generated  -- ``scripts/generate.py --check``: generated/ is in sync with the contract.
6. changelog  -- the "Unreleased" section of CHANGELOG-API.md is rewritten (``--no-write``: skipped).

``--release`` runs the same steps and, if they pass, snapshots the contract and the Python API as
``openapi/releases/<version>.yaml``/``.api.json`` and moves "Unreleased" under the version's
heading.  Exit status: 0 every step passed, 1 otherwise.  See docs/schema-evolution.md.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tomllib
from collections.abc import Sequence
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parent
for _entry in (str(_HERE), str(ROOT)):
    if _entry not in sys.path:  # pragma: no cover - only when run by path (subprocess tests)
        sys.path.insert(0, _entry)

import api_surface  # noqa: E402 - needs the sys.path entries above
from _specdiff.cli import resolve_today  # noqa: E402
from _specdiff.compare import diff_specs  # noqa: E402
from _specdiff.loader import Diagnostics, InputError, load_document  # noqa: E402
from _specdiff.operations import build_spec  # noqa: E402
from _specdiff.output import render_markdown, summary  # noqa: E402
from _specdiff.registry import Change, Level  # noqa: E402

RELEASES = Path("openapi") / "releases"
CONTRACT = Path("openapi") / "stateset-api.yaml"
CHANGELOG = "CHANGELOG-API.md"
UNRELEASED = "## Unreleased"
CHANGELOG_HEADER = (
    "# API changelog\n\n"
    "Changes to `openapi/stateset-api.yaml` (the contract the SDK is generated from) and to the SDK's\n"
    "public Python API, per release. The Unreleased section is rewritten by `make check-spec`;\n"
    "`scripts/check_spec.py --release` moves it under the version's heading. Do not edit it by hand.\n"
)
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)")


@dataclass
class Step:
    """The outcome of one step."""

    name: str
    status: str  # PASS, FAIL or SKIP
    message: str
    advice: str = ""

    def render(self) -> str:
        """``[PASS] validate: ...`` plus an indented ``-> advice`` line on failure."""
        text = f"[{self.status}] {self.name}: {self.message}"
        return text + (f"\n       -> {self.advice}" if self.advice else "")


@dataclass
class Context:
    """What the steps share."""

    root: Path
    contract: Path
    base: str | None = None
    base_version: str | None = None
    api_base: Path | None = None
    contract_version: str = "0.0.0"
    changes: list[Change] = field(default_factory=list)
    api_changes: list[api_surface.ApiChange] = field(default_factory=list)


def version_key(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; ``ValueError`` when it does not start with X.Y.Z."""
    match = _VERSION.match(text)
    if match is None:
        raise ValueError(f"not a X.Y.Z version: {text!r}")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def package_version(root: Path) -> str:
    """``[project] version`` of ``root/pyproject.toml``."""
    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def latest_release(root: Path) -> Path | None:
    """The newest ``openapi/releases/<version>.yaml``, by version number."""
    found = []
    for path in (root / RELEASES).glob("*.yaml"):
        try:
            found.append((version_key(path.stem), path))
        except ValueError:
            continue
    return max(found)[1] if found else None


def validate_contract(ctx: Context) -> Step:
    """Step 1: openapi-spec-validator."""
    from openapi_spec_validator import validate

    try:
        document = load_document(str(ctx.contract))
        ctx.contract_version = str(document.get("info", {}).get("version", "0.0.0"))
        validate(document)
    except InputError as exc:
        return Step("validate", "FAIL", str(exc), "fix the file so it parses as OpenAPI 3.x")
    except Exception as exc:  # the validator raises several unrelated types
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        return Step("validate", "FAIL", f"not valid OpenAPI: {first}", "fix the contract (see the message)")
    return Step("validate", "PASS", f"{ctx.contract.name} is valid OpenAPI")


def resolve_base(ctx: Context, option: str | None) -> None:
    """Fill in ``ctx.base``/``base_version``/``api_base`` from ``--base`` or the newest release."""
    if option is not None:
        ctx.base = option
        return
    release = latest_release(ctx.root)
    if release is None:
        return
    ctx.base = str(release)
    ctx.base_version = ctx.base_version or release.stem
    sibling = release.with_name(release.stem + ".api.json")
    if ctx.api_base is None and sibling.is_file():
        ctx.api_base = sibling


def diff_contract(ctx: Context) -> Step:
    """Step 2: specdiff against the released contract."""
    if ctx.base is None:
        return Step("diff", "SKIP", "no released contract yet", "release one with `scripts/check_spec.py --release`")
    diagnostics = Diagnostics()
    try:
        base_doc = load_document(ctx.base)
        rev_doc = load_document(str(ctx.contract))
        today = resolve_today(None)  # $SPECDIFF_TODAY or the real date, as specdiff.py does
    except InputError as exc:
        return Step("diff", "FAIL", str(exc), "check --base / --contract")
    if ctx.base_version is None:
        ctx.base_version = str(base_doc.get("info", {}).get("version", "0.0.0"))
    base = build_spec(base_doc, "base", partial(diagnostics.warn, "base"))
    rev = build_spec(rev_doc, "revision", partial(diagnostics.warn, "revision"))
    ctx.changes = diff_specs(base, rev, today)
    return Step("diff", "PASS", f"{summary(ctx.changes)} since {ctx.base_version} ({_short(ctx.base, ctx.root)})")


def diff_python_api(ctx: Context) -> Step:
    """Step 3: the public Python API against the release's snapshot."""
    if ctx.api_base is None:
        return Step("python-api", "SKIP", "no API snapshot for the release", "")
    try:
        old = api_surface.read_snapshot(ctx.api_base)
    except ValueError as exc:
        return Step("python-api", "FAIL", str(exc), "restore the snapshot or pass --api-base")
    ctx.api_changes = api_surface.compare(old, api_surface.surface(ctx.root))
    breaking = sum(c.breaking for c in ctx.api_changes)
    added = len(ctx.api_changes) - breaking
    return Step("python-api", "PASS", f"{breaking} breaking, {added} added since {_short(str(ctx.api_base), ctx.root)}")


def gate_version(ctx: Context) -> Step:
    """Step 4: breaking changes need a new major version."""
    errs = [c for c in ctx.changes if c.level is Level.ERR]
    api = [c for c in ctx.api_changes if c.breaking]
    if not errs and not api:
        return Step("version", "PASS", "no breaking changes")
    current = package_version(ctx.root)
    base_version = ctx.base_version or ctx.contract_version  # no release yet: the contract's own
    what = f"{len(errs)} breaking contract change(s), {len(api)} breaking Python API change(s) since {base_version}"
    details = [f"{c.method} {c.path}: {c.message} [{c.id}]" for c in errs[:10]] + [c.line() for c in api[:10]]
    listing = "".join(f"\n         {line}" for line in details)
    if version_key(current)[0] > version_key(base_version)[0]:
        return Step("version", "PASS", f"{what}; allowed: {current} is a new major version")
    advice = (
        f"bump the major version in pyproject.toml (to {version_key(base_version)[0] + 1}.0.0) "
        "or undo the breaking changes"
    )
    return Step("version", "FAIL", f"{what}, but the package version is {current}{listing}", advice)


def check_generated(ctx: Context) -> Step:
    """Step 5: ``scripts/generate.py --check``."""
    from scripts import generate

    code = generate.main(["--check", "--root", str(ctx.root), "--contract", str(ctx.contract)])
    if code == 0:
        return Step("generated", "PASS", "generated/ is in sync with the contract")
    command = (
        "make generate" if ctx.root == ROOT else f"scripts/generate.py --root {ctx.root} --contract {ctx.contract}"
    )
    return Step("generated", "FAIL", "generated/ is out of sync (details above)", f"run `{command}` and commit")


def _short(path: str, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except ValueError:
        return path


def render_entry(ctx: Context) -> str:
    """The markdown body of a changelog section: the contract's changes, then the Python API's."""
    if ctx.base is None:
        return "The first released contract.\n"
    lines = [f"Compared with {ctx.base_version} (`{_short(ctx.base, ctx.root)}`): {summary(ctx.changes)}."]
    if ctx.changes:
        body = render_markdown(ctx.changes).splitlines()
        lines += [line for line in body[1:] if not line.startswith("**Summary:**")]
    if ctx.api_changes:
        lines += ["", "#### Python API", ""]
        lines += [f"- {'**breaking**' if c.breaking else 'added'}: `{c.path}`: {c.message}" for c in ctx.api_changes]
    return "\n".join(lines).rstrip() + "\n"


def split_changelog(text: str) -> tuple[str, str, str]:
    """(everything before Unreleased, its body, everything after) of a changelog."""
    if not text.strip():
        text = CHANGELOG_HEADER
    start = text.find(UNRELEASED + "\n")
    if start < 0:
        first = re.search(r"^## ", text, flags=re.MULTILINE)
        cut = first.start() if first else len(text)
        return text[:cut].rstrip() + "\n\n", "", text[cut:]
    body_start = start + len(UNRELEASED) + 1
    nxt = re.search(r"^## ", text[body_start:], flags=re.MULTILINE)
    end = body_start + nxt.start() if nxt else len(text)
    return text[:start], text[body_start:end].strip(), text[end:]


def write_changelog(path: Path, entry: str, release: str | None = None) -> bool:
    """Rewrite the Unreleased section with ``entry`` (or, with ``release``, file it under that version).

    Returns whether the file changed.
    """
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    head, _body, tail = split_changelog(old)
    if release is None:
        new = f"{head}{UNRELEASED}\n\n{entry.strip()}\n\n{tail}"
    else:
        heading = f"## {release} ({date.today().isoformat()})"
        new = f"{head}{UNRELEASED}\n\nNo changes yet.\n\n{heading}\n\n{entry.strip()}\n\n{tail}"
    new = new.rstrip() + "\n"
    if new == old:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def changelog_step(ctx: Context, write: bool) -> Step:
    """Step 6: the Unreleased section of CHANGELOG-API.md."""
    if not write:
        return Step("changelog", "SKIP", "not written (--no-write)")
    changed = write_changelog(ctx.root / CHANGELOG, render_entry(ctx))
    return Step("changelog", "PASS", f"{CHANGELOG}: Unreleased section {'updated' if changed else 'unchanged'}")


def release(ctx: Context, version: str) -> Step:
    """Snapshot the contract and the Python API as ``version``; move Unreleased under it."""
    try:
        key = version_key(version)
    except ValueError as exc:
        return Step("release", "FAIL", str(exc), "pass --version X.Y.Z")
    latest = latest_release(ctx.root)
    if latest is not None and key <= version_key(latest.stem):
        return Step("release", "FAIL", f"{version} is not newer than the released {latest.stem}", "bump the version")
    target = ctx.root / RELEASES / f"{version}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ctx.contract.read_bytes())
    count = api_surface.write_snapshot(target.with_name(f"{version}.api.json"), ctx.root, version)
    write_changelog(ctx.root / CHANGELOG, render_entry(ctx), release=version)
    return Step("release", "PASS", f"wrote {_short(str(target), ctx.root)} and its API snapshot ({count} names)")


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="check_spec.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")
    parser.add_argument("--contract", type=Path, help="the contract (default: ROOT/openapi/stateset-api.yaml)")
    parser.add_argument("--base", help="released contract: PATH or git:REF:path (default: newest snapshot)")
    parser.add_argument("--base-version", help="version of --base (default: its file name or info.version)")
    parser.add_argument("--api-base", type=Path, help="Python API snapshot (default: the release's .api.json)")
    parser.add_argument("--no-write", action="store_true", help="do not write CHANGELOG-API.md (CI)")
    parser.add_argument("--skip-generated", action="store_true", help="skip the generated/ sync check")
    parser.add_argument("--release", action="store_true", help="snapshot the contract as a release")
    parser.add_argument("--version", help="release version (default: pyproject.toml's)")
    return parser


def run(args: argparse.Namespace) -> list[Step]:
    """Every step, in order; later steps are skipped when the contract is unusable."""
    root = args.root.resolve()
    ctx = Context(root, (args.contract or root / CONTRACT).resolve(), base_version=args.base_version)
    ctx.api_base = args.api_base
    steps = [validate_contract(ctx)]
    if steps[0].status == "FAIL":
        return steps
    resolve_base(ctx, args.base)
    steps += [diff_contract(ctx), diff_python_api(ctx), gate_version(ctx)]
    if args.skip_generated:
        steps.append(Step("generated", "SKIP", "not checked (--skip-generated)"))
    else:
        steps.append(check_generated(ctx))
    if args.release:
        if any(s.status == "FAIL" for s in steps):
            steps.append(Step("release", "FAIL", "not released: a step failed", "fix the failures above first"))
        else:
            steps.append(release(ctx, args.version or package_version(root)))
    else:
        steps.append(changelog_step(ctx, not args.no_write))
    return steps


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 0 when every step passed (or was skipped), else 1."""
    args = build_parser().parse_args(argv)
    buffer = io.StringIO()
    with redirect_stdout(buffer):  # keep the generator's own chatter out of the step list
        steps = run(args)
    noise = buffer.getvalue().strip()
    if noise:
        print(noise)
    for step in steps:
        print(step.render())
    failed = [s.name for s in steps if s.status == "FAIL"]
    print(f"check-spec: {'FAILED (' + ', '.join(failed) + ')' if failed else 'all steps passed'}")
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess tests
    sys.exit(main())
