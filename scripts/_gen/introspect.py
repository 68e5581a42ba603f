"""Read signatures and fields out of the modules openapi-python-client wrote.

Reading the generated source (instead of re-deriving types from the contract)
keeps the facade's annotations identical to the low-level client's.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Param:
    """One parameter of an endpoint's `_get_kwargs` or one field of a model."""

    name: str
    annotation: str
    required: bool
    positional: bool = False


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise LookupError(name)


def endpoint_params(module: Path) -> list[Param]:
    """The parameters of `_get_kwargs` in a generated endpoint module."""
    fn = _function(ast.parse(module.read_text(encoding="utf-8")), "_get_kwargs")
    params = [
        Param(a.arg, ast.unparse(a.annotation) if a.annotation else "Any", True, positional=True) for a in fn.args.args
    ]
    defaults = [None] * (len(fn.args.kwonlyargs) - len(fn.args.kw_defaults)) + list(fn.args.kw_defaults)
    for arg, default in zip(fn.args.kwonlyargs, defaults, strict=True):
        annotation = ast.unparse(arg.annotation) if arg.annotation else "Any"
        params.append(Param(arg.arg, annotation, default is None))
    return params


def model_fields(module: Path, class_name: str) -> list[Param]:
    """The attrs fields of a generated model class, in declaration order."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [
                Param(stmt.target.id, ast.unparse(stmt.annotation), stmt.value is None)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id != "additional_properties"
            ]
    raise LookupError(class_name)


def model_index(package: Path) -> dict[str, str]:
    """Map every model class name to its module name (from the generated models package)."""
    index: dict[str, str] = {}
    for path in sorted((package / "models").glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) or (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id[:1].isupper()
            ):
                name = node.name if isinstance(node, ast.ClassDef) else node.targets[0].id  # type: ignore[union-attr]
                if name != "T":
                    index[name] = path.stem
    return index


def class_for_schema(schema: str, index: dict[str, str]) -> str:
    """The generated class name for a component schema (the generator drops `_` and fixes case)."""
    wanted = schema.replace("_", "").lower()
    for name in index:
        if name.lower() == wanted:
            return name
    raise LookupError(f"no generated model for schema {schema!r}")


def names_in(annotation: str) -> set[str]:
    """The bare names an annotation refers to."""
    return {n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)}


def model_classes(package: Path) -> set[str]:
    """Names of the generated model classes (not the Literal aliases of enums)."""
    names: set[str] = set()
    for path in (package / "models").glob("*.py"):
        names |= {n.name for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.ClassDef)}
    return names


class _Widen(ast.NodeTransformer):
    def __init__(self, classes: set[str]) -> None:
        self.classes = classes

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == "UUID":
            return ast.BinOp(node, ast.BitOr(), ast.Name("str"))
        if node.id in self.classes:
            mapping = ast.Subscript(ast.Name("Mapping"), ast.Tuple([ast.Name("str"), ast.Name("Any")]))
            return ast.BinOp(node, ast.BitOr(), mapping)
        return node


def widen(annotation: str, classes: set[str]) -> str:
    """Accept what the facade converts anyway: `str` for `UUID`, a mapping for each model.

    >>> widen("list[CreateOrderItem] | Unset", {"CreateOrderItem"})
    'list[CreateOrderItem | Mapping[str, Any]] | Unset'
    """
    tree = _Widen(classes).visit(ast.parse(annotation, mode="eval"))
    return ast.unparse(ast.fix_missing_locations(tree))
