"""The record of one normalization: what was fixed (or only noted), how often, and where."""

from __future__ import annotations

from dataclasses import dataclass, field

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Fix:
    """One kind of fix, with every place it applied.

    ``kind`` is ``"fix"`` when the document was changed and ``"note"`` when a quirk is only
    reported (the document is left as it is).
    """

    rule: str
    message: str
    locations: list[str] = field(default_factory=list)
    kind: str = "fix"

    @property
    def count(self) -> int:
        """How many places the fix applied to."""
        return len(self.locations)

    def line(self, examples: int = 3) -> str:
        """One line for the report, e.g. ``fix  path-params  58  ... (e.g. a, b)``."""
        shown = ", ".join(self.locations[:examples])
        more = f", +{self.count - examples} more" if self.count > examples else ""
        return f"{self.kind:<4}  {self.rule:<22} {self.count:>4}  {self.message} ({shown}{more})"


def collect(rule: str, message: str, locations: list[str], kind: str = "fix") -> list[Fix]:
    """A one-element list with the fix, or an empty list when nothing applied."""
    return [Fix(rule, message, locations, kind)] if locations else []


def operations(doc: dict[str, object]) -> list[tuple[str, str, dict[str, object]]]:
    """Every ``(path, method, operation)`` of ``doc``, in document order."""
    found: list[tuple[str, str, dict[str, object]]] = []
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return found
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in item:
            op = item[method]
            if method in HTTP_METHODS and isinstance(op, dict):
                found.append((path, method, op))
    return found
