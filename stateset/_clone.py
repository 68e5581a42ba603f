"""Independent copies of decoded models, for one answer handed to several callers.

The memory cache keeps the typed model of a cached response, so a repeated GET need
not parse JSON and build the model again. Models are mutable attrs classes, so each
caller gets its own copy: a deep copy that knows the shapes decoding produces (attrs
models, lists, dicts and immutable scalars) and runs several times faster than
`copy.deepcopy`, which it falls back to for anything else.

`clone` checks every value it copies. A cached model is copied many times and never
changes, so `copier_for` checks it once: when every field declared with an immutable
type (``str``, ``None | str | Unset``...) holds one, its copies skip those checks. A
server can send a list where a string is declared, and decoding keeps it, so the check
is needed, once.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import enum
import uuid
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import attrs
from stateset_client.types import Unset

__all__ = ["clone", "copier_for"]

T = TypeVar("T")

#: Types whose values never change: shared, not copied.
_IMMUTABLE: frozenset[type] = frozenset(
    {
        str,
        int,
        float,
        bool,
        type(None),
        bytes,
        datetime.datetime,
        datetime.date,
        datetime.time,
        datetime.timedelta,
        decimal.Decimal,
        uuid.UUID,
        Unset,  # the generated UNSET marker
    }
)

#: Annotation parts that name immutable types, as the generated models spell them.
_IMMUTABLE_NAMES = frozenset(
    {"str", "int", "float", "bool", "None", "Unset", "bytes", "datetime.datetime", "datetime.date", "datetime.time"}
)


class _Shape(NamedTuple):
    """How to copy instances of one class."""

    #: Copies any instance.
    checked: Callable[[Any], Any]
    #: Copies an instance whose ``plain`` fields hold immutable values (see `copier_for`).
    trusted: Callable[[Any], Any]
    #: Fields declared with immutable types only; None when ``trusted`` is ``checked``.
    plain: tuple[str, ...] | None = None
    #: The other fields.
    others: tuple[str, ...] = ()


_shapes: dict[type, _Shape] = {}
_OBJECT_SETATTR: Any = object.__setattr__


def _copy_function(slot: int) -> Callable[[Any], Any]:
    """A deep copy that copies models with their shape's ``slot`` copier (0: checked, 1: trusted)."""

    def copy_value(value: Any) -> Any:
        kind = type(value)
        if kind in _IMMUTABLE:
            return value
        if kind is list:  # map(): a comprehension builds a function and a frame per call
            return list(map(copy_value, value))
        if kind is dict:
            if not value:
                return {}  # most models' additional_properties
            return dict(zip(value, map(copy_value, value.values()), strict=True))
        copier: Callable[[Any], Any] = (_shapes.get(kind) or _shape_of(kind))[slot]  # type: ignore[assignment]
        return copier(value)

    return copy_value


_clone = _copy_function(0)
#: `clone` for values `_holds_declared_types` accepted.
_clone_trusted = _copy_function(1)


def clone(value: T) -> T:
    """A copy of ``value`` that shares nothing mutable with it."""
    copied: T = _clone(value)
    return copied


def copier_for(value: T) -> Callable[[T], T]:
    """The fastest correct way to copy ``value`` as it is now, for repeated copies.

    Checks ``value`` once (see the module doc). The copier is only right while
    ``value`` is not changed.
    """
    return _clone_trusted if _holds_declared_types(value) else clone


def _holds_declared_types(value: Any) -> bool:
    """True when every model in ``value`` holds immutable values in its ``plain`` fields."""
    kind = type(value)
    if kind in _IMMUTABLE:
        return True
    if kind is list:
        return all(map(_holds_declared_types, value))
    if kind is dict:
        return all(map(_holds_declared_types, value.values()))
    shape = _shapes.get(kind) or _shape_of(kind)
    if shape.plain is None:
        return True  # copied by the checked copier either way
    return all(type(getattr(value, name)) in _IMMUTABLE for name in shape.plain) and all(
        _holds_declared_types(getattr(value, name)) for name in shape.others
    )


def _shape_of(kind: type) -> _Shape:
    """How to copy a value of ``kind``: field by field for plain attrs classes."""
    if issubclass(kind, enum.Enum):
        shape = _Shape(_same, _same)  # members are singletons
    elif not attrs.has(kind):
        shape = _Shape(copy.deepcopy, copy.deepcopy)
    else:
        fields = attrs.fields(kind)
        if any(f.converter is not None or f.validator is not None or f.kw_only for f in fields) or not all(
            f.name.isidentifier() for f in fields
        ):
            shape = _Shape(copy.deepcopy, copy.deepcopy)  # __init__ would convert or check the values again
        elif _only_assigns(kind):
            shape = _bare_shape(kind, fields)
        else:
            init = _compile_init(kind, [f.name for f in fields if f.init], [f.name for f in fields if not f.init])
            shape = _Shape(init, init)
    _shapes[kind] = shape
    return shape


def _only_assigns(kind: type) -> bool:
    """True when instances can be made bare and filled: no frozen fields or init hooks."""
    return kind.__setattr__ is _OBJECT_SETATTR and not (
        hasattr(kind, "__attrs_pre_init__") or hasattr(kind, "__attrs_post_init__")
    )


def _fresh(name: str) -> str:
    """The expression copying field ``name`` of ``value``: shared if immutable, else cloned."""
    return f"(x if type(x := value.{name}) in immutable else clone(x))"


def _compile_init(kind: type, init: list[str], rest: list[str]) -> Callable[[Any], Any]:
    """A copier written out for ``kind``'s fields that calls its ``__init__``.

    One expression per field, with no loop or intermediate list, as attrs writes its
    ``__init__``: several times faster than a generic field-by-field loop.
    """
    lines = ["def copy_model(value):", "    made = kind(" + ", ".join(_fresh(n) for n in init) + ")"]
    lines += [f"    made.{name} = {_fresh(name)}" for name in rest]
    return _exec(kind, [*lines, "    return made"], _clone)


def _bare_shape(kind: type, fields: tuple[attrs.Attribute[Any], ...]) -> _Shape:
    """Copiers that fill a bare instance: checked, and trusted (plain fields assigned as is)."""
    plain = tuple(f.name for f in fields if _declared_immutable(f.type))
    others = tuple(f.name for f in fields if f.name not in plain)
    head = ["def copy_model(value):", "    made = new(kind)"]
    rest = [f"    made.{name} = {_fresh(name)}" for name in others] + ["    return made"]
    checked = [f"    made.{name} = {_fresh(name)}" for name in plain]
    trusted = [f"    made.{name} = value.{name}" for name in plain]
    return _Shape(
        _exec(kind, head + checked + rest, _clone), _exec(kind, head + trusted + rest, _clone_trusted), plain, others
    )


def _declared_immutable(annotation: Any) -> bool:
    """True when a field's annotation (a string in the generated models) names only immutable types."""
    if isinstance(annotation, type):
        return annotation in _IMMUTABLE
    return isinstance(annotation, str) and all(part.strip() in _IMMUTABLE_NAMES for part in annotation.split("|"))


def _exec(kind: type, lines: list[str], nested: Callable[[Any], Any]) -> Callable[[Any], Any]:
    namespace: dict[str, Any] = {"kind": kind, "immutable": _IMMUTABLE, "clone": nested, "new": object.__new__}
    exec(compile("\n".join(lines), f"<stateset clone {kind.__qualname__}>", "exec"), namespace)
    copier: Callable[[Any], Any] = namespace["copy_model"]
    return copier


def _same(value: T) -> T:
    return value
