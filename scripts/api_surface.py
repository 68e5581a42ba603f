#!/usr/bin/env python3
"""The SDK's public Python API, read with griffe, and a breaking-change check against a release.

Usage::

    scripts/api_surface.py snapshot [--out FILE] [--root DIR]     # write the surface as JSON
    scripts/api_surface.py check --base FILE [--root DIR]         # compare with a snapshot
    scripts/api_surface.py check --git REF [--root DIR]           # compare with a git ref (griffe)

The surface is every public name of ``stateset`` (its ``__all__``), ``stateset.webhooks`` and
``stateset.sandbox``; each public class's constructor parameters, public methods (with their
parameters: name, kind, required or not) and attributes; and, one level down, the methods of the
resource classes the clients expose (``client.orders.list``...).  Snapshots are committed as
``openapi/releases/<version>.api.json`` by ``scripts/check_spec.py --release``.

Breaking: a removed name, method or attribute; a removed parameter; a parameter that became
required or changed kind (e.g. positional to keyword-only); a new required parameter; reordered
positional parameters.  Additions are not breaking.  Exit status: 0 none breaking, 1 breaking,
2 unreadable input.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "stateset"
MODULES = ("stateset", "stateset.webhooks", "stateset.sandbox")
GENERATED = "stateset_client"
FORMAT = 1
_VAR_KINDS = {"variadic positional", "variadic keyword"}
_POSITIONAL = {"positional-only", "positional or keyword"}
# Parameter kind changes that only widen how a parameter can be passed.
_WIDENING = {("keyword-only", "positional or keyword"), ("positional-only", "positional or keyword")}

Surface = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class ApiChange:
    """One difference between two surfaces."""

    breaking: bool
    path: str
    message: str

    def line(self) -> str:
        """``BREAKING stateset.Stateset.close: removed``."""
        return f"{'BREAKING' if self.breaking else 'added   '} {self.path}: {self.message}"


def _search_paths(root: Path) -> list[str]:
    """``root`` (and its generated/); this repository's when ``root`` has no ``stateset`` (a test copy)."""
    paths = [root, root / "generated"]
    if not (root / PACKAGE).is_dir():
        paths += [ROOT, ROOT / "generated"]
    return [str(p) for p in dict.fromkeys(paths) if p.is_dir()]


def load(root: Path = ROOT) -> griffe.GriffeLoader:
    """A griffe loader with ``stateset`` (and the generated client it mixes in) loaded and resolved."""
    loader = griffe.GriffeLoader(search_paths=_search_paths(root))
    loader.load(PACKAGE, try_relative_path=False)  # never ./stateset of the working directory
    with contextlib.suppress(ImportError):  # a stand-alone package (tests): no generated client beside it
        loader.load(GENERATED, try_relative_path=False)
    loader.resolve_aliases(external=True, implicit=False)
    return loader


def _target(obj: Any) -> Any:
    """The object an alias points to, or None when it cannot be resolved (external)."""
    if not obj.is_alias:
        return obj
    try:
        return obj.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _params(function: Any) -> list[list[str]]:
    """``[[name, kind, "required"|"optional"], ...]`` without ``self``/``cls``."""
    rows: list[list[str]] = []
    for i, param in enumerate(function.parameters):
        if i == 0 and param.name in {"self", "cls"}:
            continue
        kind = param.kind.value
        need = "optional" if param.default is not None or kind in _VAR_KINDS else "required"
        rows.append([param.name, kind, need])
    return rows


def _public(name: str) -> bool:
    return not name.startswith("_")


def _describe(obj: Any, path: str, out: Surface, collection: Any, depth: int) -> None:
    target = _target(obj)
    if target is None:
        out[path] = {"kind": "alias"}
        return
    kind = target.kind.value
    entry: dict[str, Any] = {"kind": kind}
    out[path] = entry
    if kind == "function":
        entry["params"] = _params(target)
    elif kind == "class":
        init = target.all_members.get("__init__")
        init_target = _target(init) if init is not None else None
        if init_target is not None and init_target.kind.value == "function":
            entry["params"] = _params(init_target)
        for name, member in sorted(target.all_members.items()):
            if _public(name):
                _describe(member, f"{path}.{name}", out, collection, depth)
    elif kind == "attribute" and depth > 0:
        resource = _annotated_class(target, collection)
        if resource is not None:
            for name, member in sorted(resource.all_members.items()):
                if _public(name) and (_target(member) is None or _target(member).kind.value == "function"):
                    _describe(member, f"{path}.{name}", out, collection, depth - 1)


def _annotated_class(attribute: Any, collection: Any) -> Any:
    """The class an attribute is annotated with, when it is one of ours (resource classes)."""
    canonical = getattr(attribute.annotation, "canonical_path", None)
    if not isinstance(canonical, str) or not canonical.startswith((PACKAGE + ".", GENERATED + ".")):
        return None
    try:
        found = _target(collection[canonical])
    except KeyError:
        return None
    return found if found is not None and found.kind.value == "class" else None


def _exports(module: Any) -> list[str]:
    names = module.exports
    if names is None:
        names = [n for n, m in module.members.items() if _public(n) and not m.is_alias]
    return sorted(str(n) for n in names)


