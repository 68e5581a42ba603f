"""The rule catalogue: every change id specdiff can emit, with its level and an example.

Rule ids follow oasdiff's vocabulary.  Levels follow the SDK policy, which is stricter than
oasdiff's defaults because the generated SDK has closed enums and named keyword arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Level(StrEnum):
    """Severity of a change: ERR is breaking, WARN may break clients, INFO is additive."""

    ERR = "ERR"
    WARN = "WARN"
    INFO = "INFO"


LEVEL_RANK: dict[Level, int] = {Level.ERR: 0, Level.WARN: 1, Level.INFO: 2}


@dataclass(frozen=True)
class Rule:
    """One documented rule: its id, default level, what it means and an example."""

    id: str
    level: Level
    summary: str
    example: str


class Finding(NamedTuple):
    """A rule hit before it is attached to an operation; ``level`` overrides the default."""

    id: str
    message: str
    level: Level | None = None


@dataclass(frozen=True)
class Change:
    """A reported change, as it appears in the JSON output."""

    id: str
    level: Level
    method: str
    path: str
    message: str

    @classmethod
    def of(cls, finding: Finding, method: str, path: str) -> Change:
        """Attach ``finding`` to an operation, taking the level from the catalogue by default."""
        level = finding.level or RULES[finding.id].level
        return cls(finding.id, level, method.upper(), path, finding.message)

    def as_dict(self) -> dict[str, str]:
        """Return the JSON shape promised to consumers."""
        return {
            "id": self.id,
            "level": str(self.level),
            "method": self.method,
            "path": self.path,
            "message": self.message,
        }


ERR, WARN, INFO = Level.ERR, Level.WARN, Level.INFO

_FIXED: tuple[Rule, ...] = (
    # -- operations ------------------------------------------------------------------------
    Rule(
        "api-path-removed-without-deprecation",
        ERR,
        "A path (all its operations) was removed without being deprecated first.",
        "`/orders/{id}` exists in base and is gone from the revision.",
    ),
    Rule(
        "api-removed-without-deprecation",
        ERR,
        "An operation was removed (its path remains) without being deprecated first.",
        "`DELETE /orders/{id}` removed while `GET /orders/{id}` stays.",
    ),
    Rule(
        "api-removed-before-sunset",
        ERR,
        "A deprecated operation was removed before its `x-sunset` date.",
        "`deprecated: true, x-sunset: 2030-01-01` removed in 2025.",
    ),
    Rule(
        "api-deprecated-removed",
        INFO,
        "A deprecated operation was removed on or after its sunset (or it had none).",
        "`deprecated: true` operation `GET /legacy` removed.",
    ),
    Rule(
        "api-removed-unstable",
        INFO,
        "An operation marked `x-stability-level: alpha` or `draft` was removed (exempt).",
        "`x-stability-level: alpha` operation `POST /beta-feature` removed.",
    ),
    Rule("endpoint-added", INFO, "A new operation was added.", "`POST /returns` added."),
    Rule(
        "endpoint-deprecated",
        INFO,
        "An operation became `deprecated: true`.",
        "`GET /legacy` gains `deprecated: true`.",
    ),
    Rule(
        "endpoint-reactivated",
        INFO,
        "An operation is no longer deprecated.",
        "`GET /legacy` loses `deprecated: true`.",
    ),
    Rule(
        "api-stability-decreased",
        ERR,
        "`x-stability-level` went down (stable > beta > alpha > draft); would dodge the rules.",
        "`x-stability-level: stable` -> `alpha`.",
    ),
    Rule(
        "api-operation-id-removed",
        ERR,
        "The operationId was removed; the SDK method name is derived from it.",
        "`operationId: list_orders` -> (none).",
    ),
    Rule(
        "api-operation-id-changed",
        ERR,
        "The operationId was renamed; the SDK method is renamed with it (SDK policy).",
        "`operationId: list_orders` -> `get_orders`.",
    ),
    Rule(
        "api-operation-id-added",
        INFO,
        "An operationId was added where there was none.",
        "(none) -> `operationId: list_orders`.",
    ),
    Rule(
        "api-security-added",
        ERR,
        "An operation that needed no authentication now requires it.",
        "`security: []` -> `security: [{Bearer: []}]`.",
    ),
    Rule(
        "api-security-removed",
        ERR,
        "A security requirement alternative accepted in base is no longer accepted.",
        "`[{Bearer: []}, {ApiKey: []}]` -> `[{Bearer: []}]`.",
    ),
    Rule(
        "api-security-scope-added",
        ERR,
        "A security requirement now demands additional scopes.",
        "`[{OAuth: [read]}]` -> `[{OAuth: [read, write]}]`.",
    ),
    # -- parameters ------------------------------------------------------------------------
    Rule(
        "request-path-param-renamed",
        ERR,
        "A path template parameter was renamed; SDK keyword arguments follow it (SDK policy).",
        "`/orders/{id}` -> `/orders/{order_id}`.",
    ),
    Rule(
        "new-required-request-parameter",
        ERR,
        "A new required parameter was added.",
        "query parameter `tenant` added with `required: true`.",
    ),
    Rule(
        "new-optional-request-parameter",
        INFO,
        "A new optional parameter was added.",
        "query parameter `cursor` added.",
    ),
    Rule(
        "request-parameter-removed",
        ERR,
        "A parameter was removed, even an optional one (SDK keyword argument; SDK policy).",
        "query parameter `include_items` removed.",
    ),
    Rule(
        "request-parameter-became-required",
        ERR,
        "An optional parameter became required.",
        "query parameter `limit`: `required: false` -> `true`.",
    ),
    Rule(
        "request-parameter-became-optional",
        INFO,
        "A required parameter became optional.",
        "header `X-Tenant`: `required: true` -> `false`.",
    ),
    # -- request bodies --------------------------------------------------------------------
    Rule(
        "request-body-added-required",
        ERR,
        "A required request body was added.",
        "`POST /orders/{id}/archive` now has `requestBody.required: true`.",
    ),
    Rule(
        "request-body-added-optional",
        INFO,
        "An optional request body was added.",
        "`POST /carts/{id}/clear` gains an optional body.",
    ),
    Rule(
        "request-body-removed",
        ERR,
        "The request body was removed (the SDK `body` argument disappears).",
        "`PUT /orders/{id}` no longer declares a `requestBody`.",
    ),
    Rule(
        "request-body-became-required",
        ERR,
        "An optional request body became required.",
        "`requestBody.required: false` -> `true`.",
    ),
    Rule(
        "request-body-became-optional",
        INFO,
        "A required request body became optional.",
        "`requestBody.required: true` -> `false`.",
    ),
    Rule(
        "request-body-media-type-removed",
        ERR,
        "A request body media type was removed.",
        "`application/x-www-form-urlencoded` dropped from `requestBody.content`.",
    ),
    Rule(
        "request-body-media-type-added",
        INFO,
        "A request body media type was added.",
        "`application/merge-patch+json` added.",
    ),
    Rule(
        "new-required-request-property",
        ERR,
        "A new required property was added to a request body.",
        "request property `currency` added to `required`.",
    ),
    Rule(
        "new-optional-request-property",
        INFO,
        "A new optional request property was added.",
        "request property `notes` added.",
    ),
    Rule(
        "request-property-removed",
        WARN,
        "A request property was removed; clients still sending it may be rejected.",
        "request property `coupon` removed.",
    ),
    Rule(
        "request-property-became-required",
        ERR,
        "An optional request property became required.",
        "request property `items[].sku` added to `required`.",
    ),
    Rule(
        "request-property-became-optional",
        INFO,
        "A required request property became optional.",
        "request property `notes` removed from `required`.",
    ),
    # -- responses -------------------------------------------------------------------------
    Rule(
        "response-success-status-removed",
        ERR,
        "A 2xx response status was removed.",
        "`200` -> only `201`.",
    ),
    Rule(
        "response-success-status-added",
        INFO,
        "A 2xx response status was added.",
        "`202` added next to `200`.",
    ),
    Rule(
        "response-non-success-status-removed",
        INFO,
        "A non-2xx response status was removed.",
        "`404` response removed.",
    ),
    Rule(
        "response-non-success-status-added",
        INFO,
        "A non-2xx response status was added.",
        "`409` response added.",
    ),
    Rule(
        "response-media-type-removed",
        ERR,
        "A response media type was removed.",
        "`200` no longer offers `application/json`.",
    ),
    Rule(
        "response-media-type-added",
        INFO,
        "A response media type was added.",
        "`200` also offers `text/csv`.",
    ),
    Rule(
        "response-required-header-removed",
        ERR,
        "A required response header was removed.",
        "`X-Request-Id` (`required: true`) removed from `200`.",
    ),
    Rule(
        "response-optional-header-removed",
        WARN,
        "An optional response header was removed.",
        "`X-RateLimit-Reset` removed from `200`.",
    ),
    Rule(
        "response-header-became-optional",
        ERR,
        "A required response header became optional.",
        "`X-Request-Id`: `required: true` -> `false`.",
    ),
    Rule(
        "response-required-property-removed",
        ERR,
        "A required response property was removed.",
        "response property `data.order_number` removed.",
    ),
    Rule(
        "response-optional-property-removed",
        ERR,
        "An optional response property was removed (SDK model attribute; SDK policy).",
        "response property `data.notes` removed.",
    ),
    Rule(
        "response-property-became-optional",
        ERR,
        "A required response property became optional (SDK type becomes Optional).",
        "response property `data.status` removed from `required`.",
    ),
    Rule(
        "response-property-became-required",
        INFO,
        "An optional response property became required.",
        "response property `data.notes` added to `required`.",
    ),
    Rule(
        "response-required-property-added",
        INFO,
        "A new required response property was added.",
        "response property `data.version` added to `properties` and `required`.",
    ),
    Rule(
        "response-optional-property-added",
        INFO,
        "A new optional response property was added.",
        "response property `data.tracking_url` added.",
    ),
)

# Schema-level rules are generated from (prefix x suffix): the same check applies to a
# parameter, a body, a nested property or a header.  Prefix -> (noun, example subject).
_PREFIXES: dict[str, tuple[str, str]] = {
    "request-parameter": ("a request parameter's schema", "query parameter `limit`"),
    "request-body": ("the top-level request body schema", "request body"),
    "request-property": ("a (nested) request property", "request property `items[].sku`"),
    "response-body": ("the top-level response body schema", "response body"),
    "response-property": ("a (nested) response property", "response property `data.status`"),
    "response-header": ("a response header's schema", "response header `X-Total`"),
}

# suffix -> (level, summary template, example template); request side first.
_REQUEST_SUFFIXES: dict[str, tuple[Level, str, str]] = {
    "type-changed": (
        ERR,
        "The type or format of {noun} changed incompatibly.",
        "{subject}: `type: string` -> `type: integer`.",
    ),
    "enum-value-removed": (
        ERR,
        "An enum value of {noun} was removed (or an enum was introduced).",
        "{subject}: `enum: [a, b]` -> `[a]`.",
    ),
    "enum-value-added": (
        INFO,
        "An enum value of {noun} was added.",
        "{subject}: `enum: [a]` -> `[a, b]`.",
    ),
    "became-not-nullable": (
        ERR,
        "{Noun} no longer accepts null.",
        "{subject}: `type: [string, 'null']` -> `string`.",
    ),
    "became-nullable": (
        INFO,
        "{Noun} now accepts null.",
        "{subject}: `nullable: false` -> `true`.",
    ),
    "max-length-decreased": (
        ERR,
        "The maxLength of {noun} was decreased or added.",
        "{subject}: `maxLength: 100` -> `50`.",
    ),
    "min-length-increased": (
        ERR,
        "The minLength of {noun} was increased or added.",
        "{subject}: `minLength: 1` -> `3`.",
    ),
    "max-decreased": (
        ERR,
        "The maximum of {noun} was decreased or added.",
        "{subject}: `maximum: 100` -> `50`.",
    ),
    "min-increased": (
        ERR,
        "The minimum of {noun} was increased or added.",
        "{subject}: `minimum: 0` -> `1`.",
    ),
    "max-items-decreased": (
        ERR,
        "The maxItems of {noun} was decreased or added.",
        "{subject}: `maxItems: 10` -> `5`.",
    ),
    "min-items-increased": (
        ERR,
        "The minItems of {noun} was increased or added.",
        "{subject}: `minItems: 0` -> `1`.",
    ),
    "pattern-changed": (
        WARN,
        "The pattern of {noun} was added or changed.",
        "{subject}: `pattern: ^[a-z]+$` -> `^[a-z]{{3}}$`.",
    ),
    "one-of-removed": (
        ERR,
        "A oneOf/anyOf alternative of {noun} was removed.",
        "{subject}: `oneOf: [Card, Wallet]` -> `[Card]`.",
    ),
    "one-of-added": (
        INFO,
        "A oneOf/anyOf alternative of {noun} was added.",
        "{subject}: `oneOf: [Card]` -> `[Card, Wallet]`.",
    ),
}
_RESPONSE_SUFFIXES: dict[str, tuple[Level, str, str]] = {
    "type-changed": (
        ERR,
        "The type or format of {noun} changed incompatibly.",
        "{subject}: `type: integer` -> `type: string`.",
    ),
    "enum-value-added": (
        ERR,
        "An enum value of {noun} was added (INFO when the base schema has `x-extensible-enum: true`; SDK policy).",
        "{subject}: `enum: [a]` -> `[a, b]`.",
    ),
    "enum-value-removed": (
        INFO,
        "An enum value of {noun} was removed.",
        "{subject}: `enum: [a, b]` -> `[a]`.",
    ),
    "became-nullable": (
        ERR,
        "{Noun} may now be null.",
        "{subject}: `type: string` -> `type: [string, 'null']`.",
    ),
    "became-not-nullable": (
        INFO,
        "{Noun} can no longer be null.",
        "{subject}: `nullable: true` -> removed.",
    ),
    "one-of-added": (
        ERR,
        "A oneOf/anyOf alternative of {noun} was added (closed SDK unions).",
        "{subject}: `oneOf: [Card]` -> `[Card, Wallet]`.",
    ),
    "one-of-removed": (
        INFO,
        "A oneOf/anyOf alternative of {noun} was removed.",
        "{subject}: `oneOf: [Card, Wallet]` -> `[Card]`.",
    ),
}


def _schema_rules() -> list[Rule]:
    """Expand the prefix x suffix tables into concrete rules."""
    rules = []
    for prefix, (noun, subject) in _PREFIXES.items():
        table = _REQUEST_SUFFIXES if prefix.startswith("request") else _RESPONSE_SUFFIXES
        for suffix, (level, summary, example) in table.items():
            text = summary.format(noun=noun, Noun=noun[0].upper() + noun[1:])
            rules.append(Rule(f"{prefix}-{suffix}", level, text, example.format(subject=subject)))
    return rules


RULES: dict[str, Rule] = {rule.id: rule for rule in (*_FIXED, *_schema_rules())}
