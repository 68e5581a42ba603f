"""Rendering: JSON for machines, markdown for pull requests, text for terminals."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .registry import RULES, Change, Level

_HEADINGS = {
    Level.ERR: ("❌", "Breaking changes"),
    Level.WARN: ("⚠️", "Warnings"),
    Level.INFO: ("ℹ️", "Non-breaking changes"),  # noqa: RUF001 - the emoji is intended
}


def is_breaking(changes: Sequence[Change]) -> bool:
    """True when any change is an ERR."""
    return any(c.level is Level.ERR for c in changes)


def _count(changes: Sequence[Change], level: Level) -> int:
    return sum(1 for c in changes if c.level is level)


def summary(changes: Sequence[Change]) -> str:
    """One line, e.g. ``2 breaking (ERR), 1 warning (WARN), 3 info (INFO)``."""
    if not changes:
        return "no changes"
    err, warn, info = (_count(changes, lv) for lv in (Level.ERR, Level.WARN, Level.INFO))
    return f"{err} breaking (ERR), {warn} warning{'s' if warn != 1 else ''} (WARN), {info} info (INFO)"


def render_json(changes: Sequence[Change]) -> str:
    """The promised JSON shape: ``{"breaking": bool, "changes": [...]}``."""
    payload = {"breaking": is_breaking(changes), "changes": [c.as_dict() for c in changes]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(rows: Sequence[Change]) -> list[str]:
    lines = ["| Rule | Operation | Change |", "| --- | --- | --- |"]
    lines += [f"| `{c.id}` | `{c.method} {_cell(c.path)}` | {_cell(c.message)} |" for c in rows]
    return lines


def render_markdown(changes: Sequence[Change]) -> str:
    """Markdown for a PR comment: a verdict, then one table per level (INFO folded)."""
    verdict = "❌ breaking" if is_breaking(changes) else "✅ no breaking changes"
    lines = [f"### OpenAPI diff: {verdict}", "", f"**Summary:** {summary(changes)}"]
    for level, (icon, title) in _HEADINGS.items():
        rows = [c for c in changes if c.level is level]
        if not rows:
            continue
        heading = f"{icon} {title} ({len(rows)})"
        if level is Level.INFO:
            lines += [
                "",
                f"<details><summary>{heading}</summary>",
                "",
                *_table(rows),
                "",
                "</details>",
            ]
        else:
            lines += ["", f"#### {heading}", "", *_table(rows)]
    return "\n".join(lines) + "\n"


def render_text(changes: Sequence[Change]) -> str:
    """Plain text grouped by level, with a summary line first."""
    lines = [f"specdiff: {summary(changes)}"]
    for level in Level:
        rows = [c for c in changes if c.level is level]
        if rows:
            lines += ["", f"{level} ({len(rows)})"]
            for c in rows:
                lines += [f"  {c.method} {c.path}  [{c.id}]", f"      {c.message}"]
    return "\n".join(lines) + "\n"


RENDERERS = {"json": render_json, "markdown": render_markdown, "text": render_text}


def render_rules(fmt: str) -> str:
    """The rule catalogue, for ``--list-rules`` and docs/specdiff.md."""
    rules = sorted(RULES.values(), key=lambda rule: rule.id)
    if fmt == "json":
        rows = [{"id": r.id, "level": str(r.level), "summary": r.summary, "example": r.example} for r in rules]
        return json.dumps(rows, indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| Rule id | Level | Meaning | Example |", "| --- | --- | --- | --- |"]
        lines += [f"| `{r.id}` | {r.level} | {_cell(r.summary)} | {_cell(r.example)} |" for r in rules]
        return "\n".join(lines) + "\n"
    width = max(len(r.id) for r in rules)
    return "".join(f"{r.id:<{width}}  {r.level:<4}  {r.summary}\n" for r in rules)