def surface(root: Path = ROOT, modules: Iterable[str] = MODULES) -> Surface:
    """The public API of ``modules`` as ``{dotted path: {kind, params?}}``."""
    loader = load(root)
    collection = loader.modules_collection
    out: Surface = {}
    for module_path in modules:
        try:
            module = collection[module_path]
        except KeyError:
            continue
        for name in _exports(module):
            if name in module.members:
                _describe(module.members[name], f"{module_path}.{name}", out, collection, depth=1)
    return dict(sorted(out.items()))


def _param_changes(path: str, old: list[list[str]], new: list[list[str]]) -> list[ApiChange]:
    changes: list[ApiChange] = []
    new_by_name = {p[0]: p for p in new}
    takes_kwargs = any(p[1] == "variadic keyword" for p in new)
    for name, kind, need in old:
        now = new_by_name.get(name)
        if now is None:
            if kind in _VAR_KINDS or not (takes_kwargs and kind != "positional-only"):
                changes.append(ApiChange(True, path, f"parameter '{name}' removed"))
            continue
        if now[1] != kind and (kind, now[1]) not in _WIDENING:
            changes.append(ApiChange(True, path, f"parameter '{name}' changed kind: {kind} -> {now[1]}"))
        if need == "optional" and now[2] == "required":
            changes.append(ApiChange(True, path, f"parameter '{name}' became required"))
    old_names = {p[0] for p in old}
    for name, _kind, need in new:
        if name not in old_names:
            changes.append(ApiChange(need == "required", path, f"{need} parameter '{name}' added"))
    old_positional = [p[0] for p in old if p[1] in _POSITIONAL]
    new_positional = [p[0] for p in new if p[1] in _POSITIONAL]
    kept = [n for n in new_positional if n in old_positional]
    if kept != [n for n in old_positional if n in kept]:
        changes.append(ApiChange(True, path, "positional parameters reordered"))
    return changes


def compare(old: Surface, new: Surface) -> list[ApiChange]:
    """Every difference from ``old`` to ``new``; ``breaking`` marks the ones that break callers."""
    changes: list[ApiChange] = []
    for path, before in old.items():
        after = new.get(path)
        if after is None:
            if not any(path.startswith(p + ".") for p in old if p not in new and p != path):
                changes.append(ApiChange(True, path, f"{before['kind']} removed"))
            continue
        if after["kind"] != before["kind"]:
            changes.append(ApiChange(True, path, f"changed from {before['kind']} to {after['kind']}"))
            continue
        if "params" in before or "params" in after:
            changes += _param_changes(path, before.get("params", []), after.get("params", []))
    for path, after in new.items():
        if path not in old and not any(path.startswith(p + ".") for p in new if p not in old and p != path):
            changes.append(ApiChange(False, path, f"{after['kind']} added"))
    return changes


def snapshot(root: Path = ROOT, version: str | None = None) -> dict[str, Any]:
    """The JSON document written to ``openapi/releases/<version>.api.json``."""
    return {"format": FORMAT, "package": PACKAGE, "version": version, "api": surface(root)}


def read_snapshot(path: Path) -> Surface:
    """The ``api`` mapping of a snapshot file; raises ``ValueError`` on an unreadable one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read API snapshot '{path}': {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("api"), dict):
        raise ValueError(f"'{path}' is not an API snapshot (no 'api' mapping)")
    return data["api"]  # type: ignore[no-any-return]


def write_snapshot(path: Path, root: Path = ROOT, version: str | None = None) -> int:
    """Write a snapshot; return how many public paths it holds."""
    data = snapshot(root, version)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return len(data["api"])


def git_changes(ref: str, root: Path = ROOT) -> list[ApiChange]:
    """griffe's own breaking-change finder, against ``stateset`` as committed at ``ref``."""
    old = griffe.load_git(PACKAGE, ref=ref, repo=root, resolve_aliases=True)
    new = griffe.load(PACKAGE, search_paths=_search_paths(root), resolve_aliases=True, try_relative_path=False)
    return [
        ApiChange(True, str(b.obj.path), b.explain(style=griffe.ExplanationStyle.ONE_LINE))
        for b in griffe.find_breaking_changes(old, new)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="api_surface.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root holding stateset/ (default: this repo)")
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="write the current public API as JSON")
    snap.add_argument("--out", type=Path, help="file to write (default: stdout)")
    snap.add_argument("--version", help="version recorded in the snapshot")
    check = sub.add_parser("check", help="compare the current public API with a release")
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("--base", type=Path, help="a snapshot written by `snapshot`")
    source.add_argument("--git", metavar="REF", help="a git ref of this repository (griffe.load_git)")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        if args.out is None:
            sys.stdout.write(json.dumps(snapshot(args.root, args.version), indent=1, sort_keys=True) + "\n")
        else:
            count = write_snapshot(args.out, args.root, args.version)
            print(f"api_surface: wrote {count} public names to {args.out}")
        return 0
    try:
        if args.git is not None:
            changes = git_changes(args.git, args.root)
        else:
            changes = compare(read_snapshot(args.base), surface(args.root))
    except (ValueError, OSError, RuntimeError, griffe.GitError) as exc:
        print(f"api_surface: error: {exc}", file=sys.stderr)
        return 2
    for change in changes:
        print(change.line())
    breaking = sum(c.breaking for c in changes)
    print(f"api_surface: {breaking} breaking, {len(changes) - breaking} added")
    return 1 if breaking else 0


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess tests
    sys.exit(main())
