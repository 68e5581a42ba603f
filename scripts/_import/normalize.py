"""The pure normalization pipeline: an export in, a candidate contract and its fixes out."""

from __future__ import annotations

import copy
from typing import Any

from .components import fix_bodies, fix_security, fix_undefined_schemas, note_empty_schemas
from .naming import fix_operation_ids, fix_tags
from .paths import fix_parameter_locations, fix_paths, fix_servers
from .report import Fix, operations


def reference_operations(contract: dict[str, Any] | None) -> dict[tuple[str, str], dict[str, Any]]:
    """Our contract's operations keyed by ``(method, path)``, for consistent renames."""
    return {(method, path): op for path, method, op in operations(contract or {})}


def normalize(doc: dict[str, Any], reference: dict[str, Any] | None = None) -> tuple[dict[str, Any], list[Fix]]:
    """Return a normalized deep copy of ``doc`` and the list of fixes (and notes) applied.

    ``reference`` is our current contract, if any: duplicate operationIds are renamed the way
    it renamed them.  Neither argument is modified.
    """
    out = copy.deepcopy(doc)
    fixes: list[Fix] = []
    fixes += fix_paths(out)
    fixes += fix_servers(out)
    fixes += fix_parameter_locations(out)
    fixes += fix_tags(out)
    fixes += fix_security(out)
    fixes += fix_undefined_schemas(out)
    fixes += fix_operation_ids(out, reference_operations(reference))
    fixes += fix_bodies(out)
    fixes += note_empty_schemas(out)
    return out, fixes
